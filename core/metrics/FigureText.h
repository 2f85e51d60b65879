#pragma once

#include "metrics/MetricsTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace handoff {

// How the dashboard writes a figure: every rate with the counts it was taken from ("75 % (3/4)"), averages with
// their count ("4.2 (12)"), and "no data" where nothing was counted, never 0 %.
class FigureText {
    Q_DECLARE_TR_FUNCTIONS(FigureText)

public:
    static QString noData();
    // "75 % (3/4)" for a table cell.
    static QString percent(const Rate& rate);
    // "75 % (3 of 4)" for a headline or a tooltip.
    static QString percentLong(const Rate& rate);
    // "75 %" and "3 of 4" on their own, for a headline's two lines.
    static QString percentOnly(const Rate& rate);
    static QString counts(const Rate& rate);
    // "0.50 (2/4)": a ratio that is not a share, such as returns per handoff.
    static QString ratio(const Rate& rate);
    // "4.2 (12)": an average score with the number of scores.
    static QString average(const Rate& rate);
    // "3.5 (12)": a median with the number of values.
    static QString median(const Median& median);
    static QString count(qint64 value);
    // The top return reasons, most frequent first ("Missing information 3, Unclear scope 1"); at most limit of them.
    static QString returnReasons(const ReturnReasonCounts& counts, int limit = 2);

    // A trend step as a chart's axis names it: its first day for a week ("2 Mar"), "Mar 2026" for a month,
    // "Q1 2026" for a quarter.
    static QString step(TrendInterval interval, const MetricsPeriod& step);

    // The text of figure in a row of sales or support figures (cell style, or long for headlines and tooltips).
    static QString of(Figure figure, const SalesFigures& sales, bool longForm = false);
    static QString of(Figure figure, const SupportFigures& support, bool longForm = false);
    // The value a table sorts by; nullopt when there is no data (such rows sort last either way).
    static std::optional<double> sortValue(Figure figure, const SalesFigures& sales);
    static std::optional<double> sortValue(Figure figure, const SupportFigures& support);
};

} // namespace handoff
