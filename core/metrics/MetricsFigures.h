#pragma once

#include "metrics/MetricsTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace handoff {

// What the UI's Help and tooltips say about a figure.
struct FigureInfo {
    Figure figure = Figure::HandoffsSubmitted;
    QString key;        // the stable key (EnumKeys<Figure>)
    QString title;      // short, in the user's language
    QString definition; // one paragraph: exactly what is counted, in the user's language
    FigureKind kind = FigureKind::Count;
    FigureAudience audience = FigureAudience::Team;
    FigureScope scope = FigureScope::Period;
};

// The catalogue of figures: keys, translated titles and definitions. The definitions say in words what the SQL in
// MetricsService computes; the two change together.
class MetricsFigures {
    Q_DECLARE_TR_FUNCTIONS(MetricsFigures)

public:
    static FigureInfo info(Figure figure);
    // Every figure in declaration order.
    static QList<FigureInfo> all();
    static std::optional<Figure> fromKey(QStringView key);
    // The keys of a breakdown's parts (handoff states, feasibility levels, review statuses, return reasons); empty for
    // a figure that is not a breakdown.
    static QStringList breakdownKeys(Figure figure);
    // The columns of the scorecards per sales rep and per support rep, in the order a lead reads them: how much was
    // handed over, how much came back and why, how satisfied the customers were, then the rest.
    static QList<Figure> salesScorecard();
    static QList<Figure> supportScorecard();
};

} // namespace handoff
