// The deal editor as people use it: editing fields with undo, the handoff actions and their reasons, two windows on
// one deal, and the dialogs that start a deal or a profile.
#include "core/PromiseTestWorld.h"
#include "deals/DealSession.h"
#include "dialogs/NewDealDialog.h"
#include "dialogs/ProfileDialog.h"
#include "editor/DealEditor.h"
#include "editor/HandoffActionsPanel.h"
#include "editor/StateBanner.h"
#include "promises/PromisesTab.h"
#include "widgets/DateFields.h"
#include "workflow/HandoffWorkflow.h"
#include "workflow/PromiseService.h"
#include "workflow/UserService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace handoff;
using namespace promisetest;

namespace {

// Types text into a line edit as a person does and leaves it with Tab, which saves it.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Clicks the named button (none: OK) of the next modal message box once it shows (it opens from inside the edit's
// save).
// seen, when given, receives the message's text.
QPointer<QTimer> answerNextMessage(const QString& buttonName, std::shared_ptr<QString> seen = {})
{
    auto* timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, buttonName, seen] {
        QWidget* modal = QApplication::activeModalWidget();
        // No name: the default button of a plain message (OK).
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (box && seen) {
            *seen = box->text();
        }
        QAbstractButton* button = !modal                 ? nullptr
                                  : buttonName.isEmpty() ? (box ? box->buttons().value(0) : nullptr)
                                                         : modal->findChild<QPushButton*>(buttonName);
        if (button) {
            button->click();
        }
        if (button || ++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
    return timer;
}

// One rep's draft deal open in two windows, the first of which has just saved a new title: the second still shows
// the old deal.
struct TwoWindows {
    World w;
    qint64 id = w.deal(HandoffState::Draft);
    DealEditor first{w.db, w.user(QStringLiteral("rep")), id};
    DealEditor second{w.db, w.user(QStringLiteral("rep")), id};

    TwoWindows()
    {
        first.show();
        second.show();
        typeInto(first.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("From the first"));
    }
};

} // namespace

class TestDealEditor : public QObject {
    Q_OBJECT

private slots:
    void editingATitleSavesAndUndoes()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Draft);
        DealEditor editor(w.db, w.user(QStringLiteral("rep")), id);
        editor.show();
        auto* title = editor.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Acme rollout"));
        typeInto(title, QStringLiteral("Acme global rollout"));
        QCOMPARE(DealStore(w.db).get(id)->title, QStringLiteral("Acme global rollout"));
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Edit title"));
        QCOMPARE(editor.title(), QStringLiteral("Acme global rollout")); // not "Acme – Acme global rollout"

