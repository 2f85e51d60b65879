// The stores of every entity: what is saved is what comes back, every change is audited with who and when,
// nobody silently overwrites another's change, and a refused change leaves nothing behind.

#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include <type_traits>

using namespace handoff;

namespace {

// Text a hostile or careless user might type, in every text field.
const QString kDrop = QStringLiteral("'; DROP TABLE deals; --");
const QString kHtml = QStringLiteral("<b>x</b> <img src=\"file:///etc/passwd\">");
const QString kUnicode = QStringLiteral("Zoë Ångström — 東京 🚀 \u202Eevil");
const QString kLines = QStringLiteral("line one\nline \"two\"\ttabbed, 100% _under_");

// The audit log's clock: a fixed instant with milliseconds, far from the wall clock.
const QDateTime kClock(QDate(2024, 3, 5), QTime(14, 15, 16, 789), Qt::UTC);
// The acting user of the fixtures' writes: no such user, as the audit log keeps the id even when the user is gone.
constexpr qint64 kActor = 4711;

QDateTime at(int year, int month, int day, int ms, int offsetSeconds = 0)
{
    return QDateTime(QDate(year, month, day), QTime(9, 30, 15, ms), Qt::OffsetFromUTC, offsetSeconds);
}

// Each value as the audit log and the database store it: the text a person reads in a field's history.
QString show(const QString& v)
{
    return v;
}
QString show(qint64 v)
{
    return QString::number(v);
}
QString show(int v)
{
    return QString::number(v);
}
QString show(bool v)
{
    return v ? QStringLiteral("1") : QStringLiteral("0");
}
QString show(const QDate& v)
{
    return v.isValid() ? v.toString(Qt::ISODate) : QString();
}
QString show(const QDateTime& v)
{
    return v.isValid() ? v.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QString show(const QStringList& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v)).toJson(QJsonDocument::Compact));
}
QString show(const QByteArray& v)
{
    return QString::fromUtf8(v);
}
template <typename E>
requires std::is_enum_v<E> QString show(E v)
{
    return toKey(v);
}

// Every field as "name=value". The structured bindings stop compiling when a field is added to a model and not here,
// so no field escapes the round trip.
#define FIELD(x) (QStringLiteral(#x "=") + show(x))

QStringList describe(const User& v)
{
    const auto& [id, version, name, email, role, active] = v;
    return {FIELD(id), FIELD(version), FIELD(name), FIELD(email), FIELD(role), FIELD(active)};
}
QStringList describe(const Account& v)
{
    const auto& [id, version, name, website, industry] = v;
    return {FIELD(id), FIELD(version), FIELD(name), FIELD(website), FIELD(industry)};
}
QStringList describe(const Contact& v)
{
    const auto& [id, version, accountId, name, title, email, phone, preferredChannel, timeZone] = v;
    return {FIELD(id),    FIELD(version), FIELD(accountId),        FIELD(name),    FIELD(title),
            FIELD(email), FIELD(phone),   FIELD(preferredChannel), FIELD(timeZone)};
}
QStringList describe(const Deal& v)
{
    const auto& [id, version, accountId, title, externalRef, amountMinor, currency, closedOn, contractStart, termMonths,
                 products, salesRepId, supportOwnerId, goLiveTarget, successCriteria, whyBought, knownRisks, state,
                 createdAt, submittedAt, acceptedAt, uid] = v;
    return {FIELD(id),          FIELD(version),    FIELD(accountId),      FIELD(title),         FIELD(externalRef),
            FIELD(amountMinor), FIELD(currency),   FIELD(closedOn),       FIELD(contractStart), FIELD(termMonths),
            FIELD(products),    FIELD(salesRepId), FIELD(supportOwnerId), FIELD(goLiveTarget),  FIELD(successCriteria),
            FIELD(whyBought),   FIELD(knownRisks), FIELD(state),          FIELD(createdAt),     FIELD(submittedAt),
            FIELD(acceptedAt),  FIELD(uid)};
}
QStringList describe(const DealContact& v)
{
    const auto& [id, version, dealId, contactId, role] = v;
    return {FIELD(id), FIELD(version), FIELD(dealId), FIELD(contactId), FIELD(role)};
}
QStringList describe(const DealChannel& v)
{
    const auto& [id, version, dealId, channel, address, preferred] = v;
    return {FIELD(id), FIELD(version), FIELD(dealId), FIELD(channel), FIELD(address), FIELD(preferred)};
}
QStringList describe(const ChecklistItem& v)
{
    const auto& [id, version, key, section, label, help, kind, choices, required, position, dealField] = v;
    return {FIELD(id),   FIELD(version), FIELD(key),      FIELD(section),  FIELD(label),    FIELD(help),
            FIELD(kind), FIELD(choices), FIELD(required), FIELD(position), FIELD(dealField)};
}
QStringList describe(const ChecklistAnswer& v)
{
    const auto& [id, version, dealId, itemId, value, answeredById, answeredAt] = v;
    return {FIELD(id),    FIELD(version),      FIELD(dealId),    FIELD(itemId),
            FIELD(value), FIELD(answeredById), FIELD(answeredAt)};
}
QStringList describe(const Capability& v)
{
    const auto& [id, version, name, description, status, leadTimeDays] = v;
    return {FIELD(id), FIELD(version), FIELD(name), FIELD(description), FIELD(status), FIELD(leadTimeDays)};
}
QStringList describe(const Promise& v)
{
    const auto& [id, version, dealId, kind, capabilityId, description, customerWords, dueOn, promisedById, feasibility,
                 feasibilityReason, justification, reviewStatus, reviewerId, reviewNote, fulfilment, fulfilledOn,
                 createdAt] = v;
    return {FIELD(id),
            FIELD(version),
            FIELD(dealId),
            FIELD(kind),
            FIELD(capabilityId),
            FIELD(description),
            FIELD(customerWords),
            FIELD(dueOn),
            FIELD(promisedById),
            FIELD(feasibility),
            FIELD(feasibilityReason),
            FIELD(justification),
            FIELD(reviewStatus),
            FIELD(reviewerId),
            FIELD(reviewNote),
            FIELD(fulfilment),
            FIELD(fulfilledOn),
            FIELD(createdAt)};
}
QStringList describe(const FulfilmentTask& v)
{
    const auto& [id, version, dealId, promiseId, title, assigneeId, dueOn, status, doneOn] = v;
    return {FIELD(id),         FIELD(version), FIELD(dealId), FIELD(promiseId), FIELD(title),
            FIELD(assigneeId), FIELD(dueOn),   FIELD(status), FIELD(doneOn)};
}
QStringList describe(const Comment& v)
{
    const auto& [id, version, dealId, authorId, body, createdAt] = v;
    return {FIELD(id), FIELD(version), FIELD(dealId), FIELD(authorId), FIELD(body), FIELD(createdAt)};
}
QStringList describe(const HandoffSnapshot& v)
{
    const auto& [id, version, dealId, submissionNo, submittedById, submittedAt, content] = v;
    return {FIELD(id),          FIELD(version), FIELD(dealId), FIELD(submissionNo), FIELD(submittedById),
            FIELD(submittedAt), FIELD(content)};
}

