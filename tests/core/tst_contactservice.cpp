// The people and channels of a deal: who may change them, what a valid contact is, roles, the one preferred
// channel, and that the deal's history tells these changes in sentences.

#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/Stores.h"
#include "workflow/ChecklistService.h"
#include "workflow/ContactService.h"
#include "workflow/HistoryFormatter.h"

using namespace handoff;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

template <typename T>
bool succeeded(const Result<T>& result)
{
    if (!result) {
        qWarning("%s", qPrintable(result.error().fullText()));
    }
    return result.ok();
}

Contact person(const QString& name, const QString& email = {}, const QString& phone = {}, const QString& timeZone = {})
{
    Contact c;
    c.name = name;
    c.email = email;
    c.phone = phone;
    c.timeZone = timeZone;
    return c;
}

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, otherRep, support, otherSupport, lead;
    qint64 account = 0, otherAccount = 0, dealId = 0;

    World()
    {
        db.setClock([] { return kNow; });
        rep = user(QStringLiteral("Sam Seller"), Role::Sales);
        otherRep = user(QStringLiteral("Olga Other"), Role::Sales);
        support = user(QStringLiteral("Dana Reyes"), Role::Support);
        otherSupport = user(QStringLiteral("Sol Support"), Role::Support);
        lead = user(QStringLiteral("Lee Lead"), Role::Lead);
        account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        otherAccount = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Globex"), {}, {}})->id;
        Deal deal;
        deal.accountId = account;
        deal.title = QStringLiteral("Acme rollout");
        deal.closedOn = kNow.date();
        deal.salesRepId = rep.id;
        dealId = Seed<DealStore>(db, rep.id).create(deal)->id;
    }
    User user(const QString& name, Role role)
    {
        const QString email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
        return *Seed<UserStore>(db).create(User{0, 0, name, email, role, true});
    }
    void setState(HandoffState state, qint64 ownerId = 0)
    {
        QVERIFY(succeeded(db.exec(QStringLiteral("UPDATE deals SET state = ?, support_owner_id = ? WHERE id = ?"),
                                  {toKey(state), ownerId == 0 ? QVariant() : QVariant(ownerId), dealId})));
    }
    int count(const char* table) const
    {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))->toInt();
    }
    DealChannel channel(Channel kind, const QString& address, bool preferred = false) const
    {
        return DealChannel{0, 0, dealId, kind, address, preferred};
    }
    QList<Channel> preferredChannels()
    {
        QList<Channel> preferred;
        const auto channels = ContactService(db).channels(dealId);
        for (const DealChannel& c : *channels) {
            if (c.preferred) {
                preferred.append(c.channel);
            }
        }
        return preferred;
    }
};

} // namespace

