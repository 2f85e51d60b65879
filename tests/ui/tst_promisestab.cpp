// The Promises tab of the deal editor as its users meet it: a sales rep records a promise the product cannot keep
// and sees it flagged with the reason while typing and in the register; edits it and undoes and redoes the edit;
// support reviews promises in place; a sales rep finds the review actions disabled with the reason.

#include "PromiseTabWorld.h"
#include "deals/DealSession.h"
#include "promises/PromiseEditorDialog.h"
#include "promises/PromiseEdits.h"
#include "promises/PromiseTableModel.h"
#include "promises/PromisesTab.h"
#include "workflow/PromiseService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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

QString cell(const PromisesTab& tab, int row, int column, int role = Qt::DisplayRole)
{
    return tab.model()->index(row, column).data(role).toString();
}

void selectRow(PromisesTab& tab, int row)
{
    QTableView* table = tab.table();
    const QRect rect = table->visualRect(tab.model()->index(row, PromiseTableModel::KindColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

QToolButton* toolButton(PromisesTab& tab, const char* actionName)
{
    auto* bar = child<QToolBar>(&tab, "promiseToolBar");
    auto* action = child<QAction>(&tab, actionName);
    return bar && action ? qobject_cast<QToolButton*>(bar->widgetForAction(action)) : nullptr;
}

// The editor the tab opened, once it is shown; nullptr when none appears.
PromiseEditorDialog* openEditor(PromisesTab& tab)
{
    PromiseEditorDialog* dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = tab.findChild<PromiseEditorDialog*>()) && dialog->isVisible(); },
                          2000);
    return dialog;
}

} // namespace

class TestPromisesTab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void salesRepRecordsAPromiseTheProductCannotKeep();
    void editUndoAndRedo();
    void editMergesWithAChangeOfOtherFields();
    void supportReviewsInPlace();
    void supportAcceptsEveryFeasiblePromiseAtOnce();
    void salesRepCannotReview();
};