#undef FIELD

QString fieldName(const QString& line)
{
    return line.section(QLatin1Char('='), 0, 0);
}

QString fieldValue(const QString& name, const QString& line)
{
    const QString value = line.section(QLatin1Char('='), 1);
    // An id of 0 means "none" and is stored as NULL: its history shows an empty value.
    return name.endsWith(QLatin1String("Id")) && value == QLatin1String("0") ? QString() : value;
}

// The column a field is stored in: camelCase to snake_case, and "...ById" columns are named "..._by".
QString columnOf(QString field)
{
    if (field.endsWith(QLatin1String("ById"))) {
        field.chop(2);
    }
    QString column;
    for (const QChar c : field) {
        if (c.isUpper()) {
            column += QLatin1Char('_') + c.toLower();
        } else {
            column += c;
        }
    }
    return column;
}

template <typename T>
qint64 owningDeal(const T& value)
{
    if constexpr (std::is_same_v<T, Deal>) {
        return value.id;
    } else if constexpr (requires { value.dealId; }) {
        return value.dealId;
    } else {
        return 0;
    }
}

qint64 auditRows(const Database& db)
{
    auto count = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    return count ? count->toLongLong() : -1;
}

template <typename T>
QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().fullText();
}

// Two of every parent an entity can point at, so that an update can move a row to another parent.
struct Scenario {
    Database& db;
    QString failure;
    qint64 rep = 0, support = 0, lead = 0;
    qint64 account1 = 0, account2 = 0;
    qint64 contact1 = 0, contact2 = 0;
    qint64 deal1 = 0, deal2 = 0;
    qint64 capability1 = 0, capability2 = 0;
    qint64 item1 = 0, item2 = 0;
    qint64 promise1 = 0, promise2 = 0;

