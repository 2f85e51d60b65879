#include "metrics/MetricsTypes.h"

namespace handoff {

MetricsPeriod MetricsPeriod::monthOf(QDate day)
{
    const QDate first(day.year(), day.month(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}

MetricsPeriod MetricsPeriod::quarterOf(QDate day)
{
    const QDate first(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

MetricsPeriod MetricsPeriod::weekOf(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

TrendInterval trendIntervalFor(const MetricsPeriod& period)
{
    constexpr qint64 kLongestWeekly = 92; // days: the longest calendar quarter
    if (period.from.daysTo(period.to) + 1 <= kLongestWeekly) {
        return TrendInterval::Week;
    }
    return period.to < period.from.addYears(3) ? TrendInterval::Month : TrendInterval::Quarter;
}

MetricsPeriod trendStepOf(TrendInterval interval, QDate day)
{
    switch (interval) {
    case TrendInterval::Week:
        return MetricsPeriod::weekOf(day);
    case TrendInterval::Month:
        return MetricsPeriod::monthOf(day);
    case TrendInterval::Quarter:
        return MetricsPeriod::quarterOf(day);
    }
    return MetricsPeriod::weekOf(day);
}

} // namespace handoff
