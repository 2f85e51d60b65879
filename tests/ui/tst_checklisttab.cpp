// The Checklist tab as a rep uses it: ticking, typing, picking, the progress bars, undo, the jump to an item, and
// the read-only view of someone who may not change the checklist.

#include "checklist/ChecklistItemEditor.h"
#include "checklist/ChecklistTab.h"
#include "core/TestDatabase.h"
#include "deals/DealSession.h"
#include "storage/Stores.h"
#include "widgets/WheelGuard.h"
#include "workflow/ChecklistService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

using namespace handoff;

namespace {

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, support;
    qint64 dealId = 0, carla = 0;

    explicit World(HandoffState state = HandoffState::Draft)
    {
        rep = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Sam Seller"), QStringLiteral("sam@example.com"), Role::Sales, true});
        support = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Dana Reyes"), QStringLiteral("dana@example.com"), Role::Support, true});
        const qint64 account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        Deal deal;
        deal.accountId = account;
        deal.title = QStringLiteral("Acme rollout");
        deal.closedOn = QDate(2026, 3, 1);
        deal.salesRepId = rep.id;
        deal.state = state;
        dealId = Seed<DealStore>(db).create(deal)->id;
        carla = Seed<ContactStore>(db)
                    .create(Contact{0, 0, account, QStringLiteral("Carla Customer"), {}, {}, {}, Channel::Email, {}})
                    ->id;
        Seed<DealContactStore>(db).create(DealContact{0, 0, dealId, carla, ContactRole::Billing}).value();
    }

    QString answer(const QString& key)
    {
        const auto items = ChecklistItemStore(db).where(QStringLiteral("key = ?"), {key});
        const auto answers = ChecklistService(db).answers(dealId);
        for (const ChecklistAnswer& a : *answers) {
            if (a.itemId == items->first().id) {
                return a.value;
            }
        }
        return QString();
    }
};

template <typename T>
T* find(QWidget& tab, const QString& name)
{
    T* widget = tab.findChild<T*>(name);
    if (!widget) {
        qWarning("no widget %s", qPrintable(name));
    }
    return widget;
}

void showActive(QWidget& widget)
{
    widget.resize(800, 600);
    widget.show();
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
}

} // namespace

