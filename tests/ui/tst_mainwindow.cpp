// The main window: it shows the deals and the counts, sorts on a header click and remembers its layout.

#include "DealFixture.h"
#include "deals/DealListView.h"
#include "dialogs/PreferencesDialog.h"
#include "editor/DealEditor.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "models/DealListModel.h"
#include "workflow/UserService.h"

#include <QLineEdit>
#include <QUndoGroup>
#include <QUndoStack>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace handoff;

namespace {

constexpr int kDeals = 500;

void clickHeader(QHeaderView* header, int section)
{
    const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
}

// A team lead of the test database: leads see every open deal in "My handoffs".
User lead(Database& db)
{
    auto users = UserService(db).active(Role::Lead);
    if (users && !users->isEmpty()) {
        return users->first();
    }
    return UserService(db).create(QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead).value();
}

qint64 amountOf(const Database& db, qint64 dealId)
{
    const auto amount = db.scalar(QStringLiteral("SELECT amount_minor FROM deals WHERE id = ?"), {dealId});
    return amount ? amount->toLongLong() : -1;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HandoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void showsDealsAndCounts()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        MainWindow window(t.db, lead(t.db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTableView* table = window.dealList()->table();
        QVERIFY(table->isVisible());
        QVERIFY(table->indexAt(QPoint(2, 2)).isValid()); // a row is painted at the top
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY(table->model()->rowCount() < kDeals); // read lazily, not everything
        QCOMPARE(table->accessibleName(), QStringLiteral("Deals"));

        auto* counts = window.findChild<QLabel*>(QStringLiteral("countsLabel"));
        QVERIFY(counts);
        QTRY_VERIFY2(counts->text().contains(QLatin1String("Deals: 500")), qPrintable(counts->text()));
        auto* path = window.findChild<QLabel*>(QStringLiteral("pathLabel"));
        QVERIFY(path);
        QCOMPARE(path->text(), QDir::toNativeSeparators(t.path()));
    }

    // Counting grows with the data (40-50 ms at 100,000 deals): the status bar's counts are read on a connection of
    // their own, so the window stays responsive while they are read, and they arrive a moment later.
    void countsAreReadOffTheWindowsThread()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        MainWindow window(t.db, lead(t.db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* counts = window.findChild<QLabel*>(QStringLiteral("countsLabel"));
        QVERIFY(counts);
        QTRY_VERIFY2(counts->text().contains(QLatin1String("Deals: 500")), qPrintable(counts->text()));

        QVERIFY(
            t.db.exec(QStringLiteral("DELETE FROM deals WHERE id IN (SELECT id FROM deals ORDER BY id DESC LIMIT 3)")));
        window.refreshStatus();
        QVERIFY2(counts->text().contains(QLatin1String("Deals: 500")), "the window's thread did not count");
        QTRY_VERIFY2(counts->text().contains(QLatin1String("Deals: 497")), qPrintable(counts->text()));
    }

    void clickingAHeaderSorts()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        MainWindow window(t.db, lead(t.db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView* table = window.dealList()->table();
        QHeaderView* header = table->horizontalHeader();
        const auto topDeal = [table] {
            return table->indexAt(QPoint(2, 2)).data(DealListModel::DealIdRole).toLongLong();
        };

        clickHeader(header, DealListModel::AmountColumn);
        QCOMPARE(header->sortIndicatorSection(), int(DealListModel::AmountColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder); // largest first on the first click
        QCOMPARE(amountOf(t.db, topDeal()), qint64(12000));

        clickHeader(header, DealListModel::AmountColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(amountOf(t.db, topDeal()), qint64(0));

        clickHeader(header, DealListModel::AccountColumn);
        QCOMPARE(table->indexAt(QPoint(2, 2)).data().toString(), QStringLiteral("Customer 01"));
    }

    void remembersLayoutAndSort()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, 50));
        {
            MainWindow window(t.db, lead(t.db));
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            clickHeader(window.dealList()->table()->horizontalHeader(), DealListModel::SalesRepColumn);
            window.dealList()->table()->horizontalHeader()->resizeSection(DealListModel::AccountColumn, 321);
            window.close();
        }
        MainWindow window(t.db, lead(t.db));
        const DealListModel* model = window.dealList()->model();
        QCOMPARE(model->sortColumn(), int(DealListModel::SalesRepColumn));
        QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(window.dealList()->table()->horizontalHeader()->sectionSize(DealListModel::AccountColumn), 321);
        QCOMPARE(window.size(), QSize(900, 600));
    }

    void eachRoleStartsInItsView()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, 20));
        const User support =
            UserService(t.db)
                .create(QStringLiteral("Sam Support"), QStringLiteral("sam@example.com"), Role::Support)
                .value();
        MainWindow window(t.db, support);
        QCOMPARE(window.navigation()->place(), NavigationPanel::ReviewQueue);
        QCOMPARE(window.workspace()->tabText(0), NavigationPanel::name(NavigationPanel::ReviewQueue));
        auto* newDeal = window.findChild<QAction*>(QStringLiteral("newDealAction"));
        QVERIFY(!newDeal->isEnabled()); // support does not create deals
        auto* user = window.findChild<QLabel*>(QStringLiteral("userLabel"));
        QVERIFY(user->text().contains(QLatin1String("Sam Support")));
    }

