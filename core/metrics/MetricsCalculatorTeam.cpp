// MetricsCalculator: the team's state as of today, the trend, and the deals behind a figure.

#include "metrics/MetricsCalculator.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace handoff {

namespace {

using S = MetricsSql;

template <typename E>
std::size_t indexOf(const QString& key)
{
    const auto value = fromKey<E>(key);
    return value ? std::size_t(*value) : enumCount<E>();
}

} // namespace

Result<void> MetricsCalculator::today(TeamFigures& team) const
{
    auto states = S::each(m_db, pick(S::dealsByState, S::keptDealsByState), m_bindings, [&](const Statement& row) {
        const std::size_t i = indexOf<HandoffState>(row.text(0));
        if (i < team.handoffsByState.size()) {
            team.handoffsByState[i] = row.int64(1);
        }
    });
    if (!states) {
        return states;
    }
    auto promises = S::each(m_db, pick(S::livePromises, S::keptLivePromises), m_bindings, [&](const Statement& row) {
        team.overduePromises += row.int64(4);
        if (row.text(2) != QLatin1String("open")) {
            return; // broken: overdue, but no longer an open promise
        }
        const std::size_t feasibility = indexOf<Feasibility>(row.text(0));
        const std::size_t review = indexOf<ReviewStatus>(row.text(1));
        if (feasibility < team.promisesByFeasibility.size()) {
            team.promisesByFeasibility[feasibility] += row.int64(3);
        }
        if (review < team.promisesByReview.size()) {
            team.promisesByReview[review] += row.int64(3);
        }
    });
    if (!promises) {
        return promises;
    }
    return S::each(m_db, pick(S::atRiskDeals, S::keptAtRiskDeals), m_bindings,
                   [&](const Statement& row) { team.atRiskDeals = row.int64(0); });
}

QList<TrendPoint> MetricsCalculator::steps() const
{
    const MetricsPeriod& period = m_query.period;
    QList<TrendPoint> points;
    QDate start = period.from;
    while (start.isValid() && start <= period.to) {
        const MetricsPeriod step = trendStepOf(m_query.interval, start);
        TrendPoint point;
        point.period = {std::max(step.from, period.from), std::min(step.to, period.to)};
        points.append(point);
        start = step.to.addDays(1);
    }
    return points;
}

TrendPoint* MetricsCalculator::stepOf(QList<TrendPoint>& trend, const QString& day) const
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid() || date < m_query.period.from || date > m_query.period.to) {
        return nullptr;
    }
    // The steps are in order and cover the period without gaps: the first that ends on or after the day holds it.
    const auto step = std::lower_bound(trend.begin(), trend.end(), date,
                                       [](const TrendPoint& point, QDate d) { return point.period.to < d; });
    return step != trend.end() && step->period.from <= date ? &*step : nullptr;
}

Result<DealsBehind> MetricsCalculator::dealsBehind(Figure figure, qint64 userId, const QString& breakdownKey,
                                                   FigurePart part, int limit) const
{
    const MetricsSql::Source source = S::dealsBehind(figure, part == FigurePart::Counted, m_kept);
    const QString& facts = source.facts;
    const QString& filter = source.filter;
    MetricsSql::Bindings bindings = m_bindings;
    bindings[S::FigureUser] = userId;
    bindings[S::BreakdownKey] = breakdownKey;
    bindings[S::Limit] = std::max(limit, 0);
    DealsBehind result;
    auto listed = S::each(m_db, S::dealsBehindPage(facts, filter), bindings, [&](const Statement& row) {
        result.dealIds.append(row.int64(0));
        result.total = row.int64(1);
    });
    if (!listed) {
        return listed.error();
    }
    if (limit <= 0) {
        auto total = S::each(m_db, S::dealsBehindCount(facts, filter), bindings,
                             [&](const Statement& row) { result.total = row.int64(0); });
        if (!total) {
            return total.error();
        }
    }
    return result;
}

} // namespace handoff
