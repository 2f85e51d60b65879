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

// Answers the first count required checklist items of a deal (all of them for -1), in template order, each with a
// value that fits its kind, straight into the table (no audit rows), leaving items already answered as they are.
// Written in C++ and portable SQL so that it fills a file and a server alike.
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
