#pragma once

#include "Result.h"
#include "model/Contact.h"
#include "model/Deal.h"
#include "model/DealChannel.h"
#include "model/DealContact.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace handoff {

class Database;
class UnitOfWork;

// A person on a deal together with the role that puts them there; a person with two roles is two rows.
struct DealContactRow {
    Contact contact;
    DealContact link;
};

// The field of a contact a problem is about, so that a dialog can show it beside that field.
enum class ContactField { Name, Title, Email, Phone, TimeZone };

struct ContactProblem {
    ContactField field = ContactField::Name;
    QString message;
};

// The people and channels of a deal: who support talks to, in which role, and where the customer wants to be
// reached. Who may change them: whoever may edit the deal (DealService::editRefusals), and the support owner of an
// accepted deal, who talks to the customer from then on. Every write is one transaction naming the actor.
// The channel half lives in ContactServiceChannels.cpp.
class ContactService {
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    explicit ContactService(Database& db);

    // By role (in the order of ContactRole: sponsor first), then by name.
    Result<QList<DealContactRow>> forDeal(qint64 dealId) const;
    // People of the deal's account who are not on the deal yet, by name: whom link() can add.
    Result<QList<Contact>> linkable(qint64 dealId) const;
    // Every reason actor may not change the deal's contacts and channels now; empty: allowed.
    static QStringList refusals(const User& actor, const Deal& deal);
    Result<QStringList> refusals(const User& actor, qint64 dealId) const;

    // Creates the person at the deal's account and puts them on the deal in role.
    Result<DealContactRow> addNew(const User& actor, qint64 dealId, const Contact& contact, ContactRole role);
    // Puts an existing person of the deal's account on the deal in role.
    Result<DealContactRow> link(const User& actor, qint64 dealId, qint64 contactId, ContactRole role);
    // Saves the person's details if nobody changed them since contact.version was read (else Error::Conflict).
    // The person must be on the deal, whose rules decide who may; the account never changes.
    Result<Contact> update(const User& actor, qint64 dealId, const Contact& contact);
    // Gives a person another role on the deal (version-checked).
    Result<DealContact> setRole(const User& actor, const DealContact& link);
    // update() and setRole() of one row together: both are saved or neither.
    Result<DealContactRow> edit(const User& actor, const DealContactRow& row);
    // Takes the person off the deal in that role; the person stays at the account. Refused while a checklist
    // answer of the deal names them and this is their last role on it.
    Result<void> unlink(const User& actor, const DealContact& link);

    // Preferred first, then in the order of Channel.
    Result<QList<DealChannel>> channels(qint64 dealId) const;
    // One channel of each kind per deal. The first channel of a deal becomes its preferred one; a channel added or
    // saved as preferred takes that place from the others.
    Result<DealChannel> addChannel(const User& actor, const DealChannel& channel);
    // Version-checked. A channel stops being preferred only when another becomes preferred.
    Result<DealChannel> updateChannel(const User& actor, const DealChannel& channel);
    // When the preferred channel goes, the oldest remaining one becomes preferred.
    Result<void> removeChannel(const User& actor, const DealChannel& channel);
    // Makes the channel the deal's only preferred one.
    Result<DealChannel> setPreferred(const User& actor, qint64 channelId);

    // Every problem with the person's details, one sentence each; empty: fine. Shared by the contact dialog,
    // which shows each beside its field, and by the writes above, which refuse them.
    static QList<ContactProblem> problems(const Contact& contact);
    static QStringList channelProblems(const DealChannel& channel);

private:
    static constexpr int kFewestPhoneDigits = 4;
    static constexpr int kMostPhoneDigits = 20;
    static bool looksLikeEmail(const QString& text);
    static bool looksLikePhone(const QString& text);

    Result<Deal> writableDeal(const User& actor, qint64 dealId, const QString& refused) const;
    Result<DealContactRow> linkContact(UnitOfWork& work, qint64 dealId, const Contact& contact, ContactRole role);
    Result<void> clearPreferred(UnitOfWork& work, qint64 dealId, qint64 exceptId);

    Database& m_db;
};

} // namespace handoff
