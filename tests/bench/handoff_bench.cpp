// Times Handoff's core data operations next to the same work done directly with the SQLite C API and prints the
// ratio; with --server, the same operations on a PostgreSQL server beside them. Usage: handoff_bench [--deals N]
// [--database FILE] [--server ADDRESS], or handoff_bench --import-deals N [--repeat K] [--csv FILE]
// [--import-only | --import-into DB] [--server ADDRESS] for the CSV import next to the sqlite3 shell's .import, to
// the same writes done in SQL through the C API and, on a server, to psql's \copy. A fixed seed makes runs
// comparable.

#include "BenchTimer.h"
#include "ImportBench.h"
#include "demo/DemoGenerator.h"
#include "metrics/MetricsCalculator.h"
#include "metrics/MetricsService.h"
#include "storage/Database.h"
#include "storage/KeptFigures.h"
#include "storage/MetricsSql.h"
#include "storage/Settings.h"
#include "storage/SqlValue.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"
#include "views/DealListFacts.h"
#include "views/DealListFilter.h"
#include "views/DealListQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <functional>
#include <memory>
#include <optional>

using namespace handoff;

namespace {

QTextStream out(stdout);

QString figure(double value, int width, int decimals = 1)
{
    return (value < 0 ? QStringLiteral("-") : QString::number(value, 'f', decimals)).rightJustified(width);
}

QString ratio(double value, double reference, int width)
{
    return (value >= 0 && reference > 0 ? QString::number(value / reference, 'f', 2) + QLatin1Char('x')
                                        : QStringLiteral("-"))
        .rightJustified(width);
}

// An operation on the file, on the server (negative: not run) and by the C API on the file, in microseconds.
void row(const QString& name, double onFile, double onServer, double raw)
{
    out << name.leftJustified(44) << figure(onFile, 11) << figure(onServer, 11) << figure(raw, 11)
        << ratio(onFile, raw, 9) << ratio(onServer, raw, 9) << Qt::endl;
}

// A prepared statement of the C API, finalized on scope exit.
class Stmt {
public:
    Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr); }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    sqlite3_stmt* operator*() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

QString text(sqlite3_stmt* stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

// The C API reading a deal into the same struct DealStore fills.
Deal rawDeal(sqlite3_stmt* stmt, qint64 id)
{
    sqlite3_bind_int64(stmt, 1, id);
    Deal d;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        d.id = sqlite3_column_int64(stmt, 0);
        d.version = sqlite3_column_int(stmt, 1);
        d.accountId = sqlite3_column_int64(stmt, 2);
        d.title = text(stmt, 3);
        d.externalRef = text(stmt, 4);
        d.amountMinor = sqlite3_column_int64(stmt, 5);
        d.currency = text(stmt, 6);
        d.closedOn = QDate::fromString(text(stmt, 7), Qt::ISODate);
        d.contractStart = QDate::fromString(text(stmt, 8), Qt::ISODate);
        d.termMonths = sqlite3_column_int(stmt, 9);
        d.products = text(stmt, 10);
        d.salesRepId = sqlite3_column_int64(stmt, 11);
        d.supportOwnerId = sqlite3_column_int64(stmt, 12);
        d.goLiveTarget = QDate::fromString(text(stmt, 13), Qt::ISODate);
        d.successCriteria = text(stmt, 14);
        d.whyBought = text(stmt, 15);
        d.knownRisks = text(stmt, 16);
        d.state = fromKey<HandoffState>(text(stmt, 17)).value_or(HandoffState::Draft);
        d.createdAt = sql::toTime(text(stmt, 18));
        d.submittedAt = sql::toTime(text(stmt, 19));
        d.acceptedAt = sql::toTime(text(stmt, 20));
    }
    sqlite3_reset(stmt);
    return d;
}

void bindValues(sqlite3_stmt* stmt, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else if (value.isNull()) {
            sqlite3_bind_null(stmt, i + 1);
        } else {
            sqlite3_bind_int64(stmt, i + 1, value.toLongLong());
        }
    }
}