        editor.undoStack()->undo();
        QCOMPARE(DealStore(w.db).get(id)->title, QStringLiteral("Acme rollout"));
        QCOMPARE(title->text(), QStringLiteral("Acme rollout"));
        editor.undoStack()->redo();
        QCOMPARE(DealStore(w.db).get(id)->title, QStringLiteral("Acme global rollout"));
        QCOMPARE(title->text(), QStringLiteral("Acme global rollout"));
    }

    // An account named in Arabic leads the heading; the heading still reads left to right in an English interface,
    // with the title after the account, not flipped to the right edge with the state first.
    void theHeadingReadsInTheInterfacesDirection()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Draft);
        Account account = *AccountStore(w.db).get(DealStore(w.db).get(id)->accountId);
        account.name = QStringLiteral("شركة النور");
        QVERIFY(Seed<AccountStore>(w.db).update(account));
        DealEditor editor(w.db, w.user(QStringLiteral("rep")), id);
        editor.show();
        auto* heading = editor.findChild<QLabel*>(QStringLiteral("dealHeading"));
        QVERIFY(heading);
        QVERIFY(heading->text().contains(account.name));
        // Drawn, the text starts at the left edge (right-to-left, it would hug the right edge of the wide label).
        heading->resize(1200, heading->sizeHint().height());
        const QImage drawn = heading->grab().toImage();
        int firstInk = drawn.width();
        for (int x = 0; x < drawn.width() && firstInk == drawn.width(); ++x) {
            for (int y = 0; y < drawn.height(); ++y) {
                if (qGray(drawn.pixel(x, y)) < 128) {
                    firstInk = x;
                    break;
                }
            }
        }
        QVERIFY2(firstInk < drawn.width() / 10, qPrintable(QString::number(firstInk)));
    }

    // A title that starts with the account's name is not preceded by it again; another title is.
    void theHeadingNamesTheAccountOnce()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Draft); // "Acme rollout" of Acme
        DealEditor editor(w.db, w.user(QStringLiteral("rep")), id);
        auto* heading = editor.findChild<QLabel*>(QStringLiteral("dealHeading"));
        QCOMPARE(heading->text().count(QLatin1String("Acme")), 1);
        Deal deal = *DealStore(w.db).get(id);
        deal.title = QStringLiteral("Global rollout");
        QVERIFY(Seed<DealStore>(w.db).update(deal));
        editor.session()->notifyChanged();
        QVERIFY2(heading->text().contains(QStringLiteral("Acme – Global rollout")), qPrintable(heading->text()));
        // An account's legal form is not what a title repeats.
        QCOMPARE(DealEditor::withoutLegalForm(QStringLiteral("Moera Health Pty Ltd")), QStringLiteral("Moera Health"));
        QCOMPARE(DealEditor::withoutLegalForm(QStringLiteral("Inoeo Travel GmbH")), QStringLiteral("Inoeo Travel"));
        QCOMPARE(DealEditor::withoutLegalForm(QStringLiteral("Larkspur Industries Inc.")),
                 QStringLiteral("Larkspur Industries"));
        QCOMPARE(DealEditor::withoutLegalForm(QStringLiteral("Westgate Security, LLC")),
                 QStringLiteral("Westgate Security"));
        QCOMPARE(DealEditor::withoutLegalForm(QStringLiteral("Opity Education")), QStringLiteral("Opity Education"));
        QCOMPARE(DealEditor::withoutLegalForm(QStringLiteral("Ltd")), QStringLiteral("Ltd"));
    }

    void aRefusedEditKeepsNothing()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Draft);
        DealEditor editor(w.db, w.user(QStringLiteral("rep")), id);
        editor.show();
        auto* title = editor.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        answerNextMessage(QString());
        title->setFocus();
        title->selectAll();
        QTest::keyClick(title, Qt::Key_Backspace);
        QCOMPARE(title->text(), QString());
        QTest::keyClick(title, Qt::Key_Return); // an empty title breaks a rule
        QCOMPARE(DealStore(w.db).get(id)->title, QStringLiteral("Acme rollout"));
        QCOMPARE(editor.undoStack()->count(), 0);
        QCOMPARE(title->text(), QStringLiteral("Acme rollout")); // the field shows what is stored again
    }

    void supportSeesTheFieldsReadOnly()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Submitted);
        DealEditor editor(w.db, w.user(QStringLiteral("support")), id);
        auto* title = editor.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        QVERIFY(title->isReadOnly());
        auto* note = editor.findChild<QLabel*>(QStringLiteral("readOnlyNote"));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QLatin1String("sales rep")));
        // Support's actions on a submitted handoff; no submit.
        auto* actions = editor.findChild<HandoffActionsPanel*>();
        QVERIFY(!actions->button(HandoffAction::Accept)->isHidden());
        QVERIFY(!actions->button(HandoffAction::Return)->isHidden());
        QVERIFY(actions->button(HandoffAction::Submit)->isHidden());
    }

    void submittingAnIncompleteDealListsEveryReason()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Draft);
        DealEditor editor(w.db, w.user(QStringLiteral("rep")), id);
        editor.show();
        auto* actions = editor.findChild<HandoffActionsPanel*>();
        QPushButton* submit = actions->button(HandoffAction::Submit);
        QVERIFY(submit->isVisible());
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(DealStore(w.db).get(id)->state, HandoffState::Draft);
        auto* reasons = editor.findChild<QListWidget*>(QStringLiteral("reasonsList"));
        const int expected =
            HandoffWorkflow(w.db).refusals(w.user(QStringLiteral("rep")), id, HandoffAction::Submit).size();
        QVERIFY(expected > 2);
        QCOMPARE(reasons->count(), expected);
        QVERIFY(reasons->isVisible());
        // The refusal is said in the error colour, the button says how many things block it, and long reasons wrap.
        auto* heading = editor.findChild<QLabel*>(QStringLiteral("reasonsHeading"));
        QVERIFY2(heading->styleSheet().contains(QLatin1String("#c0392b")), qPrintable(heading->styleSheet()));
        QVERIFY2(submit->text().contains(QStringLiteral("(%1 to fix)").arg(expected)), qPrintable(submit->text()));
        QVERIFY(reasons->wordWrap());
        QCOMPARE(reasons->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        // Every missing item is there, and activating the contact reason goes to the contacts tab.
        QListWidgetItem* contact = nullptr;
        for (int i = 0; i < reasons->count(); ++i) {
            if (reasons->item(i)->text().contains(QLatin1String("no contact"))) {
                contact = reasons->item(i);
            }
        }
        QVERIFY(contact);
        reasons->setCurrentItem(contact);
        QTest::keyClick(reasons, Qt::Key_Return);
        QCOMPARE(editor.tabs()->currentIndex(), int(DealEditor::Contacts));
    }

    // After a refused submit, the empty fields it waits for are marked: on the checklist and on the Overview.
    void aRefusedSubmitMarksTheEmptyFields()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Draft);
        DealEditor editor(w.db, w.user(QStringLiteral("rep")), id);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* seats = editor.findChild<QWidget*>(QStringLiteral("item_seats"));
        QLabel* riskLabel = nullptr;
        for (QLabel* label : editor.findChildren<QLabel*>()) {
            if (label->buddy() && label->buddy()->objectName() == QLatin1String("knownRisksEdit")) {
                riskLabel = label;
            }
        }
        QVERIFY(seats && riskLabel);
        const auto marked = [&editor](const QString& key) {
            for (QLabel* label : editor.findChildren<QLabel*>()) {
                if (label->property("missing").toBool() && label->buddy() &&
                    label->buddy()->objectName() == QLatin1String("item_") + key) {
                    return true;
                }
            }
            return false;
        };
        // Nothing is marked before the user asks to submit: a new draft is not a list of errors.
        QVERIFY(!marked(QStringLiteral("seats")));
        QVERIFY(!riskLabel->property("missing").toBool());
        QTest::mouseClick(editor.findChild<HandoffActionsPanel*>()->button(HandoffAction::Submit), Qt::LeftButton);
        QVERIFY(marked(QStringLiteral("seats")));
        QVERIFY(riskLabel->property("missing").toBool());
        QVERIFY(riskLabel->styleSheet().contains(QLatin1String("#c0392b")));
        // Filling a field takes its mark away.
        auto* risks = editor.findChild<QPlainTextEdit*>(QStringLiteral("knownRisksEdit"));
        risks->setFocus();
        QTest::keyClicks(risks, QStringLiteral("Legacy SSO"));
        editor.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setFocus();
        QCOMPARE(DealStore(w.db).get(id)->knownRisks, QStringLiteral("Legacy SSO"));
        QVERIFY(!riskLabel->property("missing").toBool());
        QVERIFY(marked(QStringLiteral("seats")));
    }

    // A date reads the same in a form as in the lists: the locale's short date, with the whole year.
    void datesReadAsInTheLists()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Draft);
        Deal deal = *DealStore(w.db).get(id);
        deal.contractStart = QDate(2026, 12, 3);
        QVERIFY(Seed<DealStore>(w.db).update(deal));
        DealEditor editor(w.db, w.user(QStringLiteral("rep")), id);
        auto* start = editor.findChild<QDateEdit*>(QStringLiteral("contractStartEdit"));
        QString listed = QLocale().toString(deal.contractStart, QLocale::ShortFormat);
        if (!QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))) {
            listed = QLocale().toString(deal.contractStart, DateFields::displayFormat());
        }
        QCOMPARE(start->text(), listed);
        QVERIFY(start->text().contains(QLatin1String("2026")));
    }

    // One fact, one field: the checklist shows the deal's own field for an item it answers, and goes to it.
    void theChecklistShowsTheDealFieldThatAnswersAnItem()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Draft);
        DealEditor editor(w.db, w.user(QStringLiteral("rep")), id);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* products = editor.findChild<QLineEdit*>(QStringLiteral("productsEdit"));
        products->setFocus();
        products->selectAll();
        QTest::keyClicks(products, QStringLiteral("Enterprise plan, 40 seats"));
        QTest::keyClick(products, Qt::Key_Return);
        QCOMPARE(DealStore(w.db).get(id)->products, QStringLiteral("Enterprise plan, 40 seats"));
        // The Overview's field says which checklist item it answers.
        QVERIFY2(products->toolTip().contains(QLatin1String("Products or plan")), qPrintable(products->toolTip()));

        editor.tabs()->setCurrentIndex(int(DealEditor::Checklist));
        auto* shown = editor.findChild<QLabel*>(QStringLiteral("dealValue_products_or_plan"));
        QVERIFY(shown && shown->isVisible());
        QCOMPARE(shown->text(), QStringLiteral("Enterprise plan, 40 seats"));
        // The checklist has no second field to fill for the same fact.
        QVERIFY(!editor.findChild<QLineEdit*>(QStringLiteral("item_products_or_plan")));
        auto* empty = editor.findChild<QLabel*>(QStringLiteral("dealValue_known_risks"));
        QVERIFY(empty->text().contains(QLatin1String("Not filled in")));
        // Its button goes to the field on the Overview.
        auto* go = editor.findChild<QToolButton*>(QStringLiteral("item_known_risks"));
        QVERIFY(go);
        QTest::mouseClick(go, Qt::LeftButton);
        QCOMPARE(editor.tabs()->currentIndex(), int(DealEditor::Overview));
        QCOMPARE(QApplication::focusWidget(), editor.findChild<QWidget*>(QStringLiteral("knownRisksEdit")));
        // The channels live on the Contacts tab.
        editor.tabs()->setCurrentIndex(int(DealEditor::Checklist));
        QTest::mouseClick(editor.findChild<QToolButton*>(QStringLiteral("item_support_channels")), Qt::LeftButton);
        QCOMPARE(editor.tabs()->currentIndex(), int(DealEditor::Contacts));
    }

    // Undo does not offer an edit made before the handoff changed state: core would refuse to take it back now.
    void aStateChangeStartsTheUndoStackAfresh()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Submitted);
        DealEditor editor(w.db, w.user(QStringLiteral("support")), id);
        editor.show();
        const auto nothing = [] { return Result<void>(); };
        QVERIFY(editor.session()->apply(&editor, QStringLiteral("Edit promise"), nothing, nothing));
        QCOMPARE(editor.undoStack()->count(), 1);
        QVERIFY(editor.undoStack()->canUndo());
        QPushButton* accept = editor.findChild<HandoffActionsPanel*>()->button(HandoffAction::Accept);
        QVERIFY(accept->isVisible());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(DealStore(w.db).get(id)->state, HandoffState::Accepted);
        QCOMPARE(editor.undoStack()->count(), 0);
        QVERIFY(!editor.undoStack()->canUndo());
    }

    // After Accept the panel says what happened and what follows; the open work is then listed as work.
    void acceptingSaysWhatFollows()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Submitted);
        w.seed(id, ReviewStatus::Accepted); // open after acceptance: work left
        DealEditor editor(w.db, w.user(QStringLiteral("support")), id);
        editor.show();
        auto* panel = editor.findChild<HandoffActionsPanel*>();
        QTest::mouseClick(panel->button(HandoffAction::Accept), Qt::LeftButton);
        QCOMPARE(DealStore(w.db).get(id)->state, HandoffState::Accepted);
        auto* heading = editor.findChild<QLabel*>(QStringLiteral("reasonsHeading"));
        QVERIFY(heading->isVisible());
        QVERIFY2(heading->text().contains(QLatin1String("you own this handoff")), qPrintable(heading->text()));
        QVERIFY2(heading->text().contains(QLatin1String("task")), qPrintable(heading->text()));

        editor.session()->notifyChanged(); // the deal read again: the open promise is work left, not an error
        QVERIFY2(heading->text().startsWith(QLatin1String("Work left before the handoff is fulfilled")),
                 qPrintable(heading->text()));
        QVERIFY(!heading->styleSheet().contains(QLatin1String("#c0392b")));
        QVERIFY2(panel->button(HandoffAction::MarkFulfilled)->text().contains(QLatin1String("left)")),
                 qPrintable(panel->button(HandoffAction::MarkFulfilled)->text()));
    }

    void twoWindowsOnOneDealNeverOverwriteSilently()
    {
        TwoWindows t;
        World& w = t.w;
        const qint64 id = t.id;
        DealEditor& second = t.second;

        // The second window still shows the old deal; its edit meets the first one's.
        auto* secondTitle = second.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        const auto seen = std::make_shared<QString>();
        answerNextMessage(QStringLiteral("reloadButton"), seen);
        typeInto(secondTitle, QStringLiteral("From the second"));
        // The question names who changed what, and when.
        QVERIFY2(seen->contains(QLatin1String("The last change:")), qPrintable(*seen));
        QVERIFY2(seen->contains(w.user(QStringLiteral("rep")).name), qPrintable(*seen));
        QVERIFY2(seen->contains(QLatin1String("From the first")), qPrintable(*seen));
        QCOMPARE(DealStore(w.db).get(id)->title, QStringLiteral("From the first"));
        QCOMPARE(secondTitle->text(), QStringLiteral("From the first"));
        QCOMPARE(second.undoStack()->count(), 0);

        typeInto(t.first.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("First again"));
        answerNextMessage(QStringLiteral("overwriteButton"));
        typeInto(secondTitle, QStringLiteral("Second wins"));
        QCOMPARE(DealStore(w.db).get(id)->title, QStringLiteral("Second wins"));
        QCOMPARE(second.undoStack()->count(), 1);
    }

    // Edits of different fields meet: both stand, and nobody is asked.
    void editsOfOtherFieldsMergeWithoutAsking()
    {
        TwoWindows t;
        World& w = t.w;
        const qint64 id = t.id;
        DealEditor& second = t.second;

        const auto seen = std::make_shared<QString>();
        // Would answer a question, which must not come.
        const QPointer<QTimer> guard = answerNextMessage(QStringLiteral("reloadButton"), seen);
        typeInto(second.findChild<QLineEdit*>(QStringLiteral("productsEdit")), QStringLiteral("Enterprise plan"));
        QVERIFY2(seen->isEmpty(), qPrintable(*seen));
        const Deal stored = *DealStore(w.db).get(id);
        QCOMPARE(stored.title, QStringLiteral("From the first"));
        QCOMPARE(stored.products, QStringLiteral("Enterprise plan"));
        QCOMPARE(second.undoStack()->count(), 1);
        QCOMPARE(second.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->text(), QStringLiteral("From the first"));

        // Undo takes back the second window's edit only.
        second.undoStack()->undo();
        QCOMPARE(DealStore(w.db).get(id)->products, QString());
        QCOMPARE(DealStore(w.db).get(id)->title, QStringLiteral("From the first"));
        delete guard.data();
    }

    // A returned handoff says on top who returned it, when and why, with links to the promises support asked about.
    void aReturnedHandoffSaysWhyOnTop()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Submitted);
        Promise draft = w.draft(id);
        draft.description = QStringLiteral("Okta <b>single</b> sign-on");
        const Promise asked = *Seed<PromiseStore>(w.db).create(draft);
        QVERIFY(PromiseService(w.db).review(w.user(QStringLiteral("support")), asked.id,
                                            ReviewStatus::NeedsClarification, QStringLiteral("Which Okta tenant?")));
        DealEditor before(w.db, w.user(QStringLiteral("rep")), id);
        auto* banner = before.findChild<StateBanner*>();
        QVERIFY(banner);
        QVERIFY(!banner->isHidden()); // the question shows while the handoff is submitted too
        QVERIFY(!banner->text().contains(QLatin1String("Returned")));

        QVERIFY(HandoffWorkflow(w.db).returnHandoff(w.user(QStringLiteral("support")), id,
                                                    ReturnReason::MissingInformation,
                                                    QStringLiteral("billing contact missing")));
        DealEditor editor(w.db, w.user(QStringLiteral("rep")), id);
        editor.show();
        banner = editor.findChild<StateBanner*>();
        QVERIFY(banner->isVisible());
        const QString text = banner->text();
        for (const char* expected :
             {"Returned to sales", "Sam Support", "missing information", "billing contact missing",
              "Which Okta tenant?", "Okta &lt;b&gt;single&lt;/b&gt; sign-on"}) {
            QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
        }
        // It stands above the state and the buttons.
        QVERIFY(banner->geometry().bottom() <= editor.findChild<HandoffActionsPanel*>()->geometry().top());
        auto* label = banner->findChild<QLabel*>(QStringLiteral("stateBannerText"));
        emit label->linkActivated(QStringLiteral("promise:%1").arg(asked.id));
        QCOMPARE(editor.tabs()->currentIndex(), editor.tabs()->indexOf(editor.findChild<PromisesTab*>()));
    }

    void newDealDialogExplainsEachFieldAndCreates()
    {
        World w;
        NewDealDialog dialog(w.db, w.user(QStringLiteral("rep")));
        dialog.show();
        // Every label with a mnemonic has a field to focus: none shows its '&' as text.
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->text().contains(QLatin1Char('&'))) {
                QVERIFY2(label->buddy(), qPrintable(label->text()));
            }
        }
        dialog.accept(); // nothing typed yet
        QVERIFY(dialog.isVisible());
        auto* accountProblem = dialog.findChild<QLabel*>(QStringLiteral("problem%1").arg(int(DealField::Account)));
        auto* titleProblem = dialog.findChild<QLabel*>(QStringLiteral("problem%1").arg(int(DealField::Title)));
        QVERIFY(accountProblem->isVisible());
        QVERIFY(titleProblem->isVisible());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("accountEdit")), QStringLiteral("Initech"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("TPS reports"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("amountEdit")), QStringLiteral("12,500.50"));
        // The term's unit follows its number: "1 month", "12 months".
        auto* term = dialog.findChild<QSpinBox*>();
        QVERIFY(term);
        QCOMPARE(term->text(), QStringLiteral("12 months"));
        term->setValue(1);
        QCOMPARE(term->text(), QStringLiteral("1 month"));
        term->setValue(12);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Deal deal = *DealStore(w.db).get(dialog.deal().id);
        QCOMPARE(deal.title, QStringLiteral("TPS reports"));
        QCOMPARE(deal.amountMinor, 1250050);
        QCOMPARE(deal.salesRepId, w.user(QStringLiteral("rep")).id);
    }

    void profileDialogCreatesAProfile()
    {
        World w;
        ProfileDialog dialog(w.db);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("profileName")), QStringLiteral("Dana Reyes"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("profileEmail")), QStringLiteral("rita@example"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // a bad email is explained, not accepted
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("profileProblems"))->text().isEmpty());
        auto* email = dialog.findChild<QLineEdit*>(QStringLiteral("profileEmail"));
        email->clear();
        QTest::keyClicks(email, QStringLiteral("dana@example.com"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().name, QStringLiteral("Dana Reyes"));
        QVERIFY(UserService(w.db).get(dialog.user().id));
    }

    // One click on a person lets them start, also on the row the list made current when it took the focus.
    void oneClickPicksAProfile()
    {
        World w;
        ProfileDialog dialog(w.db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* people = dialog.findChild<QListWidget*>();
        QVERIFY(people && people->count() > 0);
        people->setCurrentRow(0, QItemSelectionModel::NoUpdate); // current, not selected, as after focusing the list
        auto* start = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!start->isEnabled());
        QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, people->visualItemRect(people->item(0)).center());
        QVERIFY(people->item(0)->isSelected());
        QVERIFY(start->isEnabled());
    }
};

QTEST_MAIN(TestDealEditor)
#include "tst_dealeditor.moc"
