// The deal list's keyset paging: every sort, both directions, many page sizes, ties everywhere.

#include "TestDatabase.h"
#include "storage/Transaction.h"
#include "views/DatabaseStats.h"
#include "views/DealListQuery.h"

#include <QSet>
#include <QSqlQuery>

using namespace handoff;

Q_DECLARE_METATYPE(handoff::DealListColumn)

namespace {

constexpr int kDeals = 347; // not a multiple of any page size below

const QList<DealListColumn> kColumns{DealListColumn::Account,  DealListColumn::Title,  DealListColumn::State,
                                     DealListColumn::SalesRep, DealListColumn::Amount, DealListColumn::ClosedOn};

const char* nameOf(DealListColumn column)
{
    static const char* const names[] = {"account", "title", "state", "salesRep", "amount", "closedOn"};
    return names[int(column)];
}

// The same order written as one plain ORDER BY over all rows, to compare the pages against.
QString referenceOrderBy(DealListColumn column, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString id = QStringLiteral("d.id") + dir;
    switch (column) {
    case DealListColumn::Account:
        return QStringLiteral("a.name") + dir + QStringLiteral(", ") + id;
    case DealListColumn::Title:
        return QStringLiteral("d.title") + dir + QStringLiteral(", ") + id;
    case DealListColumn::State:
        return QStringLiteral("CASE d.state WHEN 'draft' THEN 0 WHEN 'submitted' THEN 1 WHEN 'returned' THEN 2 "
                              "WHEN 'accepted' THEN 3 WHEN 'fulfilled' THEN 4 ELSE 5 END") +
               dir + QStringLiteral(", ") + id;
    case DealListColumn::SalesRep:
        return QStringLiteral("u.name COLLATE NOCASE") + dir + QStringLiteral(", u.id") + dir + QStringLiteral(", ") +
               id;
    case DealListColumn::Amount:
        return QStringLiteral("d.amount_minor") + dir + QStringLiteral(", ") + id;
    case DealListColumn::ClosedOn:
        break;
    }
    return QStringLiteral("d.closed_on") + dir + QStringLiteral(", ") + id;
}

// Compares two rows by the sort key alone (not the id); names are ASCII here, so this matches NOCASE.
int compareKeys(const DealListRow& a, const DealListRow& b, DealListColumn column)
{
    const auto three = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case DealListColumn::Account:
        return QString::compare(a.account, b.account, Qt::CaseInsensitive);
    case DealListColumn::Title:
        return QString::compare(a.title, b.title, Qt::CaseInsensitive);
    case DealListColumn::State:
        return three(int(a.state), int(b.state));
    case DealListColumn::SalesRep:
        if (const int byName = QString::compare(a.salesRep, b.salesRep, Qt::CaseInsensitive); byName != 0) {
            return byName;
        }
        return three(a.salesRepId, b.salesRepId);
    case DealListColumn::Amount:
        return three(a.amountMinor, b.amountMinor);
    case DealListColumn::ClosedOn:
        break;
    }
    return three(a.closedOn, b.closedOn);
}

// QVERIFY2 builds its message even when the check passes, so the error may only be read from a failed result.
template <typename T>
QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().fullText();
}

} // namespace

class TestDealListQuery : public QObject {
    Q_OBJECT

private:
    static bool failed(const Error& error)
    {
        qWarning("%s", qPrintable(error.fullText()));
        return false;
    }

    static bool run(Database& db, const QString& sql, const QVariantList& values)
    {
        const auto done = db.exec(sql, values);
        return done || failed(done.error());
    }

