// Snapshots of a handoff as submitted, and what support sees changed when sales resubmits after a return.

#include "TestDatabase.h"
#include "storage/Stores.h"
#include "workflow/ChecklistService.h"
#include "workflow/HandoffWorkflow.h"
#include "workflow/SnapshotService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace handoff;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
const QDate kToday = kNow.date();

template <typename T>
bool succeeded(const Result<T>& result)
{
    if (!result) {
        qWarning("%s", qPrintable(result.error().fullText()));
    }
    return result.ok();
}

QString describe(const SnapshotChange& c)
{
    return c.area + QStringLiteral(" | ") + c.item + QStringLiteral(" | ") + c.before + QStringLiteral(" -> ") +
           c.after;
}

} // namespace

class TestSnapshotService : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void captureHoldsWhatSupportNeeds();
    void diffAfterReturnAndResubmission();
    void noChangesBeforeTheSecondSubmission();
    void unreadableSnapshotIsAnError();
    void snapshotOfAnotherLayoutShowsNoChanges();

private:
    Promise addPromise(const QString& description, int dueInDays);

    std::unique_ptr<TestDatabase> m_t;
    User m_rep, m_support;
    qint64 m_dealId = 0, m_accountId = 0, m_carla = 0, m_bob = 0;
};

void TestSnapshotService::init()
{
    m_t = std::make_unique<TestDatabase>();
    Database& db = m_t->db;
    db.setClock([] { return kNow; });
    m_rep = *Seed<UserStore>(db).create(
        User{0, 0, QStringLiteral("Sam Seller"), QStringLiteral("sam@example.com"), Role::Sales, true});
    m_support = *Seed<UserStore>(db).create(
        User{0, 0, QStringLiteral("Dana Reyes"), QStringLiteral("dana@example.com"), Role::Support, true});
    m_accountId = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
    Deal deal;
    deal.accountId = m_accountId;
    deal.title = QStringLiteral("Acme rollout");
    deal.closedOn = kToday;
    deal.salesRepId = m_rep.id;
    deal.amountMinor = 120000;
    m_dealId = Seed<DealStore>(db).create(deal)->id;
    m_carla = Seed<ContactStore>(db)
                  .create(Contact{0, 0, m_accountId, QStringLiteral("Carla Customer"), {}, {}, {}, Channel::Email, {}})
                  ->id;
    m_bob = Seed<ContactStore>(db)
                .create(Contact{0, 0, m_accountId, QStringLiteral("Bob Billing"), {}, {}, {}, Channel::Phone, {}})
                ->id;
    QVERIFY(succeeded(Seed<DealContactStore>(db).create({0, 0, m_dealId, m_carla, ContactRole::Sponsor})));
    QVERIFY(succeeded(
        Seed<DealChannelStore>(db).create({0, 0, m_dealId, Channel::Email, QStringLiteral("help@acme.test"), true})));
}

void TestSnapshotService::cleanup()
{
    m_t.reset();
}

Promise TestSnapshotService::addPromise(const QString& description, int dueInDays)
{
    Promise p;
    p.dealId = m_dealId;
    p.kind = PromiseKind::Training;
    p.description = description;
    p.customerWords = QStringLiteral("we need this");
    p.dueOn = kToday.addDays(dueInDays);
    return *Seed<PromiseStore>(m_t->db).create(p);
}