    void sideBarSwitchesViews()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, 30));
        MainWindow window(t.db, lead(t.db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NavigationPanel* navigation = window.navigation();
        const auto clickPlace = [navigation](NavigationPanel::Place place) {
            const QRect rect = navigation->visualItemRect(navigation->item(place));
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        };
        clickPlace(NavigationPanel::Catalog);
        QCOMPARE(window.workspace()->tabText(0), NavigationPanel::name(NavigationPanel::Catalog));
        clickPlace(NavigationPanel::AllDeals);
        QCOMPARE(window.workspace()->tabText(0), NavigationPanel::name(NavigationPanel::AllDeals));
        QTRY_COMPARE(window.dealList()->model()->rowCount(), 30);
        // Ctrl+6 from the keyboard reaches the same place.
        clickPlace(NavigationPanel::Template);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.workspace()->tabText(0), NavigationPanel::name(NavigationPanel::AllDeals));
    }

    // Preferences offer a dark appearance, applied at once; "As the system" gives the platform's own back.
    void aDarkAppearanceIsOneChoiceAway()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, 3));
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        const auto choose = [&t](const QString& choice) {
            PreferencesDialog dialog(t.db, lead(t.db));
            auto* appearance = dialog.findChild<QComboBox*>(QStringLiteral("appearanceCombo"));
            QVERIFY(appearance);
            appearance->setCurrentIndex(appearance->findData(choice));
            dialog.accept();
        };
        choose(QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        QCOMPARE(QSettings().value(QStringLiteral("appearance")).toString(), QStringLiteral("dark"));
        choose(QString());
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(QSettings().value(QStringLiteral("appearance")).toString(), QString());
    }

    void enterOpensADealAndUndoNamesItsEdit()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, 30));
        MainWindow window(t.db, lead(t.db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPlace(NavigationPanel::AllDeals);
        QTableView* table = window.dealList()->table();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        // A draft: a lead may still edit its fields.
        int row = 0;
        while (row < table->model()->rowCount() &&
               table->model()->index(row, 0).data(DealListModel::StateRole).toInt() != int(HandoffState::Draft)) {
            ++row;
        }
        QVERIFY(row < table->model()->rowCount());
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        const qint64 dealId = table->model()->index(row, 0).data(DealListModel::DealIdRole).toLongLong();
        QTest::keyClick(table, Qt::Key_Return);
        DealEditor* editor = window.workspace()->currentEditor();
        QVERIFY(editor);
        QCOMPARE(editor->dealId(), dealId);
        QCOMPARE(window.workspace()->count(), 2);

        auto* title = editor->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Renamed by the lead"));
        QTest::keyClick(title, Qt::Key_Return);
        auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QLatin1String("Edit title")), qPrintable(undo->text()));
        undo->trigger();
        QVERIFY(!t.db.scalar(QStringLiteral("SELECT title FROM deals WHERE id = ?"), {dealId})
                     ->toString()
                     .contains(QLatin1String("Renamed")));

        // Opening it again brings the same tab forward; Ctrl+W closes it.
        window.showPlace(NavigationPanel::AllDeals);
        window.openDeal(dealId);
        QCOMPARE(window.workspace()->count(), 2);
        window.findChild<QAction*>(QStringLiteral("closeTabAction"))->trigger();
        QCOMPARE(window.workspace()->count(), 1);
    }

    // A long undo step ("Undo Edit promise “…”") stays in the undo button's tool tip: the button shows its icon, and
    // the search field stays on the tool bar of a 1024-pixel window.
    void theSearchFieldStaysBesideALongUndoStep()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, 5));
        MainWindow window(t.db, lead(t.db));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QUndoStack stack;
        window.workspace()->undoGroup()->addStack(&stack);
        stack.setActive();
        const QString step =
            QStringLiteral("Edit promise “Okta and Azure single sign-on for every subsidiary before go-live”");
        stack.push(new QUndoCommand(step));
        auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
        QVERIFY2(undo->toolTip().contains(step), qPrintable(undo->toolTip()));
        auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(undo));
        QVERIFY(button);
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonIconOnly);
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
        QVERIFY(search);
        QTRY_VERIFY(search->isVisible());
        QVERIFY(search->width() >= 200);
        QVERIFY2(bar->rect().contains(search->geometry()), "the search field is cut off the tool bar");
        window.workspace()->undoGroup()->removeStack(&stack);
    }

    void quitClosesTheWindow()
    {
        TestDatabase t;
        MainWindow window(t.db, lead(t.db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QVERIFY(!quit->shortcut().isEmpty());
        quit->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
