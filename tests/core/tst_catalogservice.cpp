// The capability catalog: only a lead changes it, every problem is named at once, and a change re-evaluates the
// feasibility of the open promises that name the capability, leaving settled promises alone.

#include "TestDatabase.h"
#include "storage/Stores.h"
#include "workflow/CatalogService.h"
#include "workflow/PromiseService.h"

#include <QSqlQuery>

using namespace handoff;

namespace {

const QDate kToday(2026, 11, 10);

template <typename T>
QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().fullText();
}

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, support, lead;
    qint64 account = 0;

    World()
    {
        db.setClock([] { return QDateTime(kToday, QTime(12, 0), Qt::LocalTime); });
        rep = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Rita Rep"), QStringLiteral("rita@example.com"), Role::Sales, true});
        support = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Sam Support"), QStringLiteral("sam@example.com"), Role::Support, true});
        lead = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead, true});
        account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
    }

    qint64 deal(HandoffState state)
    {
        Deal d;
        d.accountId = account;
        d.title = QStringLiteral("Acme rollout");
        d.closedOn = kToday.addDays(-3);
        d.salesRepId = rep.id;
        d.supportOwnerId = state == HandoffState::Accepted ? support.id : 0;
        d.state = state;
        return Seed<DealStore>(db).create(d)->id;
    }

    // A promise as the promise service records it, with its feasibility as of kToday, then put in a fulfilment.
    Promise promise(qint64 dealId, qint64 capabilityId, Fulfilment fulfilment = Fulfilment::Open)
    {
        Promise p;
        p.dealId = dealId;
        p.kind = PromiseKind::Feature;
        p.capabilityId = capabilityId;
        p.description = QStringLiteral("Okta single sign-on");
        p.dueOn = kToday.addDays(30);
        p.promisedById = rep.id;
        p.fulfilment = fulfilment;
        return *Seed<PromiseStore>(db).create(p);
    }

    Promise stored(qint64 id) const { return *PromiseStore(db).get(id); }

    qint64 auditRows() const { return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toLongLong(); }

    qint64 auditRows(const QString& action) const
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})->toLongLong();
    }
};

} // namespace

class TestCatalogService : public QObject {
    Q_OBJECT

private slots:
    void add_data();
    void add();
    void updateRefusedByRole_data();
    void updateRefusedByRole();
    void updateReevaluatesOpenPromises();
    void updateBackToAvailableClearsWarnings();
    void updateConflictReevaluatesNothing();
    void allSortedByName();
};

void TestCatalogService::add_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("leadTime");
    QTest::addColumn<int>("code"); // -1: allowed
    QTest::addColumn<QStringList>("reasons");

    const int forbidden = int(Error::Code::Forbidden), invalid = int(Error::Code::Invalid);
    const QString only = QStringLiteral("Only a team lead");
    QTest::newRow("lead") << Role::Lead << QStringLiteral("SCIM provisioning") << 15 << -1 << QStringList();
    QTest::newRow("sales") << Role::Sales << QStringLiteral("SCIM provisioning") << 15 << forbidden
                           << QStringList{only};
    QTest::newRow("support") << Role::Support << QStringLiteral("SCIM provisioning") << 15 << forbidden
                             << QStringList{only};
    QTest::newRow("no name") << Role::Lead << QStringLiteral("  ") << 15 << invalid
                             << QStringList{QStringLiteral("Give the capability a name")};
    QTest::newRow("name taken, other case") << Role::Lead << QStringLiteral("saml single sign-on") << 15 << invalid
                                            << QStringList{QStringLiteral("already has a capability named")};
    QTest::newRow("negative lead time") << Role::Lead << QStringLiteral("SCIM provisioning") << -1 << invalid
                                        << QStringList{QStringLiteral("cannot be negative")};
    QTest::newRow("everything wrong") << Role::Support << QString() << -3 << forbidden
                                      << QStringList{only, QStringLiteral("Give the capability a name"),
                                                     QStringLiteral("cannot be negative")};
}

