// What TaskService adds for the workstation's undo: removing a task, asking whether tasks may change, and the
// version check of reassigning and setting a status.

#include "TestDatabase.h"
#include "model/AuditEntry.h"
#include "storage/AuditLog.h"
#include "storage/Stores.h"
#include "workflow/TaskService.h"

using namespace handoff;

namespace {

const QDate kToday(2026, 3, 10);

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, support, lead;
    qint64 dealId = 0;

    World()
    {
        db.setClock([] { return QDateTime(kToday, QTime(12, 0), Qt::UTC); });
        rep = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Sam Seller"), QStringLiteral("sam@example.com"), Role::Sales, true});
        support = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Dana Reyes"), QStringLiteral("dana@example.com"), Role::Support, true});
        lead = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead, true});
        Deal deal;
        deal.accountId = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        deal.title = QStringLiteral("Acme rollout");
        deal.closedOn = kToday;
        deal.salesRepId = rep.id;
        deal.supportOwnerId = support.id;
        deal.state = HandoffState::Accepted;
        dealId = Seed<DealStore>(db).create(deal)->id;
    }
    FulfilmentTask added()
    {
        return *TaskService(db).add(
            support, FulfilmentTask{0, 0, dealId, 0, QStringLiteral("Kickoff call"), 0, kToday, TaskStatus::Todo, {}});
    }
    void setState(HandoffState state)
    {
        Deal deal = *DealStore(db).get(dealId);
        deal.state = state;
        QVERIFY(Seed<DealStore>(db).update(deal).ok());
    }
    int tasks() const { return db.scalar(QStringLiteral("SELECT count(*) FROM tasks"))->toInt(); }
};

} // namespace

class TestTaskRemoval : public QObject {
    Q_OBJECT

private slots:
    void removeIsAuditedAndChecksTheVersion();
    void removeOnlyBySupportOnAcceptedHandoffs();
    void refusals();
    void reassignAndStatusCheckTheVersion();
};

void TestTaskRemoval::removeIsAuditedAndChecksTheVersion()
{
    World w;
    const FulfilmentTask task = w.added();
    TaskService service(w.db);
    auto moved = service.setStatus(w.support, task.id, TaskStatus::InProgress, {});
    QVERIFY(moved.ok());
    const auto stale = service.remove(w.support, task.id, task.version);
    QVERIFY(!stale.ok());
    QCOMPARE(int(stale.error().code), int(Error::Code::Conflict));
    QCOMPARE(w.tasks(), 1);

    QVERIFY(service.remove(w.lead, task.id, moved->version).ok());
    QCOMPARE(w.tasks(), 0);
    const auto history = AuditLog(w.db).forEntity(QStringLiteral("tasks"), task.id);
    QVERIFY(history.ok());
    QCOMPARE(history->constLast().action, QStringLiteral("delete"));
    QCOMPARE(history->constLast().actorId, w.lead.id);
    QVERIFY(history->constLast().oldValue.contains(QStringLiteral("Kickoff call")));
}

void TestTaskRemoval::removeOnlyBySupportOnAcceptedHandoffs()
{
    World w;
    const FulfilmentTask task = w.added();
    const auto bySales = TaskService(w.db).remove(w.rep, task.id);
    QVERIFY(!bySales.ok());
    QCOMPARE(int(bySales.error().code), int(Error::Code::Forbidden));
    w.setState(HandoffState::Fulfilled);
    const auto closed = TaskService(w.db).remove(w.support, task.id);
    QVERIFY(!closed.ok());
    QCOMPARE(int(closed.error().code), int(Error::Code::Invalid));
    QCOMPARE(w.tasks(), 1);
}

void TestTaskRemoval::refusals()
{
    World w;
    TaskService service(w.db);
    QVERIFY(service.refusals(w.support, w.dealId).isEmpty());
    QVERIFY(service.refusals(w.lead, w.dealId).isEmpty());
    QCOMPARE(service.refusals(w.rep, w.dealId).size(), 1);
    QVERIFY(service.refusals(w.rep, w.dealId).first().contains(QStringLiteral("Only support or a team lead")));
    w.setState(HandoffState::Submitted);
    QCOMPARE(service.refusals(w.support, w.dealId).size(), 1);
    QVERIFY(service.refusals(w.support, w.dealId).first().contains(QStringLiteral("only while it is accepted")));
}

void TestTaskRemoval::reassignAndStatusCheckTheVersion()
{
    World w;
    const FulfilmentTask task = w.added();
    TaskService service(w.db);
    const auto reassigned = service.reassign(w.support, task.id, w.lead.id, task.version);
    QVERIFY(reassigned.ok());
    const auto staleAssign = service.reassign(w.support, task.id, w.support.id, task.version);
    QCOMPARE(int(staleAssign.error().code), int(Error::Code::Conflict));
    const auto staleStatus = service.setStatus(w.support, task.id, TaskStatus::Done, {}, task.version);
    QCOMPARE(int(staleStatus.error().code), int(Error::Code::Conflict));
    QCOMPARE(service.get(task.id)->assigneeId, w.lead.id);
    QCOMPARE(service.get(task.id)->status, TaskStatus::Todo);
    const auto done = service.setStatus(w.support, task.id, TaskStatus::Done, {}, reassigned->version);
    QVERIFY(done.ok());
    QCOMPARE(done->doneOn, kToday);
}

QTEST_GUILESS_MAIN(TestTaskRemoval)
#include "tst_taskremoval.moc"
