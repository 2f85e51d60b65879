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

} // namespace handoff