void TestCatalogService::add()
{
    QFETCH(Role, role);
    QFETCH(QString, name);
    QFETCH(int, leadTime);
    QFETCH(int, code);
    QFETCH(QStringList, reasons);
    World w;
    CatalogService catalog(w.db);
    QVERIFY(
        catalog.add(w.lead, Capability{0, 0, QStringLiteral("SAML single sign-on"), {}, CapabilityStatus::Planned, 0})
            .ok());
    const User actor = role == Role::Lead ? w.lead : role == Role::Sales ? w.rep : w.support;
    const qint64 before = w.auditRows();

    auto added = catalog.add(
        actor, Capability{0, 0, name, QStringLiteral("users from the IdP"), CapabilityStatus::Beta, leadTime});
    if (code >= 0) {
        QVERIFY(!added.ok());
        QCOMPARE(int(added.error().code), code);
        QCOMPARE(added.error().details.size(), reasons.size());
        for (int i = 0; i < reasons.size(); ++i) {
            QVERIFY2(added.error().details.at(i).contains(reasons.at(i)), qPrintable(added.error().fullText()));
        }
        QCOMPARE(w.auditRows(), before);
        QCOMPARE(catalog.all()->size(), 1);
        return;
    }
    QVERIFY2(added.ok(), qPrintable(errorText(added)));
    QCOMPARE(w.auditRows(), before + 1);
    const Capability stored = *CapabilityStore(w.db).get(added->id);
    QCOMPARE(stored.name, name);
    QCOMPARE(stored.status, CapabilityStatus::Beta);
    QCOMPARE(stored.leadTimeDays, leadTime);
}

void TestCatalogService::updateRefusedByRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("sales") << Role::Sales;
    QTest::newRow("support") << Role::Support;
}

void TestCatalogService::updateRefusedByRole()
{
    QFETCH(Role, role);
    World w;
    auto sso = CatalogService(w.db).add(
        w.lead, Capability{0, 0, QStringLiteral("SAML single sign-on"), {}, CapabilityStatus::Available, 0});
    QVERIFY2(sso.ok(), qPrintable(errorText(sso)));
    const Promise open = w.promise(w.deal(HandoffState::Draft), sso->id);
    const qint64 before = w.auditRows();

    Capability changed = *sso;
    changed.status = CapabilityStatus::Unsupported;
    auto updated = CatalogService(w.db).update(role == Role::Sales ? w.rep : w.support, changed);
    QVERIFY(!updated.ok());
    QCOMPARE(int(updated.error().code), int(Error::Code::Forbidden));
    QCOMPARE(CapabilityStore(w.db).get(sso->id)->status, CapabilityStatus::Available);
    QCOMPARE(w.stored(open.id).version, open.version);
    QCOMPARE(w.auditRows(), before);
}

void TestCatalogService::updateReevaluatesOpenPromises()
{
    World w;
    CatalogService catalog(w.db);
    auto sso = catalog.add(
        w.lead, Capability{0, 0, QStringLiteral("SAML single sign-on"), {}, CapabilityStatus::Available, 10});
    auto other =
        catalog.add(w.lead, Capability{0, 0, QStringLiteral("Slack alerts"), {}, CapabilityStatus::Available, 0});
    QVERIFY(sso.ok() && other.ok());
    const qint64 draft = w.deal(HandoffState::Draft), accepted = w.deal(HandoffState::Accepted);
    const Promise onDraft = w.promise(draft, sso->id);
    const Promise onAccepted = w.promise(accepted, sso->id);
    const Promise fulfilled = w.promise(accepted, sso->id, Fulfilment::Fulfilled);
    const Promise waived = w.promise(accepted, sso->id, Fulfilment::Waived);
    const Promise cancelled = w.promise(w.deal(HandoffState::Cancelled), sso->id);
    const Promise otherCapability = w.promise(draft, other->id);
    const qint64 before = w.auditRows();

    Capability planned = *sso;
    planned.status = CapabilityStatus::Planned;
    auto updated = catalog.update(w.lead, planned);
    QVERIFY2(updated.ok(), qPrintable(errorText(updated)));

    for (const Promise& open : {onDraft, onAccepted}) {
        const Promise now = w.stored(open.id);
        QCOMPARE(now.feasibility, Feasibility::Warning);
        QCOMPARE(now.feasibilityReason, QStringLiteral("'SAML single sign-on' is planned, not available"));
        QCOMPARE(now.version, open.version + 1);
    }
    for (const Promise& settled : {fulfilled, waived, cancelled, otherCapability}) {
        QCOMPARE(w.stored(settled.id).version, settled.version);
        QCOMPARE(w.stored(settled.id).feasibility, Feasibility::Ok);
    }
    // One row for the catalog entry's changed status, one per re-evaluated promise, each naming the lead.
    QCOMPARE(w.auditRows(), before + 3);
    QCOMPARE(w.auditRows(QStringLiteral("reevaluate")), 2);
    auto rows = w.db.exec(QStringLiteral("SELECT entity_id, deal_id, actor_id, old_value, new_value FROM audit_log "
                                         "WHERE action = 'reevaluate' ORDER BY id"));
    QVERIFY(rows && rows->next());
    QCOMPARE(rows->value(0).toLongLong(), onDraft.id);
    QCOMPARE(rows->value(1).toLongLong(), draft);
    QCOMPARE(rows->value(2).toLongLong(), w.lead.id);
    QCOMPARE(rows->value(3).toString(), QStringLiteral("ok"));
    QCOMPARE(rows->value(4).toString(), QStringLiteral("warning"));

    // Saving the entry again without a change in what it can do re-evaluates nothing.
    Capability described = *updated;
    described.description = QStringLiteral("SP-initiated and IdP-initiated");
    const qint64 again = w.auditRows();
    QVERIFY(catalog.update(w.lead, described).ok());
    QCOMPARE(w.auditRows(), again + 1);
    QCOMPARE(w.auditRows(QStringLiteral("reevaluate")), 2);
}

