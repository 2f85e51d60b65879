#pragma once

#include "Result.h"
#include "model/AuditEntry.h"

#include <QList>

namespace handoff {

class Database;

// The append-only history of every change. Entries are written inside the transaction of the change they record;
// the database refuses to update or delete them.
class AuditLog {
public:
    explicit AuditLog(Database& db);

    // Stores an entry; a missing time or actor is taken from the database's clock and acting user.
    Result<qint64> append(AuditEntry entry);

    Result<QList<AuditEntry>> forDeal(qint64 dealId) const;
    Result<QList<AuditEntry>> forEntity(const QString& entity, qint64 entityId) const;

private:
    Result<QList<AuditEntry>> select(const QString& condition, const QVariantList& values) const;

    Database& m_db;
};

} // namespace handoff
