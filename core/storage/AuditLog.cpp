#include "storage/AuditLog.h"

#include "storage/Database.h"
#include "storage/KeptFigures.h"
#include "storage/SqlValue.h"
#include "storage/UnitOfWork.h"

#include <QSqlQuery>

namespace handoff {

AuditLog::AuditLog(const Database& db)
    : m_db(db)
{}

Result<qint64> AuditLog::append(UnitOfWork& work, AuditEntry entry)
{
    entry.at = work.now();
    entry.actorId = work.actorId();
    if (entry.dealId > 0 && KeptFigures::moves(entry.entity, entry.field)) {
        work.database().touchDeal(entry.dealId);
    }
    auto query =
        work.database().statement(QStringLiteral("INSERT INTO audit_log (at, actor_id, action, entity, entity_id, "
                                                 "deal_id, field, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, "
                                                 "?, ?, ?, ?, ?)"));
    if (!query) {
        return query.error();
    }
    Statement& insert = **query;
    insert.bind(1, entry.at.toUTC());
    insert.bindId(2, entry.actorId);
    insert.bind(3, entry.action);
    insert.bind(4, entry.entity);
    insert.bindId(5, entry.entityId);
    insert.bindId(6, entry.dealId);
    insert.bind(7, entry.field);
    // Old and new values keep the difference between "was empty" and "there was none" (a create has no old value).
    const auto textOrNull = [&insert](int position, const QString& text) {
        if (text.isNull()) {
            insert.bindNull(position);
        } else {
            insert.bind(position, text);
        }
    };
    textOrNull(8, entry.oldValue);
    textOrNull(9, entry.newValue);
    insert.bind(10, entry.reason);
    return insert.insert();
}

Result<QList<AuditEntry>> AuditLog::forDeal(qint64 dealId) const
{
    return select(QStringLiteral("deal_id = ?"), {dealId});
}

Result<QList<AuditEntry>> AuditLog::forEntity(const QString& entity, qint64 entityId) const
{
    return select(QStringLiteral("entity = ? AND entity_id = ?"), {entity, entityId});
}

AuditEntry AuditLog::entryAt(const QSqlQuery& query)
{
    AuditEntry e;
    e.id = query.value(0).toLongLong();
    e.at = sql::toTime(query.value(1));
    e.actorId = sql::toId(query.value(2));
    e.action = query.value(3).toString();
    e.entity = query.value(4).toString();
    e.entityId = sql::toId(query.value(5));
    e.dealId = sql::toId(query.value(6));
    e.field = query.value(7).toString();
    e.oldValue = query.value(8).toString();
    e.newValue = query.value(9).toString();
    e.reason = query.value(10).toString();
    return e;
}

Result<QList<AuditEntry>> AuditLog::select(const QString& condition, const QVariantList& values) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, at, actor_id, action, entity, entity_id, deal_id, field, "
                                          "old_value, new_value, reason FROM audit_log WHERE ") +
                               condition + QStringLiteral(" ORDER BY id"),
                           values);
    if (!query) {
        return query.error();
    }
    QList<AuditEntry> entries;
    while (query->next()) {
        entries.append(entryAt(*query));
    }
    return entries;
}

} // namespace handoff
