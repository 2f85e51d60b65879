#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace handoff {

class Database;

// Brings the full-text index of the search field up to date: adds the rows created since it was last brought up to
// date (their ids are above search_state.indexed_to) and applies the edits and deletes that the schema's triggers
// queued in search_pending. No trigger can write to the index itself: SQLite refuses a virtual table inside a
// trigger while trusted_schema is off (see resources/migrations/0003_search.sql).
class SearchBacklog {
    Q_DECLARE_TR_FUNCTIONS(SearchBacklog)

public:
    // What a search runs first so that it sees every saved edit: applies what waits, waiting only briefly for
    // another program's write. When that program holds the file, or the file is read-only, the search goes on with
    // the index as it is (a few edits behind); an index that no longer matches its tables is rebuilt. On a server
    // there is nothing to do: its triggers keep every search vector current.
    static Result<void> catchUp(Database& db);

    // About how many changes wait (new ids plus queued edits); a cheap read, so that a search writes only when there
    // is something to apply.
    static Result<qint64> size(const Database& db);

    // Applies every waiting change in one transaction and returns about how many. A kind with a backlog of more than
    // a quarter of its table (after an import or demo data) is rebuilt from the table instead, which is faster.
    static Result<qint64> apply(Database& db);

    // Builds all four indexes again from their tables and empties the backlog: the index holds nothing that the
    // tables do not, so this loses nothing and repairs an index that no longer matches them.
    static Result<void> rebuild(Database& db);
};

} // namespace handoff
