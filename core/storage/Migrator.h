#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace handoff {

class Database;
enum class Engine;

// Brings a database up to the current schema by running the numbered SQL scripts in :/migrations (a server's in
// :/migrations/postgresql, the same logical schema), each step with its version bump in one transaction, so a failed
// step leaves the database as it was. A file keeps its version in PRAGMA user_version, a server in handoff_schema.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // The schema version this build writes; the number of the last script in resources/migrations.
    static constexpr int kSchemaVersion = 12;
    // The version that brought the kept figures (KeptFigures), built when a database reaches it.
    static constexpr int kKeptFiguresVersion = 8;

    // The version that brought team mode (TeamSql), a server's only.
    static constexpr int kTeamModeVersion = 10;

    static Result<int> currentVersion(const Database& db);
    // Whether upgrading a database of engine from version runs any statement (some steps are for the other engine).
    static bool changesAnything(Engine engine, int from);
    static Result<void> migrate(Database& db);

    // The script that brings a database of engine to version; empty when there is none.
    static QString scriptOf(Engine engine, int version);
    // The statements of the SQLite script that brings a database to version; empty when there is none.
    static QStringList statementsOf(int version);

    // Splits a script into complete SQL statements (trigger bodies included), dropping blanks and comments-only text.
    static QStringList splitStatements(const QString& script);
};

} // namespace handoff
