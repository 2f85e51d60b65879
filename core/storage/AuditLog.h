#pragma once

#include "Result.h"
#include "model/AuditEntry.h"

#include <QList>

class QSqlQuery;

namespace handoff {

class Database;
class UnitOfWork;

// The append-only history of every change. Entries are written inside the transaction of the change they record;
// the database refuses to update or delete them.
class AuditLog {
public:
    explicit AuditLog(const Database& db);

    // Stores an entry of the change work makes, in its name and at its time.
    static Result<qint64> append(UnitOfWork& work, AuditEntry entry);

    Result<QList<AuditEntry>> forDeal(qint64 dealId) const;
    Result<QList<AuditEntry>> forEntity(const QString& entity, qint64 entityId) const;

    // The entry of the query's current row, whose first columns are id, at, actor_id, action, entity, entity_id,
    // deal_id, field, old_value, new_value and reason, in this order.
    static AuditEntry entryAt(const QSqlQuery& query);

private:
    Result<QList<AuditEntry>> select(const QString& condition, const QVariantList& values) const;

    const Database& m_db;
};

} // namespace handoff
