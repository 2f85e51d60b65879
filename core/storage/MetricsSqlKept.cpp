// MetricsSql: the kept figures (schema 8). keptParts computes what a deal adds to them, from the same rows and
// conditions as the facts, so that a figure from the kept sums equals the figure from the rows; the kept* reads add up
// figure_days and return the columns and rows of the aggregate of the same name. What moves with today (whether a
// promise or task due on a day is settled, whether it is overdue, whether a deal is at risk) is kept as counts by due
// day and state, and decided when the figures are read.

#include "storage/MetricsSql.h"

namespace handoff {

namespace {

// The columns of figure_parts after the deal: kind, day, a, b, k, t, u, n, v1 to v8, as SQL expressions; counts
// not given are 0.
QString part(const char* kind, const QString& day, const QString& a, const QString& b, const QString& k,
             const QString& t, const QString& u, const QString& n, const QStringList& counts)
{
    QStringList columns{QStringLiteral("'%1'").arg(QLatin1String(kind)), day, a, b, k, t, u, n};
    for (int i = 0; i < 8; ++i) {
        columns.append(i < counts.size() ? counts.at(i) : QStringLiteral("0"));
    }
    return columns.join(QStringLiteral(", "));
}

QString person(const char* column)
{
    return QStringLiteral("coalesce(%1, 0)").arg(QLatin1String(column));
}

// A due date that may be missing: such a promise or task is never due in a period nor overdue, and the last day
// sorts after every period and today.
QString dueDay(const char* column)
{
    return QStringLiteral("coalesce(%1, '9999-12-31')").arg(QLatin1String(column));
}

const QString kNone = QStringLiteral("''");
const QString kZero = QStringLiteral("0");
const QString kOne = QStringLiteral("1");
const QString kCount = QStringLiteral("count(*)");

// The sums of figure_days of one kind: where the condition holds, grouped by the keys.
QString sums(const char* kind, const QString& columns, const QString& where, const QString& groups)
{
    return QStringLiteral("SELECT %1 FROM figure_days WHERE kind = '%2' AND %3 GROUP BY %4")
        .arg(columns, QLatin1String(kind), where, groups);
}

const QString kInPeriod = QStringLiteral("day >= :from AND day <= :to");
const QString kUserIsA = QStringLiteral("(:user = 0 OR a = :user)");
const QString kUserInDeal = QStringLiteral("(:user = 0 OR a = :user OR b = :user)");
// Of the items due on a day, those settled as of today: all of them before today, the closed ones (n - v1 open)
// from today on.
const QString kSettled = QStringLiteral("sum(CASE WHEN day < :today THEN n ELSE n - v1 END)");

} // namespace

QString MetricsSql::keptParts(Reach reach)
{
    const QString cohort =
        QStringLiteral("SELECT f.deal_id, %1 FROM f")
            .arg(part("cohort", QStringLiteral("f.day"), person("f.sales_rep"), kZero, QStringLiteral("f.days"), kNone,
                      kNone, kOne,
                      {QStringLiteral("CASE WHEN f.decisions = 1 THEN 1 ELSE 0 END"),
                       QStringLiteral("CASE WHEN f.decisions > 0 THEN 1 ELSE 0 END"), QStringLiteral("f.decisions / 2"),
                       QStringLiteral("f.has_snapshot"), QStringLiteral("f.answered"), QStringLiteral("f.required"),
                       QStringLiteral("f.reviews / 1048576"), QStringLiteral("f.reviews % 1048576")}));
    const QString returns =
        QStringLiteral("SELECT f.deal_id, %1 FROM f CROSS JOIN audit_log x ON x.deal_id = f.deal_id WHERE %2 "
                       "GROUP BY f.deal_id, f.day, f.sales_rep, %3")
            .arg(part("return", QStringLiteral("f.day"), person("f.sales_rep"), kZero, kZero, returnCode(), kNone,
                      kCount, {}),
                 transition("x", "returned"), returnCode());
    const QString promises =
        QStringLiteral("SELECT p.deal_id, %1 FROM promises p JOIN deals d ON d.id = p.deal_id WHERE %2 AND "
                       "p.fulfilment <> 'waived' AND d.state <> 'cancelled' "
                       "GROUP BY p.deal_id, p.due_on, d.sales_rep_id, d.support_owner_id")
            .arg(part("promise", dueDay("p.due_on"), person("d.sales_rep_id"), person("d.support_owner_id"), kZero,
                      kNone, kNone, kCount,
                      {QStringLiteral("sum(CASE WHEN p.fulfilment = 'open' THEN 1 ELSE 0 END)"),
                       QStringLiteral("sum(CASE WHEN p.fulfilment = 'fulfilled' AND p.fulfilled_on IS NOT NULL AND "
                                      "p.fulfilled_on <= p.due_on THEN 1 ELSE 0 END)")}),
                 inScope(QStringLiteral("p.deal_id"), reach));
    const QString tasks =
        QStringLiteral("SELECT t.deal_id, %1 FROM tasks t WHERE %2 GROUP BY t.deal_id, t.due_on, t.assignee_id")
            .arg(part("task", dueDay("t.due_on"), person("t.assignee_id"), kZero, kZero, kNone, kNone, kCount,
                      {QStringLiteral("sum(CASE WHEN t.status <> 'done' THEN 1 ELSE 0 END)"),
                       QStringLiteral("sum(CASE WHEN t.status = 'done' AND t.done_on IS NOT NULL AND t.done_on <= "
                                      "t.due_on THEN 1 ELSE 0 END)")}),
                 inScope(QStringLiteral("t.deal_id"), reach));
    const QString reviews =
        QStringLiteral("SELECT r.deal_id, %1 FROM r WHERE r.submitted IS NOT NULL GROUP BY r.deal_id, r.day, "
                       "r.actor, %2")
            .arg(part("decision", QStringLiteral("r.day"), QStringLiteral("r.actor"), kZero, turnaroundMinutes(), kNone,
                      kNone, kCount, {}),
                 turnaroundMinutes());
    const QString kickoffs =
        QStringLiteral("SELECT o.deal_id, %1 FROM o GROUP BY o.deal_id, o.day, o.support_owner, o.days")
            .arg(part("kickoff", QStringLiteral("o.day"), person("o.support_owner"), kZero, QStringLiteral("o.days"),
                      kNone, kNone, kCount, {}));
    const QString scores =
        QStringLiteral("SELECT s.deal_id, %1 FROM csat_scores s JOIN deals d ON d.id = s.deal_id WHERE %2 "
                       "GROUP BY s.deal_id, s.rated_on, d.sales_rep_id, d.support_owner_id")
            .arg(part("csat", QStringLiteral("s.rated_on"), person("d.sales_rep_id"), person("d.support_owner_id"),
                      kZero, kNone, kNone, kCount, {QStringLiteral("sum(s.score)")}),
                 inScope(QStringLiteral("s.deal_id"), reach));
    const QString deal = inScope(QStringLiteral("d.id"), reach);
    const QString unsubmitted =
        QStringLiteral("SELECT d.id, %1 FROM deals d WHERE %2 AND (d.state = 'draft' OR d.state = 'returned')")
            .arg(part("unsubmitted", QStringLiteral("d.closed_on"), person("d.sales_rep_id"),
                      person("d.support_owner_id"), kZero, kNone, kNone, kOne, {}),
                 deal);
    const QString states = QStringLiteral("SELECT d.id, %1 FROM deals d WHERE %2")
                               .arg(part("state", kNone, person("d.sales_rep_id"), person("d.support_owner_id"), kZero,
                                         QStringLiteral("d.state"), kNone, kOne, {}),
                                    deal);
    // The open and broken promises of a live deal: by feasibility and review, and by due day for those overdue.
    const QString livePromises =
        QStringLiteral("FROM deals d JOIN promises p ON p.deal_id = d.id WHERE %1 AND %2 AND "
                       "(p.fulfilment = 'open' OR p.fulfilment = 'broken') GROUP BY p.deal_id, "
                       "d.sales_rep_id, d.support_owner_id")
            .arg(deal, liveDeal());
    const QString live =
        QStringLiteral("SELECT p.deal_id, %1 %2, p.feasibility, p.review_status")
            .arg(part("live", kNone, person("d.sales_rep_id"), person("d.support_owner_id"), kZero,
                      QStringLiteral("coalesce(p.feasibility, '')"), QStringLiteral("coalesce(p.review_status, '')"),
                      kCount, {QStringLiteral("sum(CASE WHEN p.fulfilment = 'open' THEN 1 ELSE 0 END)")}),
                 livePromises);
    const QString liveDue = QStringLiteral("SELECT p.deal_id, %1 %2, p.due_on")
                                .arg(part("live_due", dueDay("p.due_on"), person("d.sales_rep_id"),
                                          person("d.support_owner_id"), kZero, kNone, kNone, kCount, {}),
                                     livePromises);
    // The days a live deal with work still open has an open promise due: at risk while one of them is near. Kept per
    // deal only (see keptAtRiskDeals), not summed by day.
    const QString risk =
        QStringLiteral("SELECT p.deal_id, %1 FROM deals d JOIN promises p ON p.deal_id = d.id WHERE %2 AND %3 AND "
                       "p.fulfilment = 'open' AND p.due_on IS NOT NULL AND EXISTS (SELECT 1 FROM tasks t WHERE "
                       "t.deal_id = p.deal_id AND t.status <> 'done') GROUP BY p.deal_id, p.due_on, d.sales_rep_id, "
                       "d.support_owner_id")
            .arg(part("risk", QStringLiteral("p.due_on"), person("d.sales_rep_id"), person("d.support_owner_id"), kZero,
                      kNone, kNone, kCount, {}),
                 deal, liveDeal());
    return numbered(
        QStringLiteral("WITH c AS MATERIALIZED (%1), f AS MATERIALIZED (SELECT %2), "
                       "r AS MATERIALIZED (SELECT r.deal_id AS deal_id, coalesce(r.actor_id, 0) AS actor, "
                       "date(r.at, 'localtime') AS day, r.at AS at, %3 AS submitted FROM %8 WHERE %4 AND %5), "
                       "k AS MATERIALIZED (%6), o AS MATERIALIZED (SELECT %7) ")
            .arg(firstSubmissions(reach), cohortColumns(reach), submittedBeforeReview(), review(),
                 auditRows("r", reach).condition, acceptances(reach), kickoffColumns(reach),
                 auditRows("r", reach).from) +
        QStringList{cohort, returns, promises, tasks, reviews, kickoffs, scores, unsubmitted, states, live, liveDue,
                    risk}
            .join(QStringLiteral(" UNION ALL ")));
}

QString MetricsSql::keptSalesCohort()
{
    return numbered(
        sums("cohort",
             QStringLiteral("0, a, day, k, sum(n), sum(v1), sum(v2), sum(v3), sum(v4), sum(v5), sum(v6), sum(v7), "
                            "sum(v8), NULL"),
             kInPeriod + QStringLiteral(" AND ") + kUserIsA, QStringLiteral("day, a, k")) +
        QStringLiteral(" UNION ALL ") +
        sums("return", QStringLiteral("1, a, NULL, NULL, sum(n), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, t"),
             kInPeriod + QStringLiteral(" AND ") + kUserIsA, QStringLiteral("a, t")));
}

QString MetricsSql::keptPromisesDue()
{
    return numbered(sums("promise", QStringLiteral("a, b, day, %1, sum(v2)").arg(kSettled),
                         kInPeriod + QStringLiteral(" AND ") + kUserInDeal, QStringLiteral("day, a, b")));
}

QString MetricsSql::keptCsatScores()
{
    return numbered(sums("csat", QStringLiteral("a, b, sum(v1), sum(n)"),
                         kInPeriod + QStringLiteral(" AND ") + kUserInDeal, QStringLiteral("a, b")));
}

QString MetricsSql::keptUnsubmitted()
{
    return numbered(sums("unsubmitted", QStringLiteral("a, sum(n)"),
                         QStringLiteral("day < :unsubmitted_before AND ") + kUserIsA, QStringLiteral("a")));
}

QString MetricsSql::keptTasksDue()
{
    return numbered(sums("task", QStringLiteral("a, day, %1, sum(v2)").arg(kSettled),
                         kInPeriod + QStringLiteral(" AND ") + kUserIsA, QStringLiteral("day, a")));
}

QString MetricsSql::keptOverdueTasks()
{
    // Only the people with an overdue task get a row, as from the rows.
    return numbered(sums("task", QStringLiteral("a, sum(v1)"), QStringLiteral("day < :today AND ") + kUserIsA,
                         QStringLiteral("a HAVING sum(v1) > 0")));
}

QString MetricsSql::keptTurnaround()
{
    return numbered(sums("decision", QStringLiteral("a, k, sum(n)"), kInPeriod + QStringLiteral(" AND ") + kUserIsA,
                         QStringLiteral("a, k")));
}

QString MetricsSql::keptKickoffDays()
{
    return numbered(sums("kickoff", QStringLiteral("a, k, sum(n)"), kInPeriod + QStringLiteral(" AND ") + kUserIsA,
                         QStringLiteral("a, k")));
}

QString MetricsSql::keptDealsByState()
{
    return numbered(sums("state", QStringLiteral("t, sum(n)"), kUserInDeal, QStringLiteral("t")));
}

QString MetricsSql::keptLivePromises()
{
    // The open promises by feasibility and review; then, as one row of state "broken", every open or broken promise
    // overdue: all of them but those due today or later (a promise without a due day is never overdue).
    return numbered(sums("live", QStringLiteral("t, u, 'open', sum(v1), 0"), kUserInDeal, QStringLiteral("t, u")) +
                    QStringLiteral(" UNION ALL SELECT '', '', 'broken', 0, (SELECT coalesce(sum(n), 0) FROM "
                                   "figure_days WHERE kind = 'live' AND %1) - (SELECT coalesce(sum(n), 0) FROM "
                                   "figure_days WHERE kind = 'live_due' AND day >= :today AND %1)")
                        .arg(kUserInDeal));
}

QString MetricsSql::keptAtRiskDeals()
{
    return numbered(QStringLiteral("SELECT count(DISTINCT deal_id) FROM figure_parts WHERE kind = 'risk' AND day >= "
                                   ":today AND day <= :at_risk_until AND %1")
                        .arg(kUserInDeal));
}

} // namespace handoff
