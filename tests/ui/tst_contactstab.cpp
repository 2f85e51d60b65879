// The Contacts & channels tab as a rep uses it: adding a person through the dialog, the email link, validation
// beside the field, undo, channels with one preferred, and the read-only view.

#include "contacts/ContactTableModel.h"
#include "contacts/ContactsTab.h"
#include "core/TestDatabase.h"
#include "deals/DealSession.h"
#include "storage/Stores.h"
#include "workflow/ContactService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace handoff;

namespace {

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, support;
    qint64 dealId = 0;

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
    }

    QList<DealContactRow> stored() { return *ContactService(db).forDeal(dealId); }
    int count() { return db.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts"))->toInt(); }
};

void showActive(QWidget& widget)
{
    if (!widget.isVisible()) {
        widget.resize(900, 600);
        widget.show();
    }
    widget.activateWindow(); // again after a dialog: the offscreen platform does not hand activation back
    QVERIFY(QTest::qWaitForWindowActive(&widget));
}

// Runs fill on the modal dialog once it is open, while the test waits in exec().
void whenDialogOpens(QObject* context, std::function<void(QDialog*)> fill)
{
    QTimer::singleShot(0, context, [fill] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
    });
}

void type(QDialog* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
    QVERIFY2(edit, field);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void press(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(which), Qt::LeftButton);
}

} // namespace

