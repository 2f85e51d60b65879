#pragma once

#include "Result.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <vector>

namespace handoff {

class Database;

// New rows of several tables written in bulk (an import) inside the caller's transaction. Each table gets a statement
// whose binds number its columns from 1; insert() gives the new row's id, execute() writes a row of a table without
// one. On a file every row is an INSERT through SQLite's C API at once. On a server the rows wait as COPY text, with
// their ids taken from the table's sequence ahead, and reach the server in one COPY per table: when flush() is
// called, or when the waiting text grows past a bound. Tables are written in the order they were added, so that what
// a row refers to is written before it. What waits is not yet in the database: call flush() before reading rows
// written so far (defers() says whether any can wait), and finish() before committing.
class BulkWriter {
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)

public:
    BulkWriter();
    explicit BulkWriter(Database& db);
    ~BulkWriter();
    BulkWriter(BulkWriter&& other) noexcept;
    BulkWriter& operator=(BulkWriter&& other) noexcept;
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    // The statement that adds rows to table; table and columns are names written in code. The writer owns it.
    // withId: the table has an id column that insert() returns.
    Result<Statement*> table(QLatin1StringView table, const QStringList& columns, bool withId = true);

    // A table of a list: the statement to set, the table and its columns.
    struct Table {
        Statement** statement;
        QLatin1StringView table;
        QStringList columns;
        bool withId = true;
    };
    // Adds every table of the list, in its order.
    Result<void> tables(std::initializer_list<Table> tables);

    // True when rows can wait unwritten until flush() (on a server).
    bool defers() const;
    // Writes every row that waits.
    Result<void> flush();
    // Writes every row that waits and gives the ids taken ahead and not used back to their sequences, so that the
    // next row gets the next number. On a server, the tables that received many rows get new planner statistics.
    Result<void> finish();

    class Copy; // the server's side

private:
    Database* m_db = nullptr;
    std::unique_ptr<Copy> m_copy;                     // on a server
    std::vector<std::unique_ptr<Statement>> m_tables; // on a file
};

} // namespace handoff
