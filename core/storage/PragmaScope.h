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

// Writes a bulk load into a file through a rollback journal instead of the write-ahead log, and puts the log back
// after. The log holds every page the transaction writes until a checkpoint copies it into the file: for a load that
// fills a new file, each page is written twice and read once more (at 100,000 demo deals, 2 GB that way, 10 s of the
// commit). A rollback journal keeps only the pages the file had before, so the load writes its pages once, and a
// rollback or a crash still leaves the file as it was. Leaving the log needs the only connection to the file: with
// another one open the mode stays as it is, which is slower but as safe. Construct it outside any transaction.
class RollbackJournalScope {
public:
    explicit RollbackJournalScope(Database& db)
        : m_db(db)
    {
        if (db.isServer()) {
            return;
        }
        const auto mode = db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE"));
        m_changed = mode && mode->toString() == QLatin1StringView("delete");
    }
    ~RollbackJournalScope()
    {
        if (m_changed) {
            (void)m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        }
    }
    RollbackJournalScope(const RollbackJournalScope&) = delete;
    RollbackJournalScope& operator=(const RollbackJournalScope&) = delete;

private:
    Database& m_db;
    bool m_changed = false;
};

} // namespace handoff
