#pragma once

#include "Result.h"
#include "model/ChecklistItem.h"

#include <QLatin1StringView>
#include <QList>

namespace handoff {

class Database;

// Questions asked of a database as a whole (the demo generator's: is it empty, what does its checklist ask; the
// status bar's: how much does it hold).
struct DatabaseContents {
    // How many rows the tables a person works with hold.
    struct Counts {
        qint64 deals = 0;
        qint64 promises = 0;
        qint64 tasks = 0;
    };

    // Whether table holds any row; table is a name written in code.
    static Result<bool> hasRows(const Database& db, QLatin1StringView table);
    // The id the next row of table gets on a file: after every id it has had (AUTOINCREMENT never gives an id
    // twice, even after a delete). table is a name written in code.
    static Result<qint64> nextFileId(const Database& db, QLatin1StringView table);
    // The checklist template's items in the order the checklist shows them.
    static Result<QList<ChecklistItem>> checklistInOrder(Database& db);
    // The version of the engine that keeps the database: the server's, or the SQLite library's.
    static Result<QString> engineVersion(const Database& db);
    // The exact number of deals, promises and tasks, in one statement.
    static Result<Counts> counts(const Database& db);
};

} // namespace handoff
