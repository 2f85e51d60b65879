// The Tasks tab of the deal editor as support meets it: adding a task, completing it and undoing both; overdue
// tasks marked in a way that does not rely on colour alone; the actions closed to a sales rep and before acceptance,
// with the reason in their tooltips.

#include "PromiseTabWorld.h"
#include "deals/DealSession.h"
#include "promises/StatusIcons.h"
#include "storage/Stores.h"
#include "tasks/OpenTaskModel.h"
#include "tasks/OpenTasksView.h"
#include "tasks/TaskEditorDialog.h"
#include "tasks/TaskTableModel.h"
#include "tasks/TasksTab.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace handoff;
using namespace promisetab;

namespace {

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no %s called %s", T::staticMetaObject.className(), name);
    }
    return found;
}

QString cell(const TasksTab& tab, int row, int column, int role = Qt::DisplayRole)
{
    return tab.model()->index(row, column).data(role).toString();
}

void selectRow(TasksTab& tab, int row)
{
    QTableView* table = tab.table();
    const QRect rect = table->visualRect(tab.model()->index(row, TaskTableModel::TitleColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

QToolButton* toolButton(TasksTab& tab, const char* actionName)
{
    auto* bar = child<QToolBar>(&tab, "taskToolBar");
    auto* action = child<QAction>(&tab, actionName);
    return bar && action ? qobject_cast<QToolButton*>(bar->widgetForAction(action)) : nullptr;
}

} // namespace

class TestTasksTab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void supportAddsCompletesAndUndoes();
    void overdueTasksAreMarked();
    void closedToSalesAndBeforeAcceptance();
    void supportSeesItsWorkAcrossDeals();
};

void TestTasksTab::supportAddsCompletesAndUndoes()
{
    World w;
    MessageGuard messages;
    const qint64 deal = w.deal(HandoffState::Accepted);
    const Promise promise = w.seed(deal, QStringLiteral("Okta single sign-on at go-live"));
    DealSession session(w.db, w.user(QStringLiteral("support")), deal);
    TasksTab tab(session);
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.show();
    QVERIFY(QTest::qWaitForWindowActive(&tab));
    QCOMPARE(tab.model()->rowCount(), 0);

    QToolButton* add = toolButton(tab, "addTaskAction");
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    TaskEditorDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = tab.findChild<TaskEditorDialog*>()) && dialog->isVisible());

    // Without a title it says what is missing and adds nothing.
    auto* save = child<QPushButton>(dialog, "saveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog, "taskTitleError")->isVisible());
    QCOMPARE(tab.model()->rowCount(), 0);

    QTest::keyClicks(child<QLineEdit>(dialog, "taskTitleEdit"), QStringLiteral("Configure Okta with their IT"));
    auto* assignee = child<QComboBox>(dialog, "taskAssigneeCombo");
    // Only active support reps and leads can take tasks.
    QStringList people;
    for (int i = 0; i < assignee->count(); ++i) {
        people.append(assignee->itemText(i));
    }
    QCOMPARE(people,
             QStringList({QStringLiteral("Sam Support (Support rep)"), QStringLiteral("Sol Support (Support rep)"),
                          QStringLiteral("Lee Lead (Team lead)")}));
    QTest::keyClick(assignee, Qt::Key_Down); // Sol
    auto* forPromise = child<QComboBox>(dialog, "taskPromiseCombo");
    QTest::keyClick(forPromise, Qt::Key_Down);
    QCOMPARE(forPromise->currentData().toLongLong(), promise.id);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!tab.findChild<TaskEditorDialog*>());

    QCOMPARE(tab.model()->rowCount(), 1);
    QCOMPARE(cell(tab, 0, TaskTableModel::TitleColumn), QStringLiteral("Configure Okta with their IT"));
    QCOMPARE(cell(tab, 0, TaskTableModel::PromiseColumn), QStringLiteral("Okta single sign-on at go-live"));
    QCOMPARE(cell(tab, 0, TaskTableModel::AssigneeColumn), QStringLiteral("Sol Support"));
    QCOMPARE(cell(tab, 0, TaskTableModel::StatusColumn), QStringLiteral("To do"));

    // Complete it with the keyboard. (The offscreen platform has no window manager to give the window back its
    // activation after the dialog closed.)
    tab.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&tab));
    selectRow(tab, 0);
    QTest::keyClick(tab.table(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(cell(tab, 0, TaskTableModel::StatusColumn), QStringLiteral("Done"));
    QCOMPARE(cell(tab, 0, TaskTableModel::DoneColumn), QLocale().toString(kToday, QLocale::ShortFormat));
    QVERIFY(!toolButton(tab, "completeTaskAction")->isEnabled());

    // Undo takes back the completion, then the task.
    session.undoStack()->undo();
    QCOMPARE(cell(tab, 0, TaskTableModel::StatusColumn), QStringLiteral("To do"));
    QCOMPARE(cell(tab, 0, TaskTableModel::DoneColumn), QString());
    session.undoStack()->undo();
    QCOMPARE(tab.model()->rowCount(), 0);
    session.undoStack()->redo();
    session.undoStack()->redo();
    QCOMPARE(tab.model()->rowCount(), 1);
    QCOMPARE(cell(tab, 0, TaskTableModel::StatusColumn), QStringLiteral("Done"));

    // Reassigning through the combo is undone too.
    selectRow(tab, 0);
    auto* reassign = child<QComboBox>(&tab, "reassignCombo");
    QVERIFY(reassign->isEnabled());
    QCOMPARE(reassign->currentText(), QStringLiteral("Sol Support (Support rep)"));
    QTest::keyClick(reassign, Qt::Key_Down); // Lee
    QCOMPARE(cell(tab, 0, TaskTableModel::AssigneeColumn), QStringLiteral("Lee Lead"));
    session.undoStack()->undo();
    QCOMPARE(cell(tab, 0, TaskTableModel::AssigneeColumn), QStringLiteral("Sol Support"));
    QCOMPARE(messages.texts(), QStringList());
}

void TestTasksTab::overdueTasksAreMarked()
{
    World w;
    const qint64 deal = w.deal(HandoffState::Accepted);
    w.task(deal, QStringLiteral("Late kickoff"), kToday.addDays(-3));
    w.task(deal, QStringLiteral("Training"), kToday.addDays(3));
    w.task(deal, QStringLiteral("Done late"), kToday.addDays(-5), TaskStatus::Done);
    DealSession session(w.db, w.user(QStringLiteral("support")), deal);
    TasksTab tab(session);
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(tab.model()->rowCount(), 3); // by due date: done late, late kickoff, training
    QCOMPARE(cell(tab, 1, TaskTableModel::TitleColumn), QStringLiteral("Late kickoff"));
    const QString due = QLocale().toString(kToday.addDays(-3), QLocale::ShortFormat);
    QCOMPARE(cell(tab, 1, TaskTableModel::DueColumn), QStringLiteral("%1 · Overdue").arg(due));
    QVERIFY(!tab.model()->index(1, TaskTableModel::DueColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(tab.model()->index(1, TaskTableModel::TitleColumn).data(Qt::ForegroundRole).value<QColor>(),
             StatusIcons::alarmText(QGuiApplication::palette()));
    QVERIFY(cell(tab, 1, TaskTableModel::DueColumn, Qt::ToolTipRole).startsWith(QStringLiteral("Overdue")));

    for (int row : {0, 2}) { // done, or not yet due
        QVERIFY(!cell(tab, row, TaskTableModel::DueColumn).contains(QStringLiteral("Overdue")));
        QVERIFY(tab.model()->index(row, TaskTableModel::DueColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(tab.model()->index(row, TaskTableModel::TitleColumn).data(Qt::ForegroundRole).isNull());
    }
}

void TestTasksTab::closedToSalesAndBeforeAcceptance()
{
    World w;
    const qint64 accepted = w.deal(HandoffState::Accepted);
    w.task(accepted, QStringLiteral("Kickoff"), kToday.addDays(3));
    {
        DealSession session(w.db, w.user(QStringLiteral("rep")), accepted);
        TasksTab tab(session);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        selectRow(tab, 0);
        for (const char* name : {"addTaskAction", "completeTaskAction", "removeTaskAction"}) {
            QToolButton* button = toolButton(tab, name);
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(button->toolTip().contains(QStringLiteral("Only support or a team lead")),
                     qPrintable(button->toolTip()));
        }
        QVERIFY(!child<QComboBox>(&tab, "reassignCombo")->isEnabled());
        QVERIFY(!child<QComboBox>(&tab, "statusCombo")->isEnabled());
    }
    const qint64 submitted = w.deal(HandoffState::Submitted);
    DealSession session(w.db, w.user(QStringLiteral("support")), submitted);
    TasksTab tab(session);
    QToolButton* add = toolButton(tab, "addTaskAction");
    QVERIFY(!add->isEnabled());
    QVERIFY2(add->toolTip().contains(QStringLiteral("only while it is accepted")), qPrintable(add->toolTip()));
}

// The side bar's Tasks: support's open tasks across deals, its own or everyone's, overdue or due this week, each
// saying how late it is, and opening in its deal.
void TestTasksTab::supportSeesItsWorkAcrossDeals()
{
    World w;
    const qint64 first = w.deal(HandoffState::Accepted);
    const qint64 second = w.deal(HandoffState::Accepted);
    w.task(first, QStringLiteral("Kickoff call"), kToday.addDays(-3));
    w.task(second, QStringLiteral("Admin training"), kToday);
    w.task(second, QStringLiteral("Data import"), kToday.addDays(40));
    w.task(first, QStringLiteral("Done already"), kToday.addDays(-9), TaskStatus::Done);
    w.task(first, QStringLiteral("Some day"), QDate()); // no due date: after every dated one
    FulfilmentTask other = w.task(second, QStringLiteral("Someone else's"), kToday.addDays(-1));
    other.assigneeId = w.user(QStringLiteral("other support")).id;
    QVERIFY(Seed<TaskStore>(w.db).update(other));

    OpenTasksView view(w.db, w.user(QStringLiteral("support")));
    view.setToday(kToday);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1100, 500);
    view.show();
    view.reload();
    const auto titles = [&view] {
        QStringList found;
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            found << view.model()->index(row, OpenTaskModel::TitleColumn).data().toString();
        }
        return found;
    };
    // A support rep starts with their own open work, soonest due first; done tasks are not work.
    QCOMPARE(titles(), (QStringList{QStringLiteral("Kickoff call"), QStringLiteral("Admin training"),
                                    QStringLiteral("Data import"), QStringLiteral("Some day")}));
    QCOMPARE(view.model()->index(3, OpenTaskModel::DueColumn).data().toString(), QStringLiteral("No due date"));
    const QString late = view.model()->index(0, OpenTaskModel::DueColumn).data().toString();
    QVERIFY2(late.endsWith(QLatin1String("3 days late")), qPrintable(late));
    QVERIFY(!view.model()->index(0, OpenTaskModel::DueColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(view.model()->index(0, OpenTaskModel::AccountColumn).data().toString(), QStringLiteral("Acme"));
    QVERIFY(view.model()->index(1, OpenTaskModel::DueColumn).data().toString().endsWith(QLatin1String("today")));

    view.showTasks(0, OpenTasksView::Overdue);
    QCOMPARE(titles(), (QStringList{QStringLiteral("Kickoff call"), QStringLiteral("Someone else's")}));
    QCOMPARE(view.model()->index(1, OpenTaskModel::AssigneeColumn).data().toString(), QStringLiteral("Sol Support"));
    // One colleague's.
    view.showTasks(other.assigneeId, OpenTasksView::AllOpen);
    QCOMPARE(titles(), QStringList{QStringLiteral("Someone else's")});
    view.showTasks(w.user(QStringLiteral("support")).id, OpenTasksView::ThisWeek);
    QVERIFY(titles().contains(QStringLiteral("Admin training")));
    QVERIFY(!titles().contains(QStringLiteral("Kickoff call")));
    QVERIFY(!titles().contains(QStringLiteral("Data import")));

    // Enter opens the task in its deal.
    QSignalSpy opened(&view, &OpenTasksView::taskActivated);
    view.showTasks(w.user(QStringLiteral("support")).id, OpenTasksView::AllOpen);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(0, OpenTaskModel::TitleColumn));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), first);
}

QTEST_MAIN(TestTasksTab)
#include "tst_taskstab.moc"