void TestPromisesTab::salesRepRecordsAPromiseTheProductCannotKeep()
{
    World w;
    MessageGuard messages;
    DealSession session(w.db, w.user(QStringLiteral("rep")), w.deal(HandoffState::Draft));
    PromisesTab tab(session);
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QCOMPARE(tab.model()->rowCount(), 0);

    QToolButton* add = toolButton(tab, "addPromiseAction");
    QVERIFY(add && add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    PromiseEditorDialog* dialog = openEditor(tab);
    QVERIFY(dialog);

    // Saving with nothing typed names what is missing next to the fields and saves nothing.
    auto* save = child<QPushButton>(dialog, "saveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "descriptionError")->isVisible());
    QVERIFY(child<QLabel>(dialog, "dueDateError")->isVisible());
    QCOMPARE(tab.model()->rowCount(), 0);

    QTest::keyClicks(child<QLineEdit>(dialog, "descriptionEdit"), QStringLiteral("Users sync from Azure AD"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "customerWordsEdit"),
                     QStringLiteral("our users must appear by themselves"));
    // A click into the empty date starts it at today.
    QTest::mouseClick(child<QDateEdit>(dialog, "dueDateEdit"), Qt::LeftButton);
    QTRY_COMPARE(child<QDateEdit>(dialog, "dueDateEdit")->date(), kToday);

    // While typing, the suggestions say what each capability is.
    auto* capability = child<QLineEdit>(dialog, "capabilityEdit");
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::mouseClick(capability, Qt::LeftButton);
    QTest::keyClicks(capability, QStringLiteral("scim"));
    QCompleter* completer = capability->completer();
    QVERIFY(completer);
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(),
             QStringLiteral("SCIM provisioning — not offered"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(capability->text(), QStringLiteral("SCIM provisioning"));

    // The feasibility it would get shows before it is saved.
    auto* preview = child<QLabel>(dialog, "feasibilityPreview");
    QCOMPARE(preview->text(), QStringLiteral("Blocked: 'SCIM provisioning' is not offered"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!tab.findChild<PromiseEditorDialog*>());

    QCOMPARE(tab.model()->rowCount(), 1);
    QCOMPARE(cell(tab, 0, PromiseTableModel::DescriptionColumn), QStringLiteral("Users sync from Azure AD"));
    QCOMPARE(cell(tab, 0, PromiseTableModel::CapabilityColumn), QStringLiteral("SCIM provisioning"));
    QCOMPARE(cell(tab, 0, PromiseTableModel::FeasibilityColumn), QStringLiteral("Blocked"));
    QCOMPARE(cell(tab, 0, PromiseTableModel::FeasibilityColumn, Qt::ToolTipRole),
             QStringLiteral("'SCIM provisioning' is not offered"));
    QVERIFY(!tab.model()->index(0, PromiseTableModel::FeasibilityColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(cell(tab, 0, PromiseTableModel::ReviewColumn), QStringLiteral("Pending review"));
    // The new promise is selected and the reason is in the detail line under the table.
    auto* detail = child<QLabel>(&tab, "promiseDetail");
    QVERIFY(detail->isVisible());
    QVERIFY2(detail->text().contains(QStringLiteral("Blocked: 'SCIM provisioning' is not offered")),
             qPrintable(detail->text()));
    QVERIFY(detail->text().contains(QStringLiteral("our users must appear by themselves")));
    QCOMPARE(session.undoStack()->count(), 1);
    QCOMPARE(messages.texts(), QStringList());

    // Undoing the add removes the promise again.
    session.undoStack()->undo();
    QCOMPARE(tab.model()->rowCount(), 0);
    session.undoStack()->redo();
    QCOMPARE(tab.model()->rowCount(), 1);
    QCOMPARE(messages.texts(), QStringList());
}

void TestPromisesTab::editMergesWithAChangeOfOtherFields()
{
    World w;
    MessageGuard messages;
    const qint64 deal = w.deal(HandoffState::Draft);
    const Promise before = w.seed(deal, QStringLiteral("Okta single sign-on at go-live"));
    DealSession session(w.db, w.user(QStringLiteral("rep")), deal);
    PromiseEdits edits(session);
    // Meanwhile, in another window, the promise's date moves.
    Promise moved = before;
    moved.dueOn = kToday.addDays(45);
    QVERIFY(PromiseService(w.db).edit(w.user(QStringLiteral("rep")), moved));

    Promise after = before;
    after.description = QStringLiteral("Okta and Azure single sign-on");
    QVERIFY(edits.edit(nullptr, before, after));
    const Promise stored = *PromiseStore(w.db).get(before.id);
    QCOMPARE(stored.description, QStringLiteral("Okta and Azure single sign-on"));
    QCOMPARE(stored.dueOn, kToday.addDays(45));
    QCOMPARE(messages.texts(), QStringList());
    // Undo takes back this edit, not the other window's.
    session.undoStack()->undo();
    QCOMPARE(PromiseStore(w.db).get(before.id)->description, QStringLiteral("Okta single sign-on at go-live"));
    QCOMPARE(PromiseStore(w.db).get(before.id)->dueOn, kToday.addDays(45));
}

void TestPromisesTab::editUndoAndRedo()
{
    World w;
    MessageGuard messages;
    const qint64 deal = w.deal(HandoffState::Draft);
    w.seed(deal, QStringLiteral("Okta single sign-on at go-live"));
    DealSession session(w.db, w.user(QStringLiteral("rep")), deal);
    PromisesTab tab(session);
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.show();
    QVERIFY(QTest::qWaitForWindowActive(&tab));

    selectRow(tab, 0);
    QTest::keyClick(tab.table(), Qt::Key_F2);
    PromiseEditorDialog* dialog = openEditor(tab);
    QVERIFY(dialog);
    auto* description = child<QLineEdit>(dialog, "descriptionEdit");
    QCOMPARE(description->text(), QStringLiteral("Okta single sign-on at go-live"));
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Okta and Azure single sign-on"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!tab.findChild<PromiseEditorDialog*>());
    QCOMPARE(cell(tab, 0, PromiseTableModel::DescriptionColumn), QStringLiteral("Okta and Azure single sign-on"));

    session.undoStack()->undo();
    QCOMPARE(cell(tab, 0, PromiseTableModel::DescriptionColumn), QStringLiteral("Okta single sign-on at go-live"));
    session.undoStack()->redo();
    QCOMPARE(cell(tab, 0, PromiseTableModel::DescriptionColumn), QStringLiteral("Okta and Azure single sign-on"));
    session.undoStack()->undo();
    QCOMPARE(cell(tab, 0, PromiseTableModel::DescriptionColumn), QStringLiteral("Okta single sign-on at go-live"));
    QCOMPARE(messages.texts(), QStringList());

    // Enter on a row opens it too; Escape leaves it as it was.
    selectRow(tab, 0);
    QTest::keyClick(tab.table(), Qt::Key_Return);
    dialog = openEditor(tab);
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!tab.findChild<PromiseEditorDialog*>());
    QCOMPARE(session.undoStack()->index(), 0);
}

void TestPromisesTab::supportAcceptsEveryFeasiblePromiseAtOnce()
{
    World w;
    MessageGuard messages;
    const qint64 deal = w.deal(HandoffState::Submitted);
    const Promise sso = w.seed(deal, QStringLiteral("Okta single sign-on at go-live"));
    const Promise call = w.seed(deal, QStringLiteral("Weekly status call"));
    Promise blocked = w.seed(deal, QStringLiteral("SCIM provisioning"));
    blocked.capabilityId = w.scim.id;
    blocked.feasibility = Feasibility::Blocked;
    blocked.justification = QStringLiteral("agreed with product");
    QVERIFY(Seed<PromiseStore>(w.db).update(blocked));
    DealSession session(w.db, w.user(QStringLiteral("support")), deal);
    PromisesTab tab(session);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    QToolButton* all = toolButton(tab, "acceptFeasibleAction");
    QVERIFY(all->isEnabled());
    QVERIFY2(all->text().contains(QLatin1String("(2)")), qPrintable(all->text()));
    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(PromiseStore(w.db).get(sso.id)->reviewStatus, ReviewStatus::Accepted);
    QCOMPARE(PromiseStore(w.db).get(call.id)->reviewStatus, ReviewStatus::Accepted);
    QCOMPARE(PromiseStore(w.db).get(blocked.id)->reviewStatus, ReviewStatus::Pending); // support weighs it alone
    const auto reviews = w.db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'review'"));
    QCOMPARE(reviews->toInt(), 2); // each in the history
    QVERIFY(!all->isEnabled());
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Accept 2 feasible promises"));

    session.undoStack()->undo(); // one step takes both back
    QCOMPARE(PromiseStore(w.db).get(sso.id)->reviewStatus, ReviewStatus::Pending);
    QCOMPARE(PromiseStore(w.db).get(call.id)->reviewStatus, ReviewStatus::Pending);
    QCOMPARE(messages.texts(), QStringList());

    // A sales rep may not review: the action says why instead of doing anything.
    DealSession rep(w.db, w.user(QStringLiteral("rep")), deal);
    PromisesTab repTab(rep);
    QVERIFY(!repTab.findChild<QAction*>(QStringLiteral("acceptFeasibleAction"))->isEnabled());
}

void TestPromisesTab::supportReviewsInPlace()
{
    World w;
    MessageGuard messages;
    const qint64 deal = w.deal(HandoffState::Submitted);
    w.seed(deal, QStringLiteral("Okta single sign-on at go-live"));
    w.seed(deal, QStringLiteral("Weekly status call"));
    DealSession session(w.db, w.user(QStringLiteral("support")), deal);
    PromisesTab tab(session);
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    auto* accept = child<QToolButton>(&tab, "acceptButton");
    auto* clarify = child<QToolButton>(&tab, "clarifyButton");
    auto* note = child<QLineEdit>(&tab, "promiseNoteEdit");
    QVERIFY(!accept->isEnabled()); // nothing selected yet
    // Support does not edit the sales rep's promises.
    QVERIFY(!toolButton(tab, "addPromiseAction")->isEnabled());

    selectRow(tab, 0);
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(cell(tab, 0, PromiseTableModel::ReviewColumn), QStringLiteral("Accepted"));
    QVERIFY(cell(tab, 0, PromiseTableModel::ReviewColumn, Qt::ToolTipRole).contains(QStringLiteral("Sam Support")));

    // Needs clarification needs a note: without one it says so next to the field and changes nothing.
    selectRow(tab, 1);
    QTest::mouseClick(clarify, Qt::LeftButton);
    auto* noteError = child<QLabel>(&tab, "promiseNoteError");
    QVERIFY(noteError->isVisible());
    QVERIFY(noteError->text().contains(QStringLiteral("what the sales rep should clarify")));
    QCOMPARE(cell(tab, 1, PromiseTableModel::ReviewColumn), QStringLiteral("Pending review"));

    QTest::keyClicks(note, QStringLiteral("Which day? Every Monday?"));
    QVERIFY(!noteError->isVisible());
    QTest::mouseClick(clarify, Qt::LeftButton);
    QCOMPARE(cell(tab, 1, PromiseTableModel::ReviewColumn), QStringLiteral("Needs clarification"));
    QCOMPARE(cell(tab, 1, PromiseTableModel::ReviewColumn, Qt::ToolTipRole),
             QStringLiteral("Needs clarification by Sam Support: Which day? Every Monday?"));
    QVERIFY(child<QLabel>(&tab, "promiseDetail")->text().contains(QStringLiteral("Which day? Every Monday?")));
    QCOMPARE(note->text(), QString());

    // A review is undone to the review before it, and redone.
    session.undoStack()->undo();
    QCOMPARE(cell(tab, 1, PromiseTableModel::ReviewColumn), QStringLiteral("Pending review"));
    session.undoStack()->undo();
    QCOMPARE(cell(tab, 0, PromiseTableModel::ReviewColumn), QStringLiteral("Pending review"));
    session.undoStack()->redo();
    session.undoStack()->redo();
    QCOMPARE(cell(tab, 0, PromiseTableModel::ReviewColumn), QStringLiteral("Accepted"));
    QCOMPARE(cell(tab, 1, PromiseTableModel::ReviewColumn), QStringLiteral("Needs clarification"));
    QCOMPARE(messages.texts(), QStringList());
}

void TestPromisesTab::salesRepCannotReview()
{
    World w;
    MessageGuard messages;
    const qint64 deal = w.deal(HandoffState::Submitted);
    w.seed(deal, QStringLiteral("Okta single sign-on at go-live"));
    DealSession session(w.db, w.user(QStringLiteral("rep")), deal);
    PromisesTab tab(session);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    selectRow(tab, 0);

    for (const char* name : {"acceptButton", "clarifyButton", "cannotFulfilButton"}) {
        auto* button = child<QToolButton>(&tab, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(QStringLiteral("Only support or a lead can review promises")),
                 qPrintable(button->toolTip()));
    }
    // Nor can the rep change a submitted handoff's promises; the tooltip says when they can.
    QToolButton* add = toolButton(tab, "addPromiseAction");
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("only while it is a draft or returned")));
    QVERIFY(!toolButton(tab, "editPromiseAction")->isEnabled());
    QVERIFY(!child<QToolButton>(&tab, "waiveButton")->isEnabled());
    QCOMPARE(messages.texts(), QStringList());
}

QTEST_MAIN(TestPromisesTab)
#include "tst_promisestab.moc"
