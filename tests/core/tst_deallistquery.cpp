// The deal lists' query: keyset paging in every order, filters and kinds that pick exactly the right deals, the
// computed columns of a page, and plans that stay on an index.

#include "TestDatabase.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"
#include "views/DatabaseStats.h"
#include "views/DealListQuery.h"
#include "workflow/HandoffClock.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace handoff;

Q_DECLARE_METATYPE(handoff::DealListColumn)
Q_DECLARE_METATYPE(handoff::DealListFilter)

namespace {

constexpr int kDeals = 173;       // not a multiple of any page size below
const QDate kToday(2026, 11, 18); // a Wednesday

const QList<DealListColumn> kColumns{DealListColumn::Account,      DealListColumn::Title,      DealListColumn::State,
                                     DealListColumn::SalesRep,     DealListColumn::Amount,     DealListColumn::ClosedOn,
                                     DealListColumn::SupportOwner, DealListColumn::SubmittedAt};

const char* nameOf(DealListColumn column)
{
    static const char* const names[] = {"account", "title",    "state",        "salesRep",
                                        "amount",  "closedOn", "supportOwner", "submittedAt"};
    return names[int(column)];
}

// The same order written as one plain ORDER BY over all rows, to compare the pages against.
QString referenceOrderBy(const Dialect& dialect, DealListColumn column, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const auto by = [&dir](const QStringList& keys) -> QString { return keys.join(dir + QStringLiteral(", ")) + dir; };
    switch (column) {
    case DealListColumn::Account:
        return by({dialect.caseless(QStringLiteral("a.name")), QStringLiteral("d.id")});
    case DealListColumn::Title:
        return by({dialect.caseless(QStringLiteral("d.title")), QStringLiteral("d.id")});
    case DealListColumn::State:
        return by({QStringLiteral("CASE d.state WHEN 'draft' THEN 0 WHEN 'submitted' THEN 1 WHEN 'returned' THEN 2 "
                                  "WHEN 'accepted' THEN 3 WHEN 'fulfilled' THEN 4 ELSE 5 END"),
                   QStringLiteral("d.id")});
    case DealListColumn::SalesRep:
        return by({dialect.caseless(QStringLiteral("u.name")), QStringLiteral("u.id"), QStringLiteral("d.id")});
    case DealListColumn::Amount:
        return by({QStringLiteral("d.amount_minor"), QStringLiteral("d.id")});
    case DealListColumn::SupportOwner:
        return by({QStringLiteral("d.support_owner_id IS NOT NULL"), dialect.caseless(QStringLiteral("o.name")),
                   QStringLiteral("o.id"), QStringLiteral("d.id")});
    case DealListColumn::SubmittedAt:
        // NULL first when ascending, as SQLite orders it and the list shows it on both engines.
        return by(
            {QStringLiteral("d.submitted_at IS NOT NULL"), QStringLiteral("d.submitted_at"), QStringLiteral("d.id")});
    case DealListColumn::ClosedOn:
        break;
    }
    return by({QStringLiteral("d.closed_on"), QStringLiteral("d.id")});
}

// QVERIFY2 builds its message even when the check passes, so the error may only be read from a failed result.
template <typename T>
QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().fullText();
}

bool isOpen(HandoffState state)
{
    return state != HandoffState::Fulfilled && state != HandoffState::Cancelled;
}

// What the fixture put in for one deal, and what the list must show or filter on, worked out here in C++.
struct Expected {
    qint64 id = 0;
    HandoffState state = HandoffState::Draft;
    qint64 rep = 0, owner = 0;
    QDate closedOn;
    int flagged = 0;
    QDate nextDue;
    int answered = 0;
    bool overdue() const
    {
        const bool late = (state == HandoffState::Draft || state == HandoffState::Returned) &&
                          HandoffClock::businessDaysBetween(closedOn, kToday) > 1; // the default submit target
        return isOpen(state) && (late || (nextDue.isValid() && nextDue < kToday));
    }
    bool passes(const DealListFilter& f) const
    {
        return f.allows(state) && (!f.salesRepId || rep == f.salesRepId) &&
               (!f.supportOwnerId || owner == f.supportOwnerId) && (!f.flaggedOnly || flagged > 0) &&
               (!f.overdueOnly || overdue());
    }
};

struct World {
    QList<Expected> deals;
    int requiredTotal = 0;
};

bool run(Database& db, const QString& sql, const QVariantList& values = {})
{
    const auto done = db.exec(sql, values);
    if (!done) {
        qWarning("%s", qPrintable(done.error().fullText()));
    }
    return done.ok();
}

