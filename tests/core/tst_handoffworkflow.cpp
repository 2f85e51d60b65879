// The handoff state machine: who may take each step from which state, the guards with every reason at once, exactly
// one audit row per transition and nothing written on refusal, the snapshot and the tasks that transitions leave.

#include "ChecklistFill.h"
#include "TestDatabase.h"
#include "model/Labels.h"
#include "storage/AuditLog.h"
#include "storage/Settings.h"
#include "storage/Stores.h"
#include "workflow/HandoffWorkflow.h"

#include <QSqlQuery>

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

// A team, an account and one deal, filled in as far as a test asks.
struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, otherRep, support, otherSupport, lead, inactiveLead;
    qint64 dealId = 0;
    qint64 contactId = 0;

    World()
    {
        db.setClock([] { return kNow; });
        rep = user(QStringLiteral("Sam Seller"), Role::Sales);
        otherRep = user(QStringLiteral("Olga Other"), Role::Sales);
        support = user(QStringLiteral("Dana Reyes"), Role::Support);
        otherSupport = user(QStringLiteral("Sven Second"), Role::Support);
        lead = user(QStringLiteral("Lee Lead"), Role::Lead);
        inactiveLead = user(QStringLiteral("Ivy Gone"), Role::Lead, false);
        const qint64 accountId = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        Deal deal;
        deal.accountId = accountId;
        deal.title = QStringLiteral("Acme rollout");
        deal.closedOn = kToday.addDays(-2);
        deal.salesRepId = rep.id;
        dealId = Seed<DealStore>(db).create(deal)->id;
        contactId =
            Seed<ContactStore>(db)
                .create(Contact{0, 0, accountId, QStringLiteral("Carla Customer"), {}, {}, {}, Channel::Email, {}})
                ->id;
    }

    User user(const QString& name, Role role, bool active = true)
    {
        const QString email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
        return *Seed<UserStore>(db).create(User{0, 0, name, email, role, active});
    }

    void addContact()
    {
        QVERIFY(succeeded(Seed<DealContactStore>(db).create({0, 0, dealId, contactId, ContactRole::Billing})));
    }

    // Answers every required checklist item with a value that fits its kind.
    void completeChecklist() { QVERIFY(succeeded(answerRequiredItems(db, dealId, contactId, kNow))); }

    Promise addPromise(const QString& description, QDate due, ReviewStatus review = ReviewStatus::Pending,
                       Fulfilment fulfilment = Fulfilment::Open)
    {
        Promise p;
        p.dealId = dealId;
        p.kind = PromiseKind::Training;
        p.description = description;
        p.dueOn = due;
        p.promisedById = rep.id;
        p.reviewStatus = review;
        p.fulfilment = fulfilment;
        return *Seed<PromiseStore>(db).create(p);
    }

    void setState(HandoffState state, qint64 ownerId = 0)
    {
        QVERIFY(succeeded(db.exec(QStringLiteral("UPDATE deals SET state = ?, support_owner_id = ? WHERE id = ?"),
                                  {toKey(state), ownerId == 0 ? QVariant() : QVariant(ownerId), dealId})));
    }

    Deal deal() { return *DealStore(db).get(dealId); }
    int count(const QString& table) { return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table)->toInt(); }
    QList<AuditEntry> audit() { return *AuditLog(db).forDeal(dealId); }
};

// What a refusal must leave untouched: the deal row, the audit log, snapshots and tasks.
struct Footprint {
    int version, auditRows, snapshots, tasks;
    QString state;
    explicit Footprint(World& w)
        : version(w.deal().version)
        , auditRows(w.count(QStringLiteral("audit_log")))
        , snapshots(w.count(QStringLiteral("handoff_snapshots")))
        , tasks(w.count(QStringLiteral("tasks")))
        , state(toKey(w.deal().state))
    {}
    bool operator==(const Footprint&) const = default;
};

