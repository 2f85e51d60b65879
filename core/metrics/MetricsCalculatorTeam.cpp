// MetricsCalculator: the team's state as of today, the trend, and the deals behind a figure.

#include "metrics/MetricsCalculator.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace handoff {

namespace {

using S = MetricsSql;

template <typename E>
std::size_t indexOf(const QString& key)
{
    const auto value = fromKey<E>(key);
    return value ? std::size_t(*value) : enumCount<E>();
}

// Where the deals behind a figure come from: the facts its numerator (counted) and denominator (base) are taken
// from, the column naming the person the figure is for (empty: sales rep or support owner of the deal), and the
// condition on a fact for each part.
struct DealSource {
    QString countedFacts;
    QString baseFacts;
    QString person;
    QString counted = QStringLiteral("1 = 1");
    QString base = QStringLiteral("1 = 1");
};

// The facts' flags are integers 0 and 1 (the same on both engines), so conditions compare them with 1.
DealSource sourceOf(Figure figure)
{
    const QString sales = QStringLiteral("sales_rep");
    const QString owner = QStringLiteral("support_owner");
    const QString assignee = QStringLiteral("assignee");
    const QString part = QStringLiteral("?%1").arg(int(S::BreakdownKey));
    const QString cohort = S::cohortFacts();
    const QString settled = QStringLiteral("f.settled = 1");
    switch (figure) {
    case Figure::HandoffsSubmitted:
    case Figure::BusinessDaysToFirstSubmit:
        return {cohort, cohort, sales};
    case Figure::FirstPassAcceptance:
        return {cohort, cohort, sales, QStringLiteral("f.accepted = 1 AND f.returns = 0"),
                QStringLiteral("(f.accepted = 1 OR f.returns > 0)")};
    case Figure::ChecklistCompleteness:
        return {cohort, cohort, sales, QStringLiteral("f.has_snapshot = 1 AND f.answered >= f.required"),
                QStringLiteral("f.has_snapshot = 1")};
    case Figure::ReturnsPerHandoff:
        return {cohort, cohort, sales, QStringLiteral("f.returns > 0")};
    case Figure::ReturnReasons:
        return {S::returnFacts(), cohort, sales, QStringLiteral("f.reason = ") + part};
    case Figure::CannotFulfil:
        return {cohort, cohort, sales, QStringLiteral("f.cannot > 0"), QStringLiteral("f.reviewed > 0")};
    case Figure::PromisesKept:
        return {S::promiseDueFacts(), S::promiseDueFacts(), sales, QStringLiteral("f.kept = 1"), settled};
    case Figure::PromisesBroken:
        return {S::promiseDueFacts(), S::promiseDueFacts(), sales, QStringLiteral("f.settled = 1 AND f.kept = 0"),
                settled};
    case Figure::LateFirstSubmissions:
        return {cohort, cohort, sales, QStringLiteral("f.days > ?%1").arg(int(S::SubmitTarget))};
    case Figure::UnsubmittedOverdue:
        return {S::unsubmittedFacts(), S::unsubmittedFacts(), sales};
    case Figure::CsatSalesRep:
        return {S::csatFacts(), S::csatFacts(), sales};
    case Figure::ReviewTurnaroundHours:
        return {S::decisionFacts(), S::decisionFacts(), QStringLiteral("actor"), QStringLiteral("f.hours IS NOT NULL"),
                QStringLiteral("f.hours IS NOT NULL")};
    case Figure::TasksOnTime:
        return {S::taskDueFacts(), S::taskDueFacts(), assignee, QStringLiteral("f.on_time = 1"), settled};
    case Figure::TasksLate:
        return {S::taskDueFacts(), S::taskDueFacts(), assignee, QStringLiteral("f.settled = 1 AND f.on_time = 0"),
                settled};
    case Figure::PromisesFulfilledOnTime:
        return {S::promiseDueFacts(), S::promiseDueFacts(), owner, QStringLiteral("f.kept = 1"), settled};
    case Figure::OverdueTasks:
        return {S::overdueTaskFacts(), S::overdueTaskFacts(), assignee};
    case Figure::BusinessDaysToKickoff:
        return {S::kickoffFacts(), S::kickoffFacts(), owner};
    case Figure::CsatSupportOwner:
        return {S::csatFacts(), S::csatFacts(), owner};
    case Figure::HandoffsByState:
        return {S::dealFacts(), S::dealFacts(), QString(), QStringLiteral("f.state = ") + part};
    case Figure::PromisesByFeasibility:
        return {S::openPromiseFacts(), S::openPromiseFacts(), QString(), QStringLiteral("f.feasibility = ") + part};
    case Figure::PromisesByReview:
        return {S::openPromiseFacts(), S::openPromiseFacts(), QString(), QStringLiteral("f.review_status = ") + part};
    case Figure::OverduePromises:
        return {S::overduePromiseFacts(), S::overduePromiseFacts(), QString()};
    case Figure::AtRiskDeals:
        return {S::atRiskFacts(), S::atRiskFacts(), QString()};
    }
    return {};
}

} // namespace

