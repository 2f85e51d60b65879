#include "storage/MetricsSql.h"

#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>

namespace handoff {

// The statements are written with names (:today) and run with SQLite's numbered parameters (?5), so that one list of
// bindings serves every statement and a value used twice is bound once.
QString MetricsSql::numbered(const QString& sql)
{
    static const QHash<QString, int> positions{
        {QStringLiteral("start"), PeriodStart},
        {QStringLiteral("end"), PeriodEnd},
        {QStringLiteral("from"), FromDate},
        {QStringLiteral("to"), ToDate},
        {QStringLiteral("today"), Today},
        {QStringLiteral("user"), QueryUser},
        {QStringLiteral("target"), SubmitTarget},
        {QStringLiteral("at_risk_until"), AtRiskUntil},
        {QStringLiteral("unsubmitted_before"), UnsubmittedBefore},
        {QStringLiteral("limit"), Limit},
        {QStringLiteral("part"), BreakdownKey},
        {QStringLiteral("figure_user"), FigureUser},
    };
    static const QRegularExpression name(QStringLiteral(":([a-z_]+)"));
    QString result;
    qsizetype last = 0;
    for (auto it = name.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int position = positions.value(match.captured(1), 0);
        if (position == 0) {
            continue;
        }
        result +=
            QStringView(sql).mid(last, match.capturedStart() - last) + QLatin1Char('?') + QString::number(position);
        last = match.capturedEnd();
    }
    return result + QStringView(sql).mid(last);
}

// A state change of a deal in the audit log, written by a workflow transition (or a lead's override of one). The
// terms on entity and field are literal so that SQLite uses the partial indexes of schema version 5.
QString MetricsSql::transition(const char* alias, const char* state)
{
    return QStringLiteral("%1.entity = 'deals' AND %1.field = 'state' AND %1.new_value = '%2' AND %1.action IN "
                          "('submit', 'return', 'accept', 'fulfil', 'cancel', 'override')")
        .arg(QLatin1String(alias), QLatin1String(state));
}

// Monday-to-Friday days in (fromDate, toDate], 0 when toDate is not after fromDate: HandoffClock::businessDaysBetween
// in SQL. Day numbers count from 1970-01-01 (a Thursday), so day + 3 counts from the Monday before it; a date's index
// is the business days from that Monday up to and including it, and the difference of two indexes is the count.
QString MetricsSql::businessDays(const QString& fromDate, const QString& toDate)
{
    const auto index = [](const QString& date) {
        const QString day = QStringLiteral("(CAST(julianday(%1) - 2440587.5 AS INTEGER) + 3)").arg(date);
        // CASE rather than SQLite's two-argument min() and max(): the same on both engines.
        return QStringLiteral("(%1 / 7 * 5 + CASE WHEN %1 % 7 < 4 THEN %1 % 7 ELSE 4 END)").arg(day);
    };
    const QString difference = QStringLiteral("(%1 - %2)").arg(index(toDate), index(fromDate));
    return QStringLiteral("CASE WHEN %1 > 0 THEN %1 ELSE 0 END").arg(difference);
}

MetricsSql::AuditRows MetricsSql::auditRows(const char* alias, Reach reach)
{
    const QLatin1String a(alias);
    if (reach == Reach::Period) {
        return {QStringLiteral("audit_log ") + a, QStringLiteral("%1.at >= :start AND %1.at < :end").arg(a)};
    }
    if (reach == Reach::Everything) {
        return {QStringLiteral("audit_log ") + a, inScope(QStringLiteral("%1.deal_id").arg(a), reach)};
    }
    // The deals in scope drive the loop (CROSS JOIN keeps SQLite from reading all the deals' audit rows instead).
    const QString on = QStringLiteral("%1.deal_id = fs.deal_id").arg(a);
    return {QStringLiteral("figure_scope fs CROSS JOIN audit_log %1 ON %2").arg(a, on), on};
}

QString MetricsSql::inScope(const QString& column, Reach reach)
{
    // Every deal: those that exist (a row left by a deal that is gone counts for none, as in a scope).
    return column + (reach == Reach::Scope ? QStringLiteral(" IN (SELECT deal_id FROM figure_scope)")
                                           : QStringLiteral(" IN (SELECT id FROM deals)"));
}

// The first submission of every deal first submitted in the period (its earliest state change to "submitted" lies in
// the period), or of every deal in scope; with its day in local time.
QString MetricsSql::firstSubmissions(Reach reach)
{
    const AuditRows rows = auditRows("a", reach);
    return QStringLiteral("SELECT a.deal_id AS deal_id, a.at AS at, date(a.at, 'localtime') AS day FROM %3 "
                          "WHERE %1 AND %4 AND NOT EXISTS (SELECT 1 FROM audit_log b "
                          "WHERE %2 AND b.deal_id = a.deal_id AND (b.at < a.at OR (b.at = a.at AND b.id < a.id)))")
        .arg(transition("a", "submitted"), transition("b", "submitted"), rows.from, rows.condition);
}

// One row per deal of the cohort, over the first submissions aliased c. Two correlated subqueries each answer two
// questions in one index probe, packed into one integer (a scalar subquery returns one value):
//   decisions = 2 * returns + (1 if ever accepted), from the deal's state changes to accepted or returned;
//   reviews = 1048576 * promises reviewed + promises reviewed "cannot fulfil" (no deal has a million promises).
// Checklist completeness comes from handoff_snapshot_checklist, which a trigger fills as each snapshot is written:
// parsing the snapshots of a quarter at every report would cost more than all the other figures. With a user chosen,
// only their deals are looked into.
QString MetricsSql::cohortColumns(Reach reach)
{
    return QStringLiteral(
               "c.deal_id AS deal_id, d.sales_rep_id AS sales_rep, d.support_owner_id AS support_owner, c.day AS day, "
               "(SELECT 2 * coalesce(sum(CASE WHEN x.new_value = 'returned' THEN 1 ELSE 0 END), 0) + "
               "coalesce(max(CASE WHEN x.new_value = 'accepted' THEN 1 ELSE 0 END), 0) "
               "FROM audit_log x WHERE x.entity = 'deals' AND x.field = 'state' AND "
               "x.new_value IN ('accepted', 'returned') AND x.action IN ('accept', 'return', 'override') AND "
               "x.deal_id = c.deal_id) AS decisions, "
               "%1 AS days, CASE WHEN k.deal_id IS NOT NULL THEN 1 ELSE 0 END AS has_snapshot, "
               "coalesce(k.required_answered, 0) AS answered, "
               "coalesce(k.required_total, 0) AS required, "
               "(SELECT 1048576 * count(DISTINCT r.entity_id) + count(DISTINCT CASE WHEN r.new_value = "
               "'cannot_fulfil' THEN r.entity_id END) FROM audit_log r WHERE r.entity = 'promises' AND "
               "r.field = 'review_status' AND r.deal_id = c.deal_id AND "
               "r.new_value IN ('accepted', 'needs_clarification', 'cannot_fulfil')) AS reviews "
               "FROM c JOIN deals d INDEXED BY deals_people ON d.id = c.deal_id "
               "LEFT JOIN handoff_snapshot_checklist k ON k.deal_id = c.deal_id AND k.submission_no = 1 "
               "WHERE %2")
        .arg(businessDays(QStringLiteral("d.closed_on"), QStringLiteral("c.day")),
             // The kept parts are everyone's; and a statement without parameters is planned for its values alone.
             reach == Reach::Period ? QStringLiteral("(:user = 0 OR d.sales_rep_id = :user)")
                                    : QStringLiteral("1 = 1"));
}

// A return's audit reason is "code: note"; a lead's override records no code and counts as "other". Of the return
// aliased x.
QString MetricsSql::returnCode()
{
    return QStringLiteral("CASE WHEN x.action = 'override' THEN 'other' WHEN instr(x.reason, ':') > 0 THEN "
                          "trim(substr(x.reason, 1, instr(x.reason, ':') - 1)) ELSE trim(x.reason) END");
}

// An acceptance or return of a deal (its review), aliased r.
QString MetricsSql::review()
{
    return QStringLiteral("r.entity = 'deals' AND r.field = 'state' AND r.new_value IN ('accepted', 'returned') AND "
                          "r.action IN ('accept', 'return', 'override')");
}

// The time of the latest submission before the review aliased r.
QString MetricsSql::submittedBeforeReview()
{
    return QStringLiteral("(SELECT max(s.at) FROM audit_log s WHERE %1 AND s.deal_id = r.deal_id AND s.at <= r.at)")
        .arg(transition("s", "submitted"));
}

QString MetricsSql::liveDeal()
{
    return QStringLiteral("d.state IN ('draft', 'submitted', 'returned', 'accepted')");
}

QString MetricsSql::cohortFacts()
{
    return numbered(QStringLiteral("WITH c AS MATERIALIZED (%1), p AS MATERIALIZED (SELECT %2) SELECT deal_id, "
                                   "sales_rep, support_owner, day, decisions % 2 AS accepted, decisions / 2 AS "
                                   "returns, days, has_snapshot, answered, required, reviews / 1048576 AS reviewed, "
                                   "reviews % 1048576 AS cannot FROM p")
                        .arg(firstSubmissions(Reach::Period), cohortColumns(Reach::Period)));
}

QString MetricsSql::returnReason(const QString& code)
{
    QStringList codes;
    for (ReturnReason reason : allValues<ReturnReason>()) {
        codes.append(QLatin1Char('\'') + toKey(reason) + QLatin1Char('\''));
    }
    return QStringLiteral("CASE WHEN %1 IN (%2) THEN %1 ELSE 'other' END").arg(code, codes.join(QStringLiteral(", ")));
}

QString MetricsSql::keptByDay()
{
    return QStringLiteral("kind IN ('cohort', 'return', 'promise', 'decision', 'kickoff', 'csat', 'unsubmitted')");
}

QString MetricsSql::returnFacts()
{
    // A return's audit reason is "code: note"; a lead's override records no code and counts as "other".
    return numbered(
        QStringLiteral(
            "WITH c AS MATERIALIZED (%1) SELECT deal_id, sales_rep, support_owner, day, %2 AS reason FROM (SELECT "
            "c.deal_id AS deal_id, d.sales_rep_id AS sales_rep, d.support_owner_id AS support_owner, "
            "date(x.at, 'localtime') AS day, %4 AS code FROM c JOIN deals d ON d.id = c.deal_id JOIN audit_log x "
            "ON x.deal_id = c.deal_id WHERE %3) AS r")
            .arg(firstSubmissions(Reach::Period), returnReason(QStringLiteral("code")), transition("x", "returned"),
                 returnCode()));
}

QString MetricsSql::promiseDueFacts()
{
    return numbered(QStringLiteral(
        "SELECT p.deal_id AS deal_id, d.sales_rep_id AS sales_rep, d.support_owner_id AS support_owner, "
        "p.due_on AS day, CASE WHEN p.fulfilment <> 'open' OR p.due_on < :today THEN 1 ELSE 0 END AS settled, "
        "CASE WHEN p.fulfilment = 'fulfilled' AND p.fulfilled_on IS NOT NULL AND p.fulfilled_on <= p.due_on "
        "THEN 1 ELSE 0 END AS kept "
        "FROM promises p JOIN deals d INDEXED BY deals_people ON d.id = p.deal_id "
        "WHERE p.due_on >= :from AND p.due_on <= :to AND p.fulfilment <> 'waived' AND d.state <> 'cancelled'"));
}

QString MetricsSql::taskDueFacts()
{
    return numbered(QStringLiteral("SELECT t.deal_id AS deal_id, t.assignee_id AS assignee, t.due_on AS day, "
                                   "CASE WHEN t.status = 'done' OR t.due_on < :today THEN 1 ELSE 0 END AS settled, "
                                   "CASE WHEN t.status = 'done' AND t.done_on IS NOT NULL AND t.done_on <= t.due_on "
                                   "THEN 1 ELSE 0 END AS on_time "
                                   "FROM tasks t WHERE t.due_on >= :from AND t.due_on <= :to"));
}

QString MetricsSql::decisionFacts()
{
    const AuditRows rows = auditRows("r", Reach::Period);
    return numbered(QStringLiteral("SELECT r.deal_id AS deal_id, r.actor_id AS actor, date(r.at, 'localtime') AS day, "
                                   "(julianday(r.at) - julianday(%1)) * 24.0 AS hours FROM %4 WHERE %2 AND %3")
                        .arg(submittedBeforeReview(), review(), rows.condition, rows.from));
}

QString MetricsSql::acceptances(Reach reach)
{
    const AuditRows rows = auditRows("a", reach);
    return QStringLiteral("SELECT a.deal_id AS deal_id, date(a.at, 'localtime') AS day FROM %2 WHERE %1 AND %3")
        .arg(transition("a", "accepted"), rows.from, rows.condition);
}

QString MetricsSql::kickoffColumns(Reach reach)
{
    // The few acceptances of the deals in scope come first; a period's many are matched to the kickoff answers.
    return QStringLiteral("k.deal_id AS deal_id, d.support_owner_id AS support_owner, k.day AS day, %1 AS days "
                          "FROM k %2 deals d INDEXED BY deals_people ON d.id = k.deal_id "
                          "%2 checklist_items ci ON ci.key = 'kickoff_date' "
                          "%2 checklist_answers ca ON ca.deal_id = k.deal_id AND ca.item_id = ci.id "
                          "WHERE date(ca.value) IS NOT NULL")
        .arg(businessDays(QStringLiteral("k.day"), QStringLiteral("ca.value")),
             reach == Reach::Scope ? QStringLiteral("CROSS JOIN") : QStringLiteral("JOIN"));
}

QString MetricsSql::kickoffFacts()
{
    return numbered(QStringLiteral("WITH k AS MATERIALIZED (%1) SELECT %2")
                        .arg(acceptances(Reach::Period), kickoffColumns(Reach::Period)));
}

QString MetricsSql::csatFacts()
{
    return numbered(
        QStringLiteral("SELECT s.deal_id AS deal_id, d.sales_rep_id AS sales_rep, d.support_owner_id AS support_owner, "
                       "s.rated_on AS day, s.score AS score FROM csat_scores s JOIN deals d INDEXED BY deals_people "
                       "ON d.id = s.deal_id WHERE s.rated_on >= :from AND s.rated_on <= :to"));
}

QString MetricsSql::unsubmittedFacts()
{
    return numbered(QStringLiteral(
        "SELECT d.id AS deal_id, d.sales_rep_id AS sales_rep, d.support_owner_id AS support_owner FROM deals d "
        "WHERE (d.state = 'draft' OR d.state = 'returned') AND d.closed_on < :unsubmitted_before"));
}

QString MetricsSql::overduePromiseFacts()
{
    return numbered(QStringLiteral("SELECT p.deal_id AS deal_id, d.sales_rep_id AS sales_rep, d.support_owner_id AS "
                                   "support_owner FROM deals d JOIN promises p ON p.deal_id = d.id WHERE %1 AND "
                                   "(p.fulfilment = 'open' OR p.fulfilment = 'broken') AND p.due_on < :today")
                        .arg(liveDeal()));
}

QString MetricsSql::atRiskFacts()
{
    return numbered(
        QStringLiteral("SELECT DISTINCT p.deal_id AS deal_id, d.sales_rep_id AS sales_rep, d.support_owner_id AS "
                       "support_owner FROM promises p JOIN deals d INDEXED BY deals_people ON d.id = p.deal_id "
                       "WHERE p.fulfilment = 'open' AND p.due_on >= :today AND p.due_on <= :at_risk_until AND %1 "
                       "AND EXISTS (SELECT 1 FROM tasks t WHERE t.deal_id = p.deal_id AND t.status <> 'done')")
            .arg(liveDeal()));
}

QString MetricsSql::overdueTaskFacts()
{
    return numbered(QStringLiteral("SELECT t.deal_id AS deal_id, t.assignee_id AS assignee FROM tasks t "
                                   "WHERE t.status <> 'done' AND t.due_on < :today"));
}

QString MetricsSql::dealFacts()
{
    return QStringLiteral("SELECT d.id AS deal_id, d.sales_rep_id AS sales_rep, d.support_owner_id AS support_owner, "
                          "d.state AS state FROM deals d");
}

QString MetricsSql::openPromiseFacts()
{
    return QStringLiteral("SELECT p.deal_id AS deal_id, d.sales_rep_id AS sales_rep, d.support_owner_id AS "
                          "support_owner, p.feasibility AS feasibility, p.review_status AS review_status "
                          "FROM deals d JOIN promises p ON p.deal_id = d.id WHERE %1 AND p.fulfilment = 'open'")
        .arg(liveDeal());
}

QString MetricsSql::userIs(Param param, const QString& column)
{
    return QStringLiteral("(?%1 = 0 OR f.%2 = ?%1)").arg(int(param)).arg(column);
}

QString MetricsSql::userInDeal(Param param)
{
    return QStringLiteral("(?%1 = 0 OR f.sales_rep = ?%1 OR f.support_owner = ?%1)").arg(int(param));
}

Result<void> MetricsSql::each(const Database& db, const QString& sql, const Bindings& bindings,
                              const std::function<void(const Statement&)>& row)
{
    auto lease = db.statement(db.isServer() ? db.dialect().fromSqlite(sql) : sql);
    if (!lease) {
        return lease.error();
    }
    Statement& statement = **lease;
    for (int position = 1; position <= statement.parameterCount() && position <= ParamCount; ++position) {
        statement.bind(position, bindings.at(std::size_t(position)));
    }
    for (;;) {
        auto more = statement.next();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            return {};
        }
        row(statement);
    }
}

namespace {

QString distinctDeals(const QString& facts, const QString& filter)
{
    return QStringLiteral("SELECT DISTINCT f.deal_id AS deal_id FROM (%1) f WHERE %2").arg(facts, filter);
}

} // namespace

QString MetricsSql::dealsBehindPage(const QString& facts, const QString& filter)
{
    return QStringLiteral("SELECT deal_id, count(*) OVER () FROM (%1) AS behind ORDER BY deal_id LIMIT ?%2")
        .arg(distinctDeals(facts, filter))
        .arg(int(Limit));
}

QString MetricsSql::dealsBehindCount(const QString& facts, const QString& filter)
{
    return QStringLiteral("SELECT count(*) FROM (%1) AS behind").arg(distinctDeals(facts, filter));
}

} // namespace handoff
