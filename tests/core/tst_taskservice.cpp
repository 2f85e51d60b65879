// Support's fulfilment tasks: who may add, reassign and complete them, on which handoffs, and the done date.

#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/Stores.h"
#include "workflow/TaskService.h"

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

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, support, colleague, lead, gone;
    qint64 dealId = 0;

    World()
    {
        db.setClock([] { return kNow; });
        rep = user(QStringLiteral("Sam Seller"), Role::Sales);
        support = user(QStringLiteral("Dana Reyes"), Role::Support);
        colleague = user(QStringLiteral("Sven Second"), Role::Support);
        lead = user(QStringLiteral("Lee Lead"), Role::Lead);
        gone = user(QStringLiteral("Gina Gone"), Role::Support, false);
        const qint64 account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        Deal deal;
        deal.accountId = account;
        deal.title = QStringLiteral("Acme rollout");
        deal.closedOn = kToday;
        deal.salesRepId = rep.id;
        deal.supportOwnerId = support.id;
        deal.state = HandoffState::Accepted;
        dealId = Seed<DealStore>(db).create(deal)->id;
    }
    User user(const QString& name, Role role, bool active = true)
    {
        const QString email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
        return *Seed<UserStore>(db).create(User{0, 0, name, email, role, active});
    }
    FulfilmentTask task(const QString& title, qint64 assignee = 0)
    {
        return FulfilmentTask{0, 0, dealId, 0, title, assignee, kToday.addDays(7), TaskStatus::Todo, {}};
    }
    int auditRows() { return db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt(); }
};

} // namespace

class TestTaskService : public QObject {
    Q_OBJECT

private slots:
    void addGoesToTheSupportOwnerByDefault();
    void onlySupportAndLeadsOnAcceptedHandoffs_data();
    void onlySupportAndLeadsOnAcceptedHandoffs();
    void addListsEveryProblem();
    void reassignOnlyToSupportOrLead();
    void doneSetsTheDateAndLeavingDoneClearsIt();
};

void TestTaskService::addGoesToTheSupportOwnerByDefault()
{
    World w;
    const auto added = TaskService(w.db).add(w.colleague, w.task(QStringLiteral("  Configure SSO  ")));
    QVERIFY(succeeded(added));
    QCOMPARE(added->title, QStringLiteral("Configure SSO"));
    QCOMPARE(added->assigneeId, w.support.id);
    QCOMPARE(added->doneOn, QDate());
    const auto audit = AuditLog(w.db).forEntity(QStringLiteral("tasks"), added->id);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->constFirst().actorId, w.colleague.id);
    QCOMPARE(TaskService(w.db).forDeal(w.dealId)->size(), 1);
}

void TestTaskService::onlySupportAndLeadsOnAcceptedHandoffs_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("expected"); // -1 ok, else an Error::Code

    const int forbidden = int(Error::Code::Forbidden);
    const int invalid = int(Error::Code::Invalid);
    for (HandoffState state : allValues<HandoffState>()) {
        const bool accepted = state == HandoffState::Accepted;
        const QByteArray name = toKey(state).toLatin1();
        QTest::addRow("rep in %s", name.constData()) << "rep" << int(state) << forbidden;
        QTest::addRow("inactive support in %s", name.constData()) << "gone" << int(state) << forbidden;
        QTest::addRow("support in %s", name.constData()) << "support" << int(state) << (accepted ? -1 : invalid);
        QTest::addRow("lead in %s", name.constData()) << "lead" << int(state) << (accepted ? -1 : invalid);
    }
}