Result<Deal> run(World& w, const User& actor, HandoffAction action)
{
    HandoffWorkflow flow(w.db);
    switch (action) {
    case HandoffAction::Submit:
        return flow.submit(actor, w.dealId);
    case HandoffAction::Return:
        return flow.returnHandoff(actor, w.dealId, ReturnReason::MissingInformation,
                                  QStringLiteral("billing contact missing"));
    case HandoffAction::Accept:
        return flow.accept(actor, w.dealId);
    case HandoffAction::Cancel:
        return flow.cancel(actor, w.dealId, QStringLiteral("customer withdrew"));
    case HandoffAction::MarkFulfilled:
        return flow.markFulfilled(actor, w.dealId);
    }
    return makeError(Error::Code::Invalid, QString());
}

const char* const kActionKeys[] = {"submit", "return", "accept", "cancel", "fulfil"};

} // namespace

class TestHandoffWorkflow : public QObject {
    Q_OBJECT

private slots:
    void transitionTable_data();
    void transitionTable();
    void submitListsEveryReasonAtOnce();
    void submitAllowsNoPromisesAndStoresNumberedSnapshots();
    void returnNeedsANoteAndRecordsTheReasonCode();
    void cancelNeedsAReason();
    void acceptListsEveryUnresolvedPromise();
    void acceptGeneratesTasks_data();
    void acceptGeneratesTasks();
    void fulfilledNeedsEveryPromiseAndTask();
    void overrideNeedsALeadAndAReason();
    void overrideSkipsGuardsButNotTheStateGraph();
    void staleWindowIsRefusedAfterAnotherChange();
    void allowedActionsFollowTheRules();
    void theWholeStoryIsInTheAuditLog();
};

// Every action from every state by every kind of actor, on a deal whose guards pass, so that only role and state
// decide. The expectations are written out here, not derived from the code under test.
void TestHandoffWorkflow::transitionTable_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("expected"); // "ok:<new state>", "forbidden", "invalid"

    struct Rule {
        HandoffAction action;
        QStringList from;
        QStringList actors;
        const char* to;
    };
    const QList<Rule> rules{
        {HandoffAction::Submit,
         {QStringLiteral("draft"), QStringLiteral("returned")},
         {QStringLiteral("rep"), QStringLiteral("lead")},
         "submitted"},
        {HandoffAction::Return,
         {QStringLiteral("submitted")},
         {QStringLiteral("support"), QStringLiteral("otherSupport"), QStringLiteral("lead")},
         "returned"},
        {HandoffAction::Accept,
         {QStringLiteral("submitted")},
         {QStringLiteral("support"), QStringLiteral("otherSupport"), QStringLiteral("lead")},
         "accepted"},
        {HandoffAction::Cancel,
         {QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("returned")},
         {QStringLiteral("rep"), QStringLiteral("lead")},
         "cancelled"},
        {HandoffAction::MarkFulfilled,
         {QStringLiteral("accepted")},
         {QStringLiteral("support"), QStringLiteral("lead")},
         "fulfilled"},
    };
    const QStringList actors{QStringLiteral("rep"),     QStringLiteral("otherRep"),
                             QStringLiteral("support"), QStringLiteral("otherSupport"),
                             QStringLiteral("lead"),    QStringLiteral("inactiveLead")};
    for (const Rule& rule : rules) {
        for (HandoffState state : allValues<HandoffState>()) {
            for (const QString& actor : actors) {
                // "support" owns the deal from acceptance on; before that nobody does.
                const bool owns = actor == QLatin1String("support") &&
                                  (state == HandoffState::Accepted || state == HandoffState::Fulfilled);
                QString expected;
                if (!rule.actors.contains(actor) ||
                    (rule.action == HandoffAction::MarkFulfilled && actor == QLatin1String("support") && !owns)) {
                    expected = QStringLiteral("forbidden");
                } else if (!rule.from.contains(toKey(state))) {
                    expected = QStringLiteral("invalid");
                } else {
                    expected = QStringLiteral("ok:") + QLatin1String(rule.to);
                }
                QTest::addRow("%s from %s by %s", kActionKeys[int(rule.action)], qPrintable(toKey(state)),
                              qPrintable(actor))
                    << int(state) << int(rule.action) << actor << expected;
            }
        }
    }
}

