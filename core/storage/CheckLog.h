#pragma once

#include "Result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace handoff {

class Database;

// The results of the checks that read a whole database (the integrity_checks table, schema 7): 'handoff check'
// records a full check, the workstation's background check a check of the pages. Opening a file reads only the last
// result, so a file once found damaged is refused at once, without reading it all again.
class CheckLog {
public:
    enum class Kind { Pages, Full };

    struct Entry {
        QDateTime checkedAt; // UTC
        Kind kind = Kind::Full;
        bool ok = false;
        QStringList findings; // empty when ok
    };

    // Records a check's result in its own transaction and keeps the last kKept results. A file too damaged to take
    // the row fails here; the caller has shown the findings already.
    static Result<void> record(Database& db, Kind kind, bool ok, const QStringList& findings);

    // The last result, or none when no check has run (or the schema predates the table).
    static Result<std::optional<Entry>> last(const Database& db);

    static constexpr int kKept = 50;
};

} // namespace handoff
