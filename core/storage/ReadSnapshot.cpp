#include "storage/ReadSnapshot.h"

#include "storage/Database.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace handoff {

ReadSnapshot::ReadSnapshot(const Database& db)
    : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle()) != 0) {
        QSqlQuery begin(db.connection());
        m_open = begin.exec(QStringLiteral("BEGIN"));
    }
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open) {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("COMMIT"));
    }
}

} // namespace handoff