// The C API reading a page of the deal list into the rows DealListQuery returns.
QList<DealListRow> rawPage(sqlite3_stmt* stmt, const QVariantList& values)
{
    bindValues(stmt, values);
    QList<DealListRow> rows;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        DealListRow page;
        page.id = sqlite3_column_int64(stmt, 0);
        page.accountId = sqlite3_column_int64(stmt, 1);
        page.account = text(stmt, 2);
        page.title = text(stmt, 3);
        page.state = fromKey<HandoffState>(text(stmt, 4)).value_or(HandoffState::Draft);
        page.salesRepId = sqlite3_column_int64(stmt, 5);
        page.salesRep = text(stmt, 6);
        page.amountMinor = sqlite3_column_int64(stmt, 7);
        page.currency = text(stmt, 8);
        page.closedOn = QDate::fromString(text(stmt, 9), Qt::ISODate);
        page.supportOwnerId = sqlite3_column_int64(stmt, 10);
        page.supportOwner = text(stmt, 11);
        page.submittedAt = text(stmt, 12);
        rows.append(std::move(page));
    }
    sqlite3_reset(stmt);
    return rows;
}

// The C API reading the computed columns of a page (one batch of ids) into its rows.
void rawFacts(sqlite3_stmt* stmt, QList<DealListRow>& rows)
{
    QHash<qint64, qsizetype> rowOf;
    for (int i = 0; i < DealListFacts::kBatch; ++i) {
        const qint64 id = i < rows.size() ? rows.at(i).id : 0;
        sqlite3_bind_int64(stmt, i + 1, id);
        rowOf.insert(id, i);
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        DealListRow& row = rows[rowOf.value(sqlite3_column_int64(stmt, 0))];
        row.requiredTotal = sqlite3_column_int(stmt, 1);
        row.requiredAnswered = sqlite3_column_int(stmt, 2);
        row.flaggedPromises = sqlite3_column_int(stmt, 3);
        row.nextDue = QDate::fromString(text(stmt, 4), Qt::ISODate);
    }
    sqlite3_reset(stmt);
}

// One user of each role, as the lists are shown to them.
struct Staff {
    User sales, support, lead;
};

User firstUser(const Database& db, Role role);

// A database the operations run on, a file or a server's, filled with the same demo data when it is empty.
struct BenchDatabase {
    QString engine;
    Database db;
    Staff staff;
    qint64 deals = 0;

    static std::unique_ptr<BenchDatabase> open(const QString& engine, const QString& path, int dealCount)
    {
        auto bench = std::make_unique<BenchDatabase>();
        bench->engine = engine;
        QElapsedTimer timer;
        timer.start();
        if (auto opened = bench->db.open(path); !opened) {
            QTextStream(stderr) << opened.error().fullText() << Qt::endl;
            return nullptr;
        }
        out << engine << ": opened " << path << " in " << timer.elapsed() << " ms" << Qt::endl;
        if (bench->db.wasCreated()) {
            DemoOptions options;
            options.deals = dealCount;
            options.seed = 7;
            options.today = QDate(2026, 11, 23);
            timer.restart();
            auto made = DemoGenerator::generate(bench->db, options);
            if (!made) {
                QTextStream(stderr) << made.error().fullText() << Qt::endl;
                return nullptr;
            }
            out << engine << ": demo data, " << made->deals << " deals, " << made->promises << " promises, "
                << made->tasks << " tasks, " << made->auditEntries << " audit rows in " << timer.elapsed() << " ms"
                << Qt::endl;
        }
        bench->deals = bench->db.scalar(QStringLiteral("SELECT max(id) FROM deals"))->toLongLong();
        bench->staff = {firstUser(bench->db, Role::Sales), firstUser(bench->db, Role::Support),
                        firstUser(bench->db, Role::Lead)};
        return bench;
    }
};