// Reps and owners with tied names, states, dates, submissions and amounts that repeat, promises and tasks that make
// some deals flagged or overdue and others deliberately not (fulfilled, done, closed deals), partial checklists.
bool fill(Database& db, World& world)
{
    db.setClock([] { return QDateTime(kToday, QTime(12, 0), Qt::UTC); });
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return false;
    }
    const QStringList users{QStringLiteral("Sam Lee:sales"),     QStringLiteral("Ana Ruiz:sales"),
                            QStringLiteral("sam lee:sales"),     QStringLiteral("Zoe Park:sales"),
                            QStringLiteral("Kim Owens:support"), QStringLiteral("Kim Owens:support"),
                            QStringLiteral("al Brook:support"),  QStringLiteral("Lee Lead:lead")};
    for (int i = 0; i < users.size(); ++i) {
        const QStringList parts = users[i].split(QLatin1Char(':'));
        if (!run(db, QStringLiteral("INSERT INTO users (id, name, email, role) VALUES (?, ?, ?, ?)"),
                 {i + 1, parts[0], QStringLiteral("u%1@example.com").arg(i + 1), parts[1]})) {
            return false;
        }
    }
    for (int i = 1; i <= 26; ++i) {
        const QString name =
            (i % 3 ? QStringLiteral("Account %1") : QStringLiteral("account %1")).arg(i, 2, 10, QLatin1Char('0'));
        if (!run(db, QStringLiteral("INSERT INTO accounts (id, name) VALUES (?, ?)"), {i, name})) {
            return false;
        }
    }
    // The items answered on the checklist; those a deal field answers count by the field (here only the amount is
    // ever filled).
    auto items = db.exec(QStringLiteral("SELECT id, kind, deal_field FROM checklist_items WHERE required = 1 "
                                        "ORDER BY position"));
    QList<QPair<qint64, QString>> required;
    int byAmount = 0;
    while (items && items->next()) {
        world.requiredTotal += 1;
        if (items->value(2).toString().isEmpty()) {
            required.append({items->value(0).toLongLong(), items->value(1).toString()});
        } else if (items->value(2).toString() == QLatin1String("amount")) {
            ++byAmount;
        }
    }
    const QString promise =
        QStringLiteral("INSERT INTO promises (deal_id, kind, feasibility, review_status, fulfilment, "
                       "due_on, created_at) VALUES (?, 'feature', ?, ?, ?, ?, '2026-01-01T00:00:00Z')");
    const QString task = QStringLiteral("INSERT INTO tasks (deal_id, title, status, due_on) VALUES (?, 'Task', ?, ?)");
    for (int i = 0; i < kDeals; ++i) {
        Expected e;
        e.id = i + 1;
        e.state = HandoffState((i * i + i / 7) % 6);
        e.rep = 1 + (i * 5) % 4;
        e.owner = (e.state == HandoffState::Accepted || e.state == HandoffState::Fulfilled ||
                   (e.state == HandoffState::Cancelled && i % 2))
                      ? 5 + i % 3
                      : 0;
        e.closedOn = kToday.addDays(-(i % 23));
        const bool submitted = e.state != HandoffState::Draft && !(e.state == HandoffState::Cancelled && i % 3 == 0);
        const QVariant submittedAt =
            submitted
                ? QVariant(
                      QDateTime(QDate(2026, 10, 1).addDays(i % 17), QTime(9, 0), Qt::UTC).toString(Qt::ISODateWithMs))
                : QVariant();
        if (!run(db,
                 QStringLiteral("INSERT INTO deals (id, account_id, title, amount_minor, currency, closed_on, "
                                "sales_rep_id, support_owner_id, state, submitted_at, created_at) "
                                "VALUES (?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')"),
                 {e.id, 1 + (i * 7) % 25, QStringLiteral("Deal %1").arg(i % 9), (i % 7) * 1000,
                  e.closedOn.toString(Qt::ISODate), e.rep, e.owner ? QVariant(e.owner) : QVariant(), toKey(e.state),
                  submittedAt})) {
            return false;
        }
        // {feasibility, review, fulfilment, due in days from today (or none)}; only open ones count.
        struct P {
            bool when;
            const char* feasibility;
            const char* review;
            const char* fulfilment;
            std::optional<int> due;
        };
        const P promises[] = {{i % 5 == 0, "blocked", "pending", "open", 10},
                              {i % 7 == 0, "ok", "needs_clarification", "open", -3},
                              {i % 11 == 0, "warning", "accepted", "open", std::nullopt},
                              {i % 13 == 0, "blocked", "cannot_fulfil", "fulfilled", -30},
                              {i % 3 == 0, "ok", "accepted", "open", i % 9 - 4},
                              {i % 17 == 0, "ok", "cannot_fulfil", "open", 1}};
        const auto dueOf = [](std::optional<int> days) {
            return days ? QVariant(kToday.addDays(*days).toString(Qt::ISODate)) : QVariant();
        };
        const auto earliest = [&e](std::optional<int> days) {
            if (days && isOpen(e.state) && (!e.nextDue.isValid() || kToday.addDays(*days) < e.nextDue)) {
                e.nextDue = kToday.addDays(*days);
            }
        };
        for (const P& p : promises) {
            if (!p.when) {
                continue;
            }
            if (!run(db, promise,
                     {e.id, QLatin1String(p.feasibility), QLatin1String(p.review), QLatin1String(p.fulfilment),
                      dueOf(p.due)})) {
                return false;
            }
            const bool open = qstrcmp(p.fulfilment, "open") == 0;
            const bool risky = qstrcmp(p.feasibility, "ok") != 0 || qstrcmp(p.review, "cannot_fulfil") == 0 ||
                               qstrcmp(p.review, "needs_clarification") == 0;
            e.flagged += open && risky && isOpen(e.state) ? 1 : 0;
            if (open) {
                earliest(p.due);
            }
        }
        const struct {
            bool when;
            const char* status;
            int due;
        } tasks[] = {{i % 4 == 0, "todo", -1}, {i % 6 == 1, "done", -10}, {i % 8 == 2, "in_progress", 2}};
        for (const auto& t : tasks) {
            if (t.when) {
                if (!run(db, task, {e.id, QLatin1String(t.status), dueOf(t.due)})) {
                    return false;
                }
                if (qstrcmp(t.status, "done") != 0) {
                    earliest(t.due);
                }
            }
        }
        e.answered = (i % 7) * 1000 > 0 ? byAmount : 0;
        // The first i % 6 required items answered, and a check item answered "false", which does not count.
        for (int k = 0; k < required.size() && k < i % 6 + 1; ++k) {
            const bool check = required[k].second == QLatin1String("check");
            const bool counts = k < i % 6;
            const QString value = counts ? (check ? QStringLiteral("true") : QStringLiteral("yes"))
                                         : (check ? QStringLiteral("false") : QStringLiteral("  "));
            if (!run(db,
                     QStringLiteral("INSERT INTO checklist_answers (deal_id, item_id, value, answered_at) VALUES (?, "
                                    "?, ?, '2026-01-01T00:00:00Z')"),
                     {e.id, required[k].first, value})) {
                return false;
            }
            e.answered += counts ? 1 : 0;
        }
        world.deals.append(e);
    }
    return transaction->commit().ok();
}