void TestSnapshotService::captureHoldsWhatSupportNeeds()
{
    const Promise promise = addPromise(QStringLiteral("Admin training"), 30);
    QVERIFY(succeeded(ChecklistService(m_t->db).answer(m_rep, m_dealId, QStringLiteral("executive_sponsor"),
                                                       QString::number(m_carla))));
    const auto json = SnapshotService(m_t->db).capture(m_dealId);
    QVERIFY(succeeded(json));
    const QJsonObject snapshot = QJsonDocument::fromJson(*json).object();
    const QJsonObject deal = snapshot.value(QLatin1String("deal")).toObject();
    QCOMPARE(deal.value(QLatin1String("title")).toString(), QStringLiteral("Acme rollout"));
    QCOMPARE(deal.value(QLatin1String("account")).toString(), QStringLiteral("Acme"));
    QCOMPARE(deal.value(QLatin1String("sales_rep")).toString(), QStringLiteral("Sam Seller"));
    QCOMPARE(deal.value(QLatin1String("amount_minor")).toInteger(), 120000);
    const QJsonObject sponsor =
        snapshot.value(QLatin1String("checklist")).toObject().value(QLatin1String("executive_sponsor")).toObject();
    QCOMPARE(sponsor.value(QLatin1String("label")).toString(), QStringLiteral("Executive sponsor"));
    QCOMPARE(sponsor.value(QLatin1String("value")).toString(), QString::number(m_carla));
    QCOMPARE(sponsor.value(QLatin1String("shown")).toString(), QStringLiteral("Carla Customer"));
    const QJsonObject p = snapshot.value(QLatin1String("promises")).toArray().first().toObject();
    QCOMPARE(p.value(QLatin1String("id")).toInteger(), promise.id);
    QCOMPARE(p.value(QLatin1String("kind")).toString(), QStringLiteral("training"));
    QCOMPARE(p.value(QLatin1String("customer_words")).toString(), QStringLiteral("we need this"));
    QCOMPARE(p.value(QLatin1String("due_on")).toString(), kToday.addDays(30).toString(Qt::ISODate));
    QCOMPARE(p.value(QLatin1String("feasibility")).toString(), QStringLiteral("ok"));
    const QJsonObject contact = snapshot.value(QLatin1String("contacts")).toArray().first().toObject();
    QCOMPARE(contact.value(QLatin1String("name")).toString(), QStringLiteral("Carla Customer"));
    QCOMPARE(contact.value(QLatin1String("role")).toString(), QStringLiteral("sponsor"));
    const QJsonObject channel = snapshot.value(QLatin1String("channels")).toArray().first().toObject();
    QCOMPARE(channel.value(QLatin1String("address")).toString(), QStringLiteral("help@acme.test"));
    QCOMPARE(channel.value(QLatin1String("preferred")).toBool(), true);

    QCOMPARE(SnapshotService(m_t->db).capture(9999).error().code, Error::Code::NotFound);
}

void TestSnapshotService::diffAfterReturnAndResubmission()
{
    Database& db = m_t->db;
    Promise kept = addPromise(QStringLiteral("Admin training"), 30);
    const Promise dropped = addPromise(QStringLiteral("Custom report"), 40);
    // A lead overrides the checklist gate so that the test is about the snapshots, not the guards.
    const User lead = *Seed<UserStore>(db).create(
        User{0, 0, QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead, true});
    HandoffWorkflow flow(db);
    QVERIFY(succeeded(flow.override(lead, m_dealId, HandoffAction::Submit, QStringLiteral("test"))));
    QVERIFY(succeeded(flow.returnHandoff(m_support, m_dealId, ReturnReason::MissingInformation,
                                         QStringLiteral("billing contact missing"))));

    db.setClock([] { return kNow.addSecs(3600); }); // sales fixes the handoff an hour later
    Deal deal = *DealStore(db).get(m_dealId);
    deal.knownRisks = QStringLiteral("Legacy ERP");
    QVERIFY(succeeded(Seed<DealStore>(db).update(deal)));
    QVERIFY(succeeded(Seed<DealContactStore>(db).create({0, 0, m_dealId, m_bob, ContactRole::Billing})));
    QVERIFY(succeeded(
        ChecklistService(db).answer(m_rep, m_dealId, QStringLiteral("billing_contact"), QString::number(m_bob))));
    kept.dueOn = kToday.addDays(45);
    QVERIFY(succeeded(Seed<PromiseStore>(db).update(kept)));
    QVERIFY(succeeded(Seed<PromiseStore>(db).remove(dropped)));
    addPromise(QStringLiteral("Quarterly review"), 90);
    QVERIFY(succeeded(flow.override(lead, m_dealId, HandoffAction::Submit, QStringLiteral("test"))));

    const auto changes = SnapshotService(db).changesSinceLastSubmission(m_dealId);
    QVERIFY(succeeded(changes));
    QStringList shown;
    for (const SnapshotChange& change : *changes) {
        shown.append(describe(change));
    }
    const QString due30 = kToday.addDays(30).toString(Qt::ISODate);
    const QString due45 = kToday.addDays(45).toString(Qt::ISODate);
    QCOMPARE(shown, QStringList({
                        QStringLiteral("deal | Known risks |  -> Legacy ERP"),
                        QStringLiteral("checklist | Billing contact |  -> Bob Billing"),
                        QStringLiteral("promise changed | Admin training: Due date | ") + due30 +
                            QStringLiteral(" -> ") + due45,
                        QStringLiteral("promise added | Quarterly review |  -> Quarterly review"),
                        QStringLiteral("promise removed | Custom report | Custom report -> "),
                        QStringLiteral("contact added | Bob Billing (Billing contact) |  -> Bob Billing (Billing "
                                       "contact)"),
                    }));
}

