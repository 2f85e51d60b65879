#include "storage/ContactSql.h"

#include "storage/Database.h"
#include "storage/SqlReads.h"
#include "storage/Stores.h"

#include <QSqlQuery>

namespace handoff {

Result<QList<DealContact>> ContactSql::links(Database& db, qint64 dealId)
{
    return DealContactStore(db).where(QStringLiteral("deal_id = ?"), {dealId});
}

Result<QList<DealContact>> ContactSql::linksInRole(Database& db, qint64 dealId, qint64 contactId,
                                                   const QString& roleKey)
{
    return DealContactStore(db).where(QStringLiteral("deal_id = ? AND contact_id = ? AND role = ?"),
                                      {dealId, contactId, roleKey});
}

Result<int> ContactSql::linkCount(const Database& db, qint64 dealId)
{
    return sql::countOf(db, QStringLiteral("SELECT COUNT(*) FROM deal_contacts WHERE deal_id = ?"), {dealId});
}

Result<int> ContactSql::roleCount(const Database& db, qint64 dealId, qint64 contactId)
{
    return sql::countOf(db, QStringLiteral("SELECT COUNT(*) FROM deal_contacts WHERE deal_id = ? AND contact_id = ?"),
                        {dealId, contactId});
}

Result<QList<Contact>> ContactSql::onDeal(Database& db, qint64 dealId)
{
    return ContactStore(db).where(QStringLiteral("id IN (SELECT contact_id FROM deal_contacts WHERE deal_id = ?)"),
                                  {dealId});
}

Result<QList<Contact>> ContactSql::linkable(Database& db, qint64 dealId)
{
    return ContactStore(db).where(
        QStringLiteral("account_id = (SELECT account_id FROM deals WHERE id = ?) AND id NOT IN "
                       "(SELECT contact_id FROM deal_contacts WHERE deal_id = ?)"),
        {dealId, dealId}, db.dialect().caseless(QStringLiteral("name")) + QStringLiteral(", id"));
}

Result<QList<QPair<QString, QString>>> ContactSql::answersNaming(const Database& db, qint64 dealId, qint64 contactId)
{
    auto named = db.exec(QStringLiteral("SELECT i.label, c.name FROM checklist_answers a "
                                        "JOIN checklist_items i ON i.id = a.item_id "
                                        "JOIN contacts c ON c.id = ? "
                                        "WHERE a.deal_id = ? AND i.kind = 'contact' AND a.value = ? "
                                        "ORDER BY i.position, i.id"),
                         {contactId, dealId, QString::number(contactId)});
    if (!named) {
        return named.error();
    }
    QList<QPair<QString, QString>> answers;
    while (named->next()) {
        answers.append({named->value(0).toString(), named->value(1).toString()});
    }
    return answers;
}

Result<QList<DealChannel>> ContactSql::channels(Database& db, qint64 dealId)
{
    return DealChannelStore(db).where(QStringLiteral("deal_id = ?"), {dealId}, QStringLiteral("id"));
}

Result<QList<DealChannel>> ContactSql::channelsOfKind(Database& db, qint64 dealId, const QString& channelKey)
{
    return DealChannelStore(db).where(QStringLiteral("deal_id = ? AND channel = ?"), {dealId, channelKey});
}

Result<QList<DealChannel>> ContactSql::otherPreferred(Database& db, qint64 dealId, qint64 exceptId)
{
    return DealChannelStore(db).where(QStringLiteral("deal_id = ? AND preferred = 1 AND id <> ?"), {dealId, exceptId});
}

} // namespace handoff
