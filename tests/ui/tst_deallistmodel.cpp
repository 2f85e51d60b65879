// The deal list model: lazy pages, sorting in SQL, formatted values, errors reported.

#include "DealFixture.h"
#include "model/Labels.h"
#include "model/User.h"
#include "models/DealListModel.h"
#include "views/DealListQuery.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QItemSelectionModel>
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

DealListColumn sortKeyOf(int column)
{
    for (int key = 0; key <= int(DealListColumn::SubmittedAt); ++key) {
        if (DealListModel::columnOf(DealListColumn(key)) == column) {
            return DealListColumn(key);
        }
    }
    return DealListColumn::ClosedOn;
}

// A support rep (id 4) who owns the accepted deals, a flagged promise on every fourth deal and an overdue task on
// every fifth; only open handoffs count as flagged or overdue.
bool addRisks(Database& db)
{
    return db.exec(
                 QStringLiteral("INSERT INTO users (id, name, email, role) VALUES (4, 'Kim Owens', 'kim@example.com', "
                                "'support')"))
               .ok() &&
           db.exec(QStringLiteral("UPDATE deals SET support_owner_id = 4 WHERE state IN ('accepted', 'fulfilled')"))
               .ok() &&
           db.exec(QStringLiteral("UPDATE deals SET submitted_at = '2024-05-0' || (id % 9 + 1) || 'T10:00:00.000Z' "
                                  "WHERE state <> 'draft'"))
               .ok() &&
           db.exec(QStringLiteral("INSERT INTO promises (deal_id, kind, feasibility, due_on, created_at) "
                                  "SELECT id, 'feature', 'blocked', '2030-01-01', '2024-05-01T00:00:00.000Z' "
                                  "FROM deals WHERE id % 4 = 0"))
               .ok() &&
           db.exec(
                 QStringLiteral("INSERT INTO tasks (deal_id, title, due_on) SELECT id, 'Call', '2024-06-01' FROM deals "
                                "WHERE id % 5 = 0"))
               .ok();
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
                const int before = model.sortColumn();
                model.sort(column, order);
                if (!DealListModel::isSortable(column)) {
                    // A computed column does not sort: nothing is read again and the order stays.
                    QCOMPARE(reset.count(), 0);
                    QCOMPARE(model.sortColumn(), before);
                    continue;
                }
                QCOMPARE(reset.count(), 1);
                QCOMPARE(model.sortColumn(), column);
                QCOMPARE(model.sortOrder(), order);
                QCOMPARE(model.rowCount(), 10); // sorting reads the first page again, not everything
                fetchAll(model);
                const auto expected = query.firstPage(sortKeyOf(column), order, kDeals + 1);
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
        QCOMPARE(model.columnCount(), 12);
        QStringList names;
        for (int column = 0; column < model.columnCount(); ++column) {
            names.append(model.headerData(column, Qt::Horizontal).toString());
        }
        QCOMPARE(names,
                 QStringList({QStringLiteral("Account"), QStringLiteral("Deal"), QStringLiteral("Handoff state"),
                              QStringLiteral("Sales rep"), QStringLiteral("Support owner"), QStringLiteral("Amount"),
                              QStringLiteral("Closed"), QStringLiteral("Submitted"), QStringLiteral("Checklist"),
                              QStringLiteral("Flagged"), QStringLiteral("Next due"), QStringLiteral("Submit clock")}));
        QVERIFY(
            model.headerData(DealListModel::SupportOwnerColumn, Qt::Horizontal, DealListModel::SortableRole).toBool());
        QVERIFY(!model.headerData(DealListModel::FlaggedColumn, Qt::Horizontal, DealListModel::SortableRole).toBool());
        QCOMPARE(model.headerData(DealListModel::AmountColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::DescendingOrder));
        QCOMPARE(model.headerData(DealListModel::AccountColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
                 int(Qt::AscendingOrder));
    }

    // Every kind of list, as each role sees it, loads exactly the deals core picks for it, under the tester's checks.
    void everyKindPassesTheTester()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        QVERIFY(addRisks(t.db));
        const User sales{1, 1, QStringLiteral("Sam Lee"), {}, Role::Sales, true};
        const User support{4, 1, QStringLiteral("Kim Owens"), {}, Role::Support, true};
        const User lead{0, 1, QStringLiteral("Lead"), {}, Role::Lead, true};
        const DealListQuery query(t.db);
        for (const User& actor : {sales, support, lead}) {
            for (const DealListKind kind : {DealListKind::MyHandoffs, DealListKind::ReviewQueue,
                                            DealListKind::Fulfilment, DealListKind::AllDeals}) {
                DealListModel model(t.db);
                model.setPageSize(7);
                QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
                model.setKind(kind, actor);
                fetchAll(model);
                const DealListScope scope = DealListScope::of(kind, actor);
                QCOMPARE(model.sortColumn(), DealListModel::columnOf(scope.sort));
                const auto expected = query.firstPage(scope.filter, scope.sort, scope.order, kDeals + 1);
                QVERIFY(expected && !expected->isEmpty());
                QList<qint64> ids;
                for (const DealListRow& row : *expected) {
                    ids.append(row.id);
                }
                QCOMPARE(loadedIds(model), ids);
                QCOMPARE(model.totalCount().value_or(-1), qint64(ids.size()));
            }
        }
    }

    // A filter narrows the list and keeps its order; flagged and overdue lists are not counted ahead.
    void filtersKeepTheSort()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        QVERIFY(addRisks(t.db));
        DealListModel model(t.db);
        model.setPageSize(5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(DealListModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(model.totalCount().value_or(-1), qint64(kDeals));
        DealListFilter flagged;
        flagged.flaggedOnly = true;
        model.setFilter(flagged);
        QCOMPARE(model.sortColumn(), int(DealListModel::AmountColumn));
        QVERIFY(!model.totalCount()); // counting would probe every open deal
        fetchAll(model);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, 0).data(DealListModel::DealIdRole).toLongLong() % 4 == 0);
            QCOMPARE(model.index(row, DealListModel::FlaggedColumn).data().toString(), QStringLiteral("1"));
            QCOMPARE(model.index(row, DealListModel::FlaggedColumn).data(DealListModel::FlaggedRole).toInt(), 1);
            QVERIFY(!model.index(row, DealListModel::StateColumn).data().toString().isEmpty());
        }
        DealListFilter rep;
        rep.salesRepId = 2;
        model.setFilter(rep);
        QCOMPARE(model.totalCount().value_or(-1), qint64(kDeals / 3 + (kDeals % 3 > 1 ? 1 : 0)));
    }

    // The computed columns as a user reads them.
    void showsTheComputedColumns()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        QVERIFY(addRisks(t.db));
        t.db.setClock([] { return QDateTime(QDate(2024, 6, 10), QTime(12, 0), Qt::UTC); });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        DealListModel model(t.db);
        model.setPageSize(kDeals + 1);
        model.sort(DealListModel::TitleColumn, Qt::AscendingOrder);
        const auto cell = [&model](qint64 id, int column, int role = Qt::DisplayRole) {
            return model.index(rowOfDeal(model, id), column).data(role);
        };
        const QString required =
            t.db.scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE required = 1"))->toString();
        // Deal 1 (fixture deal 0) is a draft closed 2024-05-01, long past the one-day submit target.
        QCOMPARE(cell(1, DealListModel::CompletenessColumn).toString(), QStringLiteral("0/") + required);
        QCOMPARE(cell(1, DealListModel::CompletenessRole).toDouble(), 0.0);
        QVERIFY(cell(1, DealListModel::ClockColumn).toString().startsWith(QLatin1String("Over by ")));
        QVERIFY(cell(1, DealListModel::ClockColumn, DealListModel::OverdueRole).toBool());
        QVERIFY(cell(1, DealListModel::ClockColumn, Qt::FontRole).value<QFont>().bold());
        // Deal 2 is submitted: the clock has stopped.
        QCOMPARE(cell(2, DealListModel::ClockColumn).toString(), QStringLiteral("—"));
        QVERIFY(!cell(2, DealListModel::SubmittedColumn).toString().isEmpty());
        QVERIFY(cell(1, DealListModel::SubmittedColumn).toString().isEmpty());
        // Deal 10 (returned) has an open task due 2024-06-01: overdue, in bold.
        QCOMPARE(cell(10, DealListModel::NextDueColumn).toString(), QStringLiteral("6/1/24"));
        QVERIFY(cell(10, DealListModel::NextDueColumn, DealListModel::OverdueRole).toBool());
        QVERIFY(cell(10, DealListModel::NextDueColumn, Qt::FontRole).value<QFont>().bold());
        // Deal 4 (accepted) has a flagged promise due in 2030 and is owned by support.
        QCOMPARE(cell(4, DealListModel::FlaggedColumn).toString(), QStringLiteral("1"));
        QCOMPARE(cell(4, DealListModel::NextDueColumn).toString(), QStringLiteral("1/1/30"));
        QVERIFY(!cell(4, DealListModel::NextDueColumn, DealListModel::OverdueRole).toBool());
        QCOMPARE(cell(4, DealListModel::SupportOwnerColumn).toString(), QStringLiteral("Kim Owens"));
        QCOMPARE(cell(4, DealListModel::StateColumn, DealListModel::StateRole).toInt(), int(HandoffState::Accepted));
        // Deal 5 is fulfilled: nothing flagged or due however its rows look.
        QCOMPARE(cell(5, DealListModel::FlaggedColumn).toString(), QString());
        QCOMPARE(cell(5, DealListModel::NextDueColumn).toString(), QString());
    }

    // Scrolled to the end of a long list, the model holds a window of pages in full, yet every row still reads as it
    // did on the way down, and each deal id comes without reading anything.
    void holdsAWindowOfPages()
    {
        TestDatabase t;
        constexpr int deals = 300;
        QVERIFY(fillDeals(t.db, deals));
        DealListModel model(t.db);
        model.setPageSize(20);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(DealListModel::TitleColumn, Qt::AscendingOrder);
        const QString firstTitle = model.index(0, DealListModel::TitleColumn).data().toString();
        const QString firstAmount = model.index(0, DealListModel::AmountColumn).data().toString();
        QVERIFY(!firstTitle.isEmpty());
        for (int guard = 0; model.canFetchMore(QModelIndex()) && guard <= deals; ++guard) {
            model.fetchMore(QModelIndex());
            QVERIFY(model.loadedPageCount() <= DealListModel::kWindowPages);
        }
        QCOMPARE(model.rowCount(), deals);
        QCOMPARE(model.loadedPageCount(), DealListModel::kWindowPages); // 15 pages read, the first ones let go

        const auto firstPass = DealListQuery(t.db).firstPage(DealListColumn::Title, Qt::AscendingOrder, deals + 1);
        QVERIFY(firstPass);
        QList<qint64> expected;
        for (const DealListRow& row : *firstPass) {
            expected.append(row.id);
        }
        for (int row = 0; row < deals; ++row) {
            QCOMPARE(model.dealId(row), expected.at(row));
        }
        QCOMPARE(model.index(0, DealListModel::TitleColumn).data().toString(), firstTitle);
        QCOMPARE(model.index(0, DealListModel::AmountColumn).data().toString(), firstAmount);
        QCOMPARE(loadedIds(model), expected); // reads every page again on the way
        QVERIFY(model.loadedPageCount() <= DealListModel::kWindowPages);

        // Sorting and filtering start over with one page.
        model.sort(DealListModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(model.loadedPageCount(), 1);
        fetchAll(model);
        const auto byAmount = DealListQuery(t.db).firstPage(DealListColumn::Amount, Qt::DescendingOrder, deals + 1);
        QVERIFY(byAmount);
        QCOMPARE(model.dealId(0), byAmount->constFirst().id);
        QCOMPARE(model.dealId(deals - 1), byAmount->constLast().id);
        QCOMPARE(model.index(deals - 1, 0).data(DealListModel::DealIdRole).toLongLong(), byAmount->constLast().id);
        DealListFilter rep;
        rep.salesRepId = 2;
        model.setFilter(rep);
        fetchAll(model);
        QCOMPARE(model.rowCount(), deals / 3);
        QCOMPARE(model.loadedPageCount(), 5); // 100 deals in five pages: none let go
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, DealListModel::SalesRepColumn).data().toString(), QStringLiteral("Ana Ruiz"));
        }
    }

    // A page read again after another program changed its deals shows them as they are now, and the view hears of
    // rows that now hold another deal.
    void readsALetGoPageAsItIsNow()
    {
        TestDatabase t;
        constexpr int deals = 300;
        QVERIFY(fillDeals(t.db, deals));
        DealListModel model(t.db);
        model.setPageSize(20);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(DealListModel::AmountColumn, Qt::AscendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), deals);
        for (int row = deals - 1; row >= deals - DealListModel::kWindowPages * model.pageSize(); --row) {
            QVERIFY(model.index(row, 0).data().isValid()); // the last pages are the ones used last
        }
        const qint64 renamed = model.dealId(3);
        const qint64 moved = model.dealId(5);

        Database other;
        QVERIFY(other.open(t.path()));
        QVERIFY(other.exec(QStringLiteral("UPDATE deals SET title = 'Renamed' WHERE id = ?"), {renamed}));
        QVERIFY(other.exec(QStringLiteral("UPDATE deals SET amount_minor = 99000000 WHERE id = ?"), {moved}));
        other.close();

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.index(3, DealListModel::TitleColumn).data().toString(), QStringLiteral("Renamed"));
        QCOMPARE(model.dealId(3), renamed);
        // The deal at row 5 moved to the end of the order: the rows after it in its page moved up by one.
        const auto now = DealListQuery(t.db).firstPage(DealListColumn::Amount, Qt::AscendingOrder, 20);
        QVERIFY(now);
        for (int row = 0; row < 20; ++row) {
            QCOMPARE(model.dealId(row), now->at(row).id);
            QCOMPARE(model.index(row, 0).data(DealListModel::DealIdRole).toLongLong(), now->at(row).id);
        }
        QVERIFY(!loadedIds(model).mid(0, 20).contains(moved));
        QTRY_COMPARE(changed.count(), 1); // told after data() returned
        const auto range = changed.constFirst();
        QCOMPARE(range.at(0).value<QModelIndex>().row(), 5);
        QCOMPARE(range.at(1).value<QModelIndex>().row(), 19);
    }

    // Someone else's changes, shown in place: a deal gone is removed, a new one inserted where the order puts it, a
    // moved one moves (a selection moves with it), the rest are updated; the model is never reset.
    void refreshShowsChangesWithoutAReset()
    {
        TestDatabase t;
        constexpr int deals = 30;
        QVERIFY(fillDeals(t.db, deals));
        DealListModel model(t.db);
        model.setPageSize(8);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(DealListModel::AmountColumn, Qt::AscendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), deals);
        QItemSelectionModel selection(&model);
        const qint64 selected = model.dealId(10);
        selection.select(model.index(10, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const qint64 gone = model.dealId(2);
        const qint64 renamed = model.dealId(12);
        const qint64 cheapest = model.dealId(0);

        Database other;
        QVERIFY(other.open(t.path()));
        QVERIFY(other.exec(QStringLiteral("DELETE FROM deals WHERE id = ?"), {gone}));
        QVERIFY(other.exec(QStringLiteral("UPDATE deals SET title = 'Renamed' WHERE id = ?"), {renamed}));
        QVERIFY(other.exec(QStringLiteral("UPDATE deals SET amount_minor = -5 WHERE id = ?"), {selected}));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO deals (account_id, title, amount_minor, closed_on, "
                                          "sales_rep_id, created_at) SELECT account_id, 'Newcomer', 1, closed_on, "
                                          "sales_rep_id, created_at FROM deals WHERE id = ?"),
                           {renamed}));
        other.close();

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        model.refresh();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(moved.count() >= 1);
        QCOMPARE(model.rowCount(), deals);
        QCOMPARE(*model.totalCount(), qint64(deals));

        const auto now = DealListQuery(t.db).firstPage(DealListColumn::Amount, Qt::AscendingOrder, 100);
        QVERIFY(now);
        QCOMPARE(now->size(), deals);
        for (int row = 0; row < deals; ++row) {
            QCOMPARE(model.dealId(row), now->at(row).id);
        }
        QCOMPARE(model.dealId(0), selected); // the cheapest now
        QCOMPARE(model.dealId(1), cheapest);
        int newcomers = 0;
        for (int row = 0; row < deals; ++row) {
            newcomers += model.index(row, DealListModel::TitleColumn).data().toString() == QLatin1String("Newcomer");
        }
        QCOMPARE(newcomers, 1);
        QCOMPARE(model.index(rowOfDeal(model, renamed), DealListModel::TitleColumn).data().toString(),
                 QStringLiteral("Renamed"));
        QVERIFY(!loadedIds(model).contains(gone));
        // The selection followed the deal to its new row.
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().constFirst().row(), 0);
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
