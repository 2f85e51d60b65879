#include "storage/DealListSql.h"

#include "storage/ChecklistSql.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

namespace handoff {

namespace {

// A page after a cursor is read in parts, each a plain range scan on one index: the rest of the cursor's group (the
// deals that share its sort key, by id) and then the groups after it. A single WHERE (key, id) > (?, ?) would make
// SQLite seek on the key alone and filter the group's earlier ids one by one, which costs milliseconds deep in a
// large group such as a state or a sales rep.

const QLatin1String kSelect("SELECT d.id, d.account_id, a.name, d.title, d.state, d.sales_rep_id, u.name, "
                            "d.amount_minor, d.currency, d.closed_on, d.support_owner_id, o.name, d.submitted_at ");

// CROSS JOIN makes SQLite keep the written join order, so the first table's index scan yields the sort order even
// after ANALYZE; elsewhere (PostgreSQL) it is an ordinary join.
const QLatin1String kFromDeals("FROM deals d CROSS JOIN accounts a CROSS JOIN users u "
                               "LEFT JOIN users o ON o.id = d.support_owner_id "
                               "WHERE a.id = d.account_id AND u.id = d.sales_rep_id");
const QLatin1String kFromAccounts("FROM accounts a CROSS JOIN deals d CROSS JOIN users u "
                                  "LEFT JOIN users o ON o.id = d.support_owner_id "
                                  "WHERE d.account_id = a.id AND u.id = d.sales_rep_id");
const QLatin1String kFromReps("FROM users u CROSS JOIN deals d CROSS JOIN accounts a "
                              "LEFT JOIN users o ON o.id = d.support_owner_id "
                              "WHERE d.sales_rep_id = u.id AND a.id = d.account_id");
const QLatin1String kFromOwners("FROM users o CROSS JOIN deals d CROSS JOIN accounts a CROSS JOIN users u "
                                "WHERE d.support_owner_id = o.id AND a.id = d.account_id AND u.id = d.sales_rep_id");

// A filter term behind unary + cannot choose the index: the sort's index must drive every page (an index on the
// filtered column would make SQLite read and sort all of that column's matches for each page). The filter is then
// tested on the index entry, whose columns include state, sales rep and support owner (0004), before the row is read.
// This is SQLite's documented hint; PostgreSQL's dialect would drop the +.
const QLatin1String kNoIndex("+");

const QLatin1String kOpenStates("(%1d.state = 'draft' OR %1d.state = 'submitted' OR %1d.state = 'returned' OR "
                                "%1d.state = 'accepted')");

// A promise that puts the deal at risk: the same rule as the flagged count in DealListFacts.
const QLatin1String kFlaggedPromise("EXISTS (SELECT 1 FROM promises p WHERE p.deal_id = d.id AND "
                                    "p.fulfilment = 'open' AND (p.feasibility = 'blocked' OR "
                                    "p.feasibility = 'warning' OR p.review_status = 'cannot_fulfil' OR "
                                    "p.review_status = 'needs_clarification'))");

// Past due: a draft or returned handoff over the submit target, an open promise or an unfinished task due before
// today. Values: the overdue-before close date, today, today.
const QLatin1String kOverdue("((%1d.state = 'draft' OR %1d.state = 'returned') AND d.closed_on < ?) OR "
                             "EXISTS (SELECT 1 FROM promises p WHERE p.deal_id = d.id AND p.fulfilment = 'open' AND "
                             "p.due_on < ?) OR "
                             "EXISTS (SELECT 1 FROM tasks t WHERE t.deal_id = d.id AND t.status <> 'done' AND "
                             "t.due_on < ?)");

// The SQL of one sort, from an allow-list. {beyond} and {beyondOrAt} stand for the strict and the inclusive
// comparison in the direction of the sort (> and >= ascending), {dir} for ASC or DESC. On SQLite, user names carry
// COLLATE NOCASE because the column does not (its index does); account names and titles have it in the column.
struct SortSql {
    QLatin1String group;   // the deals that share the cursor's sort key (read from kFromDeals by id)
    QLatin1String after;   // the deals in later groups
    QLatin1String orderBy; // ends in the deal id
    QLatin1String hasKey;  // for orders with a null group: the deals with a key, where the join does not imply it
    QLatin1String noKey;   // the null group; empty when every deal has a key
};

// The sorts by a name on PostgreSQL: lower() on both sides, as the server's indexes are on lower(column).
SortSql serverSortSql(DealListColumn sort)
{
    switch (sort) {
    case DealListColumn::Account:
        return {QLatin1String("d.account_id = ?"),
                QLatin1String("lower(a.name) {beyond} lower(?)"),
                QLatin1String("lower(a.name) {dir}, d.id {dir}"),
                {},
                {}};
    case DealListColumn::Title:
        return {QLatin1String("lower(d.title) = lower(?)"),
                QLatin1String("lower(d.title) {beyond} lower(?)"),
                QLatin1String("lower(d.title) {dir}, d.id {dir}"),
                {},
                {}};
    case DealListColumn::SalesRep:
        return {QLatin1String("d.sales_rep_id = ?"),
                QLatin1String("lower(u.name) {beyondOrAt} lower(?) AND (lower(u.name), u.id) {beyond} (lower(?), ?)"),
                QLatin1String("lower(u.name) {dir}, u.id {dir}, d.id {dir}"),
                {},
                {}};
    default: // the same on both engines, or unused (SupportOwner, below)
        return {QLatin1String("d.support_owner_id = ?"),
                QLatin1String("lower(o.name) {beyondOrAt} lower(?) AND (lower(o.name), o.id) {beyond} (lower(?), ?)"),
                QLatin1String("lower(o.name) {dir}, o.id {dir}, d.id {dir}"),
                {},
                QLatin1String("d.support_owner_id IS NULL")};
    }
}

SortSql sortSql(DealListColumn sort, Engine engine)
{
    if (engine == Engine::Postgres && (sort == DealListColumn::Account || sort == DealListColumn::Title ||
                                       sort == DealListColumn::SalesRep || sort == DealListColumn::SupportOwner)) {
        return serverSortSql(sort);
    }
    switch (sort) {
    case DealListColumn::Account:
        return {QLatin1String("d.account_id = ?"),
                QLatin1String("a.name {beyond} ?"),
                QLatin1String("a.name {dir}, d.id {dir}"),
                {},
                {}};
    case DealListColumn::Title:
        return {QLatin1String("d.title = ?"),
                QLatin1String("d.title {beyond} ?"),
                QLatin1String("d.title {dir}, d.id {dir}"),
                {},
                {}};
    case DealListColumn::State: // later groups are read state by state (inState), in workflow order
        return {QLatin1String("d.state = ?"), {}, {}, {}, {}};
    case DealListColumn::SalesRep:
        return {QLatin1String("d.sales_rep_id = ?"),
                QLatin1String("u.name COLLATE NOCASE {beyondOrAt} ? AND (u.name COLLATE NOCASE, u.id) {beyond} (?, ?)"),
                QLatin1String("u.name COLLATE NOCASE {dir}, u.id {dir}, d.id {dir}"),
                {},
                {}};
    case DealListColumn::Amount:
        return {QLatin1String("d.amount_minor = ?"),
                QLatin1String("d.amount_minor {beyond} ?"),
                QLatin1String("d.amount_minor {dir}, d.id {dir}"),
                {},
                {}};
    case DealListColumn::SupportOwner:
        return {QLatin1String("d.support_owner_id = ?"),
                QLatin1String("o.name COLLATE NOCASE {beyondOrAt} ? AND (o.name COLLATE NOCASE, o.id) {beyond} (?, ?)"),
                QLatin1String("o.name COLLATE NOCASE {dir}, o.id {dir}, d.id {dir}"),
                {},
                QLatin1String("d.support_owner_id IS NULL")};
    case DealListColumn::SubmittedAt:
        return {QLatin1String("d.submitted_at = ?"), QLatin1String("d.submitted_at {beyond} ?"),
                QLatin1String("d.submitted_at {dir}, d.id {dir}"), QLatin1String("d.submitted_at IS NOT NULL"),
                QLatin1String("d.submitted_at IS NULL")};
    case DealListColumn::ClosedOn:
        break;
    }
    return {QLatin1String("d.closed_on = ?"),
            QLatin1String("d.closed_on {beyond} ?"),
            QLatin1String("d.closed_on {dir}, d.id {dir}"),
            {},
            {}};
}

QVariant groupValue(const DealListRow& row, DealListColumn sort)
{
    switch (sort) {
    case DealListColumn::Account:
        return row.accountId;
    case DealListColumn::Title:
        return row.title;
    case DealListColumn::State:
        return toKey(row.state);
    case DealListColumn::SalesRep:
        return row.salesRepId;
    case DealListColumn::Amount:
        return row.amountMinor;
    case DealListColumn::SupportOwner:
        return row.supportOwnerId;
    case DealListColumn::SubmittedAt:
        return row.submittedAt;
    case DealListColumn::ClosedOn:
        break;
    }
    return sql::date(row.closedOn);
}

QVariantList afterValues(const DealListRow& row, DealListColumn sort)
{
    switch (sort) {
    case DealListColumn::Account:
        return {row.account};
    case DealListColumn::Title:
        return {row.title};
    case DealListColumn::State:
        return {};
    case DealListColumn::SalesRep:
        return {row.salesRep, row.salesRep, row.salesRepId};
    case DealListColumn::Amount:
        return {row.amountMinor};
    case DealListColumn::SupportOwner:
        return {row.supportOwner, row.supportOwner, row.supportOwnerId};
    case DealListColumn::SubmittedAt:
        return {row.submittedAt};
    case DealListColumn::ClosedOn:
        break;
    }
    return {sql::date(row.closedOn)};
}

QString placeholders(qsizetype count)
{
    QString text = QStringLiteral("?");
    for (qsizetype i = 1; i < count; ++i) {
        text += QLatin1String(", ?");
    }
    return text;
}

} // namespace

DealListSql::DealListSql(const DealListFilter& filter, DealListColumn sort, Qt::SortOrder order, Clock clock,
                         Engine engine)
    : m_filter(filter)
    , m_sort(sort)
    , m_order(order)
    , m_clock(clock)
    , m_engine(engine)
{}

bool DealListSql::hasNullGroup() const
{
    return !sortSql(m_sort, m_engine).noKey.isEmpty();
}

bool DealListSql::nullGroupCanMatch() const
{
    return hasNullGroup() && !(m_sort == DealListColumn::SupportOwner && m_filter.supportOwnerId != 0);
}

bool DealListSql::inNullGroup(const DealListRow& row) const
{
    switch (m_sort) {
    case DealListColumn::SupportOwner:
        return row.supportOwnerId == 0;
    case DealListColumn::SubmittedAt:
        return row.submittedAt.isEmpty();
    default:
        return false;
    }
}

QString DealListSql::directed(QString text) const
{
    const bool up = ascending();
    return text.replace(QLatin1String("{beyondOrAt}"), up ? QLatin1String(">=") : QLatin1String("<="))
        .replace(QLatin1String("{beyond}"), up ? QLatin1String(">") : QLatin1String("<"))
        .replace(QLatin1String("{dir}"), up ? QLatin1String("ASC") : QLatin1String("DESC"));
}

DealListSql::Part DealListSql::filterPart(From from, bool forCount) const
{
    // Counting has no order to keep: SQLite may then use an index on a filtered column. PostgreSQL takes no hints.
    const QLatin1String hint = forCount || m_engine == Engine::Postgres ? QLatin1String() : kNoIndex;
    Part part;
    // The State order reads one state at a time and skips those the filter leaves out.
    if (!m_filter.states.isEmpty() && (forCount || m_sort != DealListColumn::State)) {
        // The review queue's single state with the submission order is a range of deals_in_state_by_submitted_at.
        const bool onIndex = forCount || (m_sort == DealListColumn::SubmittedAt && m_filter.states.size() == 1);
        part.text += QLatin1String(" AND ") + (onIndex ? QLatin1String() : hint) + QLatin1String("d.state IN (") +
                     placeholders(m_filter.states.size()) + QLatin1Char(')');
        for (const HandoffState state : m_filter.states) {
            part.values.append(toKey(state));
        }
    }
    if (m_filter.salesRepId != 0) {
        part.text += from == From::Reps ? QStringLiteral(" AND u.id = ?")
                                        : QLatin1String(" AND ") + hint + QLatin1String("d.sales_rep_id = ?");
        part.values.append(m_filter.salesRepId);
    }
    if (m_filter.supportOwnerId != 0) {
        part.text += from == From::Owners ? QStringLiteral(" AND o.id = ?")
                                          : QLatin1String(" AND ") + hint + QLatin1String("d.support_owner_id = ?");
        part.values.append(m_filter.supportOwnerId);
    }
    if (m_filter.flaggedOnly || m_filter.overdueOnly) {
        // Closed handoffs have nothing at risk or due; testing the state on the index entry skips them unprobed.
        part.text += QLatin1String(" AND ") + QString(kOpenStates).arg(hint);
    }
    if (m_filter.flaggedOnly) {
        part.text += QLatin1String(" AND ") + kFlaggedPromise;
    }
    if (m_filter.overdueOnly) {
        part.text += QLatin1String(" AND (") + QString(kOverdue).arg(hint) + QLatin1Char(')');
        part.values << sql::date(m_clock.submitOverdueBefore) << sql::date(m_clock.today) << sql::date(m_clock.today);
    }
    return part;
}

DealListStatement DealListSql::restOfGroup(const DealListRow& last, int limit) const
{
    const Part filter = filterPart(From::Deals, false);
    DealListStatement statement;
    statement.sql = kSelect + kFromDeals + filter.text + QLatin1String(" AND ") + sortSql(m_sort, m_engine).group +
                    directed(QStringLiteral(" AND d.id {beyond} ? ORDER BY d.id {dir} LIMIT ?"));
    statement.values = filter.values;
    statement.values << groupValue(last, m_sort) << last.id << limit;
    return statement;
}

DealListStatement DealListSql::laterGroups(const DealListRow* last, int limit) const
{
    const SortSql sort = sortSql(m_sort, m_engine);
    From from = From::Deals;
    QLatin1String fromSql = kFromDeals;
    if (m_sort == DealListColumn::Account) {
        from = From::Accounts;
        fromSql = kFromAccounts;
    } else if (m_sort == DealListColumn::SalesRep) {
        from = From::Reps;
        fromSql = kFromReps;
    } else if (m_sort == DealListColumn::SupportOwner) {
        from = From::Owners;
        fromSql = kFromOwners;
    }
    const Part filter = filterPart(from, false);
    DealListStatement statement;
    statement.sql = kSelect + fromSql + filter.text;
    statement.values = filter.values;
    if (last) {
        statement.sql += QLatin1String(" AND ") + directed(sort.after);
        statement.values.append(afterValues(*last, m_sort));
    } else if (!sort.hasKey.isEmpty()) {
        statement.sql += QLatin1String(" AND ") + sort.hasKey;
    }
    statement.sql += QLatin1String(" ORDER BY ") + directed(sort.orderBy) + QLatin1String(" LIMIT ?");
    statement.values.append(limit);
    return statement;
}

DealListStatement DealListSql::nullGroup(const DealListRow* last, int limit) const
{
    const Part filter = filterPart(From::Deals, false);
    DealListStatement statement;
    statement.sql = kSelect + kFromDeals + filter.text + QLatin1String(" AND ") + sortSql(m_sort, m_engine).noKey;
    statement.values = filter.values;
    if (last) {
        statement.sql += directed(QStringLiteral(" AND d.id {beyond} ?"));
        statement.values.append(last->id);
    }
    statement.sql += directed(QStringLiteral(" ORDER BY d.id {dir} LIMIT ?"));
    statement.values.append(limit);
    return statement;
}

DealListStatement DealListSql::inState(HandoffState state, int limit) const
{
    const Part filter = filterPart(From::Deals, false);
    DealListStatement statement;
    statement.sql =
        kSelect + kFromDeals + filter.text + directed(QStringLiteral(" AND d.state = ? ORDER BY d.id {dir} LIMIT ?"));
    statement.values = filter.values;
    statement.values << toKey(state) << limit;
    return statement;
}

DealListStatement DealListSql::count(const DealListFilter& filter, Clock clock, Engine engine)
{
    const Part part =
        DealListSql(filter, DealListColumn::ClosedOn, Qt::AscendingOrder, clock, engine).filterPart(From::Deals, true);
    // Without a WHERE clause SQLite adds up the cell counts of an index's pages instead of stepping every entry.
    QString sql = QStringLiteral("SELECT count(*) FROM deals d");
    if (!part.text.isEmpty()) {
        sql += QLatin1String(" WHERE") + part.text.mid(4); // drops the first " AND"
    }
    return {sql, part.values};
}

namespace {

// Closed handoffs (fulfilled, cancelled) have nothing at risk and nothing due, as in the list's filters.
const QLatin1String kClosed("(d.state = 'fulfilled' OR d.state = 'cancelled')");

} // namespace

QString DealListSql::factsBatch(int batch)
{
    QString ids = QStringLiteral("?");
    for (int i = 1; i < batch; ++i) {
        ids += QLatin1String(", ?");
    }
    // The rule of ChecklistService::completeness: the deal's answers to items answered on the checklist, read by the
    // deal's answers, and the items a deal field answers.
    const QString ci = QStringLiteral("ci");
    const QString d = QStringLiteral("d");
    return QLatin1String("SELECT d.id, (SELECT count(*) FROM checklist_items ci WHERE ci.required = 1), "
                         "(SELECT count(*) FROM checklist_answers ca CROSS JOIN checklist_items ci "
                         "WHERE ca.deal_id = d.id AND ci.id = ca.item_id AND ci.required = 1 AND ci.deal_field = '' "
                         "AND ") +
           ChecklistSql::answered(ci, QStringLiteral("ca"), d) +
           QLatin1String(") + (SELECT count(*) FROM checklist_items ci WHERE ci.required = 1 AND ci.deal_field <> '' "
                         "AND ") +
           ChecklistSql::answered(ci, QString(), d) + QLatin1String("), CASE WHEN ") + kClosed +
           QLatin1String(" THEN 0 ELSE (SELECT count(*) FROM promises p WHERE p.deal_id = d.id AND "
                         "p.fulfilment = 'open' AND (p.feasibility = 'blocked' OR p.feasibility = 'warning' OR "
                         "p.review_status = 'cannot_fulfil' OR p.review_status = 'needs_clarification')) END, "
                         "CASE WHEN ") +
           kClosed +
           QLatin1String(" THEN NULL ELSE (SELECT min(due) FROM ("
                         "SELECT min(p.due_on) AS due FROM promises p WHERE p.deal_id = d.id AND p.fulfilment = 'open' "
                         "UNION ALL SELECT min(t.due_on) FROM tasks t WHERE t.deal_id = d.id AND t.status <> 'done'"
                         ") AS due_dates) END FROM deals d WHERE d.id IN (") +
           ids + QLatin1Char(')');
}

Result<QStringList> DealListSql::plan(const Database& db, const DealListStatement& statement)
{
    const bool server = db.isServer();
    auto query = db.exec((server ? QLatin1String("EXPLAIN ") : QLatin1String("EXPLAIN QUERY PLAN ")) + statement.sql,
                         statement.values);
    if (!query) {
        return query.error();
    }
    QStringList steps;
    while (query->next()) {
        steps.append(query->value(server ? 0 : 3).toString());
    }
    return steps;
}

} // namespace handoff
