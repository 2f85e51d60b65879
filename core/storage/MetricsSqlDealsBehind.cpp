// MetricsSql: where the deals behind each figure come from: the facts from the rows, or, for the figures counted
// from a deal's parts by day, the kept parts (figure_parts, read through figure_parts_by_day of schema 9).

#include "storage/MetricsSql.h"

#include <optional>

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

// The kept parts of one kind, their first person column named as the facts name it (and the second, when there is
// one). The condition repeats the partial index's, so that both engines read the index.
QString keptFacts(const char* kind, const QString& people, const QString& days)
{
    return QStringLiteral("SELECT deal_id, %1, day, k, t, n, v1, v2, v3, v4, v5, v6, v7, v8 FROM figure_parts "
                          "WHERE %2 AND kind = '%3' AND %4")
        .arg(people, S::keptByDay(), QLatin1String(kind), days);
}

// The same deals from the kept parts, for the figures whose facts the parts keep by day; none for the others, whose
// parts are not in figure_parts_by_day (tasks, states, live promises: the rows answer those as fast).
std::optional<DealSource> keptSourceOf(Figure figure)
{
    const QString sales = QStringLiteral("sales_rep");
    const QString owner = QStringLiteral("support_owner");
    const QString period = QStringLiteral("day >= ?%1 AND day <= ?%2").arg(int(S::FromDate)).arg(int(S::ToDate));
    const QString cohort = keptFacts("cohort", QStringLiteral("a AS sales_rep"), period);
    const QString promises = keptFacts("promise", QStringLiteral("a AS sales_rep, b AS support_owner"), period);
    // A part counts the promises of a deal due on a day (n), the open ones among them (v1) and those kept (v2); the
    // settled ones are all of them before today, the closed ones from today on.
    const QString settledCount =
        QStringLiteral("CASE WHEN f.day < ?%1 THEN f.n ELSE f.n - f.v1 END").arg(int(S::Today));
    const QString settled = settledCount + QStringLiteral(" > 0");
    switch (figure) {
    case Figure::HandoffsSubmitted:
    case Figure::BusinessDaysToFirstSubmit:
        return DealSource{cohort, cohort, sales};
    case Figure::FirstPassAcceptance:
        // v1: accepted without a return; v2: accepted or returned.
        return DealSource{cohort, cohort, sales, QStringLiteral("f.v1 = 1"), QStringLiteral("f.v2 = 1")};
    case Figure::ChecklistCompleteness:
        // v4: submitted with a snapshot; v5 of its v6 required items answered.
        return DealSource{cohort, cohort, sales, QStringLiteral("f.v4 = 1 AND f.v5 >= f.v6"),
                          QStringLiteral("f.v4 = 1")};
    case Figure::ReturnsPerHandoff:
        return DealSource{cohort, cohort, sales, QStringLiteral("f.v3 > 0")};
    case Figure::ReturnReasons:
        return DealSource{keptFacts("return", QStringLiteral("a AS sales_rep"), period), cohort, sales,
                          S::returnReason(QStringLiteral("f.t")) + QStringLiteral(" = ?%1").arg(int(S::BreakdownKey))};
    case Figure::CannotFulfil:
        // v7: promises reviewed; v8: of them, "cannot fulfil".
        return DealSource{cohort, cohort, sales, QStringLiteral("f.v8 > 0"), QStringLiteral("f.v7 > 0")};
    case Figure::PromisesKept:
        return DealSource{promises, promises, sales, QStringLiteral("f.v2 > 0"), settled};
    case Figure::PromisesFulfilledOnTime:
        return DealSource{promises, promises, owner, QStringLiteral("f.v2 > 0"), settled};
    case Figure::PromisesBroken:
        return DealSource{promises, promises, sales, settledCount + QStringLiteral(" > f.v2"), settled};
    case Figure::LateFirstSubmissions:
        return DealSource{cohort, cohort, sales, QStringLiteral("f.k > ?%1").arg(int(S::SubmitTarget))};
    case Figure::UnsubmittedOverdue: {
        const QString unsubmitted = keptFacts("unsubmitted", QStringLiteral("a AS sales_rep"),
                                              QStringLiteral("day < ?%1").arg(int(S::UnsubmittedBefore)));
        return DealSource{unsubmitted, unsubmitted, sales};
    }
    case Figure::CsatSalesRep:
    case Figure::CsatSupportOwner: {
        const QString scores = keptFacts("csat", QStringLiteral("a AS sales_rep, b AS support_owner"), period);
        return DealSource{scores, scores, figure == Figure::CsatSalesRep ? sales : owner};
    }
    case Figure::ReviewTurnaroundHours: {
        // Only the reviews after a submission have parts: those with a turnaround.
        const QString decisions = keptFacts("decision", QStringLiteral("a AS actor"), period);
        return DealSource{decisions, decisions, QStringLiteral("actor")};
    }
    case Figure::BusinessDaysToKickoff: {
        const QString kickoffs = keptFacts("kickoff", QStringLiteral("a AS support_owner"), period);
        return DealSource{kickoffs, kickoffs, owner};
    }
    case Figure::TasksOnTime:
    case Figure::TasksLate:
    case Figure::OverdueTasks:
    case Figure::HandoffsByState:
    case Figure::PromisesByFeasibility:
    case Figure::PromisesByReview:
    case Figure::OverduePromises:
    case Figure::AtRiskDeals:
        break;
    }
    return std::nullopt;
}

} // namespace

MetricsSql::Source MetricsSql::dealsBehind(Figure figure, bool counted, bool kept)
{
    const std::optional<DealSource> keptSource = kept ? keptSourceOf(figure) : std::nullopt;
    const DealSource source = keptSource ? *keptSource : sourceOf(figure);
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
