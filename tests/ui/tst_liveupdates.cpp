// Live updates in the workstation on a team's server: what another person commits shows within a second in the deal
// list, in place, without losing the user's selection or what they are typing. Runs on the test cluster only
// (tests/ui/CMakeLists.txt registers it as tst_liveupdates_pg): a file has no one else writing to it.

#include "DealFixture.h"
#include "deals/DealListView.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxView.h"
#include "mainwindow/BackgroundFileCheck.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationPanel.h"
#include "mainwindow/Workspace.h"
#include "models/DealListModel.h"
#include "storage/AuditLog.h"
#include "workflow/HandoffWorkflow.h"
#include "workflow/UserService.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>

using namespace handoff;

namespace {

// A change of a deal's title as another person's workstation makes it: the row and its audit entry in one commit.
bool renameElsewhere(const QString& path, qint64 dealId, const QString& title)
{
    Database other;
    if (!other.open(path)) {
        return false;
    }
    auto work = UnitOfWork::begin(other, UnitOfWork::System);
    if (!work || !other.exec(QStringLiteral("UPDATE deals SET title = ?, version = version + 1 WHERE id = ?"),
                             {title, dealId})) {
        return false;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("deals");
    entry.entityId = dealId;
    entry.dealId = dealId;
    entry.field = QStringLiteral("title");
    entry.newValue = title;
    return AuditLog::append(*work, entry).ok() && work->commit().ok();
}

// A deal deleted by another session (as a lead's repair would), with its audit entry.
bool removeElsewhere(const QString& path, qint64 dealId)
{
    Database other;
    if (!other.open(path)) {
        return false;
    }
    auto work = UnitOfWork::begin(other, UnitOfWork::System);
    if (!work || !other.exec(QStringLiteral("DELETE FROM deals WHERE id = ?"), {dealId})) {
        return false;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.entity = QStringLiteral("deals");
    entry.entityId = dealId;
    entry.dealId = dealId;
    return AuditLog::append(*work, entry).ok() && work->commit().ok();
}

} // namespace

class TestLiveUpdates : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(testsRunOnServer(), "tst_liveupdates needs the test cluster (CTest runs it as tst_liveupdates_pg)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HandoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_liveupdates"));
        QSettings().clear();
    }

    void anotherPersonsChangeShowsInPlace()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, 40));
        // fillDeals numbers its people itself, which a server's id sequence does not hear of.
        QVERIFY(t.db.exec(QStringLiteral("INSERT INTO users (id, name, email, role) VALUES (10, 'Lee Lead', "
                                         "'lee@example.com', 'lead')")));
        const auto lead = UserService(t.db).get(10);
        QVERIFY(lead);
        MainWindow window(t.db, *lead);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A server checks its own pages: no file check runs beside the window (it used to report SQLite's
        // PRAGMA quick_check, which a server does not know, as damage).
        QVERIFY(!window.findChild<BackgroundFileCheck*>());
        QTableView* table = window.dealList()->table();
        auto* model = window.dealList()->model();
        QTRY_VERIFY(model->rowCount() > 6);
        table->selectRow(5);
        const qint64 selected = model->dealId(5);
        const qint64 renamed = model->dealId(2);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);

        QVERIFY(renameElsewhere(t.path(), renamed, QStringLiteral("Renamed elsewhere")));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(2, DealListModel::TitleColumn).data().toString(),
                                  QStringLiteral("Renamed elsewhere"), 1000);
        QCOMPARE(reset.count(), 0);
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(model->dealId(rows.constFirst().row()), selected);

        // A deal removed elsewhere leaves the list, and its count says so at once.
        auto* count = window.dealList()->findChild<QLabel*>(QStringLiteral("dealCount"));
        QVERIFY(count);
        const int before = model->rowCount();
        QVERIFY(removeElsewhere(t.path(), renamed));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before - 1, 1000);
        QCOMPARE(count->text(), QStringLiteral("Deals: %1").arg(before - 1));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model->dealId(table->selectionModel()->selectedRows().constFirst().row()), selected);
    }

    // Support returns a handoff on another workstation: the sales rep's inbox says so within a second, with the
    // reason, and opening it from there marks it read.
    void aReturnReachesTheRepsInbox()
    {
        TestDatabase t;
        const User rep = *Seed<UserStore>(t.db).create(
            User{0, 0, QStringLiteral("Rita Rep"), QStringLiteral("rita@example.com"), Role::Sales, true});
        const User support = *Seed<UserStore>(t.db).create(
            User{0, 0, QStringLiteral("Sam Support"), QStringLiteral("sam@example.com"), Role::Support, true});
        Deal deal;
        deal.accountId = Seed<AccountStore>(t.db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        deal.title = QStringLiteral("Acme rollout");
        deal.closedOn = QDate::currentDate();
        deal.salesRepId = rep.id;
        deal.state = HandoffState::Submitted;
        deal.id = Seed<DealStore>(t.db).create(deal)->id;

        MainWindow window(t.db, rep);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidgetItem* inboxPlace = window.navigation()->item(NavigationPanel::Inbox);
        QTRY_COMPARE(inboxPlace->text(), NavigationPanel::name(NavigationPanel::Inbox));

        Database desk;
        QVERIFY(desk.open(t.path()));
        QVERIFY(HandoffWorkflow(desk).returnHandoff(support, deal.id, ReturnReason::MissingInformation,
                                                    QStringLiteral("billing contact missing")));
        QTRY_COMPARE_WITH_TIMEOUT(inboxPlace->text(),
                                  NavigationPanel::name(NavigationPanel::Inbox) + QStringLiteral(" (1)"), 1000);
        QVERIFY(inboxPlace->font().bold());

        window.showPlace(NavigationPanel::Inbox);
        QTreeView* list = window.inbox()->view();
        QTRY_COMPARE(list->model()->rowCount(), 1);
        const QString about = list->model()->index(0, InboxModel::About).data().toString();
        QVERIFY2(about.contains(QLatin1String("Sam Support")) && about.contains(QLatin1String("billing contact")),
                 qPrintable(about));
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(window.workspace()->count(), 2);
        QCOMPARE(inboxPlace->text(), NavigationPanel::name(NavigationPanel::Inbox));
        QVERIFY(!list->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
