#pragma once

#include "Result.h"
#include "model/Enums.h"
#include "views/DealListFilter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace handoff {

class Database;

// One line of the deal list. The sort keys double as the keyset cursor of the next page.
struct DealListRow {
    qint64 id = 0;
    qint64 accountId = 0;
    QString account;
    QString title;
    HandoffState state = HandoffState::Draft;
    qint64 salesRepId = 0;
    QString salesRep;
    qint64 supportOwnerId = 0; // 0: none yet
    QString supportOwner;
    qint64 amountMinor = 0;
    QString currency;
    QDate closedOn;
    QString submittedAt; // as stored (UTC ISO-8601), empty when never submitted; the cursor compares it exactly

    // Computed for the rows of a page (DealListFacts).
    int requiredAnswered = 0; // required checklist items answered
    int requiredTotal = 0;
    int flaggedPromises = 0;     // open promises blocked, warned, or refused or questioned in review; 0 once closed
    QDate nextDue;               // the earliest due date of an open promise or an unfinished task; none once closed
    bool nextDueOverdue = false; // nextDue is before today
    bool clockRunning = false;   // the submit clock runs for draft and returned handoffs
    int clockDays = 0;           // business days from closed-won to today
    int clockTarget = 0;         // the team's submit target in business days

    QDateTime submittedTime() const;
    bool clockOver() const { return clockRunning && clockDays > clockTarget; }
};

// A statement and its bound values, as the deal list runs it.
struct DealListStatement {
    QString sql;
    QVariantList values;
};

// The read-only SQL behind the deal lists: pages of the deals that pass a filter, in any allowed column's order, read
// with keyset paging so that a page is an index range scan however deep in the list it starts. No query stays open
// between pages. Filters become SQL with bound values; a page looks up only the rows it returns when the filter
// columns are in the sort index (migration 0004), and a flagged or overdue filter adds an index probe per deal the
// scan passes, so a page costs more where such deals are sparse in the chosen order.
//
// Orders (each ends in the deal id, so it is total and a cursor is unambiguous):
//   Account      account name (unique, case-insensitive), deal id
//   Title        title (case-insensitive), deal id
//   State        the workflow order of HandoffState (draft first), deal id
//   SalesRep     rep name (case-insensitive), rep id, deal id: two reps of the same name stay apart
//   Amount       amount in minor units, deal id (currencies are not converted)
//   ClosedOn     closed-won date, deal id
//   SupportOwner deals without an owner (by id), then owner name (case-insensitive), owner id, deal id
//   SubmittedAt  deals never submitted (by id), then the last submission time, deal id
// Descending reverses all of it, so the deals without an owner or a submission come last.
class DealListQuery {
public:
    explicit DealListQuery(const Database& db);

    Result<QList<DealListRow>> firstPage(const DealListFilter& filter, DealListColumn sort, Qt::SortOrder order,
                                         int limit) const;
    // The limit rows that follow last in this order; last is the last row of the previous page.
    Result<QList<DealListRow>> pageAfter(const DealListFilter& filter, const DealListRow& last, DealListColumn sort,
                                         Qt::SortOrder order, int limit) const;

    // The part of row that pageAfter compares in this order (its id, numbers and dates, and only the text the order
    // sorts by): what a list keeps to read a page again long after its rows were let go.
    static DealListRow cursorOf(const DealListRow& row, DealListColumn sort);

    // Every deal, unfiltered.
    Result<QList<DealListRow>> firstPage(DealListColumn sort, Qt::SortOrder order, int limit) const
    {
        return firstPage({}, sort, order, limit);
    }
    Result<QList<DealListRow>> pageAfter(const DealListRow& last, DealListColumn sort, Qt::SortOrder order,
                                         int limit) const
    {
        return pageAfter({}, last, sort, order, limit);
    }

    // How many deals pass the filter. Counting is an index scan unless the filter asks for flagged or overdue deals:
    // then it probes every open deal (hundreds of milliseconds at 100,000 deals); see countIsCheap.
    Result<qint64> count(const DealListFilter& filter = {}) const;
    static bool countIsCheap(const DealListFilter& filter) { return !filter.flaggedOnly && !filter.overdueOnly; }

    // The plan the engine chooses for every statement this filter and sort can run, one line per plan step; lets
    // tests and benchmarks check that no sort needs a temporary b-tree or a table scan (SQLite's EXPLAIN QUERY PLAN,
    // PostgreSQL's EXPLAIN).
    Result<QStringList> queryPlan(const DealListFilter& filter, DealListColumn sort, Qt::SortOrder order) const;
    Result<QStringList> queryPlan(DealListColumn sort, Qt::SortOrder order) const { return queryPlan({}, sort, order); }
    // The statement that reads the first page in an order with a key on every deal (not SupportOwner or SubmittedAt,
    // whose first page may take two), for the benchmark to run the same SQL through the C API.
    Result<DealListStatement> firstPageStatement(const DealListFilter& filter, DealListColumn sort, Qt::SortOrder order,
                                                 int limit) const;
    // The first page's text as it runs on SQLite, for the benchmark's C-API reference.
    static QString firstPageSql(DealListColumn sort, Qt::SortOrder order);

private:
    Result<QList<DealListRow>> page(const DealListFilter& filter, const DealListRow* last, DealListColumn sort,
                                    Qt::SortOrder order, int limit) const;
    Result<QList<DealListRow>> read(const DealListStatement& statement) const;

    const Database& m_db;
};

} // namespace handoff
