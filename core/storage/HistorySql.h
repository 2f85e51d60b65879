#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace handoff {

class Database;

// The lookups a deal's history makes (HistoryFormatter): audit rows refer to accounts, people, promises and items by
// id, and the sentences name them.
struct HistorySql {
    // A field of one row: nullopt when there is no such row or the field is NULL.
    using Text = Result<std::optional<QString>>;

    static Text accountName(const Database& db, qint64 accountId);
    static Text userName(const Database& db, qint64 userId);
    static Text contactName(const Database& db, qint64 contactId);
    static Text promiseDescription(const Database& db, qint64 promiseId);
    static Text taskTitle(const Database& db, qint64 taskId);
    static Text itemLabel(const Database& db, qint64 itemId);
    // A checklist item's kind key ("check", "contact" ...).
    static Text itemKind(const Database& db, qint64 itemId);
    static Text dealTitle(const Database& db, qint64 dealId);
    static Text dealCurrency(const Database& db, qint64 dealId);
    // The channel key of one of a deal's support channels.
    static Text channel(const Database& db, qint64 dealChannelId);

    // The checklist item a checklist answer answers; 0 when there is no such answer.
    static Result<qint64> answerItem(const Database& db, qint64 answerId);
    // The contact a deal-contact link puts on its deal; 0 when there is no such link.
    static Result<qint64> linkedContact(const Database& db, qint64 dealContactId);
    // Each contact on the deal once, whatever their roles.
    static Result<QList<qint64>> dealContacts(const Database& db, qint64 dealId);
};

} // namespace handoff
