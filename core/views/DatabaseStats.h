#pragma once

#include "Result.h"

#include <QtGlobal>

namespace handoff {

class Database;

// How much the database holds, for the status bar. One statement of three counts.
struct DatabaseStats {
    qint64 deals = 0;
    qint64 promises = 0;
    qint64 tasks = 0;

    static Result<DatabaseStats> read(const Database& db);
};

} // namespace handoff
