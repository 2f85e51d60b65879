#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

struct pg_conn;

namespace handoff {

// A backup of a database on a server, made by the server's own tool, pg_dump, while people keep working: one
// consistent snapshot in pg_dump's custom format, which pg_restore reads back. It connects as the open connection did
// (the same server, database, user and settings; a password from ~/.pgpass or the environment, never the command
// line) and, like a file's backup, never overwrites a file.
class ServerBackup {
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)

public:
    // target is a new file in a folder that exists (Database::backupTo checks both).
    static Result<void> write(pg_conn* connection, const QString& target);
};

} // namespace handoff
