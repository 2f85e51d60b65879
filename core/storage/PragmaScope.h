#pragma once

#include "storage/Database.h"

#include <QLatin1StringView>
#include <QString>

namespace handoff {

// Sets a connection pragma for a bulk write (cache_size, ignore_check_constraints) and puts the old value back
// however the write ends. The name and value come from code, never from user text. A server has no pragmas: there
// the scope does nothing (and sends nothing that could fail inside a transaction).
class PragmaScope {
public:
    PragmaScope(Database& db, const char* name, qint64 value)
        : m_db(db)
        , m_name(QLatin1StringView(name))
    {
        if (db.isServer()) {
            return;
        }
        if (auto current = db.scalar(QLatin1StringView("PRAGMA ") + m_name)) {
            m_previous = current->toLongLong();
            m_changed = static_cast<bool>(db.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(value)));
        }
    }
    ~PragmaScope()
    {
        if (m_changed) {
            (void)m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(m_previous));
        }
    }
    PragmaScope(const PragmaScope&) = delete;
    PragmaScope& operator=(const PragmaScope&) = delete;

private:
    Database& m_db;
    QString m_name;
    qint64 m_previous = 0;
    bool m_changed = false;
};

} // namespace handoff