    explicit Scenario(Database& database)
        : db(database)
    {
        rep = make(User{0, 0, QStringLiteral("Rita Rep"), QStringLiteral("rita@example.com"), Role::Sales, true});
        support =
            make(User{0, 0, QStringLiteral("Sam Support"), QStringLiteral("sam@example.com"), Role::Support, true});
        lead = make(User{0, 0, QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead, true});
        account1 = make(Account{0, 0, QStringLiteral("Acme"), {}, {}});
        account2 = make(Account{0, 0, QStringLiteral("Globex"), {}, {}});
        contact1 = make(Contact{0, 0, account1, QStringLiteral("Ann"), {}, {}, {}, Channel::Email, {}});
        contact2 = make(Contact{0, 0, account2, QStringLiteral("Bob"), {}, {}, {}, Channel::Email, {}});
        deal1 = make(deal(account1, QStringLiteral("Acme rollout")));
        deal2 = make(deal(account2, QStringLiteral("Globex pilot")));
        capability1 = make(Capability{0, 0, QStringLiteral("SSO"), {}, CapabilityStatus::Available, 10});
        capability2 = make(Capability{0, 0, QStringLiteral("Data lake export"), {}, CapabilityStatus::Planned, 90});
        item1 = make(ChecklistItem{0,
                                   0,
                                   QStringLiteral("test_one"),
                                   QStringLiteral("S"),
                                   QStringLiteral("One"),
                                   {},
                                   ChecklistItemKind::Text,
                                   {},
                                   false,
                                   1});
        item2 = make(ChecklistItem{0,
                                   0,
                                   QStringLiteral("test_two"),
                                   QStringLiteral("S"),
                                   QStringLiteral("Two"),
                                   {},
                                   ChecklistItemKind::Text,
                                   {},
                                   false,
                                   2});
        Promise promise;
        promise.dealId = deal1;
        promise.description = QStringLiteral("SSO");
        promise1 = make(promise);
        promise.dealId = deal2;
        promise2 = make(promise);
    }

    Deal deal(qint64 account, const QString& title) const
    {
        Deal d;
        d.accountId = account;
        d.title = title;
        d.closedOn = QDate(2024, 1, 15);
        d.salesRepId = rep;
        return d;
    }

    template <typename T>
    qint64 make(const T& value)
    {
        auto created = Seed<EntityStore<T>>(db, kActor).create(value);
        if (!created) {
            failure += errorText(created) + QLatin1Char('\n');
            return 0;
        }
        return created->id;
    }
};

} // namespace

class TestEntityStores : public QObject {
    Q_OBJECT

private:
    // create -> get, update -> get, update with nothing changed, remove -> NotFound, with the audit rows of each.
    // sample must set every field to a non-default value; changed is what the update writes.
    template <typename T>
    static void roundTrip(Database& db, const QString& table, const T& sample, const T& changed)
    {
        const QStringList blank = describe(T{});
        const QStringList original = describe(sample);
        for (qsizetype i = 2; i < original.size(); ++i) {
            QVERIFY2(original.at(i) != blank.at(i),
                     qPrintable(QStringLiteral("the sample leaves %1 at its default").arg(fieldName(original.at(i)))));
        }
        Seed<EntityStore<T>> store(db, kActor);
        AuditLog log(db);
        const qint64 auditBefore = auditRows(db);

        // create -> get
        auto created = store.create(sample);
        QVERIFY2(created, qPrintable(errorText(created)));
        const qint64 id = created->id;
        QVERIFY(id > 0);
        QCOMPARE(created->version, 1);
        QCOMPARE(describe(*created).mid(2), original.mid(2));
        auto got = store.get(id);
        QVERIFY2(got, qPrintable(errorText(got)));
        QCOMPARE(describe(*got), describe(*created));

        QCOMPARE(auditRows(db), auditBefore + 1);
        auto history = log.forEntity(table, id);
        QVERIFY2(history, qPrintable(errorText(history)));
        QCOMPARE(history->size(), 1);
        const AuditEntry& creation = history->first();
        QCOMPARE(creation.action, QStringLiteral("create"));
        QCOMPARE(creation.entity, table);
        QCOMPARE(creation.entityId, id);
        QCOMPARE(creation.dealId, owningDeal(*got));
        QCOMPARE(creation.actorId, kActor);
        QCOMPARE(creation.at.toString(Qt::ISODateWithMs), kClock.toString(Qt::ISODateWithMs));
        const QJsonObject createdValues = QJsonDocument::fromJson(creation.newValue.toUtf8()).object();
        QCOMPARE(createdValues.size(), original.size() - 2);

        // update -> get: one audit row per changed field, with the old and the new text
        T next = changed;
        next.id = id;
        next.version = got->version;
        const QStringList before = describe(*got);
        const QStringList after = describe(next);
        QMap<QString, QPair<QString, QString>> expectedChanges;
        for (qsizetype i = 2; i < before.size(); ++i) {
            if (before.at(i) != after.at(i)) {
                const QString name = fieldName(before.at(i));
                expectedChanges.insert(columnOf(name), {fieldValue(name, before.at(i)), fieldValue(name, after.at(i))});
            }
        }
        QVERIFY(!expectedChanges.isEmpty());
        auto updated = store.update(next);
        QVERIFY2(updated, qPrintable(errorText(updated)));
        QCOMPARE(updated->version, 2);
        auto reread = store.get(id);
        QVERIFY2(reread, qPrintable(errorText(reread)));
        QCOMPARE(reread->version, 2);
        QCOMPARE(describe(*reread).mid(2), after.mid(2));

        QCOMPARE(auditRows(db), auditBefore + 1 + expectedChanges.size());
        history = log.forEntity(table, id);
        QVERIFY(history);
        QMap<QString, QPair<QString, QString>> loggedChanges;
        for (const AuditEntry& entry : history->mid(1)) {
            QCOMPARE(entry.action, QStringLiteral("update"));
            QCOMPARE(entry.dealId, owningDeal(*reread));
            QCOMPARE(entry.actorId, kActor);
            QCOMPARE(entry.at.toString(Qt::ISODateWithMs), kClock.toString(Qt::ISODateWithMs));
            QVERIFY2(!loggedChanges.contains(entry.field), qPrintable(entry.field));
            loggedChanges.insert(entry.field, {entry.oldValue, entry.newValue});
        }
        QCOMPARE(loggedChanges, expectedChanges);

        // saving what is stored changes nothing: no audit row, the same version
        const qint64 auditAfterUpdate = auditRows(db);
        auto unchanged = store.update(*reread);
        QVERIFY2(unchanged, qPrintable(errorText(unchanged)));
        QCOMPARE(unchanged->version, 2);
        QCOMPARE(store.get(id)->version, 2);
        QCOMPARE(auditRows(db), auditAfterUpdate);

        // remove -> NotFound, one 'delete' row holding what was removed
        auto removed = store.remove(*reread);
        QVERIFY2(removed, qPrintable(errorText(removed)));
        auto gone = store.get(id);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY(!gone.error().message.isEmpty());
        QCOMPARE(store.where(QStringLiteral("id = ?"), {id})->size(), 0);
        QCOMPARE(auditRows(db), auditAfterUpdate + 1);
        history = log.forEntity(table, id);
        QVERIFY(history);
        const AuditEntry& deletion = history->last();
        QCOMPARE(deletion.action, QStringLiteral("delete"));
        QCOMPARE(deletion.dealId, owningDeal(*reread));
        QCOMPARE(deletion.actorId, kActor);
        const QJsonObject removedValues = QJsonDocument::fromJson(deletion.oldValue.toUtf8()).object();
        QCOMPARE(removedValues.size(), original.size() - 2);
    }

