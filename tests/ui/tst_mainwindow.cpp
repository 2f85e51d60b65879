// The main window: it shows the deals and the counts, sorts on a header click and remembers its layout.

#include "DealFixture.h"
#include "deals/DealListView.h"
#include "mainwindow/MainWindow.h"
#include "models/DealListModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>

using namespace handoff;

namespace {

constexpr int kDeals = 500;

void clickHeader(QHeaderView* header, int section)
{
    const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
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
        MainWindow window(t.db);
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

    void clickingAHeaderSorts()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        MainWindow window(t.db);
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
            MainWindow window(t.db);
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            clickHeader(window.dealList()->table()->horizontalHeader(), DealListModel::SalesRepColumn);
            window.dealList()->table()->horizontalHeader()->resizeSection(DealListModel::AccountColumn, 321);
            window.close();
        }
        MainWindow window(t.db);
        const DealListModel* model = window.dealList()->model();
        QCOMPARE(model->sortColumn(), int(DealListModel::SalesRepColumn));
        QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(window.dealList()->table()->horizontalHeader()->sectionSize(DealListModel::AccountColumn), 321);
        QCOMPARE(window.size(), QSize(900, 600));
    }

    void quitClosesTheWindow()
    {
        TestDatabase t;
        MainWindow window(t.db);
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
