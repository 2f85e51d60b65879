// A person's inbox, as each of them meets it: the sales rep learns that support returned or accepted a handoff and
// asked about a promise; the support rep learns the answer; both see what falls due within a week; a comment that
// says @name reaches that person. Nobody's inbox tells them what they did themselves, and what they read stays read.

#include "PromiseTestWorld.h"
#include "workflow/CommentService.h"
#include "workflow/HandoffWorkflow.h"
#include "workflow/Inbox.h"
#include "workflow/PromiseService.h"

using namespace handoff;
using namespace promisetest;

namespace {

QList<InboxItem> inboxOf(World& w, const QString& who)
{
    auto items = Inbox(w.db).itemsOf(w.user(who), kToday);
    if (!items) {
        qWarning("%s", qPrintable(items.error().fullText()));
        return {};
    }
    return *items;
}

QStringList kinds(const QList<InboxItem>& items)
{
    QStringList found;
    for (const InboxItem& item : items) {
        found.append(Inbox::kindLabel(item.kind));
    }
    return found;
}

qint64 addTask(World& w, qint64 dealId, const QString& title, const QString& assignee, QDate due,
               TaskStatus status = TaskStatus::Todo)
{
    FulfilmentTask task;
    task.dealId = dealId;
    task.title = title;
    task.assigneeId = w.user(assignee).id;
    task.dueOn = due;
    task.status = status;
    return Seed<TaskStore>(w.db).create(task)->id;
}

} // namespace

class TestInbox : public QObject {
    Q_OBJECT

private slots:
    void emptyForANewTeam();
    void salesRepHearsOfReturnsQuestionsAndAcceptance();
    void supportHearsTheAnswer();
    void newsOlderThanAMonthIsLeftOut();
    void dueSoonAndOverdue();
    void mentionsReachThePersonNamed();
    void readStaysReadAndAMovedDateIsNewsAgain();
};

void TestInbox::emptyForANewTeam()
{
    World w;
    for (const QString& who : {QStringLiteral("rep"), QStringLiteral("support"), QStringLiteral("lead")}) {
        QVERIFY(inboxOf(w, who).isEmpty());
    }
}

void TestInbox::salesRepHearsOfReturnsQuestionsAndAcceptance()
{
    World w;
    const qint64 returned = w.deal(HandoffState::Submitted);
    QVERIFY(HandoffWorkflow(w.db).returnHandoff(w.user(QStringLiteral("support")), returned,
                                                ReturnReason::MissingInformation,
                                                QStringLiteral("billing contact missing")));
    const qint64 asked = w.deal(HandoffState::Submitted);
    const Promise promise = w.seed(asked);
    QVERIFY(PromiseService(w.db).review(w.user(QStringLiteral("support")), promise.id, ReviewStatus::NeedsClarification,
                                        QStringLiteral("Which Okta tenant?")));

    const QList<InboxItem> rep = inboxOf(w, QStringLiteral("rep"));
    QCOMPARE(kinds(rep), (QStringList{Inbox::kindLabel(InboxItem::Kind::Clarification),
                                      Inbox::kindLabel(InboxItem::Kind::Returned)}));
    QCOMPARE(rep.at(1).dealId, returned);
    QVERIFY2(rep.at(1).text.contains(QLatin1String("Sam Support")), qPrintable(rep.at(1).text));
    QVERIFY2(rep.at(1).text.contains(QLatin1String("billing contact missing")), qPrintable(rep.at(1).text));
    QCOMPARE(rep.at(0).dealId, asked);
    QCOMPARE(rep.at(0).dealTitle, QStringLiteral("Acme rollout"));
    QCOMPARE(Inbox::unreadCount(rep), 2);

    // Another rep's deals, and support's own steps, are not their news.
    QVERIFY(inboxOf(w, QStringLiteral("other rep")).isEmpty());
    QVERIFY(inboxOf(w, QStringLiteral("support")).isEmpty());
}

void TestInbox::supportHearsTheAnswer()
{
    World w;
    const qint64 deal = w.deal(HandoffState::Submitted);
    const Promise promise = w.seed(deal);
    QVERIFY(PromiseService(w.db).review(w.user(QStringLiteral("support")), promise.id, ReviewStatus::NeedsClarification,
                                        QStringLiteral("Which Okta tenant?")));
    QVERIFY(PromiseService(w.db).answerClarification(w.user(QStringLiteral("rep")), promise.id,
                                                     QStringLiteral("acme.okta.com")));
    const QList<InboxItem> support = inboxOf(w, QStringLiteral("support"));
    QCOMPARE(kinds(support), QStringList{Inbox::kindLabel(InboxItem::Kind::Answered)});
    QVERIFY2(support.first().text.contains(QLatin1String("acme.okta.com")), qPrintable(support.first().text));
    // The reviewer asked; the other support rep did not.
    QVERIFY(inboxOf(w, QStringLiteral("other support")).isEmpty());
}

void TestInbox::newsOlderThanAMonthIsLeftOut()
{
    World w;
    const qint64 deal = w.deal(HandoffState::Submitted);
    w.db.setClock([] { return QDateTime(kToday.addDays(-Inbox::kNewsDays - 1), QTime(12, 0), Qt::LocalTime); });
    QVERIFY(HandoffWorkflow(w.db).returnHandoff(w.user(QStringLiteral("support")), deal, ReturnReason::UnclearScope,
                                                QStringLiteral("long ago")));
    QVERIFY(CommentService(w.db).add(w.user(QStringLiteral("support")), deal, QStringLiteral("@rita long ago")));
    QVERIFY(inboxOf(w, QStringLiteral("rep")).isEmpty());
    w.db.setClock([] { return QDateTime(kToday.addDays(-Inbox::kNewsDays + 1), QTime(12, 0), Qt::LocalTime); });
    QVERIFY(CommentService(w.db).add(w.user(QStringLiteral("support")), deal, QStringLiteral("@rita this month")));
    QCOMPARE(kinds(inboxOf(w, QStringLiteral("rep"))), QStringList{Inbox::kindLabel(InboxItem::Kind::Mention)});
}

