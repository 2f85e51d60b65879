// The Activity tab: posting a comment from the keyboard, comment text shown literally, the history in sentences,
// and what changed between two submissions.

#include "activity/ActivityTab.h"
#include "core/TestDatabase.h"
#include "deals/DealSession.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"
#include "workflow/CommentService.h"
#include "workflow/SnapshotService.h"

#include <QApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace handoff;

namespace {

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, support;
    Deal deal;

    World()
    {
        rep = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Sam Seller"), QStringLiteral("sam@example.com"), Role::Sales, true});
        support = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Dana Reyes"), QStringLiteral("dana@example.com"), Role::Support, true});
        const qint64 account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        Deal d;
        d.accountId = account;
        d.title = QStringLiteral("Acme rollout");
        d.closedOn = QDate(2026, 3, 1);
        d.salesRepId = rep.id;
        deal = *Seed<DealStore>(db, rep.id).create(d);
    }

    // Stores the deal as submitted, as the submit transition does.
    void submit()
    {
        auto work = UnitOfWork::begin(db, rep.id);
        QVERIFY(work);
        QVERIFY(SnapshotService(db).record(*work, deal.id));
        QVERIFY(work->commit());
    }
};

void showActive(QWidget& widget)
{
    widget.resize(900, 600);
    widget.show();
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
}

} // namespace

class TestActivityTab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void postACommentWithCtrlReturn()
    {
        World w;
        DealSession session(w.db, w.support, w.deal.id);
        ActivityTab tab(session);
        showActive(tab);
        auto* compose = tab.findChild<QPlainTextEdit*>(QStringLiteral("commentEdit"));
        auto* post = tab.findChild<QPushButton*>(QStringLiteral("postButton"));
        auto* thread = tab.findChild<QTextBrowser*>(QStringLiteral("commentThread"));
        QVERIFY(compose && post && thread);
        QVERIFY(!post->isEnabled()); // nothing to post yet

        compose->setFocus();
        QTest::keyClicks(compose, QStringLiteral("Who is the billing contact?"));
        QVERIFY(post->isEnabled());
        QTest::keyClick(compose, Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(CommentService(w.db).forDeal(w.deal.id)->size(), 1);
        QVERIFY(thread->toPlainText().contains(QStringLiteral("Who is the billing contact?")));
        QVERIFY(thread->toPlainText().contains(QStringLiteral("Dana Reyes")));
        QVERIFY(compose->toPlainText().isEmpty());
        QCOMPARE(session.undoStack()->count(), 0); // a comment is said, not undone

        // The history tells it, newest at the bottom.
        auto* history = tab.findChild<QListWidget*>(QStringLiteral("historyList"));
        QVERIFY(history);
        QCOMPARE(history->count(), 2);
        QVERIFY(history->item(0)->text().endsWith(QStringLiteral("Sam Seller created the deal 'Acme rollout'")));
        QVERIFY(history->item(1)->text().endsWith(QStringLiteral("Dana Reyes added a comment")));
    }

    void commentTextIsShownLiterally()
    {
        World w;
        QVERIFY(
            CommentService(w.db).add(w.rep, w.deal.id, QStringLiteral("<b>x</b> & <img src=\"file:///etc/passwd\">")));
        DealSession session(w.db, w.support, w.deal.id);
        ActivityTab tab(session);
        auto* thread = tab.findChild<QTextBrowser*>(QStringLiteral("commentThread"));
        QVERIFY(thread->toPlainText().contains(QStringLiteral("<b>x</b> & <img src=\"file:///etc/passwd\">")));
        QVERIFY(!thread->toHtml().contains(QStringLiteral("<img")));
    }

    void aRefusedCommentStaysInTheBox()
    {
        World w;
        User gone = w.rep;
        gone.active = false;
        DealSession session(w.db, gone, w.deal.id);
        ActivityTab tab(session);
        showActive(tab);
        auto* compose = tab.findChild<QPlainTextEdit*>(QStringLiteral("commentEdit"));
        compose->setFocus();
        QTest::keyClicks(compose, QStringLiteral("Hello"));
        QTimer::singleShot(0, this, [] {
            if (QWidget* box = QApplication::activeModalWidget()) {
                box->close();
            }
        });
        QTest::mouseClick(tab.findChild<QPushButton*>(QStringLiteral("postButton")), Qt::LeftButton);
        QCOMPARE(compose->toPlainText(), QStringLiteral("Hello"));
        QVERIFY(CommentService(w.db).forDeal(w.deal.id)->isEmpty());
    }

    void aResubmittedDealShowsWhatChanged()
    {
        World w;
        DealSession session(w.db, w.support, w.deal.id);
        ActivityTab tab(session);
        showActive(tab);
        auto* box = tab.findChild<QWidget*>(QStringLiteral("changesBox"));
        QVERIFY(box);
        QVERIFY(!box->isVisible()); // never submitted

        w.submit();
        Deal renamed = *DealStore(w.db).get(w.deal.id);
        renamed.title = QStringLiteral("Acme global rollout");
        QVERIFY(Seed<DealStore>(w.db).update(renamed));
        w.submit();
        session.notifyChanged();

        QVERIFY(box->isVisible());
        auto* changes = tab.findChild<QTreeWidget*>(QStringLiteral("changesList"));
        QCOMPARE(changes->topLevelItemCount(), 1);
        const QTreeWidgetItem* change = changes->topLevelItem(0);
        QCOMPARE(change->text(1), QStringLiteral("Title"));
        QCOMPARE(change->text(2), QStringLiteral("Acme rollout → Acme global rollout"));
    }
};

QTEST_MAIN(TestActivityTab)
#include "tst_activitytab.moc"
