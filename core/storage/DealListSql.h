#pragma once

#include "storage/Database.h"
#include "views/DealListFilter.h"
#include "views/DealListQuery.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace handoff {

// The text and bound values of the deal list's statements for one filter and order, built from allow-lists only.
// DealListQuery decides which of them a page needs; this class knows how each is written so that it stays a range
// scan on the sort's index, on either engine: names sort without regard to case (SQLite's NOCASE, PostgreSQL's
// lower() of a "C"-collated column, both indexed), and the index hints are SQLite's alone.
class DealListSql {
public:
    // What the overdue filter compares with: today, and the close date before which a draft or returned handoff
    // is over the submit target (HandoffClock::overdueBefore).
    struct Clock {
        QDate today;
        QDate submitOverdueBefore;
    };

    DealListSql(const DealListFilter& filter, DealListColumn sort, Qt::SortOrder order, Clock clock, Engine engine);

    bool ascending() const { return m_order == Qt::AscendingOrder; }
    // Orders that put the deals without a key (no support owner, never submitted) in a group of their own.
    bool hasNullGroup() const;
    // Whether that group can hold a deal that passes the filter (a support owner filter excludes it).
    bool nullGroupCanMatch() const;
    bool inNullGroup(const DealListRow& row) const;

    // The deals that share last's sort key and come after it, by id.
    DealListStatement restOfGroup(const DealListRow& last, int limit) const;
    // The deals whose key comes after last's, or from the first key when last is null. Not for State.
    DealListStatement laterGroups(const DealListRow* last, int limit) const;
    // The deals without a key after last, or from the first of them when last is null.
    DealListStatement nullGroup(const DealListRow* last, int limit) const;
    // The deals in one state, for the State order (six groups, each a range of the state index).
    DealListStatement inState(HandoffState state, int limit) const;

    // Counts the deals that pass filter; written so that SQLite may pick any index.
    static DealListStatement count(const DealListFilter& filter, Clock clock, Engine engine);
    // The computed columns of batch deals (DealListFacts): id, required items, required answered, flagged promises,
    // next due date; the ids are the batch parameters, unused ones 0.
    static QString factsBatch(int batch);
    // How the engine means to run a statement, one line per step (SQLite's query plan, PostgreSQL's EXPLAIN).
    static Result<QStringList> plan(const Database& db, const DealListStatement& statement);

private:
    enum class From { Deals, Accounts, Reps, Owners };
    struct Part {
        QString text; // empty or starting with " AND "
        QVariantList values;
    };

    Part filterPart(From from, bool forCount) const;
    QString directed(QString text) const;

    DealListFilter m_filter;
    DealListColumn m_sort;
    Qt::SortOrder m_order;
    Clock m_clock;
    Engine m_engine;
};

} // namespace handoff
