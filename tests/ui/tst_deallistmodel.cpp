// The deal list model: lazy pages, sorting in SQL, formatted values, errors reported.

#include "DealFixture.h"
#include "model/Labels.h"
#include "models/DealListModel.h"
#include "views/DealListQuery.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>

using namespace handoff;

namespace {

constexpr int kDeals = 95;

QList<qint64> loadedIds(const DealListModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, 0).data(DealListModel::DealIdRole).toLongLong());
    }
    return ids;
}

void fetchAll(DealListModel& model)
{
    for (int guard = 0; model.canFetchMore(QModelIndex()) && guard <= kDeals; ++guard) {
        model.fetchMore(QModelIndex());
    }
}

int rowOfDeal(const DealListModel& model, qint64 id)
{
    return int(loadedIds(model).indexOf(id));
}

} // namespace

class TestDealListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void fetchesPagesLazily()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        DealListModel model(t.db);
        model.setPageSize(10);
        QCOMPARE(model.rowCount(), 0); // nothing is read before a view asks
        QVERIFY(model.canFetchMore(QModelIndex()));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 10); // one page per request
        QCOMPARE(inserted.count(), 1);
        QVERIFY(model.canFetchMore(QModelIndex()));

        // The tester itself asks for more on every change; the rest loads under its checks.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kDeals);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(inserted.count(), 10); // ten pages, the last one short
        const QList<qint64> ids = loadedIds(model);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), kDeals);
        QCOMPARE(model.dealId(kDeals - 1), ids.constLast());
        QCOMPARE(model.dealId(kDeals), qint64(0));
    }

    void sortsEveryColumnInTheDatabase()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        DealListModel model(t.db);
        model.setPageSize(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        const DealListQuery query(t.db);

        for (int column = 0; column < model.columnCount(); ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
                model.sort(column, order);
                QCOMPARE(reset.count(), 1);
                QCOMPARE(model.sortColumn(), column);
                QCOMPARE(model.sortOrder(), order);
                QCOMPARE(model.rowCount(), 10); // sorting reads the first page again, not everything
                fetchAll(model);
                const auto expected = query.firstPage(DealListColumn(column), order, kDeals + 1);
                QVERIFY(expected);
                QList<qint64> expectedIds;
                for (const DealListRow& row : *expected) {
                    expectedIds.append(row.id);
                }
                QCOMPARE(loadedIds(model), expectedIds);
            }
        }
        // The largest amount comes first when sorting by amount, descending.
        model.sort(DealListModel::AmountColumn, Qt::DescendingOrder);
        const auto largest = t.db.scalar(QStringLiteral("SELECT max(amount_minor) FROM deals"));
        const auto first =
            t.db.scalar(QStringLiteral("SELECT amount_minor FROM deals WHERE id = ?"), {model.dealId(0)});
        QVERIFY(largest && first);
        QCOMPARE(first->toLongLong(), largest->toLongLong());
    }

    void formatsValuesForTheLocale()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        DealListModel model(t.db);
        model.setPageSize(kDeals + 1);
        model.sort(DealListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), kDeals);

        // Deal ids start at 1: deal id n is fixture deal n - 1.
        const auto text = [&model](qint64 id, int column) {
            return model.index(rowOfDeal(model, id), column).data().toString();
        };
        QCOMPARE(text(2, DealListModel::AmountColumn), QStringLiteral("$10.00"));         // USD 1000 minor units
        QCOMPARE(text(3, DealListModel::AmountColumn), QStringLiteral("EUR\u00A020.00")); // not the locale's currency
        QCOMPARE(text(4, DealListModel::AmountColumn), QStringLiteral("JPY\u00A03,000")); // yen have no minor unit
        QCOMPARE(text(2, DealListModel::StateColumn), Labels::of(HandoffState::Submitted));
        QCOMPARE(text(2, DealListModel::ClosedOnColumn), QStringLiteral("5/2/24"));
        QCOMPARE(text(2, DealListModel::AccountColumn), QStringLiteral("Customer 02"));
        QCOMPARE(text(2, DealListModel::SalesRepColumn), QStringLiteral("Ana Ruiz"));
        QCOMPARE(model.index(0, DealListModel::AmountColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);

        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        model.reload();
        QCOMPARE(text(3, DealListModel::AmountColumn), QStringLiteral("20,00\u00a0€"));
        QCOMPARE(text(2, DealListModel::AmountColumn), QStringLiteral("10,00\u00a0USD"));
    }

    void headersAreNamed()
    {
        TestDatabase t;
        DealListModel model(t.db);
        QCOMPARE(model.columnCount(), 6);
        QStringList names;
        for (int column = 0; column < model.columnCount(); ++column) {
            names.append(model.headerData(column, Qt::Horizontal).toString());
        }
        QCOMPARE(names, QStringList({QStringLiteral("Account"), QStringLiteral("Deal"), QStringLiteral("Handoff state"),
                                     QStringLiteral("Sales rep"), QStringLiteral("Amount"), QStringLiteral("Closed")}));
        QCOMPARE(model.headerData(DealListModel::AmountColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
        QCOMPARE(model.headerData(DealListModel::AccountColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::AscendingOrder));
    }

    void reportsErrorsOnce()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        DealListModel model(t.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &DealListModel::errorOccurred);
        QVERIFY(t.db.exec(QStringLiteral("ALTER TABLE deals RENAME TO old_deals")));

        model.reload();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("deals")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex())); // a view scrolling on does not repeat the error
        model.fetchMore(QModelIndex());
        QCOMPARE(errors.count(), 1);

        QVERIFY(t.db.exec(QStringLiteral("ALTER TABLE old_deals RENAME TO deals")));
        model.sort(DealListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(model.rowCount(), kDeals);
    }
};

QTEST_MAIN(TestDealListModel)
#include "tst_deallistmodel.moc"
