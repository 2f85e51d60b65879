// The checklist template screen: a lead adds an item through the dialog (problems shown next to their fields),
// moves it with Ctrl+Up and Ctrl+Down, edits and removes items after a confirmation, and undoes and redoes all of
// it; an answered item is kept with core's reason; everyone else sees the template read-only.

#include "core/TestDatabase.h"
#include "storage/Stores.h"
#include "template/TemplateView.h"
#include "workflow/ChecklistService.h"
#include "workflow/ChecklistTemplateService.h"
#include "workflow/DealService.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace handoff;

namespace {

// Acts on the next modal window named objectName once it is the active modal one; gives up after a few seconds.
void whenModal(const QString& objectName, std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("modalAnswer"));
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, tries, objectName, act] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == objectName) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        } else if (++*tries > 300) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

void closeIfOpen(QWidget* dialog)
{
    if (dialog->isVisible()) {
        static_cast<QDialog*>(dialog)->reject();
    }
}

void clickOk(QWidget* dialog)
{
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
}

void typeInto(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = dialog->findChild<QWidget*>(QString::fromLatin1(name));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseKind(QWidget* dialog, ChecklistItemKind kind)
{
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"));
    combo->setFocus();
    while (combo->currentIndex() < int(kind)) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    while (combo->currentIndex() > int(kind)) {
        QTest::keyClick(combo, Qt::Key_Up);
    }
}

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, lead;
    qint64 dealId = 0;

    World()
    {
        rep = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Rita Rep"), QStringLiteral("rita@example.com"), Role::Sales, true});
        lead = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead, true});
        const qint64 account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        Deal deal;
        deal.accountId = account;
        deal.title = QStringLiteral("Acme rollout");
        deal.closedOn = QDate(2026, 3, 1);
        deal.salesRepId = rep.id;
        dealId = Seed<DealStore>(db).create(deal)->id;
    }
};

QTreeWidgetItem* sectionRow(const TemplateView& view, const QString& section)
{
    const QList<QTreeWidgetItem*> found = view.tree()->findItems(section, Qt::MatchExactly, 0);
    for (QTreeWidgetItem* item : found) {
        if (!item->parent()) {
            return item;
        }
    }
    return nullptr;
}

// The labels of one section as the tree shows them.
QStringList labelsOf(const TemplateView& view, const QString& section)
{
    QStringList labels;
    if (QTreeWidgetItem* group = sectionRow(view, section)) {
        for (int i = 0; i < group->childCount(); ++i) {
            labels.append(group->child(i)->text(0));
        }
    }
    return labels;
}

QTreeWidgetItem* itemRow(const TemplateView& view, const QString& label)
{
    const QList<QTreeWidgetItem*> found = view.tree()->findItems(label, Qt::MatchExactly | Qt::MatchRecursive, 0);
    for (QTreeWidgetItem* item : found) {
        if (item->parent()) {
            return item;
        }
    }
    return nullptr;
}

void select(TemplateView& view, QTreeWidgetItem* row)
{
    QVERIFY(row);
    view.tree()->setCurrentItem(row);
    view.tree()->setFocus();
}

// Presses a key in the tree as a person does: the window in front (a closed dialog hands activation back to it
// through the window manager, which the offscreen platform does not have) and the focus in the tree.
void press(TemplateView& view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.tree()->setFocus();
    QTest::keyClick(view.tree(), key, modifiers);
}

void show(TemplateView& view)
{
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.tree()->setFocus();
}

} // namespace