void TestHandoffWorkflow::transitionTable()
{
    QFETCH(int, from);
    QFETCH(int, action);
    QFETCH(QString, actor);
    QFETCH(QString, expected);

    World w;
    w.addContact();
    w.completeChecklist();
    const auto state = HandoffState(from);
    // Accepted: the promise is kept and its task done, so fulfilling may pass; before that it is reviewed and open.
    const bool accepted = state == HandoffState::Accepted || state == HandoffState::Fulfilled;
    const Promise promise = w.addPromise(QStringLiteral("Admin training"), kToday.addDays(30), ReviewStatus::Accepted,
                                         accepted ? Fulfilment::Fulfilled : Fulfilment::Open);
    if (accepted) {
        QVERIFY(succeeded(Seed<TaskStore>(w.db).create(
            {0, 0, w.dealId, promise.id, QStringLiteral("Train admins"), w.support.id, {}, TaskStatus::Done, kToday})));
    }
    w.setState(state, accepted ? w.support.id : 0);
    const QMap<QString, User> users{
        {QStringLiteral("rep"), w.rep},         {QStringLiteral("otherRep"), w.otherRep},
        {QStringLiteral("support"), w.support}, {QStringLiteral("otherSupport"), w.otherSupport},
        {QStringLiteral("lead"), w.lead},       {QStringLiteral("inactiveLead"), w.inactiveLead}};
    const Footprint before(w);
    const int dealRows = w.audit().size();

    const auto result = run(w, users.value(actor), HandoffAction(action));

    if (expected.startsWith(QLatin1String("ok:"))) {
        QVERIFY(succeeded(result));
        const QString to = expected.mid(3);
        QCOMPARE(toKey(result->state), to);
        QCOMPARE(toKey(w.deal().state), to);
        QCOMPARE(w.deal().version, before.version + 1);
        const auto audit = w.audit();
        QCOMPARE(audit.size(), dealRows + 1);
        QCOMPARE(w.count(QStringLiteral("audit_log")), before.auditRows + 1);
        const AuditEntry& entry = audit.constLast();
        QCOMPARE(entry.action, QLatin1String(kActionKeys[action]));
        QCOMPARE(entry.entity, QStringLiteral("deals"));
        QCOMPARE(entry.field, QStringLiteral("state"));
        QCOMPARE(entry.oldValue, toKey(state));
        QCOMPARE(entry.newValue, to);
        QCOMPARE(entry.actorId, users.value(actor).id);
        return;
    }
    QVERIFY(!result);
    QVERIFY(!result.error().details.isEmpty());
    if (expected == QLatin1String("forbidden")) {
        QCOMPARE(result.error().code, Error::Code::Forbidden);
        const QString reason = result.error().details.join(QLatin1Char('\n'));
        QVERIFY2(reason.contains(QLatin1String("Only")) || reason.contains(QLatin1String("inactive")),
                 qPrintable(reason));
    } else {
        QCOMPARE(result.error().code, Error::Code::Invalid);
        QCOMPARE(result.error().details.size(), 1);
        QVERIFY2(result.error().details.constFirst().contains(Labels::of(state)),
                 qPrintable(result.error().details.constFirst()));
    }
    QVERIFY(Footprint(w) == before);
}

void TestHandoffWorkflow::submitListsEveryReasonAtOnce()
{
    World w;
    w.addPromise(QStringLiteral("Nightly export"), QDate());
    Promise blocked = w.addPromise(QStringLiteral("SAML single sign-on"), kToday.addDays(10));
    blocked.feasibility = Feasibility::Blocked;
    blocked.feasibilityReason = QStringLiteral("'SAML single sign-on' is not offered");
    QVERIFY(succeeded(Seed<PromiseStore>(w.db).update(blocked)));
    const Footprint before(w);

    const auto result = HandoffWorkflow(w.db).submit(w.rep, w.dealId);

    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Invalid);
    const QStringList details = result.error().details;
    const int required =
        w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_items WHERE required = 1"))->toInt();
    QVERIFY(required > 10);
    QCOMPARE(details.size(), required + 3); // every item, the contact, the due date, the justification
    QVERIFY(details.contains(QStringLiteral("The required checklist item \"Billing contact\" (Stakeholders) is not "
                                            "answered.")));
    QVERIFY(details.contains(QStringLiteral("The deal has no contact; add at least one person support can talk to.")));
    QVERIFY(details.contains(QStringLiteral("Promise \"Nightly export\" has no due date.")));
    QVERIFY(details.contains(QStringLiteral("Promise \"SAML single sign-on\" is blocked ('SAML single sign-on' is "
                                            "not offered) and needs a justification.")));
    QVERIFY(Footprint(w) == before);
    QCOMPARE(HandoffWorkflow(w.db).refusals(w.rep, w.dealId, HandoffAction::Submit), details);
}

