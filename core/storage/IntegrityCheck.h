#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace handoff {

class Database;

// One line of the report of 'handoff check': what was checked, whether it passed, and "ok" or the problems found.
struct CheckResult {
    QString name;
    bool ok = false;
    QString detail;
};

// Verifies a Handoff database for 'handoff check': SQLite's own integrity and foreign-key checks, that the file is
// ours and at the schema version of this build, and that the audit log is protected and has lost no entry.
// Only reads; every check runs even when an earlier one fails, so the report shows all damage at once.
class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    static QList<CheckResult> run(const Database& db);
    static bool allOk(const QList<CheckResult>& results);

private:
    static CheckResult integrity(const Database& db);
    static CheckResult foreignKeys(const Database& db);
    static CheckResult schemaVersion(const Database& db);
    static CheckResult auditProtection(const Database& db);
    static CheckResult auditCompleteness(const Database& db);
};

} // namespace handoff
