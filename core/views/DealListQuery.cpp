#include "views/DealListQuery.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

namespace handoff {

namespace {

// A page after a cursor is read in two parts, each a plain range scan on one index: the rest of the cursor's group
// (the deals that share its sort key, by id) and then the groups after it. A single WHERE (key, id) > (?, ?) would
// make SQLite seek on the key alone and filter the group's earlier ids one by one, which costs milliseconds deep in
// a large group such as a state or a sales rep.

const QLatin1String kSelect("SELECT d.id, d.account_id, a.name, d.title, d.state, d.sales_rep_id, u.name, "
                            "d.amount_minor, d.currency, d.closed_on ");

// CROSS JOIN makes SQLite keep the written join order, so the first table's index scan yields the sort order even
// after ANALYZE; elsewhere (PostgreSQL) it is an ordinary join.
const QLatin1String kFromDeals("FROM deals d CROSS JOIN accounts a CROSS JOIN users u "
                               "WHERE a.id = d.account_id AND u.id = d.sales_rep_id");
const QLatin1String kFromAccounts("FROM accounts a CROSS JOIN deals d CROSS JOIN users u "
                                  "WHERE d.account_id = a.id AND u.id = d.sales_rep_id");
const QLatin1String kFromUsers("FROM users u CROSS JOIN deals d CROSS JOIN accounts a "
                               "WHERE d.sales_rep_id = u.id AND a.id = d.account_id");

// The SQL of one sort, from an allow-list. {beyond} and {beyondOrAt} stand for the strict and the inclusive
// comparison in the direction of the sort (> and >= ascending), {dir} for ASC or DESC. The rep name carries COLLATE
// NOCASE because the column does not (its index does).
struct SortSql {
    QLatin1String from;
    QLatin1String group;   // the deals that share the cursor's sort key
    QLatin1String after;   // the deals in later groups
    QLatin1String orderBy; // ends in the deal id
};

SortSql sortSql(DealListColumn sort)
{
    switch (sort) {
    case DealListColumn::Account:
        return {kFromAccounts, QLatin1String("d.account_id = ?"), QLatin1String("a.name {beyond} ?"),
                QLatin1String("a.name {dir}, d.id {dir}")};
    case DealListColumn::Title:
        return {kFromDeals, QLatin1String("d.title = ?"), QLatin1String("d.title {beyond} ?"),
                QLatin1String("d.title {dir}, d.id {dir}")};
    case DealListColumn::State: // later groups are read state by state (statesFrom), in workflow order
        return {kFromDeals, QLatin1String("d.state = ?"), QLatin1String(), QLatin1String()};
    case DealListColumn::SalesRep:
        return {kFromUsers, QLatin1String("d.sales_rep_id = ?"),
                QLatin1String("u.name COLLATE NOCASE {beyondOrAt} ? AND (u.name COLLATE NOCASE, u.id) {beyond} (?, ?)"),
                QLatin1String("u.name COLLATE NOCASE {dir}, u.id {dir}, d.id {dir}")};
    case DealListColumn::Amount:
        return {kFromDeals, QLatin1String("d.amount_minor = ?"), QLatin1String("d.amount_minor {beyond} ?"),
                QLatin1String("d.amount_minor {dir}, d.id {dir}")};
    case DealListColumn::ClosedOn:
        break;
    }
    return {kFromDeals, QLatin1String("d.closed_on = ?"), QLatin1String("d.closed_on {beyond} ?"),
            QLatin1String("d.closed_on {dir}, d.id {dir}")};
}

QLatin1String direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QLatin1String("ASC") : QLatin1String("DESC");
}

QLatin1String beyond(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QLatin1String(">") : QLatin1String("<");
}

QLatin1String beyondOrAt(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QLatin1String(">=") : QLatin1String("<=");
}

QString restOfGroupSql(DealListColumn sort, Qt::SortOrder order)
{
    return kSelect + kFromDeals + QLatin1String(" AND ") + sortSql(sort).group + QLatin1String(" AND d.id ") +
           beyond(order) + QLatin1String(" ? ORDER BY d.id ") + direction(order) + QLatin1String(" LIMIT ?");
}

// Not for State, whose groups come one by one from stateSql.
QString laterGroupsSql(DealListColumn sort, Qt::SortOrder order, bool afterCursor)
{
    const SortSql sql = sortSql(sort);
    QString text = kSelect + sql.from;
    if (afterCursor) {
        text += QLatin1String(" AND ") + QString(sql.after)
                                             .replace(QLatin1String("{beyondOrAt}"), beyondOrAt(order))
                                             .replace(QLatin1String("{beyond}"), beyond(order));
    }
    return text + QLatin1String(" ORDER BY ") + QString(sql.orderBy).replace(QLatin1String("{dir}"), direction(order)) +
           QLatin1String(" LIMIT ?");
}

QString stateSql(Qt::SortOrder order)
{
    return kSelect + kFromDeals + QLatin1String(" AND d.state = ? ORDER BY d.id ") + direction(order) +
           QLatin1String(" LIMIT ?");
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
    case DealListColumn::ClosedOn:
        break;
    }
    return {sql::date(row.closedOn)};
}

} // namespace