void TestHandoffWorkflow::submitAllowsNoPromisesAndStoresNumberedSnapshots()
{
    World w;
    w.addContact();
    w.completeChecklist();
    HandoffWorkflow flow(w.db);
    const auto first = flow.submit(w.rep, w.dealId);
    QVERIFY(succeeded(first));
    QCOMPARE(first->submittedAt, kNow);
    QVERIFY(succeeded(flow.returnHandoff(w.support, w.dealId, ReturnReason::UnclearScope, QStringLiteral("scope?"))));
    QVERIFY(succeeded(flow.submit(w.lead, w.dealId)));
    auto snapshots = SnapshotStore(w.db).where(QStringLiteral("deal_id = ?"), {w.dealId}, QStringLiteral("id"));
    QVERIFY(succeeded(snapshots));
    QCOMPARE(snapshots->size(), 2);
    QCOMPARE(snapshots->at(0).submissionNo, 1);
    QCOMPARE(snapshots->at(0).submittedById, w.rep.id);
    QCOMPARE(snapshots->at(1).submissionNo, 2);
    QCOMPARE(snapshots->at(1).submittedById, w.lead.id);
    QVERIFY(snapshots->at(1).content.contains("Acme rollout"));
}

void TestHandoffWorkflow::returnNeedsANoteAndRecordsTheReasonCode()
{
    World w;
    w.setState(HandoffState::Submitted);
    HandoffWorkflow flow(w.db);
    const Footprint before(w);
    const auto refused =
        flow.returnHandoff(w.support, w.dealId, ReturnReason::MissingInformation, QStringLiteral("  "));
    QVERIFY(!refused);
    QCOMPARE(refused.error().details, QStringList{QStringLiteral("Write a note that tells sales what to fix.")});
    QVERIFY(Footprint(w) == before);

    QVERIFY(succeeded(flow.returnHandoff(w.support, w.dealId, ReturnReason::MissingInformation,
                                         QStringLiteral("billing contact missing"))));
    QCOMPARE(w.audit().constLast().reason, QStringLiteral("missing_information: billing contact missing"));
}

void TestHandoffWorkflow::cancelNeedsAReason()
{
    World w;
    const Footprint before(w);
    const auto refused = HandoffWorkflow(w.db).cancel(w.rep, w.dealId, QString());
    QVERIFY(!refused);
    QCOMPARE(refused.error().details, QStringList{QStringLiteral("Give the reason the handoff is cancelled.")});
    QVERIFY(Footprint(w) == before);
    QVERIFY(succeeded(HandoffWorkflow(w.db).cancel(w.rep, w.dealId, QStringLiteral("duplicate of deal 7"))));
    QCOMPARE(w.audit().constLast().reason, QStringLiteral("duplicate of deal 7"));
}