void TestSnapshotService::noChangesBeforeTheSecondSubmission()
{
    SnapshotService snapshots(m_t->db);
    const auto none = snapshots.changesSinceLastSubmission(m_dealId);
    QVERIFY(succeeded(none));
    QVERIFY(none->isEmpty());
    const auto submit = [&] {
        auto work = UnitOfWork::begin(m_t->db, m_rep.id);
        return succeeded(work) && succeeded(snapshots.record(*work, m_dealId)) && succeeded(work->commit());
    };
    QVERIFY(submit());
    QVERIFY(snapshots.changesSinceLastSubmission(m_dealId)->isEmpty());
    // Identical snapshots differ in nothing.
    QVERIFY(submit());
    const auto same = snapshots.changesSinceLastSubmission(m_dealId);
    QVERIFY(succeeded(same));
    QVERIFY(same->isEmpty());
}

void TestSnapshotService::unreadableSnapshotIsAnError()
{
    const auto json = SnapshotService(m_t->db).capture(m_dealId);
    const auto result = SnapshotService(m_t->db).diff("{not json", *json);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Corrupt);
}

void TestSnapshotService::snapshotOfAnotherLayoutShowsNoChanges()
{
    // Demo data stores snapshots in a layout of its own; compared field by field with a captured one, every field
    // would look changed to support.
    const auto json = SnapshotService(m_t->db).capture(m_dealId);
    QVERIFY(succeeded(json));
    const QByteArray demoLayout = R"({"submission_no":1,"deal":{"id":1,"title":"Other title","currency":"EUR"},)"
                                  R"("checklist":{"seats":"40"},"promises":[{"id":9,"description":"x"}]})";
    const auto result = SnapshotService(m_t->db).diff(demoLayout, *json);
    QVERIFY(succeeded(result));
    QVERIFY(result->isEmpty());
    // The same layout on both sides is compared: a changed title shows.
    QJsonObject changed = QJsonDocument::fromJson(*json).object();
    QJsonObject deal = changed.value(QLatin1String("deal")).toObject();
    deal.insert(QStringLiteral("title"), QStringLiteral("Renamed rollout"));
    changed.insert(QStringLiteral("deal"), deal);
    const auto compared = SnapshotService(m_t->db).diff(*json, QJsonDocument(changed).toJson());
    QVERIFY(succeeded(compared));
    QVERIFY(!compared->isEmpty());
}

QTEST_GUILESS_MAIN(TestSnapshotService)
#include "tst_snapshotservice.moc"