void TestTaskService::onlySupportAndLeadsOnAcceptedHandoffs()
{
    QFETCH(QString, actor);
    QFETCH(int, state);
    QFETCH(int, expected);
    World w;
    // The task to complete exists before the state moves, as it would on a real handoff.
    const auto existing = TaskService(w.db).add(w.support, w.task(QStringLiteral("Kickoff call")));
    QVERIFY(succeeded(existing));
    QVERIFY(succeeded(
        w.db.exec(QStringLiteral("UPDATE deals SET state = ? WHERE id = ?"), {toKey(HandoffState(state)), w.dealId})));
    const QMap<QString, User> users{{QStringLiteral("rep"), w.rep},
                                    {QStringLiteral("gone"), w.gone},
                                    {QStringLiteral("support"), w.support},
                                    {QStringLiteral("lead"), w.lead}};
    const User who = users.value(actor);
    const int before = w.auditRows();
    TaskService tasks(w.db);
    const auto added = tasks.add(who, w.task(QStringLiteral("Train admins")));
    const auto done = tasks.setStatus(who, existing->id, TaskStatus::Done, kToday);
    const auto moved = tasks.reassign(who, existing->id, w.colleague.id);
    if (expected < 0) {
        QVERIFY(succeeded(added));
        QVERIFY(succeeded(done));
        QVERIFY(succeeded(moved));
        return;
    }
    for (const Error& error : {added.error(), done.error(), moved.error()}) {
        QCOMPARE(int(error.code), expected);
    }
    QCOMPARE(w.auditRows(), before);
}

void TestTaskService::addListsEveryProblem()
{
    World w;
    FulfilmentTask bad = w.task(QStringLiteral(" "), w.rep.id);
    bad.promiseId = 4242;
    const auto refused = TaskService(w.db).add(w.support, bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QCOMPARE(refused.error().details.size(), 3);
    QCOMPARE(refused.error().details.at(0), QStringLiteral("A task needs a title."));
    QVERIFY(refused.error().details.at(1).startsWith(QLatin1String("Sam Seller cannot take fulfilment tasks")));
    QCOMPARE(w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks"))->toInt(), 0);
}

void TestTaskService::reassignOnlyToSupportOrLead()
{
    World w;
    TaskService tasks(w.db);
    const auto task = tasks.add(w.support, w.task(QStringLiteral("Kickoff call")));
    QVERIFY(succeeded(task));
    for (const User& wrong : {w.rep, w.gone}) {
        const auto refused = tasks.reassign(w.support, task->id, wrong.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY(refused.error().details.constFirst().startsWith(wrong.name));
    }
    QCOMPARE(tasks.reassign(w.support, task->id, 9999).error().code, Error::Code::Invalid);
    const auto toLead = tasks.reassign(w.support, task->id, w.lead.id);
    QVERIFY(succeeded(toLead));
    QCOMPARE(toLead->assigneeId, w.lead.id);
    const auto audit = AuditLog(w.db).forEntity(QStringLiteral("tasks"), task->id);
    QCOMPARE(audit->constLast().field, QStringLiteral("assignee_id"));
    QCOMPARE(audit->constLast().newValue, QString::number(w.lead.id));
}

void TestTaskService::doneSetsTheDateAndLeavingDoneClearsIt()
{
    World w;
    TaskService tasks(w.db);
    const auto task = tasks.add(w.support, w.task(QStringLiteral("Kickoff call")));
    QVERIFY(succeeded(task));
    const QDate friday(2026, 3, 6);
    auto done = tasks.setStatus(w.support, task->id, TaskStatus::Done, friday);
    QVERIFY(succeeded(done));
    QCOMPARE(done->status, TaskStatus::Done);
    QCOMPARE(done->doneOn, friday);
    QCOMPARE(TaskStore(w.db).get(task->id)->doneOn, friday);
    auto reopened = tasks.setStatus(w.support, task->id, TaskStatus::InProgress, friday);
    QVERIFY(succeeded(reopened));
    QCOMPARE(reopened->doneOn, QDate());
    QCOMPARE(TaskStore(w.db).get(task->id)->doneOn, QDate());
    // No date given: done today.
    done = tasks.setStatus(w.lead, task->id, TaskStatus::Done, QDate());
    QVERIFY(succeeded(done));
    QCOMPARE(done->doneOn, kToday);
}

QTEST_GUILESS_MAIN(TestTaskService)
#include "tst_taskservice.moc"