    // Users, accounts and deals with deliberate ties: equal amounts, dates, states and titles (also differing only in
    // case), two reps named alike and one more differing only in case, an account and a rep without deals.
    static bool fill(Database& db)
    {
        auto transaction = Transaction::begin(db);
        if (!transaction) {
            return failed(transaction.error());
        }
        const QStringList reps{QStringLiteral("Sam Lee"), QStringLiteral("Ana Ruiz"), QStringLiteral("Sam Lee"),
                               QStringLiteral("sam lee"), QStringLiteral("Zoe Park"), QStringLiteral("bo Chen"),
                               QStringLiteral("Idle Rep")};
        for (int i = 0; i < reps.size(); ++i) {
            if (!run(db, QStringLiteral("INSERT INTO users (id, name, email, role) VALUES (?, ?, ?, 'sales')"),
                     {i + 1, reps[i], QStringLiteral("rep%1@example.com").arg(i + 1)})) {
                return false;
            }
        }
        for (int i = 0; i < 26; ++i) {
            // Every third name starts in lower case, so a case-sensitive order would differ.
            const QString name = (i % 3 == 0 ? QStringLiteral("account %1") : QStringLiteral("Account %1"))
                                     .arg(i, 2, 10, QLatin1Char('0'));
            if (!run(db, QStringLiteral("INSERT INTO accounts (id, name) VALUES (?, ?)"), {i + 1, name})) {
                return false;
            }
        }
        const QStringList titles{QStringLiteral("Renewal"), QStringLiteral("renewal"), QStringLiteral("Expansion"),
                                 QStringLiteral("Pilot"), QStringLiteral("Upsell")};
        const QStringList states{QStringLiteral("draft"),    QStringLiteral("submitted"), QStringLiteral("returned"),
                                 QStringLiteral("accepted"), QStringLiteral("fulfilled"), QStringLiteral("cancelled")};
        const QDate firstClose(2024, 3, 1);
        for (int i = 0; i < kDeals; ++i) {
            const QString title =
                titles[i % titles.size()] + (i % 4 == 0 ? QString() : QStringLiteral(" %1").arg(i % 3));
            if (!run(db,
                     QStringLiteral("INSERT INTO deals (account_id, title, amount_minor, currency, closed_on, "
                                    "sales_rep_id, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {1 + (i * 7) % 25, title, (i % 7) * 100000,
                      i % 5 == 0 ? QStringLiteral("EUR") : QStringLiteral("USD"),
                      firstClose.addDays(i % 9).toString(Qt::ISODate), 1 + (i * 5) % 6, states[(i * i + i / 7) % 6],
                      QStringLiteral("2024-03-01T00:00:00.000Z")})) {
                return false;
            }
        }
        const auto committed = transaction->commit();
        return committed || failed(committed.error());
    }

    static QList<qint64> referenceIds(const Database& db, DealListColumn column, Qt::SortOrder order)
    {
        QList<qint64> ids;
        auto query = db.exec(QStringLiteral("SELECT d.id FROM deals d JOIN accounts a ON a.id = d.account_id "
                                            "JOIN users u ON u.id = d.sales_rep_id ORDER BY ") +
                             referenceOrderBy(column, order));
        if (!query) {
            qWarning("%s", qPrintable(errorText(query)));
            return ids;
        }
        while (query->next()) {
            ids.append(query->value(0).toLongLong());
        }
        return ids;
    }