// The 0004 indexes, while the schema constant does not run that script yet (the plans are about those indexes).
bool ensureListIndexes(Database& db)
{
    if (Migrator::currentVersion(db).value() >= 4) {
        return true;
    }
    const QStringList statements = Migrator::statementsOf(4);
    return !statements.isEmpty() && std::all_of(statements.begin(), statements.end(),
                                                [&db](const QString& statement) { return run(db, statement); });
}

QList<qint64> referenceIds(const Database& db, DealListColumn column, Qt::SortOrder order)
{
    QList<qint64> ids;
    auto query = db.exec(QStringLiteral("SELECT d.id FROM deals d JOIN accounts a ON a.id = d.account_id "
                                        "JOIN users u ON u.id = d.sales_rep_id "
                                        "LEFT JOIN users o ON o.id = d.support_owner_id ORDER BY ") +
                         referenceOrderBy(db.dialect(), column, order));
    while (query && query->next()) {
        ids.append(query->value(0).toLongLong());
    }
    return ids;
}

// Every row, read page by page as the list would; empty on an error or a page that never ends. With cursorsOnly, each
// page starts from what the list keeps of a page it let go (cursorOf), not from a whole row.
QList<DealListRow> readAll(const DealListQuery& query, const DealListFilter& filter, DealListColumn column,
                           Qt::SortOrder order, int pageSize, bool cursorsOnly = false)
{
    QList<DealListRow> rows;
    auto page = query.firstPage(filter, column, order, pageSize);
    for (int pages = 0; page && pages <= kDeals + 1; ++pages) {
        if (page->size() > pageSize) {
            qWarning("page larger than its limit");
            return {};
        }
        rows.append(*page);
        if (page->size() < pageSize) {
            return rows;
        }
        const DealListRow last = cursorsOnly ? DealListQuery::cursorOf(rows.constLast(), column) : rows.constLast();
        page = query.pageAfter(filter, last, column, order, pageSize);
    }
    qWarning("%s", page ? "paging never ended" : qPrintable(errorText(page)));
    return {};
}