void TestCatalogService::updateBackToAvailableClearsWarnings()
{
    World w;
    CatalogService catalog(w.db);
    auto sso = catalog.add(
        w.lead, Capability{0, 0, QStringLiteral("SAML single sign-on"), {}, CapabilityStatus::Unsupported, 0});
    QVERIFY(sso.ok());
    auto promise = PromiseService(w.db).add(w.rep, [&] {
        Promise p;
        p.dealId = w.deal(HandoffState::Draft);
        p.capabilityId = sso->id;
        p.description = QStringLiteral("Okta single sign-on");
        p.dueOn = kToday.addDays(20);
        return p;
    }());
    QVERIFY2(promise.ok(), qPrintable(errorText(promise)));
    QCOMPARE(promise->feasibility, Feasibility::Blocked);

    Capability shipped = *sso;
    shipped.status = CapabilityStatus::Available;
    shipped.leadTimeDays = 30;
    auto updated = catalog.update(w.lead, shipped);
    QVERIFY2(updated.ok(), qPrintable(errorText(updated)));
    QCOMPARE(w.stored(promise->id).feasibility, Feasibility::Warning);
    QCOMPARE(w.stored(promise->id).feasibilityReason, QStringLiteral("due in 20 days; standard lead time is 30 days"));

    shipped = *updated;
    shipped.leadTimeDays = 20;
    QVERIFY(catalog.update(w.lead, shipped).ok());
    QCOMPARE(w.stored(promise->id).feasibility, Feasibility::Ok);
    QVERIFY(w.stored(promise->id).feasibilityReason.isEmpty());
}

void TestCatalogService::updateConflictReevaluatesNothing()
{
    World w;
    CatalogService catalog(w.db);
    auto sso = catalog.add(w.lead,
                           Capability{0, 0, QStringLiteral("SAML single sign-on"), {}, CapabilityStatus::Available, 0});
    QVERIFY(sso.ok());
    const Promise open = w.promise(w.deal(HandoffState::Draft), sso->id);
    Capability renamed = *sso;
    renamed.name = QStringLiteral("SAML 2.0 single sign-on");
    QVERIFY(catalog.update(w.lead, renamed).ok());
    const qint64 before = w.auditRows();

    Capability stale = *sso; // read before the rename
    stale.status = CapabilityStatus::Unsupported;
    auto updated = catalog.update(w.lead, stale);
    QVERIFY(!updated.ok());
    QCOMPARE(int(updated.error().code), int(Error::Code::Conflict));
    QCOMPARE(w.stored(open.id).feasibility, Feasibility::Ok);
    QCOMPARE(w.auditRows(), before);
}

void TestCatalogService::allSortedByName()
{
    World w;
    CatalogService catalog(w.db);
    for (const char* name : {"Slack alerts", "audit export", "SAML single sign-on"}) {
        QVERIFY(
            catalog.add(w.lead, Capability{0, 0, QString::fromLatin1(name), {}, CapabilityStatus::Available, 0}).ok());
    }
    auto all = catalog.all();
    QVERIFY2(all.ok(), qPrintable(errorText(all)));
    QStringList names;
    for (const Capability& c : *all) {
        names.append(c.name);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("audit export"), QStringLiteral("SAML single sign-on"),
                                 QStringLiteral("Slack alerts")}));
}

QTEST_GUILESS_MAIN(TestCatalogService)
#include "tst_catalogservice.moc"
