#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace handoff {

class Database;

// Takes the ordinary (non-unique) indexes of some tables away for a bulk write inside the caller's transaction and
// builds them again at its end: one sort per index instead of a B-tree insert per row and index, which is what most
// of a large import's time goes to. Unique indexes stay, so every constraint is checked row by row as before. A
// rollback (a rejected row, a dry run, an error) brings the indexes back with everything else.
class DeferredIndexes {
    Q_DECLARE_TR_FUNCTIONS(DeferredIndexes)

public:
    DeferredIndexes() = default; // defers nothing

    // tables are names written in code, never from user text.
    static Result<DeferredIndexes> drop(Database& db, const QStringList& tables);
    // Those of an import's tables (deals, their contacts, the audit log) whose indexes nothing in the import reads,
    // when expectedNewDeals rows make it pay to build them again at the end. On a server, none: the server keeps its
    // indexes as the rows come.
    static Result<DeferredIndexes> forImport(Database& db, qint64 expectedNewDeals);

    // Creates the indexes again, each from the SQL it was created with; call before committing.
    Result<void> rebuild();

private:
    Database* m_db = nullptr;
    QStringList m_sql; // CREATE INDEX statements as stored in the schema
};

} // namespace handoff