class TestTemplateView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // An answer that found no window must not fill in the next test's dialog.
    void cleanup() { qDeleteAll(qApp->findChildren<QTimer*>(QStringLiteral("modalAnswer"))); }

    void showsSectionsWithTheirItems()
    {
        World w;
        TemplateView view(w.db, w.lead);
        QCOMPARE(view.tree()->topLevelItemCount(), 8);
        QCOMPARE(view.tree()->topLevelItem(0)->text(0), QStringLiteral("Commercial"));
        QTreeWidgetItem* billing = itemRow(view, QStringLiteral("Billing terms"));
        QVERIFY(billing);
        QCOMPARE(billing->text(1), QStringLiteral("Choice"));
        QCOMPARE(billing->text(2), QStringLiteral("Required"));
        QVERIFY(billing->font(2).bold());
        QVERIFY(billing->toolTip(1).contains(QStringLiteral("Quarterly")));
        QCOMPARE(itemRow(view, QStringLiteral("Pricing exceptions"))->text(2), QStringLiteral("Optional"));
    }

    void addMoveAndUndo()
    {
        World w;
        TemplateView view(w.db, w.lead);
        show(view);
        select(view, sectionRow(view, QStringLiteral("Commercial")));
        const QStringList before = labelsOf(view, QStringLiteral("Commercial"));

        bool problemsShown = false;
        whenModal(QStringLiteral("templateItemDialog"), [&](QWidget* dialog) {
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("sectionCombo"))->currentText(),
                     QStringLiteral("Commercial"));
            // A choice with one choice and no label: both reasons, each next to its field; the dialog stays.
            chooseKind(dialog, ChecklistItemKind::Choice);
            typeInto(dialog, "choicesEdit", QStringLiteral("Net 30"));
            clickOk(dialog);
            auto* labelProblem = dialog->findChild<QLabel*>(QStringLiteral("labelProblem"));
            auto* choicesProblem = dialog->findChild<QLabel*>(QStringLiteral("choicesProblem"));
            problemsShown = dialog->isVisible() && labelProblem->isVisible() && choicesProblem->isVisible() &&
                            choicesProblem->text().contains(QStringLiteral("Choices given: 1")) &&
                            !dialog->findChild<QLabel*>(QStringLiteral("sectionProblem"))->isVisible();
            typeInto(dialog, "labelEdit", QStringLiteral("Payment terms"));
            auto* choices = dialog->findChild<QPlainTextEdit*>(QStringLiteral("choicesEdit"));
            QTest::keyClick(choices, Qt::Key_Return);
            QTest::keyClicks(choices, QStringLiteral("Net 60"));
            dialog->findChild<QCheckBox*>(QStringLiteral("requiredCheck"))->setChecked(true);
            clickOk(dialog);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_Insert);
        QVERIFY(problemsShown);
        QStringList added = before;
        added.append(QStringLiteral("Payment terms"));
        QCOMPARE(labelsOf(view, QStringLiteral("Commercial")), added);
        QCOMPARE(view.statusText(), QStringLiteral("Added 'Payment terms' to 'Commercial'"));
        QCOMPARE(view.tree()->currentItem()->text(0), QStringLiteral("Payment terms"));
        QCOMPARE(ChecklistTemplateService(w.db).item(QStringLiteral("payment_terms"))->choices.size(), 2);

        // Ctrl+Up twice, Ctrl+Down once: one place up from the end.
        auto* down = view.findChild<QAction*>(QStringLiteral("moveDownAction"));
        QVERIFY(!down->isEnabled()); // the last item of its section
        press(view, Qt::Key_Up, Qt::ControlModifier);
        press(view, Qt::Key_Up, Qt::ControlModifier);
        press(view, Qt::Key_Down, Qt::ControlModifier);
        QStringList moved = before;
        moved.insert(before.size() - 1, QStringLiteral("Payment terms"));
        QCOMPARE(labelsOf(view, QStringLiteral("Commercial")), moved);
        QCOMPARE(view.statusText(), QStringLiteral("Moved 'Payment terms' down"));
        QCOMPARE(view.undoStack()->count(), 4);

        view.undoStack()->undo(); // the move down
        view.undoStack()->undo(); // the second move up
        view.undoStack()->undo(); // the first move up
        QCOMPARE(labelsOf(view, QStringLiteral("Commercial")), added);
        view.undoStack()->undo(); // the addition
        QCOMPARE(labelsOf(view, QStringLiteral("Commercial")), before);
        QVERIFY(!ChecklistTemplateService(w.db).item(QStringLiteral("payment_terms")));

        view.undoStack()->redo();
        view.undoStack()->redo();
        QStringList oneUp = before;
        oneUp.insert(before.size() - 1, QStringLiteral("Payment terms"));
        QCOMPARE(labelsOf(view, QStringLiteral("Commercial")), oneUp);
        QVERIFY(ChecklistTemplateService(w.db).item(QStringLiteral("payment_terms"))->required); // same key, same item
    }

    void ctrlNAddsToANewSectionAtTheEnd()
    {
        World w;
        TemplateView view(w.db, w.lead);
        show(view);
        whenModal(QStringLiteral("templateItemDialog"), [](QWidget* dialog) {
            auto* section = dialog->findChild<QComboBox*>(QStringLiteral("sectionCombo"));
            section->setFocus();
            section->lineEdit()->selectAll();
            QTest::keyClicks(section, QStringLiteral("Security"));
            typeInto(dialog, "labelEdit", QStringLiteral("Pen test report"));
            clickOk(dialog);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_N, Qt::ControlModifier);
        const int last = view.tree()->topLevelItemCount() - 1;
        QCOMPARE(view.tree()->topLevelItem(last)->text(0), QStringLiteral("Security"));
        QCOMPARE(labelsOf(view, QStringLiteral("Security")), QStringList{QStringLiteral("Pen test report")});
    }

    void editAndUndoAChangeOfSection()
    {
        World w;
        TemplateView view(w.db, w.lead);
        show(view);
        const QStringList commercial = labelsOf(view, QStringLiteral("Commercial"));
        select(view, itemRow(view, QStringLiteral("Seats or licences")));
        whenModal(QStringLiteral("templateItemDialog"), [](QWidget* dialog) {
            QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("keyLabel"))->text(), QStringLiteral("seats"));
            typeInto(dialog, "labelEdit", QStringLiteral("Licences"));
            auto* section = dialog->findChild<QComboBox*>(QStringLiteral("sectionCombo"));
            section->setCurrentText(QStringLiteral("Technical scope"));
            clickOk(dialog);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_F2);
        QVERIFY(!labelsOf(view, QStringLiteral("Commercial")).contains(QStringLiteral("Seats or licences")));
        QCOMPARE(labelsOf(view, QStringLiteral("Technical scope")).constLast(), QStringLiteral("Licences"));
        QCOMPARE(view.statusText(), QStringLiteral("Updated 'Licences'"));

        view.undoStack()->undo();
        QCOMPARE(labelsOf(view, QStringLiteral("Commercial")), commercial); // back in its old place
        view.undoStack()->redo();
        QCOMPARE(labelsOf(view, QStringLiteral("Technical scope")).constLast(), QStringLiteral("Licences"));
    }

    // Before a lead makes an item required, the dialog says how many open drafts it would stop; an item may be
    // answered by a deal field instead of an answer of its own, and the template says which.
    void makingAnItemRequiredSaysWhatItStops()
    {
        World w;
        TemplateView view(w.db, w.lead);
        show(view);
        select(view, itemRow(view, QStringLiteral("Pricing exceptions")));
        auto said = std::make_shared<QStringList>();
        whenModal(QStringLiteral("templateItemDialog"), [said](QWidget* dialog) {
            auto* impact = dialog->findChild<QLabel*>(QStringLiteral("impactLabel"));
            *said << (impact->isVisible() ? impact->text() : QString());
            dialog->findChild<QCheckBox*>(QStringLiteral("requiredCheck"))->setChecked(true);
            *said << (impact->isVisible() ? impact->text() : QString());
            auto* answeredBy = dialog->findChild<QComboBox*>(QStringLiteral("answeredByCombo"));
            answeredBy->setCurrentIndex(int(AnsweringField::KnownRisks));
            *said << QString::number(dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"))->isEnabled());
            clickOk(dialog);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_F2);
        QCOMPARE(said->size(), 3);
        QCOMPARE(said->at(0), QString()); // nothing to say while it stays optional
        QCOMPARE(said->at(1),
                 QStringLiteral("1 open draft or returned handoff will need this answer before it can be submitted."));
        QCOMPARE(said->at(2), QStringLiteral("0")); // the deal's field has no kind to choose
        const auto saved = ChecklistTemplateService(w.db).item(QStringLiteral("pricing_exceptions"));
        QVERIFY(saved);
        QVERIFY(saved->required);
        QCOMPARE(saved->dealField, AnsweringField::KnownRisks);
        QCOMPARE(itemRow(view, QStringLiteral("Pricing exceptions"))->text(1),
                 QStringLiteral("The deal's known risks"));
        // Filling the deal's field answers it: no draft waits for it any more.
        Deal deal = *DealStore(w.db).get(w.dealId);
        deal.knownRisks = QStringLiteral("Budget moves to Q3");
        QVERIFY(DealService(w.db).update(w.rep, deal));
        QCOMPARE(ChecklistTemplateService(w.db).draftsWaitingFor(*saved).value(), 0);
    }

    void removeAfterConfirmingAndUndo()
    {
        World w;
        TemplateView view(w.db, w.lead);
        show(view);
        const QStringList before = labelsOf(view, QStringLiteral("Commercial"));

        // Cancel keeps it.
        select(view, itemRow(view, QStringLiteral("Pricing exceptions")));
        whenModal(QStringLiteral("confirmRemove"), [](QWidget* box) { static_cast<QMessageBox*>(box)->reject(); });
        press(view, Qt::Key_Delete);
        QCOMPARE(labelsOf(view, QStringLiteral("Commercial")), before);

        whenModal(QStringLiteral("confirmRemove"), [](QWidget* box) {
            QVERIFY(static_cast<QMessageBox*>(box)->text().contains(QStringLiteral("Pricing exceptions")));
            QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
        });
        press(view, Qt::Key_Delete);
        QVERIFY(!labelsOf(view, QStringLiteral("Commercial")).contains(QStringLiteral("Pricing exceptions")));
        QCOMPARE(view.tree()->currentItem()->text(0), QStringLiteral("Signed order form reference"));

        view.undoStack()->undo();
        QCOMPARE(labelsOf(view, QStringLiteral("Commercial")), before);
        QCOMPARE(view.statusText(), QStringLiteral("Put 'Pricing exceptions' back"));
        view.undoStack()->redo();
        QVERIFY(!labelsOf(view, QStringLiteral("Commercial")).contains(QStringLiteral("Pricing exceptions")));
    }

    void answeredItemIsKeptWithTheReason()
    {
        World w;
        QVERIFY(ChecklistService(w.db).answer(w.rep, w.dealId, QStringLiteral("pains"), QStringLiteral("Slow")));
        TemplateView view(w.db, w.lead);
        show(view);
        select(view, itemRow(view, QStringLiteral("Pains")));
        QString shown;
        whenModal(QStringLiteral("confirmRemove"), [&shown](QWidget* box) {
            whenModal(QStringLiteral("errorMessage"), [&shown](QWidget* error) {
                shown = static_cast<QMessageBox*>(error)->text();
                static_cast<QMessageBox*>(error)->accept();
            });
            QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
        });
        press(view, Qt::Key_Delete);
        QVERIFY2(shown.contains(QStringLiteral("Answered on deals: 1. Make it optional instead of removing it.")),
                 qPrintable(shown));
        QVERIFY(itemRow(view, QStringLiteral("Pains")));
        QCOMPARE(view.undoStack()->count(), 0);
    }

    void salesRepSeesItReadOnly()
    {
        World w;
        TemplateView view(w.db, w.rep);
        show(view);
        select(view, itemRow(view, QStringLiteral("Seats or licences")));
        for (const char* name :
             {"addItemAction", "editItemAction", "moveUpAction", "moveDownAction", "removeItemAction"}) {
            const auto* action = view.findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->isEnabled(), name);
            QCOMPARE(action->toolTip(), QStringLiteral("Only team leads change the checklist template."));
        }
        press(view, Qt::Key_Delete);
        press(view, Qt::Key_Insert);
        press(view, Qt::Key_Up, Qt::ControlModifier);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(view.undoStack()->count(), 0);
        QVERIFY(view.statusText().startsWith(QStringLiteral("Read-only")));
    }
};

QTEST_MAIN(TestTemplateView)
#include "tst_templateview.moc"