    // A test database with a fixed clock and a known acting user, and the parents every entity may need.
    struct Fixture {
        TestDatabase t;
        Scenario s{t.db};

        Fixture()
        {
            t.db.setClock([] { return kClock; });
        }
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void user()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        roundTrip<User>(f.t.db, QStringLiteral("users"),
                        User{0, 0, kUnicode, QStringLiteral("zoë+handoff@example.com"), Role::Lead, false},
                        User{0, 0, kDrop, QStringLiteral("o'brien@example.org"), Role::Support, true});
    }

    void account()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        roundTrip<Account>(f.t.db, QStringLiteral("accounts"),
                           Account{0, 0, kDrop, QStringLiteral("https://example.com/?a=<script>"), kUnicode},
                           Account{0, 0, kHtml, kLines, kDrop});
    }

    void contact()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        roundTrip<Contact>(f.t.db, QStringLiteral("contacts"),
                           Contact{0, 0, f.s.account1, kUnicode, kHtml, QStringLiteral("zoe@example.com"),
                                   QStringLiteral("+49 30 1234-5678"), Channel::Portal,
                                   QStringLiteral("Europe/Berlin")},
                           Contact{0, 0, f.s.account2, kDrop, kLines, QStringLiteral("=cmd|' /C calc'!A0"),
                                   QStringLiteral("tel:+1-555-0100;ext=7"), Channel::Social,
                                   QStringLiteral("America/Argentina/Buenos_Aires")});
    }

    void deal()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        Deal sample;
        sample.accountId = f.s.account1;
        sample.title = kDrop;
        sample.externalRef = QStringLiteral("CRM-ü-0001");
        sample.amountMinor = 12'345'678'901LL;
        sample.currency = QStringLiteral("EUR");
        sample.closedOn = QDate(2024, 2, 29);
        sample.contractStart = QDate(2024, 3, 1);
        sample.termMonths = 36;
        sample.products = kUnicode;
        sample.salesRepId = f.s.rep;
        sample.supportOwnerId = f.s.support;
        sample.goLiveTarget = QDate(2024, 6, 30);
        sample.successCriteria = kHtml;
        sample.whyBought = kLines;
        sample.knownRisks = kDrop;
        sample.state = HandoffState::Accepted;
        sample.createdAt = at(2024, 2, 29, 1, 5 * 3600 + 1800); // +05:30, stored as UTC
        sample.submittedAt = at(2024, 3, 2, 999);
        sample.acceptedAt = at(2024, 3, 3, 7, -8 * 3600);
        sample.uid = QStringLiteral("0b9f2c4e-5d1a-4c3b-9e8f-7a6b5c4d3e2f");

        Deal changed;
        changed.accountId = f.s.account2;
        changed.title = kHtml;
        changed.externalRef = QStringLiteral("SF-006Q000000XyZ");
        changed.amountMinor = -1;
        changed.currency = QStringLiteral("JPY");
        changed.closedOn = QDate(1999, 12, 31);
        changed.contractStart = QDate(2000, 1, 1);
        changed.termMonths = 0;
        changed.products = kDrop;
        changed.salesRepId = f.s.lead;
        changed.supportOwnerId = 0; // back to nobody
        changed.goLiveTarget = QDate();
        changed.successCriteria = kUnicode;
        changed.whyBought = kHtml;
        changed.knownRisks = kLines;
        changed.state = HandoffState::Cancelled;
        changed.createdAt = at(2023, 1, 1, 500);
        changed.submittedAt = QDateTime();
        changed.acceptedAt = at(2024, 12, 31, 123);
        changed.uid = sample.uid; // an identity is not edited: see aDealKeepsItsIdentity
        roundTrip<Deal>(f.t.db, QStringLiteral("deals"), sample, changed);
    }

    void aDealKeepsItsIdentity()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        Deal deal;
        deal.accountId = f.s.account1;
        deal.title = QStringLiteral("Rollout");
        deal.salesRepId = f.s.rep;
        deal.closedOn = QDate(2026, 1, 5);
        const Deal first = *Seed<DealStore>(f.t.db).create(deal);
        const Deal second = *Seed<DealStore>(f.t.db).create(deal);
        QVERIFY2(!QUuid::fromString(first.uid).isNull(), qPrintable(first.uid));
        QVERIFY(first.uid != second.uid);
        QCOMPARE(DealStore(f.t.db).get(first.id)->uid, first.uid);

        Deal edited = first;
        edited.title = QStringLiteral("Rollout, phase 2");
        edited.uid = second.uid; // neither another deal's identity
        QCOMPARE(Seed<DealStore>(f.t.db).update(edited)->uid, first.uid);
        edited = *DealStore(f.t.db).get(first.id);
        edited.uid.clear(); // nor none
        edited.title = QStringLiteral("Rollout, phase 3");
        QVERIFY(Seed<DealStore>(f.t.db).update(edited));
        QCOMPARE(DealStore(f.t.db).get(first.id)->uid, first.uid);
        QCOMPARE(DealStore(f.t.db).get(first.id)->title, QStringLiteral("Rollout, phase 3"));
    }

    void dealContact()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        roundTrip<DealContact>(f.t.db, QStringLiteral("deal_contacts"),
                               DealContact{0, 0, f.s.deal1, f.s.contact1, ContactRole::Billing},
                               DealContact{0, 0, f.s.deal2, f.s.contact2, ContactRole::Sponsor});
    }

    void dealChannel()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        roundTrip<DealChannel>(f.t.db, QStringLiteral("deal_channels"),
                               DealChannel{0, 0, f.s.deal1, Channel::Forum, kHtml, true},
                               DealChannel{0, 0, f.s.deal2, Channel::Chat, kDrop, false});
    }

    void checklistItem()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        roundTrip<ChecklistItem>(
            f.t.db, QStringLiteral("checklist_items"),
            ChecklistItem{0, 0, QStringLiteral("größe_ß"), kUnicode, kHtml, kLines, ChecklistItemKind::Choice,
                          QStringList{kDrop, kHtml, kUnicode, QStringLiteral("a, b"), QStringLiteral("\"q\" [x]")},
                          true, 7, AnsweringField::KnownRisks},
            ChecklistItem{0, 0, QStringLiteral("renamed_key"), kDrop, kUnicode, kHtml, ChecklistItemKind::Contact,
                          QStringList{QStringLiteral("only")}, false, -3, AnsweringField::None});
    }

    void checklistAnswer()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        roundTrip<ChecklistAnswer>(f.t.db, QStringLiteral("checklist_answers"),
                                   ChecklistAnswer{0, 0, f.s.deal1, f.s.item1, kHtml, f.s.rep, at(2024, 4, 1, 42)},
                                   ChecklistAnswer{0, 0, f.s.deal2, f.s.item2, kDrop, f.s.lead, at(2024, 4, 2, 43)});
    }

    void capability()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        roundTrip<Capability>(f.t.db, QStringLiteral("capabilities"),
                              Capability{0, 0, kUnicode, kHtml, CapabilityStatus::Unsupported, 45},
                              Capability{0, 0, kDrop, kLines, CapabilityStatus::Beta, 365});
    }

    void promise()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        Promise sample;
        sample.dealId = f.s.deal1;
        sample.kind = PromiseKind::Integration;
        sample.capabilityId = f.s.capability1;
        sample.description = kHtml;
        sample.customerWords = kUnicode;
        sample.dueOn = QDate(2024, 7, 1);
        sample.promisedById = f.s.rep;
        sample.feasibility = Feasibility::Blocked;
        sample.feasibilityReason = kLines;
        sample.justification = kDrop;
        sample.reviewStatus = ReviewStatus::CannotFulfil;
        sample.reviewerId = f.s.support;
        sample.reviewNote = kHtml;
        sample.fulfilment = Fulfilment::Waived;
        sample.fulfilledOn = QDate(2024, 8, 15);
        sample.createdAt = at(2024, 5, 5, 5);

        Promise changed;
        changed.dealId = f.s.deal2;
        changed.kind = PromiseKind::ServiceLevel;
        changed.capabilityId = 0; // the capability was taken out of the catalog
        changed.description = kDrop;
        changed.customerWords = kHtml;
        changed.dueOn = QDate(2025, 1, 31);
        changed.promisedById = f.s.lead;
        changed.feasibility = Feasibility::Warning;
        changed.feasibilityReason = kUnicode;
        changed.justification = kLines;
        changed.reviewStatus = ReviewStatus::NeedsClarification;
        changed.reviewerId = f.s.lead;
        changed.reviewNote = kDrop;
        changed.fulfilment = Fulfilment::Broken;
        changed.fulfilledOn = QDate();
        changed.createdAt = at(2024, 5, 6, 6);
        roundTrip<Promise>(f.t.db, QStringLiteral("promises"), sample, changed);
    }

    void task()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        roundTrip<FulfilmentTask>(
            f.t.db, QStringLiteral("tasks"),
            FulfilmentTask{0, 0, f.s.deal1, f.s.promise1, kUnicode, f.s.support, QDate(2024, 9, 1), TaskStatus::Blocked,
                           QDate(2024, 9, 2)},
            FulfilmentTask{0, 0, f.s.deal2, 0, kDrop, f.s.lead, QDate(2024, 10, 1), TaskStatus::InProgress, QDate()});
    }

    void comment()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        roundTrip<Comment>(f.t.db, QStringLiteral("comments"),
                           Comment{0, 0, f.s.deal1, f.s.support, kHtml + kUnicode, at(2024, 3, 5, 1)},
                           Comment{0, 0, f.s.deal2, f.s.rep, kDrop, at(2024, 3, 6, 2)});
    }

    void snapshot()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        const QByteArray first = QJsonDocument(QJsonObject{{QStringLiteral("title"), kDrop},
                                                           {QStringLiteral("why"), kUnicode},
                                                           {QStringLiteral("risks"), kHtml}})
                                     .toJson(QJsonDocument::Compact);
        const QByteArray second =
            QJsonDocument(QJsonObject{{QStringLiteral("title"), kLines}}).toJson(QJsonDocument::Indented);
        roundTrip<HandoffSnapshot>(f.t.db, QStringLiteral("handoff_snapshots"),
                                   HandoffSnapshot{0, 0, f.s.deal1, 3, f.s.rep, at(2024, 3, 7, 77), first},
                                   HandoffSnapshot{0, 0, f.s.deal2, 4, f.s.lead, at(2024, 3, 8, 88), second});
    }

    void fieldsLeftEmptyAreSaved()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        // Only the required fields filled in: unset text is saved as empty text, unset ids, dates and times as none.
        auto account = Seed<AccountStore>(f.t.db).create(Account{0, 0, QStringLiteral("Only a name"), {}, {}});
        QVERIFY2(account, qPrintable(errorText(account)));
        Contact contact;
        contact.accountId = account->id;
        contact.name = QStringLiteral("Just Ann");
        auto storedContact = Seed<ContactStore>(f.t.db).create(contact);
        QVERIFY2(storedContact, qPrintable(errorText(storedContact)));
        QVERIFY(ContactStore(f.t.db).get(storedContact->id)->phone.isEmpty());
        Promise promise;
        promise.dealId = f.s.deal1;
        auto storedPromise = Seed<PromiseStore>(f.t.db).create(promise);
        QVERIFY2(storedPromise, qPrintable(errorText(storedPromise)));
        auto reread = PromiseStore(f.t.db).get(storedPromise->id);
        QVERIFY(reread);
        QVERIFY(reread->description.isEmpty());
        QCOMPARE(reread->capabilityId, qint64(0));
        QVERIFY(!reread->dueOn.isValid());
        QVERIFY(
            f.t.db
                .scalar(QStringLiteral("SELECT due_on IS NULL AND capability_id IS NULL FROM promises WHERE id = ?"),
                        {storedPromise->id})
                ->toBool());
        // Clearing a text field again is an ordinary change.
        reread->description = QStringLiteral("SSO");
        auto filled = Seed<PromiseStore>(f.t.db).update(*reread);
        QVERIFY(filled);
        filled->description = QString();
        auto cleared = Seed<PromiseStore>(f.t.db).update(*filled);
        QVERIFY2(cleared, qPrintable(errorText(cleared)));
        QVERIFY(PromiseStore(f.t.db).get(storedPromise->id)->description.isEmpty());
    }

    void whereFindsMatchingRowsInOrder()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        Seed<AccountStore> accounts(f.t.db);
        for (const QString& name : {QStringLiteral("Umbrella"), QStringLiteral("Initech"), kDrop}) {
            QVERIFY(accounts.create(Account{0, 0, name, {}, QStringLiteral("Retail")}));
        }
        QVERIFY(accounts.create(Account{0, 0, QStringLiteral("Hooli"), {}, QStringLiteral("Software")}));

        auto retail =
            accounts.where(QStringLiteral("industry = ?"), {QStringLiteral("Retail")}, QStringLiteral("name"));
        QVERIFY2(retail, qPrintable(errorText(retail)));
        QStringList names;
        for (const Account& a : *retail) {
            names.append(a.name);
        }
        QCOMPARE(names, (QStringList{kDrop, QStringLiteral("Initech"), QStringLiteral("Umbrella")}));

        // Typed text is a bound value: it matches literally and runs nothing.
        auto hostile = accounts.where(QStringLiteral("name = ?"), {kDrop});
        QVERIFY(hostile);
        QCOMPARE(hostile->size(), 1);
        QCOMPARE(hostile->first().name, kDrop);
        QCOMPARE(DealStore(f.t.db).where(QStringLiteral("1 = 1"))->size(), 2);

        auto ofDeal = PromiseStore(f.t.db).where(QStringLiteral("deal_id = ?"), {f.s.deal2});
        QVERIFY(ofDeal);
        QCOMPARE(ofDeal->size(), 1);
        QCOMPARE(ofDeal->first().id, f.s.promise2);
        QCOMPARE(UserStore(f.t.db).where(QStringLiteral("role = ?"), {QStringLiteral("nobody")})->size(), 0);
    }

    void auditLogRefusesChangesAndDeletes()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        const auto dump = [&f] {
            QStringList lines;
            auto query = f.t.db.exec(
                QStringLiteral("SELECT id, at, actor_id, action, entity, new_value FROM audit_log ORDER BY id"));
            while (query && query->next()) {
                QStringList fields;
                for (int i = 0; i < 6; ++i) {
                    fields.append(query->value(i).toString());
                }
                lines.append(fields.join(QLatin1Char('|')));
            }
            return lines;
        };
        const QStringList before = dump();
        const qint64 rows = auditRows(f.t.db);
        QVERIFY(rows >= 15);

        const QStringList attacks = {
            QStringLiteral("UPDATE audit_log SET new_value = 'forged' WHERE id = 1"),
            QStringLiteral("UPDATE audit_log SET actor_id = NULL"),
            QStringLiteral("DELETE FROM audit_log WHERE id = 2"),
            QStringLiteral("DELETE FROM audit_log"),
            QStringLiteral("INSERT INTO audit_log (id, at, action, entity) VALUES (3, 'x', 'y', 'z') "
                           "ON CONFLICT (id) DO UPDATE SET action = 'forged'"),
        };
        for (const QString& sql : attacks) {
            auto result = f.t.db.exec(sql);
            QVERIFY2(!result, qPrintable(sql));
            QVERIFY2(result.error().message.contains(QLatin1String("append-only")), qPrintable(result.error().message));
        }
        QCOMPARE(auditRows(f.t.db), rows);
        QCOMPARE(dump(), before);
    }

    void auditLogRefusesReplace()
    {
        if (testsRunOnServer()) {
            QSKIP(
                "PostgreSQL has no INSERT OR REPLACE; its ON CONFLICT is refused in auditLogRefusesChangesAndDeletes");
        }
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        const QString first =
            QStringLiteral("SELECT action || '|' || coalesce(new_value, '') FROM audit_log WHERE id = 1");
        const QString before = f.t.db.scalar(first)->toString();
        // REPLACE deletes the old row without firing delete triggers (unless recursive_triggers is on); a third
        // trigger refuses an insert with an id that exists.
        auto replaced = f.t.db.exec(QStringLiteral("INSERT OR REPLACE INTO audit_log (id, at, action, entity) "
                                                   "VALUES (1, '2000-01-01', 'forged', 'users')"));
        QVERIFY(!replaced);
        QVERIFY2(replaced.error().message.contains(QLatin1String("append-only")), qPrintable(replaced.error().message));
        QCOMPARE(f.t.db.scalar(first)->toString(), before);
    }

    void concurrentUpdateIsAConflict()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        Database other;
        QVERIFY(other.open(f.t.path()));
        other.setClock([] { return kClock; });
        Seed<DealStore> mine(f.t.db);
        Seed<DealStore> theirs(other);
        auto a = mine.get(f.s.deal1);
        auto b = theirs.get(f.s.deal1);
        QVERIFY(a && b);
        QCOMPARE(a->version, b->version);
        const qint64 audit = auditRows(f.t.db);

        a->title = QStringLiteral("Mine");
        QVERIFY(mine.update(*a));
        b->amountMinor = 999;
        b->title = QStringLiteral("Theirs");
        auto lost = theirs.update(*b);
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, Error::Code::Conflict);
        QVERIFY2(lost.error().message.contains(QString::number(f.s.deal1)), qPrintable(lost.error().message));

        auto stored = theirs.get(f.s.deal1);
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("Mine"));
        QCOMPARE(stored->amountMinor, qint64(0));
        QCOMPARE(stored->version, 2);
        QCOMPARE(auditRows(f.t.db), audit + 1);

        // After reloading, the other window's change goes through on top of the first.
        stored->amountMinor = 999;
        auto retried = theirs.update(*stored);
        QVERIFY2(retried, qPrintable(errorText(retried)));
        auto last = mine.get(f.s.deal1);
        QCOMPARE(last->title, QStringLiteral("Mine"));
        QCOMPARE(last->amountMinor, qint64(999));
        QCOMPARE(last->version, 3);
    }

    void concurrentRemoveIsAConflict()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        Database other;
        QVERIFY(other.open(f.t.path()));
        Seed<CapabilityStore> mine(f.t.db);
        Seed<CapabilityStore> theirs(other);
        auto a = mine.get(f.s.capability1);
        auto b = theirs.get(f.s.capability1);
        QVERIFY(a && b);
        const qint64 audit = auditRows(f.t.db);

        // Removing what someone else just changed would throw their change away unseen.
        a->leadTimeDays = 30;
        QVERIFY(mine.update(*a));
        auto removed = theirs.remove(*b);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, Error::Code::Conflict);
        auto kept = mine.get(f.s.capability1);
        QVERIFY(kept);
        QCOMPARE(kept->leadTimeDays, 30);
        QCOMPARE(auditRows(f.t.db), audit + 1);

        // And changing what someone else removed does not bring it back.
        QVERIFY(theirs.remove(*kept));
        kept->leadTimeDays = 40;
        auto revived = mine.update(*kept);
        QVERIFY(!revived);
        QCOMPARE(revived.error().code, Error::Code::NotFound);
        QCOMPARE(mine.get(f.s.capability1).error().code, Error::Code::NotFound);
    }

    void duplicateEmailIsInvalidAndLeavesNothing()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        Seed<UserStore> users(f.t.db);
        const qint64 audit = auditRows(f.t.db);
        const int count = users.where(QStringLiteral("1 = 1"))->size();

        auto duplicate = users.create(
            User{0, 0, QStringLiteral("Rita Again"), QStringLiteral("RITA@example.com"), Role::Lead, true});
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, Error::Code::Invalid);
        QVERIFY2(duplicate.error().message.contains(QLatin1String("email")), qPrintable(duplicate.error().message));
        QCOMPARE(users.where(QStringLiteral("1 = 1"))->size(), count);
        QCOMPARE(auditRows(f.t.db), audit);
        QCOMPARE(f.t.db.transactionDepth(), 0);

        // The same rule on update: the stored user and its version stay as they were.
        auto sam = users.get(f.s.support);
        QVERIFY(sam);
        sam->name = QStringLiteral("Samantha");
        sam->email = QStringLiteral("lee@example.com");
        auto clash = users.update(*sam);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, Error::Code::Invalid);
        auto stored = users.get(f.s.support);
        QCOMPARE(stored->name, QStringLiteral("Sam Support"));
        QCOMPARE(stored->email, QStringLiteral("sam@example.com"));
        QCOMPARE(stored->version, 1);
        QCOMPARE(auditRows(f.t.db), audit);

        // The connection is not left inside a transaction: the next change is saved.
        QVERIFY(users.create(User{0, 0, QStringLiteral("Nia"), QStringLiteral("nia@example.com"), Role::Sales, true}));
        QCOMPARE(auditRows(f.t.db), audit + 1);
    }

    void dealWithoutAccountIsInvalidAndLeavesNothing_data()
    {
        QTest::addColumn<qint64>("accountId");
        QTest::newRow("none") << qint64(0);
        QTest::newRow("missing") << qint64(987654);
    }

    void dealWithoutAccountIsInvalidAndLeavesNothing()
    {
        QFETCH(qint64, accountId);
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        Seed<DealStore> deals(f.t.db);
        const qint64 audit = auditRows(f.t.db);
        Deal orphan = f.s.deal(accountId, QStringLiteral("Nobody's deal"));
        auto created = deals.create(orphan);
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::Invalid);
        QVERIFY(!created.error().message.isEmpty());
        QCOMPARE(deals.where(QStringLiteral("1 = 1"))->size(), 2);
        QCOMPARE(auditRows(f.t.db), audit);
        QCOMPARE(f.t.db.transactionDepth(), 0);
    }

    void failedChangeInsideLargerChangeLeavesNothing()
    {
        Fixture f;
        QVERIFY2(f.s.failure.isEmpty(), qPrintable(f.s.failure));
        const qint64 audit = auditRows(f.t.db);
        {
            auto transaction = Transaction::begin(f.t.db);
            QVERIFY(transaction);
            QVERIFY(Seed<AccountStore>(f.t.db).create(Account{0, 0, QStringLiteral("Part one"), {}, {}}));
            auto second = Seed<AccountStore>(f.t.db).create(Account{0, 0, QStringLiteral("ACME"), {}, {}});
            QVERIFY(!second);
            QCOMPARE(second.error().code, Error::Code::Invalid);
            // The caller gives up on the whole change.
        }
        QCOMPARE(AccountStore(f.t.db).where(QStringLiteral("name = ?"), {QStringLiteral("Part one")})->size(), 0);
        QCOMPARE(auditRows(f.t.db), audit);
        QCOMPARE(f.t.db.transactionDepth(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEntityStores)
#include "tst_entitystores.moc"