class TestChecklistTab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tickAndTypeSaveAtOnceAndMoveTheBars()
    {
        World w;
        DealSession session(w.db, w.rep, w.dealId);
        ChecklistTab tab(session);
        showActive(tab);
        auto* overall = find<QProgressBar>(tab, QStringLiteral("overallProgress"));
        QVERIFY(overall);
        QCOMPARE(overall->value(), 0);
        QVERIFY(overall->format().startsWith(QStringLiteral("Required: 0 of ")));
        QVERIFY(!find<QWidget>(tab, QStringLiteral("readOnlyBanner"))->isVisible());
        // The required marker is there and says what it means.
        QCOMPARE(find<QLabel>(tab, QStringLiteral("requiredMarker_promises_recorded"))->accessibleName(),
                 QStringLiteral("required"));

        auto* check = find<QCheckBox>(tab, QStringLiteral("item_promises_recorded"));
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(w.answer(QStringLiteral("promises_recorded")), QStringLiteral("true"));
        QCOMPARE(overall->value(), 1);
        QVERIFY(overall->format().startsWith(QStringLiteral("Required: 1 of ")));
        // The Commitments section (the fourth) has both of its items required; one is ticked now.
        QCOMPARE(find<QProgressBar>(tab, QStringLiteral("sectionProgress_3"))->format(),
                 QStringLiteral("Required: 1 of 2 · All: 1 of 2"));

        auto* seats = find<QLineEdit>(tab, QStringLiteral("item_seats"));
        seats->setFocus();
        QTest::keyClicks(seats, QStringLiteral("250 seats"));
        QTest::keyClick(seats, Qt::Key_Return);
        QCOMPARE(w.answer(QStringLiteral("seats")), QStringLiteral("250 seats"));
        QCOMPARE(overall->value(), 2);

        // A long text saves when the user leaves it.
        auto* pains = find<QPlainTextEdit>(tab, QStringLiteral("item_pains"));
        pains->setFocus();
        QTest::keyClicks(pains, QStringLiteral("Slow onboarding"));
        QCOMPARE(w.answer(QStringLiteral("pains")), QString());
        seats->setFocus();
        QCOMPARE(w.answer(QStringLiteral("pains")), QStringLiteral("Slow onboarding"));
        QCOMPARE(overall->value(), 3);

        // A choice and a contact are picked with the keyboard.
        auto* billing = find<QComboBox>(tab, QStringLiteral("item_billing_terms"));
        billing->setFocus();
        QTest::keyClick(billing, Qt::Key_Down);
        QCOMPARE(w.answer(QStringLiteral("billing_terms")), QStringLiteral("Monthly"));
        auto* contact = find<QComboBox>(tab, QStringLiteral("item_billing_contact"));
        QCOMPARE(contact->count(), 2); // nobody, and the one person on the deal
        contact->setFocus();
        QTest::keyClick(contact, Qt::Key_Down);
        QCOMPARE(w.answer(QStringLiteral("billing_contact")), QString::number(w.carla));
        QCOMPARE(overall->value(), 5);
        QCOMPARE(session.undoStack()->count(), 5);
    }

    void datesArePickedAndCleared()
    {
        World w;
        DealSession session(w.db, w.rep, w.dealId);
        ChecklistTab tab(session);
        showActive(tab);
        auto* date = find<QDateEdit>(tab, QStringLiteral("item_kickoff_date"));
        QVERIFY(date->calendarPopup());
        QCOMPARE(date->text(), QStringLiteral("Not set"));
        date->setFocus();
        date->setDate(QDate(2026, 4, 2));
        find<QLineEdit>(tab, QStringLiteral("item_seats"))->setFocus(); // leaving the field finishes editing
        QCOMPARE(w.answer(QStringLiteral("kickoff_date")), QStringLiteral("2026-04-02"));
        QTest::mouseClick(find<QToolButton>(tab, QStringLiteral("clear_kickoff_date")), Qt::LeftButton);
        QCOMPARE(w.answer(QStringLiteral("kickoff_date")), QString());
        QCOMPARE(date->text(), QStringLiteral("Not set"));
    }

    void undoRestoresTheOldAnswer()
    {
        World w;
        DealSession session(w.db, w.rep, w.dealId);
        ChecklistTab tab(session);
        showActive(tab);
        auto* check = find<QCheckBox>(tab, QStringLiteral("item_customer_saw_promises"));
        auto* overall = find<QProgressBar>(tab, QStringLiteral("overallProgress"));
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(check->isChecked());
        QCOMPARE(overall->value(), 1);

        session.undoStack()->undo();
        QVERIFY(!check->isChecked());
        QCOMPARE(overall->value(), 0);
        QCOMPARE(w.answer(QStringLiteral("customer_saw_promises")), QString());
        session.undoStack()->redo();
        QVERIFY(check->isChecked());
        QCOMPARE(w.answer(QStringLiteral("customer_saw_promises")), QStringLiteral("true"));
    }

    void undoDoesNotOverwriteSomeoneElsesAnswer()
    {
        World w;
        DealSession session(w.db, w.rep, w.dealId);
        ChecklistTab tab(session);
        showActive(tab);
        auto* seats = find<QLineEdit>(tab, QStringLiteral("item_seats"));
        seats->setFocus();
        QTest::keyClicks(seats, QStringLiteral("100"));
        QTest::keyClick(seats, Qt::Key_Return);
        // Another window changes the same answer.
        QVERIFY(ChecklistService(w.db).answer(w.rep, w.dealId, QStringLiteral("seats"), QStringLiteral("120")));
        QTimer::singleShot(0, this, [] {
            if (QWidget* box = QApplication::activeModalWidget()) {
                box->close();
            }
        });
        session.undoStack()->undo();
        QCOMPARE(w.answer(QStringLiteral("seats")), QStringLiteral("120"));
        QCOMPARE(seats->text(), QStringLiteral("120"));
    }

    void supportSeesItReadOnlyWithTheReason()
    {
        World w(HandoffState::Submitted);
        DealSession session(w.db, w.support, w.dealId);
        ChecklistTab tab(session);
        showActive(tab);
        QVERIFY(find<QWidget>(tab, QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(find<QLabel>(tab, QStringLiteral("readOnlyReason"))
                    ->text()
                    .contains(QStringLiteral("Only the deal's sales rep or a team lead")));
        QVERIFY(!find<QCheckBox>(tab, QStringLiteral("item_promises_recorded"))->isEnabled());
        QVERIFY(!find<QComboBox>(tab, QStringLiteral("item_billing_terms"))->isEnabled());
        auto* seats = find<QLineEdit>(tab, QStringLiteral("item_seats"));
        QVERIFY(seats->isReadOnly());
        seats->setFocus();
        QTest::keyClicks(seats, QStringLiteral("999"));
        QTest::keyClick(seats, Qt::Key_Return);
        QCOMPARE(w.answer(QStringLiteral("seats")), QString());
        QCOMPARE(session.undoStack()->count(), 0);
    }

    // Scrolling the checklist with the wheel passes over drop-downs and dates: they keep their values (it used to
    // pick another contact, which was saved and audited). A field the user is in still takes the wheel.
    void wheelOverFieldsChangesNothing()
    {
        WheelGuard::install(*qApp);
        World w;
        DealSession session(w.db, w.rep, w.dealId);
        ChecklistTab tab(session);
        showActive(tab);
        const auto wheel = [](QWidget* field) {
            const QPointF at(field->width() / 2.0, field->height() / 2.0);
            QWheelEvent event(at, field->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(field, &event);
        };
        auto* terms = find<QComboBox>(tab, QStringLiteral("item_billing_terms"));
        auto* contact = find<QComboBox>(tab, QStringLiteral("item_billing_contact"));
        auto* kickoff = find<QDateEdit>(tab, QStringLiteral("item_kickoff_date"));
        QVERIFY(terms && contact && kickoff);
        const int termsIndex = terms->currentIndex();
        const int contactIndex = contact->currentIndex();
        const QDate kickoffDate = kickoff->date();
        find<QLineEdit>(tab, QStringLiteral("item_seats"))->setFocus(); // the user is elsewhere
        auto* scroll = tab.findChild<QScrollArea*>();
        QVERIFY(scroll && scroll->verticalScrollBar()->maximum() > 0);
        for (QWidget* field : std::initializer_list<QWidget*>{terms, contact, kickoff}) {
            // The wheel does not give them the focus (it would, before it reached them, by their default policy).
            QCOMPARE(field->focusPolicy(), Qt::StrongFocus);
            const int before = scroll->verticalScrollBar()->value();
            wheel(field);
            wheel(field);
            QVERIFY2(scroll->verticalScrollBar()->value() > before ||
                         scroll->verticalScrollBar()->value() == scroll->verticalScrollBar()->maximum(),
                     "the form scrolls instead");
        }
        QCOMPARE(terms->currentIndex(), termsIndex);
        QCOMPARE(contact->currentIndex(), contactIndex);
        QCOMPARE(kickoff->date(), kickoffDate);
        QCOMPARE(w.answer(QStringLiteral("billing_terms")), QString());
        QCOMPARE(w.answer(QStringLiteral("billing_contact")), QString());

        // In the field, the wheel picks, as before.
        terms->setFocus();
        wheel(terms);
        QVERIFY(terms->currentIndex() != termsIndex);
        QVERIFY(!w.answer(QStringLiteral("billing_terms")).isEmpty());
    }

    void focusItemJumpsToTheEditor()
    {
        World w;
        DealSession session(w.db, w.rep, w.dealId);
        ChecklistTab tab(session);
        showActive(tab);
        tab.focusItem(QStringLiteral("call_notes")); // the last item, far below
        auto* notes = find<QPlainTextEdit>(tab, QStringLiteral("item_call_notes"));
        QCOMPARE(QApplication::focusWidget(), notes);
        QVERIFY(notes->visibleRegion().isEmpty() == false);
        bool flashing = false;
        for (ChecklistItemEditor* editor : tab.findChildren<ChecklistItemEditor*>()) {
            if (editor->item().key == QLatin1String("call_notes")) {
                flashing = editor->isFlashing();
            }
        }
        QVERIFY(flashing);
        tab.focusItem(QStringLiteral("no_such_item")); // ignored
        QCOMPARE(QApplication::focusWidget(), notes);
    }
};

QTEST_MAIN(TestChecklistTab)
#include "tst_checklisttab.moc"