class TestContactsTab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { ContactsTab::setUrlOpener({}); }

    void addAPersonAndWriteToThem()
    {
        World w;
        DealSession session(w.db, w.rep, w.dealId);
        ContactsTab tab(session);
        showActive(tab);
        QTableView* table = tab.contactTable();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QUrl> opened;
        ContactsTab::setUrlOpener([&opened](const QUrl& url) {
            opened.append(url);
            return true;
        });

        whenDialogOpens(&tab, [](QDialog* dialog) {
            type(dialog, "nameEdit", QStringLiteral("Carla Customer"));
            type(dialog, "titleEdit", QStringLiteral("CFO"));
            type(dialog, "emailEdit", QStringLiteral("carla@acme.com"));
            type(dialog, "phoneEdit", QStringLiteral("+49 30 1234567"));
            type(dialog, "timeZoneEdit", QStringLiteral("Europe/Berlin"));
            press(dialog, QDialogButtonBox::Ok);
        });
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Insert);

        QCOMPARE(w.stored().size(), 1);
        QCOMPARE(w.stored().first().contact.email, QStringLiteral("carla@acme.com"));
        QCOMPARE(table->model()->rowCount(), 1);
        const QModelIndex name = table->model()->index(0, ContactTableModel::NameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("Carla Customer"));
        QCOMPARE(table->model()->index(0, ContactTableModel::TimeZoneColumn).data().toString(),
                 QStringLiteral("Europe/Berlin"));

        const QModelIndex email = table->model()->index(0, ContactTableModel::EmailColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(email).center());
        QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("mailto:carla@acme.com"))});
        const QModelIndex phone = table->model()->index(0, ContactTableModel::PhoneColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(phone).center());
        QCOMPARE(opened.last(), QUrl(QStringLiteral("tel:+49301234567")));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(name).center());
        QCOMPARE(opened.size(), 2); // a name is not a link

        // Undo takes the person off the deal; redo puts them back.
        session.undoStack()->undo();
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(w.stored().isEmpty());
        session.undoStack()->redo();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(w.stored().first().contact.name, QStringLiteral("Carla Customer"));
    }

    void aBadEmailIsRefusedBesideTheField()
    {
        World w;
        DealSession session(w.db, w.rep, w.dealId);
        ContactsTab tab(session);
        showActive(tab);
        bool refusedInPlace = false;
        QString message;
        whenDialogOpens(&tab, [&](QDialog* dialog) {
            type(dialog, "nameEdit", QStringLiteral("Carla"));
            type(dialog, "emailEdit", QStringLiteral("carla.acme.com"));
            press(dialog, QDialogButtonBox::Ok);
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("emailError"));
            QVERIFY(error);
            message = error->text();
            refusedInPlace = dialog->isVisible() && error->isVisible() &&
                             !dialog->findChild<QLabel*>(QStringLiteral("nameError"))->isVisible() &&
                             dialog->focusWidget() == dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
            press(dialog, QDialogButtonBox::Cancel);
        });
        tab.contactTable()->setFocus();
        QTest::keyClick(tab.contactTable(), Qt::Key_Insert);
        QVERIFY(refusedInPlace);
        QVERIFY(message.contains(QStringLiteral("carla.acme.com")));
        QVERIFY(w.stored().isEmpty());
        QCOMPARE(session.undoStack()->count(), 0);
    }

    // Email, phone and role are sized by what they hold, the time zone takes what is left, and a width the user
    // drags is kept for the next deal.
    void columnsFitWhatTheyHoldAndKeepTheUsersWidths()
    {
        QSettings().remove(QStringLiteral("tables/contacts"));
        World w;
        const QString email = QStringLiteral("margarethe.vandenberg@example-holdings.com");
        QVERIFY(ContactService(w.db).addNew(w.rep, w.dealId,
                                            Contact{0, 0, 0, QStringLiteral("Margarethe van den Berg"),
                                                    QStringLiteral("Head of Customer Operations"), email,
                                                    QStringLiteral("+31 20 555 0199 ext. 4411"), Channel::Email,
                                                    QStringLiteral("Europe/Amsterdam")},
                                            ContactRole::DayToDay));
        int dragged = 0;
        {
            DealSession session(w.db, w.rep, w.dealId);
            ContactsTab tab(session);
            tab.resize(1280, 600);
            showActive(tab);
            QTableView* table = tab.contactTable();
            QHeaderView* header = table->horizontalHeader();
            const QFontMetrics metrics = table->fontMetrics();
            for (const int column : {int(ContactTableModel::EmailColumn), int(ContactTableModel::PhoneColumn),
                                     int(ContactTableModel::RoleColumn)}) {
                const QString text = table->model()->index(0, column).data().toString();
                QVERIFY2(header->sectionSize(column) >= metrics.horizontalAdvance(text),
                         qPrintable(QStringLiteral("%1 is cut: %2 px for %3 px")
                                        .arg(text)
                                        .arg(header->sectionSize(column))
                                        .arg(metrics.horizontalAdvance(text))));
            }
            QCOMPARE(header->sectionResizeMode(ContactTableModel::TimeZoneColumn), QHeaderView::Stretch);
            dragged = header->sectionSize(ContactTableModel::TitleColumn) / 2;
            header->resizeSection(ContactTableModel::TitleColumn, dragged);
        }
        DealSession session(w.db, w.rep, w.dealId);
        ContactsTab again(session);
        QCOMPARE(again.contactTable()->horizontalHeader()->sectionSize(ContactTableModel::TitleColumn), dragged);
        QSettings().remove(QStringLiteral("tables/contacts"));
    }

    void editAndRemoveAreUndoable()
    {
        World w;
        QVERIFY(ContactService(w.db).addNew(w.rep, w.dealId,
                                            Contact{0, 0, 0, QStringLiteral("Carla"), {}, {}, {}, Channel::Email, {}},
                                            ContactRole::Sponsor));
        DealSession session(w.db, w.rep, w.dealId);
        ContactsTab tab(session);
        showActive(tab);
        QTableView* table = tab.contactTable();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, ContactTableModel::NameColumn));

        whenDialogOpens(&tab, [](QDialog* dialog) {
            type(dialog, "titleEdit", QStringLiteral("CFO"));
            auto* role = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo"));
            role->setCurrentIndex(role->findText(QStringLiteral("Billing contact")));
            press(dialog, QDialogButtonBox::Ok);
        });
        QTest::keyClick(table, Qt::Key_F2);
        showActive(tab);
        QCOMPARE(w.stored().first().contact.title, QStringLiteral("CFO"));
        QCOMPARE(w.stored().first().link.role, ContactRole::Billing);
        QCOMPARE(table->model()->index(0, ContactTableModel::RoleColumn).data().toString(),
                 QStringLiteral("Billing contact"));

        table->setCurrentIndex(table->model()->index(0, ContactTableModel::NameColumn));
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(w.stored().isEmpty());
        QCOMPARE(table->model()->rowCount(), 0);

        session.undoStack()->undo(); // back on the deal
        QCOMPARE(w.stored().size(), 1);
        session.undoStack()->undo(); // the edit taken back, although the link has a new id now
        QCOMPARE(w.stored().first().contact.title, QString());
        QCOMPARE(w.stored().first().link.role, ContactRole::Sponsor);
    }

    void channelsWithOnePreferred()
    {
        World w;
        DealSession session(w.db, w.rep, w.dealId);
        ContactsTab tab(session);
        showActive(tab);
        QTableView* channels = tab.channelTable();
        QAbstractItemModelTester tester(channels->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto addChannel = [&](const QString& kind, const QString& address) {
            whenDialogOpens(&tab, [kind, address](QDialog* dialog) {
                auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("channelKindCombo"));
                combo->setCurrentIndex(combo->findText(kind));
                type(dialog, "addressEdit", address);
                press(dialog, QDialogButtonBox::Ok);
            });
            channels->setFocus();
            QTest::keyClick(channels, Qt::Key_Insert);
            showActive(tab);
        };
        addChannel(QStringLiteral("Phone"), QStringLiteral("+1 555 0100"));
        addChannel(QStringLiteral("Portal"), QStringLiteral("https://help.acme.example"));
        QCOMPARE(channels->model()->rowCount(), 2);
        QCOMPARE(channels->model()->index(0, 2).data().toString(), QStringLiteral("Preferred")); // the first one
        QCOMPARE(channels->model()->index(1, 2).data().toString(), QString());

        channels->setCurrentIndex(channels->model()->index(1, 0));
        QTest::keyClick(channels, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(channels->model()->index(0, 0).data().toString(), QStringLiteral("Portal"));
        QCOMPARE(channels->model()->index(0, 2).data().toString(), QStringLiteral("Preferred"));
        QCOMPARE(channels->model()->index(1, 2).data().toString(), QString());

        session.undoStack()->undo();
        QCOMPARE(channels->model()->index(0, 0).data().toString(), QStringLiteral("Phone"));
        QCOMPARE(channels->model()->index(0, 2).data().toString(), QStringLiteral("Preferred"));
    }

    void aPersonOfTheAccountIsPutOnTheDeal()
    {
        World w;
        const qint64 account = DealStore(w.db).get(w.dealId)->accountId;
        QVERIFY(Seed<ContactStore>(w.db).create(Contact{
            0, 0, account, QStringLiteral("Ben Billing"), QStringLiteral("AP lead"), {}, {}, Channel::Email, {}}));
        DealSession session(w.db, w.rep, w.dealId);
        ContactsTab tab(session);
        showActive(tab);
        whenDialogOpens(&tab, [](QDialog* dialog) {
            auto* person = dialog->findChild<QComboBox*>(QStringLiteral("personCombo"));
            QCOMPARE(person->currentText(), QStringLiteral("Ben Billing, AP lead"));
            auto* role = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo"));
            role->setCurrentIndex(role->findText(QStringLiteral("Billing contact")));
            press(dialog, QDialogButtonBox::Ok);
        });
        tab.contactTable()->setFocus();
        QTest::keyClick(tab.contactTable(), Qt::Key_Insert, Qt::ShiftModifier);
        QCOMPARE(w.stored().size(), 1);
        QCOMPARE(w.stored().first().link.role, ContactRole::Billing);
        QCOMPARE(tab.contactTable()->model()->index(0, ContactTableModel::NameColumn).data().toString(),
                 QStringLiteral("Ben Billing"));
        session.undoStack()->undo();
        QVERIFY(w.stored().isEmpty());
        QCOMPARE(w.count(), 1); // still a person of the account
    }

    // A name with a right-to-left override shows inside an isolate, so that the override ends with the name; what
    // a screen reader hears and what the editor gets stay the text itself, without the isolate's marks. A control
    // character stored before the doors refused it shows as U+FFFD.
    void namesAreShownIsolated()
    {
        World w;
        const qint64 account = DealStore(w.db).get(w.dealId)->accountId;
        const QString spoof = QStringLiteral("Invoice\u202Egpj.exe");
        const QString title = QStringLiteral("CFO") + QChar(0);
        const auto person =
            Seed<ContactStore>(w.db).create(Contact{0, 0, account, spoof, title, {}, {}, Channel::Email, {}});
        QVERIFY(person);
        QVERIFY(Seed<DealContactStore>(w.db).create(DealContact{0, 0, w.dealId, person->id, ContactRole::Sponsor}));
        DealSession session(w.db, w.rep, w.dealId);
        ContactsTab tab(session);
        showActive(tab);
        QAbstractItemModel* model = tab.contactTable()->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex name = model->index(0, ContactTableModel::NameColumn);
        QCOMPARE(name.data(Qt::DisplayRole).toString(), QString(QChar(0x2068) + spoof + QChar(0x2069)));
        QCOMPARE(name.data(Qt::AccessibleTextRole).toString(), spoof);
        QCOMPARE(model->index(0, ContactTableModel::TitleColumn).data().toString(), QStringLiteral("CFO\uFFFD"));
        QCOMPARE(w.stored().first().contact.name, spoof);
    }

    void supportBeforeAcceptingSeesItReadOnly()
    {
        World w(HandoffState::Submitted);
        DealSession session(w.db, w.support, w.dealId);
        ContactsTab tab(session);
        showActive(tab);
        QVERIFY(tab.findChild<QWidget*>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(tab.findChild<QLabel*>(QStringLiteral("readOnlyReason"))->text().contains(QStringLiteral("Support")));
        tab.contactTable()->setFocus();
        QTest::keyClick(tab.contactTable(), Qt::Key_Insert); // no dialog opens: the action is off
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(w.stored().isEmpty());
    }
};

QTEST_MAIN(TestContactsTab)
#include "tst_contactstab.moc"
