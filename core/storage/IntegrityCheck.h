#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace handoff {

class Database;

// One line of the report of 'handoff check': what was checked, whether it passed, and "ok" or the problems found.
struct CheckResult {
    QString name;
    bool ok = false;
    QString detail;
};

// Verifies a Handoff database for 'handoff check': the engine's own integrity and foreign-key checks, that the
// database is ours and at the schema version of this build, and that the audit log is protected and has lost no
// entry. Only reads; every check runs even when an earlier one fails, so the report shows all damage at once.
// On a server (IntegrityCheckServer.cpp) the server keeps pages and foreign keys sound itself; what can still go
// wrong there is an index left invalid, a constraint added without validation, or a weakened audit trigger.
class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    // Told which check runs (from 0) of how many: as each starts and, on a file, about once a second while one runs,
    // so that a long check shows it is alive.
    using Progress = std::function<void(int check, int checks)>;

    // Writes only to build the kept figures again when they are stale or differ from the rows (KeptFigures).
    static QList<CheckResult> run(Database& db, const Progress& progress = {});
    static bool allOk(const QList<CheckResult>& results);

    // Records what run() found (CheckLog, kind Full). A file's pages decide whether later opens refuse it; a server
    // records the whole result, for whoever asks when it was last checked.
    static Result<void> record(Database& db, const QList<CheckResult>& results);

    // The workstation's check in the background: SQLite's quick_check of a file's pages (integrity_check without
    // comparing indexes with their tables), recorded (CheckLog, kind Pages) so that every later open refuses a
    // damaged file at once. The damage found, empty when none; a file too damaged or too busy to take the record
    // still reports its damage.
    static Result<QStringList> checkPages(Database& db);

private:
    // The damage SQLite finds in a file's pages, the first lines only; empty when there is none.
    static Result<QStringList> damage(const Database& db, bool pagesOnly);
    static CheckResult integrity(const Database& db);
    static CheckResult foreignKeys(const Database& db);
    static CheckResult schemaVersion(const Database& db);
    static CheckResult auditProtection(const Database& db);
    static CheckResult auditCompleteness(const Database& db);
    static CheckResult keptFigures(Database& db);
    static CheckResult serverIndexes(const Database& db);
    static CheckResult serverConstraints(const Database& db);
    static CheckResult serverAuditProtection(const Database& db);
    // In team mode: the triggers that hold each login to its role and name it in the audit log, and their functions.
    static CheckResult serverTeamGuard(const Database& db);
};

} // namespace handoff
