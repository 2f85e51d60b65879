#include "workflow/HistoryFormatter.h"

#include "model/Labels.h"
#include "model/Money.h"
#include "storage/AuditLog.h"
#include "storage/HistorySql.h"
#include "workflow/HistoryText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace handoff {

using historytext::idOf;
using historytext::labelOfKey;
using historytext::shortened;
using historytext::textOf;

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// The values a create or delete row recorded, as a JSON object (see RowStore).
QJsonObject rowValues(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString jsonText(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

HistoryFormatter::HistoryFormatter(const Database& db)
    : m_db(db)
{}

Result<QStringList> HistoryFormatter::dealHistory(qint64 dealId) const
{
    auto entries = AuditLog(m_db).forDeal(dealId);
    if (!entries) {
        return entries.error();
    }
    auto edits = contactEdits(dealId);
    if (!edits) {
        return edits.error();
    }
    if (!edits->isEmpty()) {
        entries->append(*edits);
        std::sort(entries->begin(), entries->end(),
                  [](const AuditEntry& a, const AuditEntry& b) { return a.id < b.id; });
    }
    Names names;
    names.currency = textOf(HistorySql::dealCurrency(m_db, dealId));
    QStringList lines;
    lines.reserve(entries->size());
    for (const AuditEntry& entry : *entries) {
        lines.append(entry.at.toLocalTime().toString(kTimeFormat) + QLatin1String("  ") + sentence(entry, names));
    }
    return lines;
}

Result<QList<HandoffEvent>> HistoryFormatter::handoffEvents(qint64 dealId) const
{
    static const QStringList transitions{QStringLiteral("submit"), QStringLiteral("return"),
                                         QStringLiteral("accept"), QStringLiteral("cancel"),
                                         QStringLiteral("fulfil"), QStringLiteral("override")};
    const auto entries = AuditLog(m_db).forDeal(dealId);
    if (!entries) {
        return entries.error();
    }
    Names names;
    QList<HandoffEvent> events;
    for (const AuditEntry& entry : *entries) {
        if (entry.entity == QLatin1String("deals") && transitions.contains(entry.action)) {
            events.append({entry.at, sentence(entry, names)});
        }
    }
    return events;
}

QStringList HistoryFormatter::sentences(const QList<AuditEntry>& entries) const
{
    Names names;
    QStringList found;
    found.reserve(entries.size());
    for (const AuditEntry& entry : entries) {
        found.append(sentence(entry, names));
    }
    return found;
}

QString HistoryFormatter::sentence(const AuditEntry& entry, Names& names) const
{
    const QString who = userName(entry.actorId, names);
    if (entry.entity == QLatin1String("deals")) {
        return dealSentence(entry, who, names);
    }
    if (entry.entity == QLatin1String("promises")) {
        return promiseSentence(entry, who, names);
    }
    if (entry.entity == QLatin1String("tasks")) {
        return taskSentence(entry, who, names);
    }
    return otherSentence(entry, who, names);
}

QString HistoryFormatter::dealSentence(const AuditEntry& entry, const QString& who, Names& names) const
{
    const QString& action = entry.action;
    if (action == QLatin1String("create")) {
        QString title = jsonText(rowValues(entry.newValue), QStringLiteral("title"));
        if (title.isEmpty()) {
            // Rows written in bulk (demo data, import) may leave the title out of the create entry.
            title = textOf(HistorySql::dealTitle(m_db, entry.dealId));
        }
        return tr("%1 created the deal '%2'").arg(who, title);
    }
    if (action == QLatin1String("submit")) {
        return tr("%1 submitted the handoff").arg(who);
    }
    if (action == QLatin1String("return")) {
        // reason: "<return reason key>: <note>"
        const qsizetype colon = entry.reason.indexOf(QLatin1Char(':'));
        const QString key = colon < 0 ? entry.reason : entry.reason.left(colon);
        const QString note = colon < 0 ? QString() : entry.reason.mid(colon + 1).trimmed();
        const QString why = labelOfKey<ReturnReason>(key.trimmed());
        return note.isEmpty() ? tr("%1 returned the handoff: %2").arg(who, why)
                              : tr("%1 returned the handoff: %2 — %3").arg(who, why, note);
    }
    if (action == QLatin1String("accept")) {
        // reason: "generated N tasks"
        const QRegularExpressionMatch count = QRegularExpression(QStringLiteral("(\\d+)")).match(entry.reason);
        if (!count.hasMatch()) {
            return tr("%1 accepted the handoff and became its owner").arg(who);
        }
        // Two sentences rather than %n: English is the source language and has no translation to pick the plural.
        const int tasks = count.captured(1).toInt();
        return tasks == 1 ? tr("%1 accepted the handoff and became its owner (1 task generated)").arg(who)
                          : tr("%1 accepted the handoff and became its owner (%2 tasks generated)")
                                .arg(who, QString::number(tasks));
    }
    if (action == QLatin1String("cancel")) {
        return entry.reason.isEmpty() ? tr("%1 cancelled the handoff").arg(who)
                                      : tr("%1 cancelled the handoff: %2").arg(who, entry.reason);
    }
    if (action == QLatin1String("fulfil")) {
        return tr("%1 marked the handoff fulfilled").arg(who);
    }
    if (action == QLatin1String("override")) {
        return tr("%1 overrode the rules and moved the handoff to %2: %3")
            .arg(who, labelOfKey<HandoffState>(entry.newValue), entry.reason);
    }
    if (action == QLatin1String("delete")) {
        return tr("%1 deleted the deal").arg(who);
    }
    if (action == QLatin1String("update")) {
        static const QHash<QString, const char*> fields{
            {QStringLiteral("account_id"), QT_TR_NOOP("account")},
            {QStringLiteral("title"), QT_TR_NOOP("title")},
            {QStringLiteral("external_ref"), QT_TR_NOOP("CRM reference")},
            {QStringLiteral("amount_minor"), QT_TR_NOOP("amount")},
            {QStringLiteral("currency"), QT_TR_NOOP("currency")},
            {QStringLiteral("closed_on"), QT_TR_NOOP("closed-won date")},
            {QStringLiteral("contract_start"), QT_TR_NOOP("contract start")},
            {QStringLiteral("term_months"), QT_TR_NOOP("term in months")},
            {QStringLiteral("products"), QT_TR_NOOP("products")},
            {QStringLiteral("sales_rep_id"), QT_TR_NOOP("sales rep")},
            {QStringLiteral("support_owner_id"), QT_TR_NOOP("support owner")},
            {QStringLiteral("go_live_target"), QT_TR_NOOP("go-live target")},
            {QStringLiteral("success_criteria"), QT_TR_NOOP("success criteria")},
            {QStringLiteral("why_bought"), QT_TR_NOOP("reason for buying")},
            {QStringLiteral("known_risks"), QT_TR_NOOP("known risks")},
            {QStringLiteral("state"), QT_TR_NOOP("state")},
        };
        const char* label = fields.value(entry.field);
        const QString field = label ? tr(label) : entry.field;
        const QString before = dealFieldValue(entry.field, entry.oldValue, names);
        const QString after = dealFieldValue(entry.field, entry.newValue, names);
        if (before.isEmpty()) {
            return tr("%1 set the deal's %2 to %3").arg(who, field, after);
        }
        if (after.isEmpty()) {
            return tr("%1 cleared the deal's %2 (was %3)").arg(who, field, before);
        }
        return tr("%1 changed the deal's %2 from %3 to %4").arg(who, field, before, after);
    }
    return otherSentence(entry, who, names);
}

QString HistoryFormatter::dealFieldValue(const QString& field, const QString& value, Names& names) const
{
    if (value.isEmpty()) {
        return value;
    }
    if (field == QLatin1String("sales_rep_id") || field == QLatin1String("support_owner_id")) {
        return userName(value.toLongLong(), names);
    }
    if (field == QLatin1String("account_id")) {
        return lookup(names.accounts, &HistorySql::accountName, value.toLongLong());
    }
    if (field == QLatin1String("amount_minor")) {
        return Money::format(value.toLongLong(), names.currency.isEmpty() ? QStringLiteral("USD") : names.currency);
    }
    if (field == QLatin1String("state")) {
        return labelOfKey<HandoffState>(value);
    }
    return shortened(value);
}

QString HistoryFormatter::promiseSentence(const AuditEntry& entry, const QString& who, Names& names) const
{
    const QString& action = entry.action;
    if (action == QLatin1String("create")) {
        const QString description = jsonText(rowValues(entry.newValue), QStringLiteral("description"));
        if (!description.isEmpty()) {
            names.promises.insert(entry.entityId, description);
        }
        const QString promise = shortened(lookup(names.promises, &HistorySql::promiseDescription, entry.entityId));
        return tr("%1 added the promise '%2'").arg(who, promise);
    }
    const QString promise = shortened(lookup(names.promises, &HistorySql::promiseDescription, entry.entityId));
    if (action == QLatin1String("review")) {
        const QString status = labelOfKey<ReviewStatus>(entry.newValue);
        return entry.reason.isEmpty()
                   ? tr("%1 reviewed the promise '%2': %3").arg(who, promise, status)
                   : tr("%1 reviewed the promise '%2': %3 — %4").arg(who, promise, status, entry.reason);
    }
    if (action == QLatin1String("clarify")) {
        return tr("%1 answered the clarification of the promise '%2': %3").arg(who, promise, entry.reason);
    }
    if (action == QLatin1String("waive")) {
        return tr("%1 waived the promise '%2': %3").arg(who, promise, entry.reason);
    }
    if (action == QLatin1String("fulfil")) {
        return tr("%1 marked the promise '%2' fulfilled").arg(who, promise);
    }
    if (action == QLatin1String("break")) {
        return tr("The promise '%1' was broken: its due date passed").arg(promise);
    }
    if (action == QLatin1String("reevaluate")) {
        // Written when the catalog or the calendar changed what a promise can count on; no one edited it.
        const auto level = fromKey<Feasibility>(entry.newValue);
        const QString label = level ? Labels::of(*level) : entry.newValue;
        return entry.reason.isEmpty() ? tr("The promise '%1' is now rated %2").arg(promise, label)
                                      : tr("The promise '%1' is now rated %2: %3").arg(promise, label, entry.reason);
    }
    if (action == QLatin1String("delete")) {
        return tr("%1 removed the promise '%2'").arg(who, promise);
    }
    if (action == QLatin1String("update")) {
        if (entry.field == QLatin1String("description")) {
            names.promises.insert(entry.entityId, entry.newValue);
            return tr("%1 reworded the promise '%2' as '%3'").arg(who, promise, shortened(entry.newValue));
        }
        static const QHash<QString, const char*> fields{
            {QStringLiteral("kind"), QT_TR_NOOP("kind")},
            {QStringLiteral("capability_id"), QT_TR_NOOP("capability")},
            {QStringLiteral("customer_words"), QT_TR_NOOP("customer's words")},
            {QStringLiteral("due_on"), QT_TR_NOOP("due date")},
            {QStringLiteral("feasibility"), QT_TR_NOOP("feasibility")},
            {QStringLiteral("justification"), QT_TR_NOOP("justification")},
            {QStringLiteral("review_status"), QT_TR_NOOP("review")},
            {QStringLiteral("fulfilment"), QT_TR_NOOP("fulfilment")},
        };
        const char* label = fields.value(entry.field);
        const auto show = [&](const QString& value) {
            if (entry.field == QLatin1String("kind")) {
                return labelOfKey<PromiseKind>(value);
            }
            if (entry.field == QLatin1String("feasibility")) {
                return labelOfKey<Feasibility>(value);
            }
            if (entry.field == QLatin1String("review_status")) {
                return labelOfKey<ReviewStatus>(value);
            }
            if (entry.field == QLatin1String("fulfilment")) {
                return labelOfKey<Fulfilment>(value);
            }
            return shortened(value);
        };
        if (!label) {
            return tr("%1 changed the promise '%2'").arg(who, promise);
        }
        return tr("%1 changed the %2 of the promise '%3' from %4 to %5")
            .arg(who, tr(label), promise, entry.oldValue.isEmpty() ? tr("nothing") : show(entry.oldValue),
                 entry.newValue.isEmpty() ? tr("nothing") : show(entry.newValue));
    }
    return otherSentence(entry, who, names);
}

QString HistoryFormatter::taskSentence(const AuditEntry& entry, const QString& who, Names& names) const
{
    if (entry.action == QLatin1String("create")) {
        const QString title = jsonText(rowValues(entry.newValue), QStringLiteral("title"));
        if (!title.isEmpty()) {
            names.tasks.insert(entry.entityId, title);
        }
        const QString task = shortened(lookup(names.tasks, &HistorySql::taskTitle, entry.entityId));
        return tr("%1 added the task '%2'").arg(who, task);
    }
    const QString task = shortened(lookup(names.tasks, &HistorySql::taskTitle, entry.entityId));
    if (entry.action == QLatin1String("delete")) {
        return tr("%1 removed the task '%2'").arg(who, task);
    }
    if (entry.action == QLatin1String("update")) {
        if (entry.field == QLatin1String("status")) {
            return tr("%1 set the task '%2' to %3").arg(who, task, labelOfKey<TaskStatus>(entry.newValue));
        }
        if (entry.field == QLatin1String("assignee_id")) {
            return entry.newValue.isEmpty() ? tr("%1 unassigned the task '%2'").arg(who, task)
                                            : tr("%1 assigned the task '%2' to %3")
                                                  .arg(who, task, userName(entry.newValue.toLongLong(), names));
        }
        if (entry.field == QLatin1String("due_on")) {
            return tr("%1 moved the due date of the task '%2' to %3").arg(who, task, entry.newValue);
        }
        if (entry.field == QLatin1String("done_on")) {
            return entry.newValue.isEmpty()
                       ? tr("%1 cleared the done date of the task '%2'").arg(who, task)
                       : tr("%1 recorded the task '%2' as done on %3").arg(who, task, entry.newValue);
        }
        if (entry.field == QLatin1String("title")) {
            names.tasks.insert(entry.entityId, entry.newValue);
            return tr("%1 renamed the task '%2' to '%3'").arg(who, task, shortened(entry.newValue));
        }
        return tr("%1 changed the task '%2'").arg(who, task);
    }
    return otherSentence(entry, who, names);
}

QString HistoryFormatter::otherSentence(const AuditEntry& entry, const QString& who, Names& names) const
{
    const QString& entity = entry.entity;
    const bool create = entry.action == QLatin1String("create");
    const bool remove = entry.action == QLatin1String("delete");
    const QJsonObject values = rowValues(create ? entry.newValue : entry.oldValue);
    if (entity == QLatin1String("comments")) {
        if (create) {
            return tr("%1 added a comment").arg(who);
        }
        return remove ? tr("%1 deleted a comment").arg(who) : tr("%1 edited a comment").arg(who);
    }
    if (entity == QLatin1String("checklist_answers") && (create || entry.action == QLatin1String("update"))) {
        const qint64 itemId = create ? jsonText(values, QStringLiteral("item_id")).toLongLong()
                                     : idOf(HistorySql::answerItem(m_db, entry.entityId));
        const QString item = lookup(names.items, &HistorySql::itemLabel, itemId);
        if (!create && entry.field != QLatin1String("value")) {
            return tr("%1 changed the checklist item '%2'").arg(who, item);
        }
        const QString raw = create ? jsonText(values, QStringLiteral("value")) : entry.newValue;
        const QString kind = lookup(names.itemKinds, &HistorySql::itemKind, itemId);
        if (kind == QLatin1String("check") && !raw.isEmpty()) {
            return raw == QLatin1String("true") ? tr("%1 ticked the checklist item '%2'").arg(who, item)
                                                : tr("%1 unticked the checklist item '%2'").arg(who, item);
        }
        // A contact item stores the id of a contact on the deal.
        const QString value = kind == QLatin1String("contact") && !raw.isEmpty()
                                  ? lookup(names.contacts, &HistorySql::contactName, raw.toLongLong())
                                  : shortened(raw);
        return value.isEmpty() ? tr("%1 cleared the checklist item '%2'").arg(who, item)
                               : tr("%1 answered the checklist item '%2': %3").arg(who, item, value);
    }
    if (entity == QLatin1String("deal_contacts") && (create || remove)) {
        const QString contact = lookup(names.contacts, &HistorySql::contactName,
                                       jsonText(values, QStringLiteral("contact_id")).toLongLong());
        const QString role = labelOfKey<ContactRole>(jsonText(values, QStringLiteral("role")));
        return create ? tr("%1 added %2 as %3").arg(who, contact, role)
                      : tr("%1 removed %2 as %3").arg(who, contact, role);
    }
    if (entity == QLatin1String("deal_channels") && (create || remove)) {
        const QString channel = labelOfKey<Channel>(jsonText(values, QStringLiteral("channel")));
        return create ? tr("%1 added the support channel %2").arg(who, channel)
                      : tr("%1 removed the support channel %2").arg(who, channel);
    }
    if (entry.action == QLatin1String("update") &&
        (entity == QLatin1String("contacts") || entity == QLatin1String("deal_contacts") ||
         entity == QLatin1String("deal_channels"))) {
        return contactSentence(entry, who, names);
    }
    if (entity == QLatin1String("handoff_snapshots") && create) {
        return tr("%1 saved the handoff as submitted (submission %2)")
            .arg(who, jsonText(values, QStringLiteral("submission_no")));
    }
    if (entity == QLatin1String("csat_scores") && (create || entry.action == QLatin1String("replace"))) {
        const QString score = jsonText(rowValues(entry.newValue), QStringLiteral("score"));
        if (create) {
            return tr("%1 recorded the customer's satisfaction: %2 of 5").arg(who, score);
        }
        return tr("%1 changed the customer's satisfaction to %2 of 5 (it was %3)")
            .arg(who, score, jsonText(rowValues(entry.oldValue), QStringLiteral("score")));
    }
    // Whatever a later version records, the history still shows that something happened, and who did it.
    QString what = entry.action + QLatin1Char(' ') + entity;
    if (!entry.field.isEmpty()) {
        what += QLatin1Char('.') + entry.field;
    }
    return tr("%1 made a change (%2)").arg(who, what);
}

QString HistoryFormatter::userName(qint64 id, Names& names) const
{
    if (id == 0) {
        return tr("Handoff");
    }
    return lookup(names.users, &HistorySql::userName, id);
}

QString HistoryFormatter::lookup(QHash<qint64, QString>& cache, NameQuery query, qint64 id) const
{
    if (const auto found = cache.constFind(id); found != cache.constEnd()) {
        return *found;
    }
    const auto value = query(m_db, id);
    const QString name = value && *value ? **value : QStringLiteral("#%1").arg(id);
    cache.insert(id, name);
    return name;
}

} // namespace handoff