void TestInbox::dueSoonAndOverdue()
{
    World w;
    const qint64 deal = w.deal(HandoffState::Accepted);
    w.seed(deal, ReviewStatus::Accepted, Fulfilment::Open, kToday.addDays(3));
    w.seed(deal, ReviewStatus::Accepted, Fulfilment::Open, kToday.addDays(30));     // not soon
    w.seed(deal, ReviewStatus::Accepted, Fulfilment::Fulfilled, kToday.addDays(2)); // done
    addTask(w, deal, QStringLiteral("Configure SSO"), QStringLiteral("support"), kToday.addDays(-1));
    addTask(w, deal, QStringLiteral("Send welcome pack"), QStringLiteral("support"), kToday.addDays(1),
            TaskStatus::Done);
    addTask(w, deal, QStringLiteral("Kick-off call"), QStringLiteral("other support"), kToday);
    // Long overdue: old news, for the task list, not the inbox.
    addTask(w, deal, QStringLiteral("Archive the old tool"), QStringLiteral("support"),
            kToday.addDays(-Inbox::kNewsDays - 1));

    const QList<InboxItem> support = inboxOf(w, QStringLiteral("support"));
    QCOMPARE(kinds(support),
             (QStringList{Inbox::kindLabel(InboxItem::Kind::TaskDue), Inbox::kindLabel(InboxItem::Kind::PromiseDue)}));
    QVERIFY2(support.at(0).text.contains(QLatin1String("Configure SSO")), qPrintable(support.at(0).text));
    QVERIFY2(support.at(0).text.contains(QLatin1String("overdue")), qPrintable(support.at(0).text));
    QCOMPARE(support.at(1).dueOn, kToday.addDays(3));
    // The rep sold it: the promise is theirs to watch too, the task is not.
    QCOMPARE(kinds(inboxOf(w, QStringLiteral("rep"))), QStringList{Inbox::kindLabel(InboxItem::Kind::PromiseDue)});
    QCOMPARE(kinds(inboxOf(w, QStringLiteral("other support"))),
             QStringList{Inbox::kindLabel(InboxItem::Kind::TaskDue)});
}

void TestInbox::mentionsReachThePersonNamed()
{
    World w;
    const qint64 deal = w.deal(HandoffState::Submitted);
    CommentService comments(w.db);
    QVERIFY(comments.add(w.user(QStringLiteral("rep")), deal,
                         QStringLiteral("@Sam can you check SSO? (mail rita@example.com, not @nobody)")));
    QVERIFY(comments.add(w.user(QStringLiteral("support")), deal, QStringLiteral("Sure, @sam will do it")));

    const QList<InboxItem> support = inboxOf(w, QStringLiteral("support"));
    QCOMPARE(kinds(support), QStringList{Inbox::kindLabel(InboxItem::Kind::Mention)});
    QVERIFY2(support.first().text.startsWith(QLatin1String("Rita Rep: @Sam can you")),
             qPrintable(support.first().text));
    // An email address mentions nobody; nor does a name nobody has.
    QVERIFY(inboxOf(w, QStringLiteral("rep")).isEmpty());
    QCOMPARE(Inbox::mentionedIn(w.db, QStringLiteral("@lee and @omar.")).value(),
             (QList<qint64>{w.user(QStringLiteral("other rep")).id, w.user(QStringLiteral("lead")).id}));
}

void TestInbox::readStaysReadAndAMovedDateIsNewsAgain()
{
    World w;
    const qint64 deal = w.deal(HandoffState::Accepted);
    Promise promise = w.seed(deal, ReviewStatus::Accepted, Fulfilment::Open, kToday.addDays(2));
    QList<InboxItem> rep = inboxOf(w, QStringLiteral("rep"));
    QCOMPARE(Inbox::unreadCount(rep), 1);
    QVERIFY(Inbox::markRead(w.db, w.user(QStringLiteral("rep")), {rep.first().key}));
    QVERIFY(Inbox::markRead(w.db, w.user(QStringLiteral("rep")), {rep.first().key})); // twice: no harm
    QCOMPARE(Inbox::unreadCount(inboxOf(w, QStringLiteral("rep"))), 0);
    // Read for the rep, not for the support owner.
    QCOMPARE(Inbox::unreadCount(inboxOf(w, QStringLiteral("support"))), 1);

    promise.dueOn = kToday.addDays(5);
    QVERIFY(Seed<PromiseStore>(w.db).update(promise));
    rep = inboxOf(w, QStringLiteral("rep"));
    QCOMPARE(Inbox::unreadCount(rep), 1);
    QVERIFY(Inbox::markRead(w.db, w.user(QStringLiteral("rep")), {rep.first().key}));
    QVERIFY(Inbox::markUnread(w.db, w.user(QStringLiteral("rep")), {rep.first().key}));
    QCOMPARE(Inbox::unreadCount(inboxOf(w, QStringLiteral("rep"))), 1);
}

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
