#include "storage/HistorySql.h"

#include "storage/Database.h"
#include "storage/SqlReads.h"
#include "storage/SqlValue.h"

namespace handoff {

namespace {

HistorySql::Text textOf(const Database& db, const QString& select, qint64 id)
{
    const auto value = db.scalar(select, {id});
    if (!value) {
        return value.error();
    }
    if (value->isNull()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(value->toString());
}

Result<qint64> idOf(const Database& db, const QString& select, qint64 id)
{
    const auto value = db.scalar(select, {id});
    if (!value) {
        return value.error();
    }
    return sql::toId(*value);
}

} // namespace

HistorySql::Text HistorySql::accountName(const Database& db, qint64 accountId)
{
    return textOf(db, QStringLiteral("SELECT name FROM accounts WHERE id = ?"), accountId);
}

HistorySql::Text HistorySql::userName(const Database& db, qint64 userId)
{
    return textOf(db, QStringLiteral("SELECT name FROM users WHERE id = ?"), userId);
}

HistorySql::Text HistorySql::contactName(const Database& db, qint64 contactId)
{
    return textOf(db, QStringLiteral("SELECT name FROM contacts WHERE id = ?"), contactId);
}

HistorySql::Text HistorySql::promiseDescription(const Database& db, qint64 promiseId)
{
    return textOf(db, QStringLiteral("SELECT description FROM promises WHERE id = ?"), promiseId);
}

HistorySql::Text HistorySql::taskTitle(const Database& db, qint64 taskId)
{
    return textOf(db, QStringLiteral("SELECT title FROM tasks WHERE id = ?"), taskId);
}

HistorySql::Text HistorySql::itemLabel(const Database& db, qint64 itemId)
{
    return textOf(db, QStringLiteral("SELECT label FROM checklist_items WHERE id = ?"), itemId);
}

HistorySql::Text HistorySql::itemKind(const Database& db, qint64 itemId)
{
    return textOf(db, QStringLiteral("SELECT kind FROM checklist_items WHERE id = ?"), itemId);
}

HistorySql::Text HistorySql::dealTitle(const Database& db, qint64 dealId)
{
    return textOf(db, QStringLiteral("SELECT title FROM deals WHERE id = ?"), dealId);
}

HistorySql::Text HistorySql::dealCurrency(const Database& db, qint64 dealId)
{
    return textOf(db, QStringLiteral("SELECT currency FROM deals WHERE id = ?"), dealId);
}

HistorySql::Text HistorySql::channel(const Database& db, qint64 dealChannelId)
{
    return textOf(db, QStringLiteral("SELECT channel FROM deal_channels WHERE id = ?"), dealChannelId);
}

Result<qint64> HistorySql::answerItem(const Database& db, qint64 answerId)
{
    return idOf(db, QStringLiteral("SELECT item_id FROM checklist_answers WHERE id = ?"), answerId);
}

Result<qint64> HistorySql::linkedContact(const Database& db, qint64 dealContactId)
{
    return idOf(db, QStringLiteral("SELECT contact_id FROM deal_contacts WHERE id = ?"), dealContactId);
}

Result<QList<qint64>> HistorySql::dealContacts(const Database& db, qint64 dealId)
{
    return sql::idsOf(db, QStringLiteral("SELECT DISTINCT contact_id FROM deal_contacts WHERE deal_id = ?"), {dealId});
}

} // namespace handoff