    // Every row, read page by page as the list would; fails the test on an error or a page that never ends.
    static QList<DealListRow> readAll(const DealListQuery& query, DealListColumn column, Qt::SortOrder order,
                                      int pageSize)
    {
        QList<DealListRow> rows;
        auto page = query.firstPage(column, order, pageSize);
        for (int pages = 0; page && pages <= kDeals + 1; ++pages) {
            if (page->size() > pageSize) {
                qWarning("page larger than its limit");
                return {};
            }
            rows.append(*page);
            if (page->size() < pageSize) {
                return rows;
            }
            page = query.pageAfter(rows.constLast(), column, order, pageSize);
        }
        qWarning("%s", page ? "paging never ended" : qPrintable(errorText(page)));
        return {};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pagesThroughEveryRowOnceInOrder_data()
    {
        QTest::addColumn<DealListColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<int>("pageSize");
        for (const DealListColumn column : kColumns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const int pageSize : {1, 7, 50, kDeals, 500}) {
                    QTest::addRow("%s-%s-%d", nameOf(column), order == Qt::AscendingOrder ? "asc" : "desc", pageSize)
                        << column << order << pageSize;
                }
            }
        }
    }

    void pagesThroughEveryRowOnceInOrder()
    {
        QFETCH(DealListColumn, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(int, pageSize);
        TestDatabase t;
        QVERIFY(fill(t.db));
        const DealListQuery query(t.db);

        const QList<DealListRow> rows = readAll(query, column, order, pageSize);
        QList<qint64> ids;
        for (const DealListRow& row : rows) {
            ids.append(row.id);
        }
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), kDeals);
        QCOMPARE(ids, referenceIds(t.db, column, order));

        // The order also holds by the keys themselves, independent of the SQL above.
        const int sign = order == Qt::AscendingOrder ? 1 : -1;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const int byKey = sign * compareKeys(rows[i - 1], rows[i], column);
            QVERIFY2(byKey < 0 || (byKey == 0 && sign * (rows[i].id - rows[i - 1].id) > 0),
                     qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(rows[i - 1].id).arg(rows[i].id)));
        }
    }

    void readsEveryField()
    {
        TestDatabase t;
        QVERIFY(fill(t.db));
        QVERIFY(t.db.exec(QStringLiteral("INSERT INTO deals (id, account_id, title, amount_minor, currency, closed_on, "
                                         "sales_rep_id, state, created_at) VALUES (9999, 2, 'Zz last', 123456, 'JPY', "
                                         "'2025-12-31', 5, 'returned', '2025-12-31T00:00:00.000Z')")));
        const auto page = DealListQuery(t.db).firstPage(DealListColumn::Title, Qt::DescendingOrder, 1);
        QVERIFY2(page, qPrintable(errorText(page)));
        QCOMPARE(page->size(), 1);
        const DealListRow& row = page->first();
        QCOMPARE(row.id, qint64(9999));
        QCOMPARE(row.accountId, qint64(2));
        QCOMPARE(row.account, QStringLiteral("Account 01"));
        QCOMPARE(row.title, QStringLiteral("Zz last"));
        QCOMPARE(row.state, HandoffState::Returned);
        QCOMPARE(row.salesRepId, qint64(5));
        QCOMPARE(row.salesRep, QStringLiteral("Zoe Park"));
        QCOMPARE(row.amountMinor, qint64(123456));
        QCOMPARE(row.currency, QStringLiteral("JPY"));
        QCOMPARE(row.closedOn, QDate(2025, 12, 31));
    }

    void emptyDatabaseAndZeroLimit()
    {
        TestDatabase t;
        const DealListQuery query(t.db);
        for (const DealListColumn column : kColumns) {
            const auto page = query.firstPage(column, Qt::DescendingOrder, 10);
            QVERIFY2(page, qPrintable(errorText(page)));
            QVERIFY(page->isEmpty());
        }
        QVERIFY(fill(t.db));
        const auto none = query.firstPage(DealListColumn::Amount, Qt::AscendingOrder, 0);
        QVERIFY(none && none->isEmpty());
    }

    // A cursor whose deal was deleted meanwhile still leads to the rows after it.
    void continuesAfterDeletedCursorRow()
    {
        TestDatabase t;
        QVERIFY(fill(t.db));
        const DealListQuery query(t.db);
        const auto first = query.firstPage(DealListColumn::SalesRep, Qt::AscendingOrder, 40);
        QVERIFY(first && first->size() == 40);
        const QList<qint64> expected = referenceIds(t.db, DealListColumn::SalesRep, Qt::AscendingOrder).mid(40, 5);
        QVERIFY(t.db.exec(QStringLiteral("DELETE FROM deals WHERE id = ?"), {first->constLast().id}));
        const auto next = query.pageAfter(first->constLast(), DealListColumn::SalesRep, Qt::AscendingOrder, 5);
        QVERIFY2(next, qPrintable(errorText(next)));
        QList<qint64> ids;
        for (const DealListRow& row : *next) {
            ids.append(row.id);
        }
        QCOMPARE(ids, expected);
    }

    // Each statement is a range scan on an index: no temporary b-tree for ORDER BY, no scan of a whole table.
    void everySortUsesAnIndex()
    {
        TestDatabase t;
        QVERIFY(fill(t.db));
        const DealListQuery query(t.db);
        for (const DealListColumn column : kColumns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const auto plan = query.queryPlan(column, order);
                QVERIFY2(plan, qPrintable(errorText(plan)));
                QVERIFY(!plan->isEmpty());
                const QString text = plan->join(QLatin1Char('\n'));
                for (const QString& step : *plan) {
                    QVERIFY2(!step.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
                    QVERIFY2(!step.startsWith(QLatin1String("SCAN")) || step.contains(QLatin1String("INDEX")),
                             qPrintable(text));
                }
            }
        }
    }

    void countsDealsPromisesAndTasks()
    {
        TestDatabase t;
        QVERIFY(fill(t.db));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(t.db.exec(QStringLiteral("INSERT INTO promises (deal_id, kind, created_at) VALUES (1, 'feature', "
                                             "'2024-03-01T00:00:00.000Z')")));
        }
        for (int i = 0; i < 5; ++i) {
            QVERIFY(t.db.exec(QStringLiteral("INSERT INTO tasks (deal_id, title) VALUES (2, 'Set up SSO')")));
        }
        const auto count = DealListQuery(t.db).count();
        QVERIFY2(count, qPrintable(errorText(count)));
        QCOMPARE(*count, qint64(kDeals));
        const auto stats = DatabaseStats::read(t.db);
        QVERIFY2(stats, qPrintable(errorText(stats)));
        QCOMPARE(stats->deals, qint64(kDeals));
        QCOMPARE(stats->promises, qint64(3));
        QCOMPARE(stats->tasks, qint64(5));
    }
};

QTEST_GUILESS_MAIN(TestDealListQuery)
#include "tst_deallistquery.moc"
