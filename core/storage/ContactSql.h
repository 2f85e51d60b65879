#pragma once

#include "Result.h"
#include "model/Contact.h"
#include "model/DealChannel.h"
#include "model/DealContact.h"

#include <QList>
#include <QPair>

namespace handoff {

class Database;

// The statements of contacts, their roles on deals and the deals' channels.
struct ContactSql {
    // The deal's contact links (a person with two roles has two).
    static Result<QList<DealContact>> links(Database& db, qint64 dealId);
    // The links of one person in one role on a deal (none or one).
    static Result<QList<DealContact>> linksInRole(Database& db, qint64 dealId, qint64 contactId,
                                                  const QString& roleKey);
    // How many contact links a deal has.
    static Result<int> linkCount(const Database& db, qint64 dealId);
    // How many roles a person has on a deal (0: not on it).
    static Result<int> roleCount(const Database& db, qint64 dealId, qint64 contactId);
    // The people linked to a deal.
    static Result<QList<Contact>> onDeal(Database& db, qint64 dealId);
    // The people of the deal's account who are not on the deal yet, by name without regard to case.
    static Result<QList<Contact>> linkable(Database& db, qint64 dealId);
    // The labels of the deal's contact-kind checklist items answered with the person, in the checklist's order, each
    // with the person's name.
    static Result<QList<QPair<QString, QString>>> answersNaming(const Database& db, qint64 dealId, qint64 contactId);

    // The deal's channels, oldest first.
    static Result<QList<DealChannel>> channels(Database& db, qint64 dealId);
    // The deal's channels of one kind (none or one).
    static Result<QList<DealChannel>> channelsOfKind(Database& db, qint64 dealId, const QString& channelKey);
    // The deal's preferred channels other than exceptId.
    static Result<QList<DealChannel>> otherPreferred(Database& db, qint64 dealId, qint64 exceptId);
};

} // namespace handoff