class TestContactService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addNewCreatesThePersonAtTheDealsAccount()
    {
        World w;
        ContactService contacts(w.db);
        const auto row =
            contacts.addNew(w.rep, w.dealId,
                            person(QStringLiteral("  Carla   Customer "), QStringLiteral("carla@acme.com"),
                                   QStringLiteral("+49 (30) 1234-567 ext 12"), QStringLiteral("Europe/Berlin")),
                            ContactRole::Billing);
        QVERIFY(succeeded(row));
        QCOMPARE(row->contact.accountId, w.account);
        QCOMPARE(row->contact.name, QStringLiteral("Carla Customer"));
        QCOMPARE(row->link.dealId, w.dealId);
        QCOMPARE(row->link.role, ContactRole::Billing);
        const auto listed = contacts.forDeal(w.dealId);
        QVERIFY(succeeded(listed));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().contact.email, QStringLiteral("carla@acme.com"));
        // Both rows (the person and the link) name the rep in the audit log.
        const auto audit = AuditLog(w.db).forEntity(QStringLiteral("deal_contacts"), row->link.id);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().actorId, w.rep.id);
        QCOMPARE(AuditLog(w.db).forEntity(QStringLiteral("contacts"), row->contact.id)->first().actorId, w.rep.id);
    }

    void forDealListsByRoleThenName()
    {
        World w;
        ContactService contacts(w.db);
        QVERIFY(succeeded(contacts.addNew(w.rep, w.dealId, person(QStringLiteral("Zoe")), ContactRole::Technical)));
        QVERIFY(succeeded(contacts.addNew(w.rep, w.dealId, person(QStringLiteral("Bob")), ContactRole::Technical)));
        QVERIFY(succeeded(contacts.addNew(w.rep, w.dealId, person(QStringLiteral("Yan")), ContactRole::Sponsor)));
        QStringList names;
        const auto rows = contacts.forDeal(w.dealId);
        for (const DealContactRow& row : *rows) {
            names.append(row.contact.name);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Yan"), QStringLiteral("Bob"), QStringLiteral("Zoe")}));
    }

    void validationListsEveryProblem()
    {
        World w;
        const auto refused =
            ContactService(w.db).addNew(w.rep, w.dealId,
                                        person(QStringLiteral("  "), QStringLiteral("carla.acme.com"),
                                               QStringLiteral("call me maybe"), QStringLiteral("Mars/Olympus")),
                                        ContactRole::Sponsor);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(refused.error().details.size(), 4);
        QVERIFY(refused.error().details.at(0).contains(QStringLiteral("name")));
        QVERIFY(refused.error().details.at(1).contains(QStringLiteral("carla.acme.com")));
        QVERIFY(refused.error().details.at(2).contains(QStringLiteral("call me maybe")));
        QVERIFY(refused.error().details.at(3).contains(QStringLiteral("Mars/Olympus")));
        QCOMPARE(w.count("contacts"), 0);
        QCOMPARE(w.count("deal_contacts"), 0);

        const auto fields = ContactService::problems(person({}, QStringLiteral("a@b"), QStringLiteral("12")));
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0).field, ContactField::Name);
        QCOMPARE(fields.at(1).field, ContactField::Email);
        QCOMPARE(fields.at(2).field, ContactField::Phone);
        QVERIFY(ContactService::problems(person(QStringLiteral("Carla"))).isEmpty()); // only the name is required
    }

    // An invisible control character is refused in every field, with where it is: a NUL in an address that otherwise
    // has the shape of one would cut it short in the mail program it is handed to.
    void controlCharactersAreRefused()
    {
        World w;
        Contact given = person(QStringLiteral("Bo") + QChar(0) + QStringLiteral("Li"),
                               QStringLiteral("bo") + QChar(0x1B) + QStringLiteral("@acme.com"));
        given.title = QStringLiteral("CTO") + QChar(0x9B);
        const auto refused = ContactService(w.db).addNew(w.rep, w.dealId, given, ContactRole::Sponsor);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(refused.error().details,
                 QStringList({QStringLiteral("The name contains an invisible control character, U+0000, at position 3; "
                                             "remove it."),
                              QStringLiteral("The job title contains an invisible control character, U+009B, at "
                                             "position 4; remove it."),
                              QStringLiteral("The email address contains an invisible control character, U+001B, at "
                                             "position 3; remove it.")}));
        QCOMPARE(w.count("contacts"), 0);
        const auto fields = ContactService::problems(given);
        QCOMPARE(fields.at(1).field, ContactField::Title);

        // Right-to-left text and its marks are a name like any other.
        const auto added = ContactService(w.db).addNew(w.rep, w.dealId, person(QStringLiteral("\u202Bنور\u202C")),
                                                       ContactRole::Sponsor);
        QVERIFY(succeeded(added));
    }

    void whoMayChangeContacts_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char* actor, HandoffState state, bool allowed) {
            QTest::addRow("%s in %s", actor, qPrintable(toKey(state)))
                << QString::fromLatin1(actor) << int(state) << allowed;
        };
        row("rep", HandoffState::Draft, true);
        row("rep", HandoffState::Returned, true);
        row("rep", HandoffState::Submitted, false);
        row("rep", HandoffState::Accepted, false);
        row("other rep", HandoffState::Draft, false);
        row("support", HandoffState::Submitted, false);
        row("support", HandoffState::Accepted, true); // the owner talks to the customer now
        row("other support", HandoffState::Accepted, false);
        row("support", HandoffState::Fulfilled, false);
        row("lead", HandoffState::Accepted, true);
        row("lead", HandoffState::Cancelled, false);
    }

    void whoMayChangeContacts()
    {
        QFETCH(QString, actor);
        QFETCH(int, state);
        QFETCH(bool, allowed);
        World w;
        const QMap<QString, User> users{{QStringLiteral("rep"), w.rep},
                                        {QStringLiteral("other rep"), w.otherRep},
                                        {QStringLiteral("support"), w.support},
                                        {QStringLiteral("other support"), w.otherSupport},
                                        {QStringLiteral("lead"), w.lead}};
        const bool accepted = state == int(HandoffState::Accepted) || state == int(HandoffState::Fulfilled);
        w.setState(HandoffState(state), accepted ? w.support.id : 0);
        ContactService contacts(w.db);
        const auto reasons = contacts.refusals(users.value(actor), w.dealId);
        QVERIFY(succeeded(reasons));
        QCOMPARE(reasons->isEmpty(), allowed);
        const auto added =
            contacts.addNew(users.value(actor), w.dealId, person(QStringLiteral("Carla")), ContactRole::Sponsor);
        QCOMPARE(added.ok(), allowed);
        const auto channel =
            contacts.addChannel(users.value(actor), w.channel(Channel::Phone, QStringLiteral("+1 555 0100")));
        QCOMPARE(channel.ok(), allowed);
        if (!allowed) {
            QCOMPARE(added.error().code, Error::Code::Forbidden);
            QCOMPARE(added.error().details, *reasons); // the UI's banner says what the refusal says
            QCOMPARE(w.count("contacts"), 0);
            QCOMPARE(w.count("deal_channels"), 0);
        }
    }

    void updateIsVersionCheckedAndKeepsTheAccount()
    {
        World w;
        ContactService contacts(w.db);
        const DealContactRow row =
            *contacts.addNew(w.rep, w.dealId, person(QStringLiteral("Carla")), ContactRole::Sponsor);
        Contact edited = row.contact;
        edited.email = QStringLiteral("carla@acme.com");
        edited.accountId = w.otherAccount; // ignored: a person does not change company through a deal
        const auto saved = contacts.update(w.rep, w.dealId, edited);
        QVERIFY(succeeded(saved));
        QCOMPARE(saved->version, row.contact.version + 1);
        QCOMPARE(saved->accountId, w.account);

        Contact stale = row.contact; // read before the save above
        stale.title = QStringLiteral("CFO");
        const auto conflict = contacts.update(w.rep, w.dealId, stale);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, Error::Code::Conflict);

        Contact bad = *saved;
        bad.email = QStringLiteral("nope");
        QCOMPARE(contacts.update(w.rep, w.dealId, bad).error().code, Error::Code::Invalid);
        QCOMPARE(ContactStore(w.db).get(row.contact.id)->email, QStringLiteral("carla@acme.com"));
    }

    void linkTakesPeopleOfTheSameAccountOnce()
    {
        World w;
        ContactService contacts(w.db);
        const qint64 dan = Seed<ContactStore>(w.db)
                               .create(Contact{0, 0, w.account, QStringLiteral("Dan"), {}, {}, {}, Channel::Email, {}})
                               ->id;
        const qint64 outsider =
            Seed<ContactStore>(w.db)
                .create(Contact{0, 0, w.otherAccount, QStringLiteral("Gil"), {}, {}, {}, Channel::Email, {}})
                ->id;
        QCOMPARE(contacts.linkable(w.dealId)->size(), 1);
        QVERIFY(succeeded(contacts.link(w.rep, w.dealId, dan, ContactRole::Technical)));
        QVERIFY(contacts.linkable(w.dealId)->isEmpty());
        const auto twice = contacts.link(w.rep, w.dealId, dan, ContactRole::Technical);
        QCOMPARE(twice.error().code, Error::Code::Invalid);
        QVERIFY(succeeded(contacts.link(w.rep, w.dealId, dan, ContactRole::Billing))); // a second role is fine
        const auto foreign = contacts.link(w.rep, w.dealId, outsider, ContactRole::Sponsor);
        QCOMPARE(foreign.error().code, Error::Code::Invalid);
        QVERIFY(foreign.error().details.first().contains(QStringLiteral("another customer")));
        QCOMPARE(w.count("deal_contacts"), 2);
    }

    void editSavesPersonAndRoleTogetherOrNeither()
    {
        World w;
        ContactService contacts(w.db);
        const DealContactRow carla =
            *contacts.addNew(w.rep, w.dealId, person(QStringLiteral("Carla")), ContactRole::Sponsor);
        QVERIFY(succeeded(contacts.addNew(w.rep, w.dealId, person(QStringLiteral("Ben")), ContactRole::Billing)));

        DealContactRow edit = carla;
        edit.contact.title = QStringLiteral("CFO");
        edit.link.role = ContactRole::Billing;
        const auto saved = contacts.edit(w.rep, edit);
        QVERIFY(succeeded(saved));
        QCOMPARE(saved->contact.title, QStringLiteral("CFO"));
        QCOMPARE(saved->link.role, ContactRole::Billing);

        DealContactRow bad = *saved;
        bad.contact.title = QStringLiteral("CEO");
        bad.link.role = ContactRole::Billing;
        bad.link.version = carla.link.version; // stale: the role was saved since
        QCOMPARE(contacts.edit(w.rep, bad).error().code, Error::Code::Conflict);
        QCOMPARE(ContactStore(w.db).get(carla.contact.id)->title, QStringLiteral("CFO")); // the title rolled back
    }

    void unlinkKeepsPeopleAChecklistAnswerNames()
    {
        World w;
        ContactService contacts(w.db);
        const DealContactRow carla =
            *contacts.addNew(w.rep, w.dealId, person(QStringLiteral("Carla")), ContactRole::Billing);
        QVERIFY(succeeded(ChecklistService(w.db).answer(w.rep, w.dealId, QStringLiteral("billing_contact"),
                                                        QString::number(carla.contact.id))));
        const auto refused = contacts.unlink(w.rep, carla.link);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY(refused.error().details.first().contains(QStringLiteral("Billing contact")));

        QVERIFY(succeeded(ChecklistService(w.db).answer(w.rep, w.dealId, QStringLiteral("billing_contact"), {})));
        QVERIFY(succeeded(contacts.unlink(w.rep, carla.link)));
        QVERIFY(contacts.forDeal(w.dealId)->isEmpty());
        QCOMPARE(w.count("contacts"), 1); // still a person at the account, ready to be linked again
    }

    void exactlyOneChannelIsPreferred()
    {
        World w;
        ContactService contacts(w.db);
        const DealChannel phone = *contacts.addChannel(w.rep, w.channel(Channel::Phone, QStringLiteral("+1 555 0100")));
        QVERIFY(phone.preferred); // the first channel of a deal
        QVERIFY(succeeded(contacts.addChannel(w.rep, w.channel(Channel::Portal, QStringLiteral("https://help.acme")))));
        QCOMPARE(w.preferredChannels(), QList<Channel>{Channel::Phone});
        const DealChannel mail =
            *contacts.addChannel(w.rep, w.channel(Channel::Email, QStringLiteral("it@acme.com"), true));
        QCOMPARE(w.preferredChannels(), QList<Channel>{Channel::Email});

        QVERIFY(succeeded(contacts.setPreferred(w.rep, phone.id)));
        QCOMPARE(w.preferredChannels(), QList<Channel>{Channel::Phone});
        QCOMPARE(contacts.channels(w.dealId)->first().channel, Channel::Phone); // preferred first

        const auto twice = contacts.addChannel(w.rep, w.channel(Channel::Phone, QStringLiteral("+1 555 0199")));
        QCOMPARE(twice.error().code, Error::Code::Invalid);
        const auto badMail = contacts.addChannel(w.rep, w.channel(Channel::Chat, QString()));
        QCOMPARE(badMail.error().code, Error::Code::Invalid);

        // Removing the preferred channel hands the preference to the oldest remaining one.
        QVERIFY(succeeded(contacts.removeChannel(w.rep, *DealChannelStore(w.db).get(phone.id))));
        QCOMPARE(w.preferredChannels(), QList<Channel>{Channel::Portal});

        DealChannel moved = *DealChannelStore(w.db).get(mail.id);
        moved.address = QStringLiteral("support@acme.com");
        QVERIFY(succeeded(contacts.updateChannel(w.rep, moved)));
        const auto stale = contacts.updateChannel(w.rep, moved);
        QCOMPARE(stale.error().code, Error::Code::Conflict);
        QCOMPARE(ContactService::channelProblems(w.channel(Channel::Email, QStringLiteral("nope"))).size(), 1);
    }

    void historyTellsTheseChanges()
    {
        World w;
        ContactService contacts(w.db);
        const DealContactRow carla = *contacts.addNew(
            w.rep, w.dealId, person(QStringLiteral("Carla"), QStringLiteral("carla@acme.com")), ContactRole::Sponsor);
        Contact edited = carla.contact;
        edited.email = QStringLiteral("c.customer@acme.com");
        QVERIFY(succeeded(contacts.update(w.rep, w.dealId, edited)));
        DealContact role = carla.link;
        role.role = ContactRole::Billing;
        QVERIFY(succeeded(contacts.setRole(w.rep, role)));
        const DealChannel phone = *contacts.addChannel(w.rep, w.channel(Channel::Phone, QStringLiteral("+1 555 0100")));
        QVERIFY(succeeded(contacts.addChannel(w.rep, w.channel(Channel::Email, QStringLiteral("it@acme.com"), true))));
        DealChannel moved = *DealChannelStore(w.db).get(phone.id);
        moved.address = QStringLiteral("+1 555 0101");
        QVERIFY(succeeded(contacts.updateChannel(w.rep, moved)));

        const auto lines = HistoryFormatter(w.db).dealHistory(w.dealId);
        QVERIFY(succeeded(lines));
        QStringList sentences;
        for (const QString& line : *lines) {
            sentences.append(line.section(QStringLiteral("  "), 1));
        }
        const QStringList expected{
            QStringLiteral("Sam Seller created the deal 'Acme rollout'"),
            QStringLiteral("Sam Seller added Carla as executive sponsor"),
            QStringLiteral("Sam Seller changed the email of Carla from carla@acme.com to c.customer@acme.com"),
            QStringLiteral("Sam Seller made Carla the billing contact instead of the executive sponsor"),
            QStringLiteral("Sam Seller added the support channel phone"),
            QStringLiteral("Sam Seller no longer prefers the support channel phone"),
            QStringLiteral("Sam Seller added the support channel email"),
            QStringLiteral("Sam Seller changed the address of the support channel phone from +1 555 0100 to +1 555 "
                           "0101"),
        };
        QCOMPARE(sentences, expected);
    }
};

QTEST_GUILESS_MAIN(TestContactService)
#include "tst_contactservice.moc"