QList<qint64> idsOf(const QList<DealListRow>& rows)
{
    QList<qint64> ids;
    for (const DealListRow& row : rows) {
        ids.append(row.id);
    }
    return ids;
}

QList<qint64> expectedIds(const World& world, const DealListFilter& filter, const QList<qint64>& order)
{
    QSet<qint64> passing;
    for (const Expected& e : world.deals) {
        if (e.passes(filter)) {
            passing.insert(e.id);
        }
    }
    QList<qint64> ids;
    std::copy_if(order.begin(), order.end(), std::back_inserter(ids), [&](qint64 id) { return passing.contains(id); });
    return ids;
}

DealListFilter filterOf(std::initializer_list<HandoffState> states, qint64 rep = 0, qint64 owner = 0,
                        bool flagged = false, bool overdue = false)
{
    DealListFilter f;
    f.states = states;
    f.salesRepId = rep;
    f.supportOwnerId = owner;
    f.flaggedOnly = flagged;
    f.overdueOnly = overdue;
    return f;
}

} // namespace

class TestDealListQuery : public QObject {
    Q_OBJECT

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
        World world;
        QVERIFY(fill(t.db, world));
        const QList<qint64> ids = idsOf(readAll(DealListQuery(t.db), {}, column, order, pageSize));
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), kDeals);
        QCOMPARE(ids, referenceIds(t.db, column, order));
    }

    void filtersPickExactlyTheRightDeals_data()
    {
        QTest::addColumn<DealListFilter>("filter");
        QTest::addRow("submitted") << filterOf({HandoffState::Submitted});
        QTest::addRow("draft or returned") << filterOf({HandoffState::Draft, HandoffState::Returned});
        QTest::addRow("rep") << filterOf({}, 1);
        QTest::addRow("rep of the same name") << filterOf({}, 3);
        QTest::addRow("owner") << filterOf({}, 6);
        QTest::addRow("flagged") << filterOf({}, 0, 0, true);
        QTest::addRow("overdue") << filterOf({}, 0, 0, false, true);
        QTest::addRow("flagged and overdue") << filterOf({}, 0, 0, true, true);
        QTest::addRow("rep, open, flagged") << filterOf(
            {HandoffState::Draft, HandoffState::Submitted, HandoffState::Returned, HandoffState::Accepted}, 2, 0, true);
        QTest::addRow("accepted, owner, overdue") << filterOf({HandoffState::Accepted}, 0, 5, false, true);
        QTest::addRow("fulfilled and flagged: none") << filterOf({HandoffState::Fulfilled}, 0, 0, true);
        QTest::addRow("rep and owner") << filterOf({}, 4, 7);
    }

    // In every order and page size, a filtered list holds each passing deal once, in the order of the whole list.
    void filtersPickExactlyTheRightDeals()
    {
        QFETCH(DealListFilter, filter);
        TestDatabase t;
        World world;
        QVERIFY(fill(t.db, world));
        const DealListQuery query(t.db);
        for (const DealListColumn column : kColumns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QList<qint64> expected = expectedIds(world, filter, referenceIds(t.db, column, order));
                for (const int pageSize : {1, 6, 500}) {
                    const QList<qint64> ids = idsOf(readAll(query, filter, column, order, pageSize));
                    QVERIFY2(ids == expected, qPrintable(QStringLiteral("%1 %2 by %3")
                                                             .arg(QLatin1String(nameOf(column)))
                                                             .arg(int(order))
                                                             .arg(pageSize)));
                }
            }
        }
        const auto count = query.count(filter);
        QVERIFY2(count, qPrintable(errorText(count)));
        QCOMPARE(
            *count,
            qint64(
                expectedIds(world, filter, referenceIds(t.db, DealListColumn::ClosedOn, Qt::AscendingOrder)).size()));
    }

    void kindsShowEachRoleItsDeals()
    {
        TestDatabase t;
        World world;
        QVERIFY(fill(t.db, world));
        const DealListQuery query(t.db);
        const User sales{1, 1, QStringLiteral("Sam Lee"), {}, Role::Sales, true};
        const User support{6, 1, QStringLiteral("Kim Owens"), {}, Role::Support, true};
        const User lead{8, 1, QStringLiteral("Lee Lead"), {}, Role::Lead, true};
        const auto shown = [&](DealListKind kind, const User& actor) {
            const DealListScope scope = DealListScope::of(kind, actor);
            QList<qint64> ids = idsOf(readAll(query, scope.filter, scope.sort, scope.order, 7));
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        const auto which = [&](const std::function<bool(const Expected&)>& rule) {
            QList<qint64> ids;
            for (const Expected& e : world.deals) {
                if (rule(e)) {
                    ids.append(e.id);
                }
            }
            return ids;
        };
        using S = HandoffState;
        QCOMPARE(shown(DealListKind::MyHandoffs, sales),
                 which([](const Expected& e) { return e.rep == 1 && isOpen(e.state); }));
        QCOMPARE(shown(DealListKind::MyHandoffs, support),
                 which([](const Expected& e) { return e.owner == 6 && e.state == S::Accepted; }));
        QCOMPARE(shown(DealListKind::MyHandoffs, lead), which([](const Expected& e) { return isOpen(e.state); }));
        for (const User& actor : {sales, support, lead}) {
            QCOMPARE(shown(DealListKind::ReviewQueue, actor),
                     which([](const Expected& e) { return e.state == S::Submitted; }));
            QCOMPARE(shown(DealListKind::AllDeals, actor).size(), kDeals);
        }
        QCOMPARE(shown(DealListKind::Fulfilment, support),
                 which([](const Expected& e) { return e.owner == 6 && e.state == S::Accepted; }));
        QCOMPARE(shown(DealListKind::Fulfilment, lead),
                 which([](const Expected& e) { return e.state == S::Accepted; }));
        QVERIFY(!shown(DealListKind::MyHandoffs, support).isEmpty());

        // The review queue starts with the longest waiting submission.
        const DealListScope queue = DealListScope::of(DealListKind::ReviewQueue, support);
        const QList<DealListRow> rows = readAll(query, queue.filter, queue.sort, queue.order, 5);
        QVERIFY(rows.size() > 2);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(rows[i - 1].submittedTime() <= rows[i].submittedTime());
        }
    }

    void computesEachRowsColumns()
    {
        TestDatabase t;
        World world;
        QVERIFY(fill(t.db, world));
        const QList<DealListRow> rows = readAll(DealListQuery(t.db), {}, DealListColumn::Title, Qt::AscendingOrder, 60);
        QCOMPARE(rows.size(), kDeals);
        for (const DealListRow& row : rows) {
            const Expected& e = world.deals.at(row.id - 1);
            const QByteArray where = QByteArray("deal ") + QByteArray::number(row.id);
            QVERIFY2(row.requiredTotal == world.requiredTotal && row.requiredAnswered == e.answered, where);
            QVERIFY2(row.flaggedPromises == e.flagged, where);
            QVERIFY2(row.nextDue == e.nextDue, where);
            QVERIFY2(row.nextDueOverdue == (e.nextDue.isValid() && e.nextDue < kToday), where);
            QVERIFY2(row.state == e.state && row.salesRepId == e.rep && row.closedOn == e.closedOn, where);
            QVERIFY2(row.supportOwnerId == e.owner && row.supportOwner.isEmpty() == (e.owner == 0), where);
            QVERIFY2(row.submittedAt.isEmpty() == !row.submittedTime().isValid(), where);
            const bool running = e.state == HandoffState::Draft || e.state == HandoffState::Returned;
            QVERIFY2(row.clockRunning == running, where);
            QVERIFY2(row.clockDays == (running ? HandoffClock::businessDaysBetween(e.closedOn, kToday) : 0), where);
            QVERIFY2(row.clockTarget == 1, where);
        }
        QVERIFY(world.requiredTotal > 5);
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
        World world;
        QVERIFY(fill(t.db, world));
        const auto none = query.firstPage(DealListColumn::Amount, Qt::AscendingOrder, 0);
        QVERIFY(none && none->isEmpty());
    }

    // A cursor whose deal was deleted meanwhile still leads to the rows after it.
    // The deal list keeps only a cursor of each page it lets go; paging from cursors alone reads the same rows, in
    // every order, while the cursor keeps no text its order does not sort by.
    void pagesFromCursorsAlone()
    {
        TestDatabase t;
        World world;
        QVERIFY(fill(t.db, world));
        const DealListQuery query(t.db);
        for (const DealListColumn column : kColumns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QCOMPARE(idsOf(readAll(query, {}, column, order, 7, true)), referenceIds(t.db, column, order));
            }
        }
        const auto first = query.firstPage(DealListColumn::Amount, Qt::AscendingOrder, 1);
        QVERIFY(first && !first->isEmpty());
        const DealListRow cursor = DealListQuery::cursorOf(first->constFirst(), DealListColumn::Amount);
        QCOMPARE(cursor.id, first->constFirst().id);
        QVERIFY(cursor.title.isEmpty() && cursor.account.isEmpty() && cursor.salesRep.isEmpty());
    }

    void continuesAfterDeletedCursorRow()
    {
        TestDatabase t;
        World world;
        QVERIFY(fill(t.db, world));
        const DealListQuery query(t.db);
        for (const DealListColumn column : {DealListColumn::SalesRep, DealListColumn::SupportOwner}) {
            const auto first = query.firstPage(column, Qt::AscendingOrder, 40);
            QVERIFY(first && first->size() == 40);
            const QList<qint64> expected = referenceIds(t.db, column, Qt::AscendingOrder).mid(40, 5);
            QVERIFY(t.db.exec(QStringLiteral("DELETE FROM deals WHERE id = ?"), {first->constLast().id}));
            const auto next = query.pageAfter(first->constLast(), column, Qt::AscendingOrder, 5);
            QVERIFY2(next, qPrintable(errorText(next)));
            QCOMPARE(idsOf(*next), expected);
        }
    }

    // Every statement of the unfiltered list and of each kind's first order is a range scan on an index: no
    // temporary b-tree for ORDER BY, no scan of a whole table.
    void listsStayOnAnIndex()
    {
        if (testsRunOnServer()) {
            QSKIP("reads SQLite's query plans; PostgreSQL plans by table statistics, which a test of 173 deals lacks");
        }
        TestDatabase t;
        World world;
        QVERIFY(fill(t.db, world));
        QVERIFY(ensureListIndexes(t.db));
        const DealListQuery query(t.db);
        const auto check = [&query](const DealListFilter& filter, DealListColumn column, Qt::SortOrder order) {
            const auto plan = query.queryPlan(filter, column, order);
            QVERIFY2(plan, qPrintable(errorText(plan)));
            QVERIFY(!plan->isEmpty());
            const QString text = plan->join(QLatin1Char('\n'));
            for (const QString& step : *plan) {
                QVERIFY2(!step.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
                QVERIFY2(!step.startsWith(QLatin1String("SCAN")) || step.contains(QLatin1String("INDEX")),
                         qPrintable(text));
            }
        };
        for (const DealListColumn column : kColumns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                check({}, column, order);
            }
        }
        for (const User& actor : {User{1, 1, {}, {}, Role::Sales, true}, User{6, 1, {}, {}, Role::Support, true},
                                  User{8, 1, {}, {}, Role::Lead, true}}) {
            for (const DealListKind kind : {DealListKind::MyHandoffs, DealListKind::ReviewQueue,
                                            DealListKind::Fulfilment, DealListKind::AllDeals}) {
                const DealListScope scope = DealListScope::of(kind, actor);
                check(scope.filter, scope.sort, scope.order);
            }
        }
        // The review queue reads its one state in submission order straight from an index.
        const auto queue = query.queryPlan(DealListScope::of(DealListKind::ReviewQueue, {}).filter,
                                           DealListColumn::SubmittedAt, Qt::AscendingOrder);
        QVERIFY(queue &&
                queue->join(QLatin1Char('\n')).contains(QLatin1String("deals_in_state_by_submitted_at (state=?")));
    }

    void countsDealsPromisesAndTasks()
    {
        TestDatabase t;
        World world;
        QVERIFY(fill(t.db, world));
        const auto count = DealListQuery(t.db).count();
        QVERIFY2(count, qPrintable(errorText(count)));
        QCOMPARE(*count, qint64(kDeals));
        const auto stats = DatabaseStats::read(t.db);
        QVERIFY2(stats, qPrintable(errorText(stats)));
        QCOMPARE(stats->deals, qint64(kDeals));
        QVERIFY(stats->promises > 0 && stats->tasks > 0);
    }
};

QTEST_GUILESS_MAIN(TestDealListQuery)
#include "tst_deallistquery.moc"