Result<void> MetricsCalculator::today(TeamFigures& team) const
{
    auto states = S::each(m_db, S::dealsByState(), m_bindings, [&](const Statement& row) {
        const std::size_t i = indexOf<HandoffState>(row.text(0));
        if (i < team.handoffsByState.size()) {
            team.handoffsByState[i] = row.int64(1);
        }
    });
    if (!states) {
        return states;
    }
    auto promises = S::each(m_db, S::livePromises(), m_bindings, [&](const Statement& row) {
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
    return S::each(m_db, S::atRiskDeals(), m_bindings, [&](const Statement& row) { team.atRiskDeals = row.int64(0); });
}

QList<TrendPoint> MetricsCalculator::steps() const
{
    const MetricsPeriod& period = m_query.period;
    const bool weekly = m_query.interval == TrendInterval::Week;
    QList<TrendPoint> points;
    QDate start = weekly ? MetricsPeriod::weekOf(period.from).from : MetricsPeriod::monthOf(period.from).from;
    while (start <= period.to) {
        const QDate next = weekly ? start.addDays(7) : start.addMonths(1);
        TrendPoint point;
        point.period = {std::max(start, period.from), std::min(next.addDays(-1), period.to)};
        points.append(point);
        start = next;
    }
    return points;
}

TrendPoint* MetricsCalculator::stepOf(QList<TrendPoint>& trend, const QString& day) const
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid() || trend.isEmpty() || date < m_query.period.from || date > m_query.period.to) {
        return nullptr;
    }
    const QDate first = trend.constFirst().period.from;
    const qsizetype i = m_query.interval == TrendInterval::Week
                            ? (MetricsPeriod::weekOf(first).from.daysTo(date)) / 7
                            : (date.year() - first.year()) * 12 + date.month() - first.month();
    return i >= 0 && i < trend.size() ? &trend[i] : nullptr;
}

Result<DealsBehind> MetricsCalculator::dealsBehind(Figure figure, qint64 userId, const QString& breakdownKey,
                                                   FigurePart part, int limit) const
{
    const DealSource source = sourceOf(figure);
    const bool counted = part == FigurePart::Counted;
    QString filter = counted ? source.counted : source.base;
    if (source.person.isEmpty()) {
        filter += QLatin1String(" AND ") + S::userInDeal(S::QueryUser) + QLatin1String(" AND ") +
                  S::userInDeal(S::FigureUser);
    } else {
        filter += QLatin1String(" AND ") + S::userIs(S::QueryUser, source.person) + QLatin1String(" AND ") +
                  S::userIs(S::FigureUser, source.person);
    }
    const QString& facts = counted ? source.countedFacts : source.baseFacts;
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
