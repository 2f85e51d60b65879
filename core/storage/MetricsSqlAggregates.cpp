// MetricsSql: the aggregates a report runs. Each reads its rows once: the facts it needs more than once are
// MATERIALIZED (a subquery that SQLite flattens into the outer query would evaluate a correlated subquery once for
// every place its column is used), and rows are grouped by day, not by trend step, so that one statement serves the
// people's rows, the team and the trend (MetricsCalculator adds the days up). CROSS JOIN keeps the cohort as the outer
// loop where the whole history of the audit log would otherwise be scanned.

#include "storage/MetricsSql.h"

namespace handoff {

QString MetricsSql::salesCohort()
{
    return numbered(
        QStringLiteral(
            "WITH c AS MATERIALIZED (%1), f AS MATERIALIZED (SELECT %2) "
            "SELECT 0, coalesce(f.sales_rep, 0), f.day, f.days, count(*), "
            "sum(CASE WHEN f.decisions = 1 THEN 1 ELSE 0 END), sum(CASE WHEN f.decisions > 0 THEN 1 ELSE 0 END), "
            "sum(f.decisions / 2), sum(f.has_snapshot), sum(f.answered), sum(f.required), "
            "sum(f.reviews / 1048576), sum(f.reviews % 1048576), NULL FROM f WHERE %3 GROUP BY 2, 3, 4 "
            "UNION ALL "
            "SELECT 1, coalesce(f.sales_rep, 0), NULL, NULL, count(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
            "NULL, %5 FROM f CROSS JOIN audit_log x ON x.deal_id = f.deal_id WHERE %4 AND %3 GROUP BY 2, 14")
            .arg(firstSubmissions(Reach::Period), cohortColumns(Reach::Period),
                 userIs(QueryUser, QStringLiteral("sales_rep")), transition("x", "returned"), returnCode()));
}

QString MetricsSql::promisesDue()
{
    return numbered(QStringLiteral("SELECT coalesce(f.sales_rep, 0), coalesce(f.support_owner, 0), f.day, "
                                   "sum(f.settled), sum(f.kept) FROM (%1) f WHERE %2 GROUP BY 1, 2, 3")
                        .arg(promiseDueFacts(), userInDeal(QueryUser)));
}

QString MetricsSql::csatScores()
{
    return numbered(QStringLiteral("SELECT coalesce(f.sales_rep, 0), coalesce(f.support_owner, 0), sum(f.score), "
                                   "count(*) FROM (%1) f WHERE %2 GROUP BY 1, 2")
                        .arg(csatFacts(), userInDeal(QueryUser)));
}

QString MetricsSql::unsubmitted()
{
    return QStringLiteral("SELECT coalesce(f.sales_rep, 0), count(*) FROM (%1) f WHERE %2 GROUP BY 1")
        .arg(unsubmittedFacts(), userIs(QueryUser, QStringLiteral("sales_rep")));
}

QString MetricsSql::tasksDue()
{
    // In the order of tasks_by_due (day, then assignee): counted as the index is read, without a sort.
    return QStringLiteral("SELECT coalesce(f.assignee, 0), f.day, sum(f.settled), sum(f.on_time) FROM (%1) f "
                          "WHERE %2 GROUP BY f.day, f.assignee")
        .arg(taskDueFacts(), userIs(QueryUser, QStringLiteral("assignee")));
}

QString MetricsSql::overdueTasks()
{
    // tasks_open_by_due holds only the tasks not done: a range of it is exactly the overdue ones.
    return numbered(QStringLiteral("SELECT coalesce(t.assignee_id, 0), count(*) FROM tasks t INDEXED BY "
                                   "tasks_open_by_due WHERE t.status <> 'done' AND t.due_on < :today AND "
                                   "(:user = 0 OR t.assignee_id = :user) GROUP BY 1"));
}

QString MetricsSql::turnaround()
{
    // Each decision with the latest submission before it, counted per person and whole minute of turnaround: the
    // medians are taken from these counts (to the minute), which costs a fraction of ranking every decision.
    return numbered(
        QStringLiteral("WITH d AS MATERIALIZED (SELECT coalesce(r.actor_id, 0) AS actor, r.at AS at, %1 AS submitted "
                       "FROM audit_log r WHERE %2 AND %3 AND (:user = 0 OR r.actor_id = :user)) "
                       "SELECT actor, %4, count(*) FROM d WHERE submitted IS NOT NULL GROUP BY 1, 2")
            .arg(submittedBeforeReview(), review(), auditRows("r", Reach::Period).condition, turnaroundMinutes()));
}

QString MetricsSql::turnaroundMinutes()
{
    return QStringLiteral("CAST(round((julianday(at) - julianday(submitted)) * 1440.0) AS INTEGER)");
}

QString MetricsSql::kickoffDays()
{
    return QStringLiteral("SELECT coalesce(f.support_owner, 0), f.days, count(*) FROM (%1) f WHERE %2 GROUP BY 1, 2")
        .arg(kickoffFacts(), userIs(QueryUser, QStringLiteral("support_owner")));
}

QString MetricsSql::dealsByState()
{
    return QStringLiteral("SELECT f.state, count(*) FROM (%1) f WHERE %2 GROUP BY 1")
        .arg(dealFacts(), userInDeal(QueryUser));
}

QString MetricsSql::livePromises()
{
    // One pass over the promises of live deals serves the open promises by feasibility and review and the overdue
    // ones (open or broken, due before today).
    return numbered(
        QStringLiteral(
            "SELECT p.feasibility, p.review_status, p.fulfilment, count(*), "
            "sum(CASE WHEN p.due_on < :today THEN 1 ELSE 0 END) FROM deals d JOIN promises p ON p.deal_id = d.id "
            "WHERE %1 AND (p.fulfilment = 'open' OR p.fulfilment = 'broken') AND "
            "(:user = 0 OR d.sales_rep_id = :user OR d.support_owner_id = :user) "
            "GROUP BY 1, 2, 3")
            .arg(liveDeal()));
}

QString MetricsSql::atRiskDeals()
{
    return QStringLiteral("SELECT count(*) FROM (%1) f WHERE %2").arg(atRiskFacts(), userInDeal(QueryUser));
}

QStringList MetricsSql::reportStatements(bool kept)
{
    if (kept) {
        return {keptSalesCohort(),  keptPromisesDue(),  keptCsatScores(), keptUnsubmitted(),
                keptTasksDue(),     keptOverdueTasks(), keptTurnaround(), keptKickoffDays(),
                keptDealsByState(), keptLivePromises(), keptAtRiskDeals()};
    }
    return {salesCohort(), promisesDue(), csatScores(),   unsubmitted(),  tasksDue(),   overdueTasks(),
            turnaround(),  kickoffDays(), dealsByState(), livePromises(), atRiskDeals()};
}

} // namespace handoff