User firstUser(const Database& db, Role role)
{
    User user;
    user.role = role;
    user.id = db.scalar(QStringLiteral("SELECT min(id) FROM users WHERE role = ? AND active = 1"), {toKey(role)})
                  ->toLongLong();
    return user;
}

double millis(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Milliseconds per page of 200 for every kind of list and filter: the first page (median of 5) and the next 10
// pages as one scrolls (median and worst), plus the count where it is cheap.
void listPages(const QString& engine, const Database& db, const Staff& staff)
{
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
    out << Qt::endl
        << QString(QStringLiteral("deal list page of 200 (ms), ") + engine).leftJustified(44)
        << QStringLiteral("first").rightJustified(8) << QStringLiteral("next").rightJustified(8)
        << QStringLiteral("worst").rightJustified(8) << QStringLiteral("count").rightJustified(8)
        << QStringLiteral("deals").rightJustified(9) << Qt::endl;
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
        QList<double> nexts;
        for (int i = 0; i < 10 && page && page->size() == 200; ++i) {
            const DealListRow last = page->constLast();
            nexts.append(millis([&] { page = query.pageAfter(scope.filter, last, scope.sort, scope.order, 200); }));
        }
        if (!page) {
            out << c.name << ": " << page.error().fullText() << Qt::endl;
            continue;
        }
        std::sort(nexts.begin(), nexts.end());
        const auto ms = [](double value) { return QString::number(value, 'f', 2).rightJustified(8); };
        QString counted = QStringLiteral("-").rightJustified(8);
        QString total = QStringLiteral("-").rightJustified(9);
        if (DealListQuery::countIsCheap(scope.filter)) {
            Result<qint64> n = qint64(0);
            counted = ms(millis([&] { n = query.count(scope.filter); }));
            total = QString::number(n ? *n : -1).rightJustified(9);
        }
        out << QString::fromLatin1(c.name).leftJustified(44) << ms(firsts.at(firsts.size() / 2))
            << (nexts.isEmpty() ? QStringLiteral("-").rightJustified(8) : ms(nexts.at(nexts.size() / 2)))
            << (nexts.isEmpty() ? QStringLiteral("-").rightJustified(8) : ms(nexts.constLast())) << counted << total
            << Qt::endl;
    }
}

