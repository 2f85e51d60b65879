#pragma once

// The SQLite C API doing what core does, for the benchmark's yardsticks: prepared statements and the reads that fill
// the same structs core fills.

#include "model/Deal.h"
#include "views/DealListQuery.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <sqlite3.h>

namespace handoff::bench {

// A prepared statement of the C API, finalized on scope exit.
class Stmt {
public:
    Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr); }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    sqlite3_stmt* operator*() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

QString text(sqlite3_stmt* stmt, int column);
// Binds strings as text, nulls as NULL and everything else as an integer, from the first parameter on.
void bindValues(sqlite3_stmt* stmt, const QVariantList& values);
// A deal read into the same struct DealStore fills.
Deal rawDeal(sqlite3_stmt* stmt, qint64 id);
// A page of the deal list read into the rows DealListQuery returns.
QList<DealListRow> rawPage(sqlite3_stmt* stmt, const QVariantList& values);
// The computed columns of a page (one batch of ids) read into its rows.
void rawFacts(sqlite3_stmt* stmt, QList<DealListRow>& rows);

} // namespace handoff::bench
