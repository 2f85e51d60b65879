// HistoryFormatter, second part: the sentences about the people on a deal and its support channels.

#include "workflow/HistoryFormatter.h"

#include "storage/AuditLog.h"
#include "storage/HistorySql.h"
#include "workflow/HistoryText.h"

namespace handoff {

using historytext::idOf;
using historytext::labelOfKey;
using historytext::shortened;
using historytext::textOf;

Result<QList<AuditEntry>> HistoryFormatter::contactEdits(qint64 dealId) const
{
    const auto people = HistorySql::dealContacts(m_db, dealId);
    if (!people) {
        return people.error();
    }
    QList<AuditEntry> edits;
    const AuditLog log(m_db);
    for (const qint64 id : *people) {
        auto entries = log.forEntity(QStringLiteral("contacts"), id);
        if (!entries) {
            return entries.error();
        }
        for (const AuditEntry& entry : *entries) {
            // The person's creation is told by the row that put them on a deal.
            if (entry.action == QLatin1String("update")) {
                edits.append(entry);
            }
        }
    }
    return edits;
}

QString HistoryFormatter::contactSentence(const AuditEntry& entry, const QString& who, Names& names) const
{
    const QString& field = entry.field;
    if (entry.entity == QLatin1String("deal_contacts")) {
        const qint64 contactId = idOf(HistorySql::linkedContact(m_db, entry.entityId));
        const QString contact =
            contactId == 0 ? tr("a contact") : lookup(names.contacts, &HistorySql::contactName, contactId);
        if (field == QLatin1String("role")) {
            return tr("%1 made %2 the %3 instead of the %4")
                .arg(who, contact, labelOfKey<ContactRole>(entry.newValue), labelOfKey<ContactRole>(entry.oldValue));
        }
        return tr("%1 changed how %2 is on the deal").arg(who, contact);
    }
    if (entry.entity == QLatin1String("deal_channels")) {
        const QString key =
            field == QLatin1String("channel") ? entry.newValue : textOf(HistorySql::channel(m_db, entry.entityId));
        const QString channel = key.isEmpty() ? tr("a channel") : labelOfKey<Channel>(key);
        if (field == QLatin1String("preferred")) {
            return entry.newValue == QLatin1String("1")
                       ? tr("%1 made %2 the preferred support channel").arg(who, channel)
                       : tr("%1 no longer prefers the support channel %2").arg(who, channel);
        }
        if (field == QLatin1String("address")) {
            return tr("%1 changed the address of the support channel %2 from %3 to %4")
                .arg(who, channel, shortened(entry.oldValue), shortened(entry.newValue));
        }
        if (field == QLatin1String("channel")) {
            return tr("%1 turned the support channel %2 into %3")
                .arg(who, labelOfKey<Channel>(entry.oldValue), channel);
        }
        return tr("%1 changed the support channel %2").arg(who, channel);
    }
    const QString contact = field == QLatin1String("name")
                                ? entry.oldValue
                                : lookup(names.contacts, &HistorySql::contactName, entry.entityId);
    if (field == QLatin1String("name")) {
        names.contacts.insert(entry.entityId, entry.newValue);
        return tr("%1 renamed the contact %2 to %3").arg(who, contact, entry.newValue);
    }
    static const QHash<QString, const char*> fields{
        {QStringLiteral("title"), QT_TR_NOOP("job title")},
        {QStringLiteral("email"), QT_TR_NOOP("email")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("preferred_channel"), QT_TR_NOOP("preferred channel")},
        {QStringLiteral("time_zone"), QT_TR_NOOP("time zone")},
    };
    const char* label = fields.value(field);
    if (!label) {
        return tr("%1 changed the contact %2").arg(who, contact);
    }
    const auto show = [&](const QString& value) {
        return field == QLatin1String("preferred_channel") ? labelOfKey<Channel>(value) : shortened(value);
    };
    if (entry.oldValue.isEmpty()) {
        return tr("%1 set the %2 of %3 to %4").arg(who, tr(label), contact, show(entry.newValue));
    }
    if (entry.newValue.isEmpty()) {
        return tr("%1 cleared the %2 of %3 (was %4)").arg(who, tr(label), contact, show(entry.oldValue));
    }
    return tr("%1 changed the %2 of %3 from %4 to %5")
        .arg(who, tr(label), contact, show(entry.oldValue), show(entry.newValue));
}

} // namespace handoff