// The dashboard's figures for a period: MetricsService::report (every row, the team, the trend) next to the C API
// running the same statements with the same values and stepping through their rows (on a file). Milliseconds; the
// first run of each period is also shown, as it reads the indexes from disk.
void metrics(const QString& engine, Database& db)
{
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
    out << Qt::endl
        << QString(QStringLiteral("metrics report (ms), ") + engine +
                   (kept ? QStringLiteral(", kept") : QStringLiteral(", rows")))
               .leftJustified(44)
        << QStringLiteral("first").rightJustified(8) << QStringLiteral("handoff").rightJustified(9)
        << QStringLiteral("C API").rightJustified(9) << QStringLiteral("ratio").rightJustified(8)
        << QStringLiteral("submitted").rightJustified(11) << Qt::endl;
    for (const Case& c : cases) {
        Result<MetricsReport> report = MetricsReport();
        const double first = millis([&] { report = service.report(c.query); });
        if (!report) {
            out << c.name << ": " << report.error().fullText() << Qt::endl;
            continue;
        }
        const double ours = BenchTimer::medianMicros(5, [&](int) { (void)service.report(c.query); }) / 1000.0;
        const MetricsCalculator calculator(db, c.query, submitTarget, kept);
        const MetricsSql::Bindings& values = calculator.bindings();
        const double direct =
            !db.handle()
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
        out << c.name.leftJustified(44) << figure(first, 8) << figure(ours, 9) << figure(direct, 9)
            << ratio(ours, direct, 8) << QString::number(report->team.sales.handoffsSubmitted).rightJustified(11)
            << Qt::endl;
    }
    const MetricsQuery last{lastQuarter, today};
    for (const Figure figure : {Figure::FirstPassAcceptance, Figure::PromisesBroken, Figure::OverdueTasks}) {
        Result<DealsBehind> deals = DealsBehind();
        const double ms = BenchTimer::medianMicros(5, [&](int) { deals = service.dealsBehind(figure, last); }) / 1000.0;
        out << QString(QStringLiteral("deals behind ") + toKey(figure)).leftJustified(44)
            << QString::number(ms, 'f', 1).rightJustified(17)
            << QString::number(deals ? deals->total : -1).rightJustified(28) << Qt::endl;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("deals"), QStringLiteral("Deals in the generated database."), QStringLiteral("N"),
                      QStringLiteral("20000")});
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("Use this existing database instead."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Run every case on this database on a PostgreSQL server too (filled with the "
                                     "same demo data when empty); with --import-deals, a database on the server next "
                                     "to which the import's databases are made."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("import-deals"),
                      QStringLiteral("Time a CSV import of N generated deals against the sqlite3 shell's .import."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Rounds of each import case; the best is shown."),
                      QStringLiteral("K"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("csv"),
         QStringLiteral("Write the generated import file here and keep it (with --import-into, a file that "
                        "exists is imported as it is)."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("import-only"),
                      QStringLiteral("Time the import alone: no shell, no C API, no second import (to profile).")});
    parser.addOption({QStringLiteral("import-into"),
                      QStringLiteral("Import the generated file once into this existing database, as its first lead."),
                      QStringLiteral("FILE")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("import-deals"))) {
        ImportBench::Options options;
        options.deals = parser.value(QStringLiteral("import-deals")).toInt();
        options.repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
        options.csvPath = parser.value(QStringLiteral("csv"));
        options.references = options.reimport = !parser.isSet(QStringLiteral("import-only"));
        options.intoDatabase = parser.value(QStringLiteral("import-into"));
        options.server = parser.value(QStringLiteral("server"));
        return ImportBench::run(options);
    }

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : dir.filePath(QStringLiteral("bench.sqlite"));
    const int dealCount = parser.value(QStringLiteral("deals")).toInt();
    const auto file = BenchDatabase::open(QStringLiteral("SQLite"), path, dealCount);
    if (!file) {
        return 1;
    }
    std::unique_ptr<BenchDatabase> server;
    if (parser.isSet(QStringLiteral("server"))) {
        server = BenchDatabase::open(QStringLiteral("PostgreSQL"), parser.value(QStringLiteral("server")), dealCount);
        if (!server) {
            return 1;
        }
    }
    Database& db = file->db;
    const qint64 deals = file->deals;
    sqlite3* raw = db.handle();
    const auto onBoth = [&server](const std::function<double(BenchDatabase&)>& ours, BenchDatabase& onFile) {
        return std::pair{ours(onFile), server ? ours(*server) : -1.0};
    };
    out << Qt::endl
        << QStringLiteral("operation (median µs)").leftJustified(44) << QStringLiteral("SQLite").rightJustified(11)
        << QStringLiteral("PostgreSQL").rightJustified(11) << QStringLiteral("C API").rightJustified(11)
        << QStringLiteral("SQLite/C").rightJustified(9) << QStringLiteral("PG/C").rightJustified(9) << Qt::endl;

    const int rounds = 2000;
    // Read one deal by id.
    {
        Stmt stmt(raw, "SELECT id, version, account_id, title, external_ref, amount_minor, currency, closed_on, "
                       "contract_start, term_months, products, sales_rep_id, support_owner_id, go_live_target, "
                       "success_criteria, why_bought, known_risks, state, created_at, submitted_at, accepted_at "
                       "FROM deals WHERE id = ?");
        const auto id = [&](int round) { return 1 + (qint64(round) * 7919) % deals; };
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
    for (BenchDatabase* b : {file.get(), server.get()}) {
        if (b) {
            listPages(b->engine, b->db, b->staff);
            metrics(b->engine, b->db);
        }
    }
    out << Qt::endl << "database: " << path << " (" << QFileInfo(path).size() / (1024 * 1024) << " MB)" << Qt::endl;
    return 0;
}