void TestHandoffWorkflow::acceptListsEveryUnresolvedPromise()
{
    World w;
    w.addPromise(QStringLiteral("Pending one"), kToday.addDays(20));
    w.addPromise(QStringLiteral("Unclear one"), kToday.addDays(20), ReviewStatus::NeedsClarification);
    w.addPromise(QStringLiteral("Impossible one"), kToday.addDays(20), ReviewStatus::CannotFulfil);
    w.addPromise(QStringLiteral("Waived one"), kToday.addDays(20), ReviewStatus::CannotFulfil, Fulfilment::Waived);
    w.addPromise(QStringLiteral("Fine one"), kToday.addDays(20), ReviewStatus::Accepted);
    w.setState(HandoffState::Submitted);
    const Footprint before(w);

    const auto result = HandoffWorkflow(w.db).accept(w.support, w.dealId);

    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Invalid);
    QCOMPARE(result.error().details,
             QStringList({QStringLiteral("Promise \"Pending one\" has not been reviewed."),
                          QStringLiteral("Promise \"Unclear one\" waits for sales to clarify it."),
                          QStringLiteral("Promise \"Impossible one\" cannot be fulfilled: a lead must waive it or "
                                         "sales must renegotiate it.")}));
    QVERIFY(Footprint(w) == before);
}

void TestHandoffWorkflow::acceptGeneratesTasks_data()
{
    QTest::addColumn<int>("buffer"); // -1: the default
    QTest::addColumn<int>("dueInDays");
    QTest::addColumn<int>("taskDueInDays");

    QTest::newRow("default buffer of 5 days") << -1 << 30 << 25;
    QTest::newRow("buffer ends exactly today") << -1 << 5 << 0;
    QTest::newRow("buffer would be in the past") << -1 << 3 << 0;
    QTest::newRow("promise due today") << -1 << 0 << 0;
    QTest::newRow("promise already past due") << -1 << -4 << 0;
    QTest::newRow("configured buffer of 10 days") << 10 << 30 << 20;
    QTest::newRow("no buffer") << 0 << 7 << 7;
}

void TestHandoffWorkflow::acceptGeneratesTasks()
{
    QFETCH(int, buffer);
    QFETCH(int, dueInDays);
    QFETCH(int, taskDueInDays);

    World w;
    if (buffer >= 0) {
        QVERIFY(succeeded(Settings(w.db).setDueDateBufferDays(w.lead, buffer)));
    }
    const Promise kept =
        w.addPromise(QStringLiteral("Admin training"), kToday.addDays(dueInDays), ReviewStatus::Accepted);
    w.addPromise(QStringLiteral("Waived SSO"), kToday.addDays(40), ReviewStatus::CannotFulfil, Fulfilment::Waived);
    w.setState(HandoffState::Submitted);
    const int auditRows = w.count(QStringLiteral("audit_log"));

    const auto accepted = HandoffWorkflow(w.db).accept(w.support, w.dealId);

    QVERIFY(succeeded(accepted));
    QCOMPARE(accepted->supportOwnerId, w.support.id);
    QCOMPARE(accepted->acceptedAt, kNow);
    const auto tasks = TaskStore(w.db).where(QStringLiteral("deal_id = ?"), {w.dealId});
    QCOMPARE(tasks->size(), 1);
    const FulfilmentTask& task = tasks->constFirst();
    QCOMPARE(task.title, QStringLiteral("Deliver: Admin training"));
    QCOMPARE(task.promiseId, kept.id);
    QCOMPARE(task.assigneeId, w.support.id);
    QCOMPARE(task.status, TaskStatus::Todo);
    QCOMPARE(task.dueOn, kToday.addDays(taskDueInDays));
    QCOMPARE(w.count(QStringLiteral("audit_log")), auditRows + 1);
    QCOMPARE(w.audit().constLast().reason, QStringLiteral("generated 1 tasks"));
}

