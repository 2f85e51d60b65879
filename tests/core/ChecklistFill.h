#pragma once

#include "storage/Database.h"
#include "storage/Stores.h"

#include <QDateTime>

// A value that answers a checklist item of its kind: a ticked check, the given day, the first choice, the contact.
inline QString answerFitting(const handoff::ChecklistItem& item, qint64 contactId, const QDate& day)
{
    using handoff::ChecklistItemKind;
    switch (item.kind) {
    case ChecklistItemKind::Check:
        return QStringLiteral("true");
    case ChecklistItemKind::Date:
        return day.toString(Qt::ISODate);
    case ChecklistItemKind::Contact:
        return QString::number(contactId);
    case ChecklistItemKind::Choice:
        return item.choices.value(0);
    case ChecklistItemKind::Text:
        break;
    }
    return QStringLiteral("answered");
}

// Fills the deal field that answers a checklist item, straight into the table, when it is empty: a text, 1,000.00 of
// the deal's currency, the given day, or an e-mail channel that is the preferred one.
inline handoff::Result<void> fillAnsweringField(handoff::Database& db, qint64 dealId, handoff::AnsweringField field,
                                                const QDate& day)
{
    using handoff::AnsweringField;
    const QString column = handoff::toKey(field);
    const auto run = [&db](const QString& sql, const QVariantList& values) -> handoff::Result<void> {
        if (auto done = db.exec(sql, values); !done) {
            return done.error();
        }
        return {};
    };
    switch (field) {
    case AnsweringField::None:
        return {};
    case AnsweringField::Amount:
        return run(QStringLiteral("UPDATE deals SET amount_minor = 100000 WHERE id = ? AND amount_minor = 0"),
                   {dealId});
    case AnsweringField::ContractStart:
    case AnsweringField::GoLiveTarget:
        return run(QStringLiteral("UPDATE deals SET %1 = ? WHERE id = ? AND %1 IS NULL").arg(column),
                   {day.toString(Qt::ISODate), dealId});
    case AnsweringField::Channels:
    case AnsweringField::PreferredChannel:
        if (auto added = run(QStringLiteral("INSERT INTO deal_channels (deal_id, channel, address, preferred) "
                                            "VALUES (?, 'email', 'help@example.com', 0) "
                                            "ON CONFLICT (deal_id, channel) DO NOTHING"),
                             {dealId});
            !added) {
            return added;
        }
        return run(QStringLiteral("UPDATE deal_channels SET preferred = 1 WHERE deal_id = ? AND channel = 'email' "
                                  "AND NOT EXISTS (SELECT 1 FROM deal_channels p WHERE p.deal_id = ? "
                                  "AND p.preferred = 1)"),
                   {dealId, dealId});
    default:
        return run(QStringLiteral("UPDATE deals SET %1 = 'answered' WHERE id = ? AND trim(%1) = ''").arg(column),
                   {dealId});
    }
}

// Answers the first count required checklist items of a deal (all of them for -1), in template order, each with a
// value that fits its kind, straight into the table (no audit rows), leaving items already answered as they are. An
// item a deal field answers is answered by filling that field (fillAnsweringField). Written in C++ and portable SQL so
// that it fills a file and a server alike.
inline handoff::Result<void> answerRequiredItems(handoff::Database& db, qint64 dealId, qint64 contactId,
                                                 const QDateTime& at, int count = -1)
{
    using namespace handoff;
    auto items = ChecklistItemStore(db).where(QStringLiteral("required = 1"), {}, QStringLiteral("position, id"));
    if (!items) {
        return items.error();
    }
    int answered = 0;
    for (const ChecklistItem& item : *items) {
        if (count >= 0 && answered == count) {
            break;
        }
        ++answered;
        if (item.dealField != AnsweringField::None) {
            if (auto filled = fillAnsweringField(db, dealId, item.dealField, QDate(2026, 4, 1)); !filled) {
                return filled;
            }
            continue;
        }
        const QString value = answerFitting(item, contactId, QDate(2026, 4, 1));
        auto inserted = db.exec(QStringLiteral("INSERT INTO checklist_answers (deal_id, item_id, value, answered_at) "
                                               "VALUES (?, ?, ?, ?) ON CONFLICT (deal_id, item_id) DO NOTHING"),
                                {dealId, item.id, value, at.toUTC().toString(Qt::ISODateWithMs)});
        if (!inserted) {
            return inserted.error();
        }
    }
    return {};
}
