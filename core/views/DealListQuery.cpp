#include "views/DealListQuery.h"

#include "storage/Database.h"
#include "storage/DealListSql.h"
#include "storage/Settings.h"
#include "storage/SqlValue.h"
#include "views/DealListFacts.h"
#include "workflow/HandoffClock.h"

#include <optional>

namespace handoff {

namespace {

// Settings only reads through its const getters; it takes a mutable Database because it also writes.
int submitTarget(const Database& db)
{
    return Settings(const_cast<Database&>(db)).submitTargetBusinessDays();
}

DealListSql::Clock clockOf(const Database& db, int target)
{
    const QDate today = db.today();
    return {today, HandoffClock::overdueBefore(today, target)};
}

// A statement built with the wrong number of values is a defect here, never the user's doing; binding past the
// statement's parameters would write outside its buffers.
Error mismatch(const DealListStatement& statement)
{
    return makeError(Error::Code::Storage, QStringLiteral("Internal error: the deal list bound %1 values to: %2")
                                               .arg(statement.values.size())
                                               .arg(statement.sql));
}

} // namespace

QDateTime DealListRow::submittedTime() const
{
    return sql::toTime(submittedAt.isEmpty() ? QVariant() : QVariant(submittedAt));
}

DealListQuery::DealListQuery(const Database& db)
    : m_db(db)
{}

Result<QList<DealListRow>> DealListQuery::firstPage(const DealListFilter& filter, DealListColumn sort,
                                                    Qt::SortOrder order, int limit) const
{
    return page(filter, nullptr, sort, order, limit);
}

Result<QList<DealListRow>> DealListQuery::pageAfter(const DealListFilter& filter, const DealListRow& last,
                                                    DealListColumn sort, Qt::SortOrder order, int limit) const
{
    return page(filter, &last, sort, order, limit);
}

Result<QList<DealListRow>> DealListQuery::page(const DealListFilter& filter, const DealListRow* last,
                                               DealListColumn sort, Qt::SortOrder order, int limit) const
{
    QList<DealListRow> rows;
    if (limit <= 0) {
        return rows;
    }
    const int target = submitTarget(m_db);
    const DealListSql::Clock clock = clockOf(m_db, target);
    const DealListSql sql(filter, sort, order, clock, m_db.engine());
    // Runs one part of the page for the rows still missing; false once the page is full or a read failed.
    std::optional<Error> failure;
    const auto add = [&](const DealListStatement& statement) {
        auto part = read(statement);
        if (!part) {
            failure = part.error();
            return false;
        }
        rows.append(*part);
        return rows.size() < limit;
    };
    const auto left = [&] { return limit - int(rows.size()); };

    if (sort == DealListColumn::State) {
        // Six states: reading each group with its own range scan keeps the workflow order without an index on a
        // computed rank, and a state the filter leaves out is not read at all.
        const int step = sql.ascending() ? 1 : -1;
        int state = sql.ascending() ? 0 : int(enumCount<HandoffState>()) - 1;
        bool more = true;
        if (last) {
            more = add(sql.restOfGroup(*last, limit));
            state = int(last->state) + step;
        }
        for (; more && state >= 0 && state < int(enumCount<HandoffState>()); state += step) {
            if (filter.allows(HandoffState(state))) {
                more = add(sql.inState(HandoffState(state), left()));
            }
        }
    } else if (last && sql.inNullGroup(*last)) {
        // Ascending, the deals without a key come first and the keyed groups follow; descending, they end the list.
        if (add(sql.nullGroup(last, limit)) && sql.ascending()) {
            add(sql.laterGroups(nullptr, left()));
        }
    } else {
        const bool nullGroup = sql.nullGroupCanMatch();
        bool more = true;
        if (!last && nullGroup && sql.ascending()) {
            more = add(sql.nullGroup(nullptr, limit));
        }
        if (more && last) {
            more = add(sql.restOfGroup(*last, limit));
        }
        if (more) {
            more = add(sql.laterGroups(last, left()));
        }
        if (more && nullGroup && !sql.ascending()) {
            add(sql.nullGroup(nullptr, left()));
        }
    }
    if (failure) {
        return *failure;
    }
    if (auto filled = DealListFacts(m_db).fill(rows, clock.today, target); !filled) {
        return filled.error();
    }
    return rows;
}

DealListRow DealListQuery::cursorOf(const DealListRow& row, DealListColumn sort)
{
    DealListRow cursor;
    cursor.id = row.id;
    cursor.accountId = row.accountId;
    cursor.state = row.state;
    cursor.salesRepId = row.salesRepId;
    cursor.supportOwnerId = row.supportOwnerId;
    cursor.amountMinor = row.amountMinor;
    cursor.closedOn = row.closedOn;
    switch (sort) {
    case DealListColumn::Account:
        cursor.account = row.account;
        break;
    case DealListColumn::Title:
        cursor.title = row.title;
        break;
    case DealListColumn::SalesRep:
        cursor.salesRep = row.salesRep;
        break;
    case DealListColumn::SupportOwner:
        cursor.supportOwner = row.supportOwner;
        break;
    case DealListColumn::SubmittedAt:
        cursor.submittedAt = row.submittedAt;
        break;
    case DealListColumn::State:
    case DealListColumn::Amount:
    case DealListColumn::ClosedOn:
        break;
    }
    return cursor;
}

Result<qint64> DealListQuery::count(const DealListFilter& filter) const
{
    const DealListStatement statement = DealListSql::count(filter, clockOf(m_db, submitTarget(m_db)), m_db.engine());
    auto query = m_db.statement(statement.sql);
    if (!query) {
        return query.error();
    }
    if ((*query)->parameterCount() != statement.values.size()) {
        return mismatch(statement);
    }
    for (int i = 0; i < statement.values.size(); ++i) {
        (*query)->bind(i + 1, statement.values.at(i));
    }
    auto row = (*query)->next();
    if (!row) {
        return row.error();
    }
    return *row ? (*query)->int64(0) : 0;
}

Result<DealListStatement> DealListQuery::firstPageStatement(const DealListFilter& filter, DealListColumn sort,
                                                            Qt::SortOrder order, int limit) const
{
    const DealListSql sql(filter, sort, order, clockOf(m_db, submitTarget(m_db)), m_db.engine());
    if (sort == DealListColumn::State) {
        const int last = int(enumCount<HandoffState>()) - 1;
        for (int i = 0; i <= last; ++i) {
            const auto state = HandoffState(order == Qt::AscendingOrder ? i : last - i);
            if (filter.allows(state)) {
                return sql.inState(state, limit);
            }
        }
    }
    return sql.laterGroups(nullptr, limit);
}

QString DealListQuery::firstPageSql(DealListColumn sort, Qt::SortOrder order)
{
    // The plain text does not depend on the clock: an unfiltered list binds no dates.
    const DealListSql sql({}, sort, order, {}, Engine::Sqlite);
    return sort == DealListColumn::State ? sql.inState(HandoffState::Draft, 1).sql : sql.laterGroups(nullptr, 1).sql;
}

Result<QStringList> DealListQuery::queryPlan(const DealListFilter& filter, DealListColumn sort,
                                             Qt::SortOrder order) const
{
    const DealListSql sql(filter, sort, order, clockOf(m_db, submitTarget(m_db)), m_db.engine());
    // A cursor row with every key set, so that each statement is the one a real page after it would run.
    DealListRow cursor;
    cursor.id = 1;
    cursor.supportOwnerId = 1;
    cursor.submittedAt = QStringLiteral("2000-01-01T00:00:00.000Z");
    QList<DealListStatement> statements{sql.restOfGroup(cursor, 1)};
    if (sort == DealListColumn::State) {
        statements.append(sql.inState(HandoffState::Draft, 1));
    } else {
        statements.append(sql.laterGroups(nullptr, 1));
        statements.append(sql.laterGroups(&cursor, 1));
    }
    if (sql.nullGroupCanMatch()) {
        statements.append(sql.nullGroup(nullptr, 1));
        statements.append(sql.nullGroup(&cursor, 1));
    }
    statements.append(DealListSql::count(filter, clockOf(m_db, submitTarget(m_db)), m_db.engine()));
    QStringList plan;
    for (const DealListStatement& statement : std::as_const(statements)) {
        auto steps = DealListSql::plan(m_db, statement);
        if (!steps) {
            return steps.error();
        }
        plan += *steps;
    }
    return plan;
}

Result<QList<DealListRow>> DealListQuery::read(const DealListStatement& statement) const
{
    // A cached C-API statement: a page is read on every scroll step, and preparing it again costs more than reading.
    auto query = m_db.statement(statement.sql);
    if (!query) {
        return query.error();
    }
    Statement& page = **query;
    if (page.parameterCount() != statement.values.size()) {
        return mismatch(statement);
    }
    for (int i = 0; i < statement.values.size(); ++i) {
        page.bind(i + 1, statement.values.at(i));
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
        row.supportOwnerId = page.isNull(10) ? 0 : page.int64(10);
        row.supportOwner = page.text(11);
        row.submittedAt = page.isNull(12) ? QString() : page.text(12);
        rows.append(std::move(row));
    }
}

} // namespace handoff