void TestHandoffWorkflow::fulfilledNeedsEveryPromiseAndTask()
{
    World w;
    Promise open = w.addPromise(QStringLiteral("Open one"), kToday.addDays(20), ReviewStatus::Accepted);
    w.addPromise(QStringLiteral("Broken one"), kToday.addDays(-1), ReviewStatus::Accepted, Fulfilment::Broken);
    w.addPromise(QStringLiteral("Waived one"), kToday.addDays(20), ReviewStatus::CannotFulfil, Fulfilment::Waived);
    w.addPromise(QStringLiteral("Kept one"), kToday.addDays(20), ReviewStatus::Accepted, Fulfilment::Fulfilled);
    FulfilmentTask task = *Seed<TaskStore>(w.db).create(
        {0, 0, w.dealId, open.id, QStringLiteral("Call the admin"), w.support.id, kToday, TaskStatus::Todo, {}});
    w.setState(HandoffState::Accepted, w.support.id);
    const Footprint before(w);

    const auto refused = HandoffWorkflow(w.db).markFulfilled(w.support, w.dealId);
    QVERIFY(!refused);
    QCOMPARE(refused.error().details,
             QStringList({QStringLiteral("Promise \"Open one\" is not fulfilled yet."),
                          QStringLiteral("Promise \"Broken one\" was broken; only fulfilled or waived promises close "
                                         "a handoff."),
                          QStringLiteral("Task \"Call the admin\" is not done.")}));
    QVERIFY(Footprint(w) == before);

    QVERIFY(succeeded(w.db.exec(QStringLiteral("UPDATE promises SET fulfilment = 'fulfilled' WHERE deal_id = ? AND "
                                               "fulfilment IN ('open', 'broken')"),
                                {w.dealId})));
    task.status = TaskStatus::Done;
    QVERIFY(succeeded(Seed<TaskStore>(w.db).update(task)));
    QVERIFY(succeeded(HandoffWorkflow(w.db).markFulfilled(w.support, w.dealId)));
    QCOMPARE(w.deal().state, HandoffState::Fulfilled);
}

