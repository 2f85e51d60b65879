#pragma once

#include "Result.h"
#include "metrics/MetricsTypes.h"
#include "storage/MetricsSql.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace handoff {

class Database;

// Runs the aggregates of MetricsSql for one query: figures per person (key: user id; 0: nobody, e.g. a task without
// assignee; kTeam: the medians over everyone), the state as of today, the trend and the deals behind a figure.
// MetricsService checks the query and turns the results into rows.
class MetricsCalculator {
public:
    static constexpr qint64 kTeam = -1;

    // kept: read the kept figures (KeptFigures) instead of counting from the rows; the same figures.
    MetricsCalculator(const Database& db, const MetricsQuery& query, int submitTarget, bool kept = false);

    // Whichever of the people's figures and the trend are asked for (null: not wanted). Each statement runs once and
    // feeds everything that reads it: a report asks for all three.
    Result<void> run(QHash<qint64, SalesFigures>* sales, QHash<qint64, SupportFigures>* support,
                     QList<TrendPoint>* trend) const;
    // The figures as of today, added to team.
    Result<void> today(TeamFigures& team) const;
    Result<DealsBehind> dealsBehind(Figure figure, qint64 userId, const QString& breakdownKey, FigurePart part,
                                    int limit) const;

    // Sums of counts and rates over people (medians are not summed: the team's come from kTeam).
    static void addTo(SalesFigures& total, const SalesFigures& part);
    static void addTo(SupportFigures& total, const SupportFigures& part);

    // The values every statement of MetricsSql is run with for this query.
    const MetricsSql::Bindings& bindings() const { return m_bindings; }

private:
    using Histogram = QHash<qint64, QMap<qint64, qint64>>; // person -> value -> how many

    Result<void> salesCohort(QHash<qint64, SalesFigures>* sales, QList<TrendPoint>* trend) const;
    Result<void> promisesAndCsat(QHash<qint64, SalesFigures>* sales, QHash<qint64, SupportFigures>* support,
                                 QList<TrendPoint>* trend) const;
    Result<void> tasks(QHash<qint64, SupportFigures>* support, QList<TrendPoint>* trend) const;
    Result<void> reviewsAndKickoffs(QHash<qint64, SupportFigures>& support) const;
    // The trend's steps over the period, and the step of a day in it (null outside).
    QList<TrendPoint> steps() const;
    TrendPoint* stepOf(QList<TrendPoint>& trend, const QString& day) const;
    // The median of each person's values, and of everyone's as kTeam.
    static QHash<qint64, Median> medians(const Histogram& histogram);
    // The statement of an aggregate: from the rows, or its counterpart over the kept figures.
    QString pick(QString (*rows)(), QString (*kept)()) const { return m_kept ? kept() : rows(); }

    const Database& m_db;
    MetricsQuery m_query;
    int m_submitTarget = 0;
    bool m_kept = false;
    MetricsSql::Bindings m_bindings;
};

} // namespace handoff