DealListQuery::DealListQuery(const Database& db)
    : m_db(db)
{}

Result<QList<DealListRow>> DealListQuery::firstPage(DealListColumn sort, Qt::SortOrder order, int limit) const
{
    if (limit <= 0) {
        return QList<DealListRow>();
    }
    return laterGroups(nullptr, sort, order, limit);
}

Result<QList<DealListRow>> DealListQuery::pageAfter(const DealListRow& last, DealListColumn sort, Qt::SortOrder order,
                                                    int limit) const
{
    if (limit <= 0) {
        return QList<DealListRow>();
    }
    auto rows = restOfGroup(last, sort, order, limit);
    if (!rows || rows->size() >= limit) {
        return rows;
    }
    auto later = laterGroups(&last, sort, order, limit - int(rows->size()));
    if (!later) {
        return later.error();
    }
    rows->append(*later);
    return rows;
}

Result<qint64> DealListQuery::count() const
{
    auto query = m_db.statement(QStringLiteral("SELECT count(*) FROM deals"));
    if (!query) {
        return query.error();
    }
    auto row = (*query)->next();
    if (!row) {
        return row.error();
    }
    return *row ? (*query)->int64(0) : 0;
}

QString DealListQuery::firstPageSql(DealListColumn sort, Qt::SortOrder order)
{
    return sort == DealListColumn::State ? stateSql(order) : laterGroupsSql(sort, order, false);
}

Result<QStringList> DealListQuery::queryPlan(DealListColumn sort, Qt::SortOrder order) const
{
    QStringList statements{restOfGroupSql(sort, order)};
    if (sort == DealListColumn::State) {
        statements.append(stateSql(order));
    } else {
        statements.append(laterGroupsSql(sort, order, false));
        statements.append(laterGroupsSql(sort, order, true));
    }
    QStringList plan;
    for (const QString& statement : std::as_const(statements)) {
        // The plan does not depend on the values, only on their number.
        const QVariantList values(statement.count(QLatin1Char('?')), QVariant(0));
        auto query = m_db.exec(QLatin1String("EXPLAIN QUERY PLAN ") + statement, values);
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            plan.append(query->value(3).toString());
        }
    }
    return plan;
}

Result<QList<DealListRow>> DealListQuery::read(const QString& sql, const QVariantList& values) const
{
    // A cached C-API statement: a page is read on every scroll step, and preparing it again costs more than reading.
    auto query = m_db.statement(sql);
    if (!query) {
        return query.error();
    }
    SqliteStatement& page = **query;
    for (int i = 0; i < values.size(); ++i) {
        page.bind(i + 1, values.at(i));
    }
    QList<DealListRow> rows;
    for (;;) {
        auto more = page.next();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            return rows;
        }
        DealListRow row;
        row.id = page.int64(0);
        row.accountId = page.int64(1);
        row.account = page.text(2);
        row.title = page.text(3);
        row.state = fromKey<HandoffState>(page.text(4)).value_or(HandoffState::Draft);
        row.salesRepId = page.int64(5);
        row.salesRep = page.text(6);
        row.amountMinor = page.int64(7);
        row.currency = page.text(8);
        row.closedOn = QDate::fromString(page.text(9), Qt::ISODate);
        rows.append(std::move(row));
    }
}

Result<QList<DealListRow>> DealListQuery::restOfGroup(const DealListRow& last, DealListColumn sort, Qt::SortOrder order,
                                                      int limit) const
{
    return read(restOfGroupSql(sort, order), {groupValue(last, sort), last.id, limit});
}

Result<QList<DealListRow>> DealListQuery::laterGroups(const DealListRow* last, DealListColumn sort, Qt::SortOrder order,
                                                      int limit) const
{
    if (sort == DealListColumn::State) {
        const bool ascending = order == Qt::AscendingOrder;
        if (last) {
            return statesFrom(int(last->state) + (ascending ? 1 : -1), order, limit);
        }
        return statesFrom(ascending ? 0 : int(enumCount<HandoffState>()) - 1, order, limit);
    }
    QVariantList values = last ? afterValues(*last, sort) : QVariantList();
    values.append(limit);
    return read(laterGroupsSql(sort, order, last != nullptr), values);
}

// There are six states: reading each group with its own range scan keeps the workflow order without an index on
// a computed rank.
Result<QList<DealListRow>> DealListQuery::statesFrom(int firstState, Qt::SortOrder order, int limit) const
{
    const int step = order == Qt::AscendingOrder ? 1 : -1;
    const QString sql = stateSql(order);
    QList<DealListRow> rows;
    for (int state = firstState; state >= 0 && state < int(enumCount<HandoffState>()) && rows.size() < limit;
         state += step) {
        auto group = read(sql, {toKey(HandoffState(state)), limit - int(rows.size())});
        if (!group) {
            return group.error();
        }
        rows.append(*group);
    }
    return rows;
}

} // namespace handoff