void TestHandoffWorkflow::overrideNeedsALeadAndAReason()
{
    World w; // a bare draft: nothing answered, no contact
    HandoffWorkflow flow(w.db);
    const Footprint before(w);
    for (const User& notLead : {w.rep, w.support, w.inactiveLead}) {
        const auto refused = flow.override(notLead, w.dealId, HandoffAction::Submit, QStringLiteral("trust me"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
    }
    const auto noReason = flow.override(w.lead, w.dealId, HandoffAction::Submit, QStringLiteral(" "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().details,
             QStringList{QStringLiteral("An override needs a reason; it is kept in the deal's history.")});
    QVERIFY(Footprint(w) == before);

    QVERIFY(succeeded(flow.override(w.lead, w.dealId, HandoffAction::Submit, QStringLiteral("customer call today"))));
    QCOMPARE(w.deal().state, HandoffState::Submitted);
    QCOMPARE(w.count(QStringLiteral("handoff_snapshots")), 1);
    QCOMPARE(w.count(QStringLiteral("audit_log")), before.auditRows + 1);
    const AuditEntry entry = w.audit().constLast();
    QCOMPARE(entry.action, QStringLiteral("override"));
    QCOMPARE(entry.oldValue, QStringLiteral("draft"));
    QCOMPARE(entry.newValue, QStringLiteral("submitted"));
    QCOMPARE(entry.reason, QStringLiteral("customer call today"));
    QCOMPARE(entry.actorId, w.lead.id);
}

void TestHandoffWorkflow::overrideSkipsGuardsButNotTheStateGraph()
{
    World w;
    w.addPromise(QStringLiteral("Pending one"), kToday.addDays(20));
    w.addPromise(QStringLiteral("Accepted one"), kToday.addDays(20), ReviewStatus::Accepted);
    w.setState(HandoffState::Submitted);
    HandoffWorkflow flow(w.db);
    QVERIFY(!flow.accept(w.lead, w.dealId));
    const auto forced = flow.override(w.lead, w.dealId, HandoffAction::Accept, QStringLiteral("kickoff is tomorrow"));
    QVERIFY(succeeded(forced));
    QCOMPARE(forced->state, HandoffState::Accepted);
    QCOMPARE(forced->supportOwnerId, w.lead.id);
    QCOMPARE(w.count(QStringLiteral("tasks")), 1); // only the accepted promise becomes a task

    w.setState(HandoffState::Fulfilled, w.lead.id);
    const Footprint before(w);
    for (HandoffAction action : {HandoffAction::Submit, HandoffAction::Return, HandoffAction::Accept,
                                 HandoffAction::Cancel, HandoffAction::MarkFulfilled}) {
        const auto refused = flow.override(w.lead, w.dealId, action, QStringLiteral("reopen"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
    }
    QVERIFY(Footprint(w) == before);
}

void TestHandoffWorkflow::staleWindowIsRefusedAfterAnotherChange()
{
    World w;
    w.addContact();
    w.completeChecklist();
    Database second;
    QVERIFY(succeeded(second.open(w.t.path())));
    QVERIFY(succeeded(HandoffWorkflow(second).submit(w.rep, w.dealId)));
    // The first window still shows a draft; the workflow reads the deal again inside its transaction.
    const auto again = HandoffWorkflow(w.db).submit(w.rep, w.dealId);
    QVERIFY(!again);
    QCOMPARE(again.error().details,
             QStringList{QStringLiteral("The handoff is \"Submitted\"; only a draft or a returned handoff can be "
                                        "submitted.")});
    QCOMPARE(w.count(QStringLiteral("handoff_snapshots")), 1);
}

void TestHandoffWorkflow::allowedActionsFollowTheRules()
{
    World w;
    w.addContact();
    w.completeChecklist();
    w.addPromise(QStringLiteral("Pending one"), kToday.addDays(20));
    HandoffWorkflow flow(w.db);
    QCOMPARE(flow.allowedActions(w.rep, w.dealId),
             QList<HandoffAction>({HandoffAction::Submit, HandoffAction::Cancel}));
    QCOMPARE(flow.allowedActions(w.support, w.dealId), QList<HandoffAction>());
    QVERIFY(succeeded(flow.submit(w.rep, w.dealId)));
    // Accept waits for the review of the pending promise.
    QCOMPARE(flow.allowedActions(w.support, w.dealId), QList<HandoffAction>{HandoffAction::Return});
    QCOMPARE(flow.refusals(w.support, w.dealId, HandoffAction::Accept),
             QStringList{QStringLiteral("Promise \"Pending one\" has not been reviewed.")});
    QCOMPARE(flow.allowedActions(w.rep, w.dealId), QList<HandoffAction>{HandoffAction::Cancel});
}

void TestHandoffWorkflow::theWholeStoryIsInTheAuditLog()
{
    World w;
    w.addContact();
    w.completeChecklist();
    const Promise promise = w.addPromise(QStringLiteral("Admin training"), kToday.addDays(30));
    HandoffWorkflow flow(w.db);
    QVERIFY(succeeded(flow.submit(w.rep, w.dealId)));
    QVERIFY(
        succeeded(flow.returnHandoff(w.support, w.dealId, ReturnReason::InfeasiblePromise, QStringLiteral("date"))));
    QVERIFY(succeeded(flow.submit(w.rep, w.dealId)));
    QVERIFY(succeeded(
        w.db.exec(QStringLiteral("UPDATE promises SET review_status = 'accepted' WHERE id = ?"), {promise.id})));
    QVERIFY(succeeded(flow.accept(w.support, w.dealId)));
    const FulfilmentTask task = TaskStore(w.db).where(QStringLiteral("deal_id = ?"), {w.dealId})->constFirst();
    QVERIFY(succeeded(
        w.db.exec(QStringLiteral("UPDATE promises SET fulfilment = 'fulfilled' WHERE id = ?"), {promise.id})));
    QVERIFY(succeeded(w.db.exec(QStringLiteral("UPDATE tasks SET status = 'done' WHERE id = ?"), {task.id})));
    QVERIFY(succeeded(flow.markFulfilled(w.support, w.dealId)));

    QStringList story;
    for (const AuditEntry& entry : w.audit()) {
        if (entry.entity == QLatin1String("deals") && entry.field == QLatin1String("state")) {
            story.append(entry.action + QLatin1Char(' ') + entry.oldValue + QStringLiteral("->") + entry.newValue);
        }
    }
    QCOMPARE(story,
             QStringList({QStringLiteral("submit draft->submitted"), QStringLiteral("return submitted->returned"),
                          QStringLiteral("submit returned->submitted"), QStringLiteral("accept submitted->accepted"),
                          QStringLiteral("fulfil accepted->fulfilled")}));
    QCOMPARE(w.deal().version, 1 + 5);
}

QTEST_GUILESS_MAIN(TestHandoffWorkflow)
#include "tst_handoffworkflow.moc"
