// MetricsSql: where the deals behind each figure come from.

#include "storage/MetricsSql.h"

namespace handoff {

namespace {

using S = MetricsSql;

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

MetricsSql::Source MetricsSql::dealsBehind(Figure figure, bool counted)
{
    const DealSource source = sourceOf(figure);
    QString filter = counted ? source.counted : source.base;
    if (source.person.isEmpty()) {
        filter += QLatin1String(" AND ") + userInDeal(QueryUser) + QLatin1String(" AND ") + userInDeal(FigureUser);
    } else {
        filter += QLatin1String(" AND ") + userIs(QueryUser, source.person) + QLatin1String(" AND ") +
                  userIs(FigureUser, source.person);
    }
    return {counted ? source.countedFacts : source.baseFacts, filter};
}

} // namespace handoff
