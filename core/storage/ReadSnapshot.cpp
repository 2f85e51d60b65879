#include "storage/ReadSnapshot.h"

#include "storage/Database.h"

namespace handoff {

ReadSnapshot::ReadSnapshot(const Database& db)
    : m_db(db)
{
    if (!db.inTransaction()) {
        // A server's reads see one moment only inside a REPEATABLE READ transaction; a file's inside any.
        m_open = static_cast<bool>(db.run(
            db.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") : QStringLiteral("BEGIN"),
            {}));
    }
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open) {
        (void)m_db.run(QStringLiteral("COMMIT"), {});
    }
}

} // namespace handoff
