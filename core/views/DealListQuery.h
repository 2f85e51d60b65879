#pragma once

#include "Result.h"
#include "model/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace handoff {

class Database;

// The columns the deal list can be sorted on; the only way a sort reaches SQL (no column names from outside).
enum class DealListColumn { Account, Title, State, SalesRep, Amount, ClosedOn };

// One line of the deal list. The ids double as the keyset cursor of the next page.
struct DealListRow {
    qint64 id = 0;
    qint64 accountId = 0;
    QString account;
    QString title;
    HandoffState state = HandoffState::Draft;
    qint64 salesRepId = 0;
    QString salesRep;
    qint64 amountMinor = 0;
    QString currency;
    QDate closedOn;
};

// The read-only SQL behind the deal list: pages of deals in any column's order, read with keyset paging so that
// every page is an index range scan, however deep in the list it starts. No query stays open between pages.
//
// Orders (each ends in the deal id, so it is total and a cursor is unambiguous):
//   Account  account name (unique, case-insensitive), deal id
//   Title    title (case-insensitive), deal id
//   State    the workflow order of HandoffState (draft first), deal id
//   SalesRep rep name (case-insensitive), rep id, deal id: two reps of the same name stay apart
//   Amount   amount in minor units, deal id (currencies are not converted)
//   ClosedOn closed-won date, deal id
class DealListQuery {
public:
    explicit DealListQuery(const Database& db);

    Result<QList<DealListRow>> firstPage(DealListColumn sort, Qt::SortOrder order, int limit) const;
    // The limit rows that follow last in this order; last is the last row of the previous page.
    Result<QList<DealListRow>> pageAfter(const DealListRow& last, DealListColumn sort, Qt::SortOrder order,
                                         int limit) const;
    Result<qint64> count() const;

    // The plan SQLite chooses for every statement this sort can run, one line per plan step; lets tests and
    // benchmarks check that no sort needs a temporary b-tree or a table scan.
    Result<QStringList> queryPlan(DealListColumn sort, Qt::SortOrder order) const;
    // The statement that reads the first page (its only value is the limit, or for State the state and the limit),
    // for the benchmark to run the same SQL through the C API.
    static QString firstPageSql(DealListColumn sort, Qt::SortOrder order);

private:
    Result<QList<DealListRow>> read(const QString& sql, const QVariantList& values) const;
    Result<QList<DealListRow>> restOfGroup(const DealListRow& last, DealListColumn sort, Qt::SortOrder order,
                                           int limit) const;
    Result<QList<DealListRow>> laterGroups(const DealListRow* last, DealListColumn sort, Qt::SortOrder order,
                                           int limit) const;
    Result<QList<DealListRow>> statesFrom(int firstState, Qt::SortOrder order, int limit) const;

    const Database& m_db;
};

} // namespace handoff
