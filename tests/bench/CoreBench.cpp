#include "CoreBench.h"

#include "BenchDatabase.h"
#include "BenchTable.h"
#include "BenchTimer.h"
#include "RawSqlite.h"
#include "metrics/MetricsCalculator.h"
#include "metrics/MetricsService.h"
#include "storage/KeptFigures.h"
#include "storage/MetricsSql.h"
#include "storage/Settings.h"
#include "storage/SqlValue.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"
#include "views/DealListFacts.h"
#include "views/DealListFilter.h"
#include "views/DealListQuery.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <functional>
#include <optional>

namespace handoff::bench {

namespace {

const QString kOperations = QStringLiteral("operations");
const QString kListPages = QStringLiteral("list");
const QString kMetrics = QStringLiteral("metrics");
const QString kDealsBehind = QStringLiteral("behind");

double millis(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void listPagesOf(const BenchRun& run, BenchDatabase& bench, int first)
{
    const Database& db = bench.db;
    const Staff& staff = bench.staff;
    struct Case {
        const char* name;
        DealListKind kind;
        const User* actor;
        std::function<void(DealListFilter&)> narrow;
        std::optional<DealListColumn> sort;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    const auto none = [](DealListFilter&) {};
    const auto flagged = [](DealListFilter& f) { f.flaggedOnly = true; };
    const auto overdue = [](DealListFilter& f) { f.overdueOnly = true; };
    const QList<Case> cases{
        {"all deals (closed, newest first)", DealListKind::AllDeals, &staff.lead, none, {}},
        {"all deals by account", DealListKind::AllDeals, &staff.lead, none, DealListColumn::Account},
        {"all deals by title", DealListKind::AllDeals, &staff.lead, none, DealListColumn::Title},
        {"all deals by state", DealListKind::AllDeals, &staff.lead, none, DealListColumn::State},
        {"all deals by sales rep", DealListKind::AllDeals, &staff.lead, none, DealListColumn::SalesRep},
        {"all deals by amount", DealListKind::AllDeals, &staff.lead, none, DealListColumn::Amount},
        {"all deals by support owner", DealListKind::AllDeals, &staff.lead, none, DealListColumn::SupportOwner},
        {"all deals by support owner desc", DealListKind::AllDeals, &staff.lead, none, DealListColumn::SupportOwner,
         Qt::DescendingOrder},
        {"all deals by submitted", DealListKind::AllDeals, &staff.lead, none, DealListColumn::SubmittedAt},
        {"my handoffs (sales)", DealListKind::MyHandoffs, &staff.sales, none, {}},
        {"my handoffs (sales) by account", DealListKind::MyHandoffs, &staff.sales, none, DealListColumn::Account},
        {"my handoffs (support)", DealListKind::MyHandoffs, &staff.support, none, {}},
        {"my handoffs (lead)", DealListKind::MyHandoffs, &staff.lead, none, {}},
        {"review queue", DealListKind::ReviewQueue, &staff.support, none, {}},
        {"fulfilment (support)", DealListKind::Fulfilment, &staff.support, none, {}},
        {"fulfilment (lead)", DealListKind::Fulfilment, &staff.lead, none, {}},
        {"all deals, flagged", DealListKind::AllDeals, &staff.lead, flagged, {}},
        {"all deals, flagged, oldest first", DealListKind::AllDeals, &staff.lead, flagged, DealListColumn::ClosedOn},
        {"all deals, flagged, by account", DealListKind::AllDeals, &staff.lead, flagged, DealListColumn::Account},
        {"all deals, overdue", DealListKind::AllDeals, &staff.lead, overdue, {}},
        {"all deals, overdue, oldest first", DealListKind::AllDeals, &staff.lead, overdue, DealListColumn::ClosedOn},
        {"all deals, overdue, by account", DealListKind::AllDeals, &staff.lead, overdue, DealListColumn::Account},
        {"all deals, state submitted",
         DealListKind::AllDeals,
         &staff.lead,
         [](DealListFilter& f) { f.states = {HandoffState::Submitted}; },
         {}},
        {"all deals, one sales rep",
         DealListKind::AllDeals,
         &staff.lead,
         [&staff](DealListFilter& f) { f.salesRepId = staff.sales.id; },
         {}},
        {"my handoffs (sales), flagged", DealListKind::MyHandoffs, &staff.sales, flagged, {}},
        {"my handoffs (sales), overdue", DealListKind::MyHandoffs, &staff.sales, overdue, {}},
        {"review queue, flagged", DealListKind::ReviewQueue, &staff.support, flagged, {}},
        {"fulfilment (support), overdue", DealListKind::Fulfilment, &staff.support, overdue, {}},
        {"fulfilment (support), flagged", DealListKind::Fulfilment, &staff.support, flagged, {}},
    };
    const DealListQuery query(db);
    for (const Case& c : cases) {
        DealListScope scope = DealListScope::of(c.kind, *c.actor);
        c.narrow(scope.filter);
        if (c.sort) {
            scope.sort = *c.sort;
            scope.order = c.order;
        }
        QList<double> firsts;
        Result<QList<DealListRow>> page = QList<DealListRow>();
        for (int i = 0; i < 5; ++i) {
            firsts.append(millis([&] { page = query.firstPage(scope.filter, scope.sort, scope.order, 200); }));
        }
        std::sort(firsts.begin(), firsts.end());
        // The next 10 pages twice, timed the second time: what scrolling costs once the pages are in the system's
        // file cache, as the first page is after its first read (a large file just opened reads from the disk).
        const Result<QList<DealListRow>> firstPage = page;
        QList<double> nexts;
        for (int pass = 0; pass < 2; ++pass) {
            page = firstPage;
            nexts.clear();
            for (int i = 0; i < 10 && page && page->size() == 200; ++i) {
                const DealListRow last = page->constLast();
                nexts.append(millis([&] { page = query.pageAfter(scope.filter, last, scope.sort, scope.order, 200); }));
            }
        }
        if (!page) {
            QTextStream(stderr) << c.name << ": " << page.error().fullText() << Qt::endl;
            continue;
        }
        std::sort(nexts.begin(), nexts.end());
        run.table.record(kListPages, QString::fromLatin1(c.name), run.size,
                         {firsts.at(firsts.size() / 2), nexts.isEmpty() ? -1.0 : nexts.at(nexts.size() / 2)}, first);
    }
}

void metricsOf(const BenchRun& run, BenchDatabase& bench, bool onFile)
{
    Database& db = bench.db;
    const QDate today =
        QDate::fromString(db.scalar(QStringLiteral("SELECT max(closed_on) FROM deals"))->toString(), Qt::ISODate)
            .addDays(1);
    const MetricsPeriod quarter = MetricsPeriod::quarterOf(today);
    const MetricsPeriod lastQuarter = MetricsPeriod::quarterOf(quarter.from.addDays(-1));
    const qint64 rep = db.scalar(QStringLiteral("SELECT sales_rep_id FROM deals GROUP BY 1 ORDER BY count(*) DESC "
                                                "LIMIT 1"))
                           ->toLongLong();
    struct Case {
        QString name;
        MetricsQuery query;
    };
    const QList<Case> cases{
        {QStringLiteral("metrics: this quarter, team"), {quarter, today}},
        {QStringLiteral("metrics: last quarter, team"), {lastQuarter, today}},
        {QStringLiteral("metrics: last quarter, monthly trend"), {lastQuarter, today, 0, 14, TrendInterval::Month}},
        {QStringLiteral("metrics: last quarter, one sales rep"), {lastQuarter, today, rep}},
        {QStringLiteral("metrics: this month, team"), {MetricsPeriod::monthOf(today), today}},
    };
    const int submitTarget = Settings(db).submitTargetBusinessDays();
    const MetricsService service(db);
    // Both sides read the kept figures when the report does (KeptFigures), else the rows.
    const auto usable = KeptFigures::usable(db);
    const bool kept = usable && *usable;
    for (const Case& c : cases) {
        const auto report = service.report(c.query);
        if (!report) {
            QTextStream(stderr) << c.name << ": " << report.error().fullText() << Qt::endl;
            continue;
        }
        const double ours = BenchTimer::medianMicros(5, [&](int) { (void)service.report(c.query); }) / 1000.0;
        const MetricsCalculator calculator(db, c.query, submitTarget, kept);
        const MetricsSql::Bindings& values = calculator.bindings();
        const double direct =
            !onFile || !db.handle()
                ? -1.0
                : BenchTimer::medianMicros(5, [&](int) {
                      sqlite3_exec(db.handle(), "BEGIN", nullptr, nullptr, nullptr);
                      for (const QString& sql : MetricsSql::reportStatements(kept)) {
                          const QByteArray utf8 = sql.toUtf8();
                          Stmt stmt(db.handle(), utf8.constData());
                          const int count = sqlite3_bind_parameter_count(*stmt);
                          bindValues(*stmt, QVariantList(values.begin() + 1,
                                                         values.begin() + 1 +
                                                             std::min<qsizetype>(count, MetricsSql::ParamCount)));
                          while (sqlite3_step(*stmt) == SQLITE_ROW) {
                          }
                      }
                      sqlite3_exec(db.handle(), "COMMIT", nullptr, nullptr, nullptr);
                  }) / 1000.0;
        if (onFile) {
            run.table.record(kMetrics, c.name + (kept ? QString() : QStringLiteral(" (from the rows)")), run.size,
                             {ours, direct, BenchTable::ratio(ours, direct)});
        } else {
            run.table.record(kMetrics, c.name, run.size, {ours}, 3);
        }
    }
    const MetricsQuery last{lastQuarter, today};
    for (const Figure figure : {Figure::FirstPassAcceptance, Figure::PromisesBroken, Figure::OverdueTasks}) {
        const double ms = BenchTimer::medianMicros(5, [&](int) { (void)service.dealsBehind(figure, last); }) / 1000.0;
        run.table.record(kDealsBehind, QStringLiteral("deals behind ") + toKey(figure), run.size, {ms}, onFile ? 0 : 1);
    }
}

} // namespace

void addCoreSections(BenchTable& table)
{
    using U = BenchTable::Unit;
    table.addSection(kOperations, QStringLiteral("operation (median µs)"),
                     {{QStringLiteral("SQLite"), U::Micros},
                      {QStringLiteral("PG"), U::Micros},
                      {QStringLiteral("C API"), U::Micros},
                      {QStringLiteral("SQLite/C"), U::Ratio},
                      {QStringLiteral("PG/C"), U::Ratio}});
    table.addSection(kListPages, QStringLiteral("deal list page of 200 (ms)"),
                     {{QStringLiteral("first"), U::Millis},
                      {QStringLiteral("next"), U::Millis},
                      {QStringLiteral("PG first"), U::Millis},
                      {QStringLiteral("PG next"), U::Millis}});
    table.addSection(kMetrics, QStringLiteral("metrics report (median ms)"),
                     {{QStringLiteral("SQLite"), U::Millis},
                      {QStringLiteral("C API"), U::Millis},
                      {QStringLiteral("SQLite/C"), U::Ratio},
                      {QStringLiteral("PG"), U::Millis}});
    table.addSection(kDealsBehind, QStringLiteral("deals behind a figure (median ms)"),
                     {{QStringLiteral("SQLite"), U::Millis}, {QStringLiteral("PG"), U::Millis}});
}

void listPages(const BenchRun& run)
{
    listPagesOf(run, run.file, 0);
    if (run.server) {
        listPagesOf(run, *run.server, 2);
    }
}

void metrics(const BenchRun& run)
{
    metricsOf(run, run.file, true);
    if (run.server) {
        metricsOf(run, *run.server, false);
    }
}

void operations(const BenchRun& run)
{
    BenchDatabase* const file = &run.file;
    Database& db = file->db;
    const qint64 deals = file->deals;
    sqlite3* raw = db.handle();
    const auto onBoth = [&run](const std::function<double(BenchDatabase&)>& ours, BenchDatabase& onFile) {
        return std::pair{ours(onFile), run.server ? ours(*run.server) : -1.0};
    };
    const auto row = [&run](const QString& name, double ours, double onServer, double direct) {
        run.table.record(
            kOperations, name, run.size,
            {ours, onServer, direct, BenchTable::ratio(ours, direct), BenchTable::ratio(onServer, direct)});
    };

    const int rounds = 2000;
    // Read one deal by id.
    {
        Stmt stmt(raw, "SELECT id, version, account_id, title, external_ref, amount_minor, currency, closed_on, "
                       "contract_start, term_months, products, sales_rep_id, support_owner_id, go_live_target, "
                       "success_criteria, why_bought, known_risks, state, created_at, submitted_at, accepted_at "
                       "FROM deals WHERE id = ?");
        const auto id = [&](int round) { return 1 + (qint64(round) * 7919) % deals; };
        // Once untimed, so that neither side is the one that reads the deals from the disk.
        for (int r = 0; r < rounds; ++r) {
            (void)rawDeal(*stmt, id(r));
        }
        const auto [ours, onServer] = onBoth(
            [&](BenchDatabase& b) {
                DealStore store(b.db);
                return BenchTimer::medianMicros(rounds, [&](int r) { (void)store.get(id(r)); });
            },
            *file);
        const double direct = BenchTimer::medianMicros(rounds, [&](int r) { (void)rawDeal(*stmt, id(r)); });
        row(QStringLiteral("read a deal by id"), ours, onServer, direct);
    }
    // Change one field of a deal: a transaction with the version check and one audit row.
    {
        Stmt begin(raw, "BEGIN IMMEDIATE");
        Stmt version(raw, "SELECT version, title FROM deals WHERE id = ?");
        Stmt update(raw, "UPDATE deals SET title = ?, version = version + 1 WHERE id = ? AND version = ?");
        Stmt audit(raw, "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, deal_id, field, old_value, "
                        "new_value, reason) VALUES (?, NULL, 'update', 'deals', ?, ?, 'title', ?, ?, '')");
        Stmt commit(raw, "COMMIT");
        const int writes = 500;
        const auto [ours, onServer] = onBoth(
            [&](BenchDatabase& b) {
                DealStore store(b.db);
                return BenchTimer::medianMicros(writes, [&](int r) {
                    auto work = UnitOfWork::begin(b.db, UnitOfWork::System);
                    auto deal = store.get(1 + r % b.deals);
                    deal->title = QStringLiteral("Bench title %1").arg(r);
                    (void)store.update(*work, *deal);
                    (void)work->commit();
                });
            },
            *file);
        const double direct = BenchTimer::medianMicros(writes, [&](int r) {
            const qint64 id = 1 + (r + writes) % deals;
            const QByteArray title = QStringLiteral("Raw title %1").arg(r).toUtf8();
            const QByteArray now = sql::time(db.now()).toString().toUtf8();
            sqlite3_step(*begin);
            sqlite3_reset(*begin);
            sqlite3_bind_int64(*version, 1, id);
            sqlite3_step(*version);
            const int v = sqlite3_column_int(*version, 0);
            const QByteArray old(reinterpret_cast<const char*>(sqlite3_column_text(*version, 1)));
            sqlite3_reset(*version);
            sqlite3_bind_text(*update, 1, title.constData(), int(title.size()), SQLITE_STATIC);
            sqlite3_bind_int64(*update, 2, id);
            sqlite3_bind_int(*update, 3, v);
            sqlite3_step(*update);
            sqlite3_reset(*update);
            sqlite3_bind_text(*audit, 1, now.constData(), int(now.size()), SQLITE_STATIC);
            sqlite3_bind_int64(*audit, 2, id);
            sqlite3_bind_int64(*audit, 3, id);
            sqlite3_bind_text(*audit, 4, old.constData(), int(old.size()), SQLITE_STATIC);
            sqlite3_bind_text(*audit, 5, title.constData(), int(title.size()), SQLITE_STATIC);
            sqlite3_step(*audit);
            sqlite3_reset(*audit);
            sqlite3_step(*commit);
            sqlite3_reset(*commit);
        });
        row(QStringLiteral("read, change and save a deal (audited)"), ours, onServer, direct);
    }
    // Move a deal's closed-won day: a change the figures count, so the same transaction takes the deal's parts out of
    // the kept figures and adds them again (KeptFigures); the C API runs the same statements.
    if (KeptFigures::usable(db).value()) {
        sqlite3_exec(raw, "CREATE TEMP TABLE IF NOT EXISTS figure_scope (deal_id BIGINT PRIMARY KEY)", nullptr, nullptr,
                     nullptr);
        Stmt begin(raw, "BEGIN IMMEDIATE");
        Stmt version(raw, "SELECT version, closed_on FROM deals WHERE id = ?");
        Stmt update(raw, "UPDATE deals SET closed_on = ?, version = version + 1 WHERE id = ? AND version = ?");
        Stmt audit(raw, "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, deal_id, field, old_value, "
                        "new_value, reason) VALUES (?, NULL, 'update', 'deals', ?, ?, 'closed_on', ?, ?, '')");
        Stmt clear(raw, "DELETE FROM figure_scope");
        Stmt scope(raw, "INSERT INTO figure_scope (deal_id) VALUES (?)");
        std::vector<std::unique_ptr<Stmt>> refresh;
        QList<QByteArray> refreshSql;
        for (const QString& sql : KeptFigures::refreshStatements()) {
            refreshSql.append(sql.toUtf8());
            refresh.push_back(std::make_unique<Stmt>(raw, refreshSql.constLast().constData()));
        }
        Stmt commit(raw, "COMMIT");
        const int writes = 300;
        const auto [ours, onServer] = onBoth(
            [&](BenchDatabase& b) {
                DealStore store(b.db);
                return BenchTimer::medianMicros(writes, [&](int r) {
                    auto work = UnitOfWork::begin(b.db, UnitOfWork::System);
                    auto deal = store.get(1 + (r * 7919) % b.deals);
                    deal->closedOn = deal->closedOn.addDays(r % 2 ? 1 : -1);
                    (void)store.update(*work, *deal);
                    (void)work->commit();
                });
            },
            *file);
        const auto step = [](sqlite3_stmt* stmt) {
            while (sqlite3_step(stmt) == SQLITE_ROW) {
            }
            sqlite3_reset(stmt);
        };
        const double direct = BenchTimer::medianMicros(writes, [&](int r) {
            const qint64 id = 1 + ((r + writes) * 7919) % deals;
            const QByteArray now = sql::time(db.now()).toString().toUtf8();
            step(*begin);
            sqlite3_bind_int64(*version, 1, id);
            sqlite3_step(*version);
            const int v = sqlite3_column_int(*version, 0);
            const QByteArray old(reinterpret_cast<const char*>(sqlite3_column_text(*version, 1)));
            sqlite3_reset(*version);
            const QByteArray day = QDate::fromString(QString::fromLatin1(old), Qt::ISODate)
                                       .addDays(r % 2 ? 1 : -1)
                                       .toString(Qt::ISODate)
                                       .toLatin1();
            sqlite3_bind_text(*update, 1, day.constData(), int(day.size()), SQLITE_STATIC);
            sqlite3_bind_int64(*update, 2, id);
            sqlite3_bind_int(*update, 3, v);
            step(*update);
            sqlite3_bind_text(*audit, 1, now.constData(), int(now.size()), SQLITE_STATIC);
            sqlite3_bind_int64(*audit, 2, id);
            sqlite3_bind_int64(*audit, 3, id);
            sqlite3_bind_text(*audit, 4, old.constData(), int(old.size()), SQLITE_STATIC);
            sqlite3_bind_text(*audit, 5, day.constData(), int(day.size()), SQLITE_STATIC);
            step(*audit);
            step(*clear);
            sqlite3_bind_int64(*scope, 1, id);
            step(*scope);
            for (const auto& statement : refresh) {
                step(**statement);
            }
            step(*commit);
        });
        row(QStringLiteral("move a deal's closed-won day (figures kept)"), ours, onServer, direct);
    }
    // Deal list pages: the page statement and the computed columns of its rows, through the C API and through
    // DealListQuery.
    {
        const QByteArray pageSql = DealListQuery::firstPageSql(DealListColumn::Account, Qt::AscendingOrder).toUtf8();
        const QByteArray factsSql = DealListFacts::batchSql().toUtf8();
        Stmt first(raw, pageSql.constData());
        Stmt facts(raw, factsSql.constData());
        const auto [ours, onServer] = onBoth(
            [&](BenchDatabase& b) {
                DealListQuery query(b.db);
                return BenchTimer::medianMicros(
                    200, [&](int) { (void)query.firstPage(DealListColumn::Account, Qt::AscendingOrder, 200); });
            },
            *file);
        const double direct = BenchTimer::medianMicros(200, [&](int) {
            QList<DealListRow> rows = rawPage(*first, {200});
            rawFacts(*facts, rows);
        });
        row(QStringLiteral("deal list: first 200 by account"), ours, onServer, direct);
    }
    {
        // The computed columns alone (checklist, flagged, next due) for 200 deals of a page.
        const QByteArray factsSql = DealListFacts::batchSql().toUtf8();
        Stmt facts(raw, factsSql.constData());
        QList<DealListRow> fileRows = *DealListQuery(db).firstPage(DealListColumn::Account, Qt::AscendingOrder, 200);
        const auto [ours, onServer] = onBoth(
            [&](BenchDatabase& b) {
                QList<DealListRow> rows =
                    *DealListQuery(b.db).firstPage(DealListColumn::Account, Qt::AscendingOrder, 200);
                DealListFacts filler(b.db);
                return BenchTimer::medianMicros(200, [&](int) { (void)filler.fill(rows, b.db.today(), 1); });
            },
            *file);
        const double direct = BenchTimer::medianMicros(200, [&](int) { rawFacts(*facts, fileRows); });
        row(QStringLiteral("deal list: computed columns of 200 rows"), ours, onServer, direct);
    }
    {
        // A filtered page: a sales rep's open handoffs, the most recently closed first.
        DealListFilter mine = DealListScope::of(DealListKind::MyHandoffs, file->staff.sales).filter;
        const auto statement =
            DealListQuery(db).firstPageStatement(mine, DealListColumn::ClosedOn, Qt::DescendingOrder, 200);
        const QByteArray pageSql = statement->sql.toUtf8();
        const QByteArray factsSql = DealListFacts::batchSql().toUtf8();
        Stmt first(raw, pageSql.constData());
        Stmt facts(raw, factsSql.constData());
        const auto [ours, onServer] = onBoth(
            [&](BenchDatabase& b) {
                DealListQuery query(b.db);
                const DealListFilter theirs = DealListScope::of(DealListKind::MyHandoffs, b.staff.sales).filter;
                return BenchTimer::medianMicros(200, [&](int) {
                    (void)query.firstPage(theirs, DealListColumn::ClosedOn, Qt::DescendingOrder, 200);
                });
            },
            *file);
        const double direct = BenchTimer::medianMicros(200, [&](int) {
            QList<DealListRow> rows = rawPage(*first, statement->values);
            rawFacts(*facts, rows);
        });
        row(QStringLiteral("deal list: first 200 of my handoffs (sales)"), ours, onServer, direct);
    }
    {
        const auto [ours, onServer] = onBoth(
            [&](BenchDatabase& b) {
                DealListQuery query(b.db);
                return BenchTimer::medianMicros(50, [&](int) { (void)query.count(); });
            },
            *file);
        Stmt count(raw, "SELECT count(*) FROM deals");
        const double direct = BenchTimer::medianMicros(50, [&](int) {
            sqlite3_step(*count);
            sqlite3_reset(*count);
        });
        row(QStringLiteral("count deals"), ours, onServer, direct);
    }
}

} // namespace handoff::bench
