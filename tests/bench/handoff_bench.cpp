// Times Handoff's core data operations next to the same work done directly with the SQLite C API and prints the
// ratio. Usage: handoff_bench [--deals N] [--database FILE]. A fixed seed makes runs comparable.

#include "BenchTimer.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Stores.h"
#include "views/DealListQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace handoff;

namespace {

QTextStream out(stdout);

void row(const QString& name, double ours, double raw)
{
    out << name.leftJustified(44) << QString::number(ours, 'f', 1).rightJustified(12)
        << QString::number(raw, 'f', 1).rightJustified(12)
        << (raw > 0 ? QString::number(ours / raw, 'f', 2) + QLatin1Char('x') : QStringLiteral("-")).rightJustified(9)
        << Qt::endl;
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
    parser.process(app);

    QTemporaryDir dir;
    Database db;
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : dir.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer timer;
    timer.start();
    if (auto opened = db.open(path); !opened) {
        QTextStream(stderr) << opened.error().fullText() << Qt::endl;
        return 1;
    }
    out << "open: " << timer.elapsed() << " ms" << Qt::endl;
    if (db.wasCreated()) {
        DemoOptions options;
        options.deals = parser.value(QStringLiteral("deals")).toInt();
        options.seed = 7;
        options.today = QDate(2026, 11, 23);
        timer.restart();
        auto made = DemoGenerator::generate(db, options);
        if (!made) {
            QTextStream(stderr) << made.error().fullText() << Qt::endl;
            return 1;
        }
        out << "demo data: " << made->deals << " deals, " << made->promises << " promises, " << made->tasks
            << " tasks, " << made->auditEntries << " audit rows in " << timer.elapsed() << " ms" << Qt::endl;
    }
    const qint64 deals = db.scalar(QStringLiteral("SELECT max(id) FROM deals"))->toLongLong();
    sqlite3* raw = db.handle();
    out << Qt::endl
        << QStringLiteral("operation").leftJustified(44) << QStringLiteral("handoff µs").rightJustified(12)
        << QStringLiteral("C API µs").rightJustified(12) << QStringLiteral("ratio").rightJustified(9) << Qt::endl;

    const int rounds = 2000;
    // Read one deal by id.
    {
        DealStore store(db);
        Stmt stmt(raw, "SELECT id, version, account_id, title, external_ref, amount_minor, currency, closed_on, "
                       "contract_start, term_months, products, sales_rep_id, support_owner_id, go_live_target, "
                       "success_criteria, why_bought, known_risks, state, created_at, submitted_at, accepted_at "
                       "FROM deals WHERE id = ?");
        const auto id = [&](int round) { return 1 + (qint64(round) * 7919) % deals; };
        const double ours = BenchTimer::medianMicros(rounds, [&](int r) { (void)store.get(id(r)); });
        const double direct = BenchTimer::medianMicros(rounds, [&](int r) { (void)rawDeal(*stmt, id(r)); });
        row(QStringLiteral("read a deal by id"), ours, direct);
    }
    // Change one field of a deal: a transaction with the version check and one audit row.
    {
        DealStore store(db);
        Stmt begin(raw, "BEGIN IMMEDIATE");
        Stmt version(raw, "SELECT version, title FROM deals WHERE id = ?");
        Stmt update(raw, "UPDATE deals SET title = ?, version = version + 1 WHERE id = ? AND version = ?");
        Stmt audit(raw, "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, deal_id, field, old_value, "
                        "new_value, reason) VALUES (?, NULL, 'update', 'deals', ?, ?, 'title', ?, ?, '')");
        Stmt commit(raw, "COMMIT");
        const int writes = 500;
        const double ours = BenchTimer::medianMicros(writes, [&](int r) {
            auto deal = store.get(1 + r % deals);
            deal->title = QStringLiteral("Bench title %1").arg(r);
            (void)store.update(*deal);
        });
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
        row(QStringLiteral("read, change and save a deal (audited)"), ours, direct);
    }
    // Deal list pages.
    {
        DealListQuery query(db);
        // The very statement DealListQuery runs for the first page, stepped and read through the C API.
        const QByteArray sql = DealListQuery::firstPageSql(DealListColumn::Account, Qt::AscendingOrder).toUtf8();
        Stmt first(raw, sql.constData());
        const double ours = BenchTimer::medianMicros(
            200, [&](int) { (void)query.firstPage(DealListColumn::Account, Qt::AscendingOrder, 200); });
        const double direct = BenchTimer::medianMicros(200, [&](int) {
            QList<DealListRow> rows;
            sqlite3_bind_int(*first, 1, 200);
            while (sqlite3_step(*first) == SQLITE_ROW) {
                DealListRow page;
                page.id = sqlite3_column_int64(*first, 0);
                page.accountId = sqlite3_column_int64(*first, 1);
                page.account = text(*first, 2);
                page.title = text(*first, 3);
                page.state = fromKey<HandoffState>(text(*first, 4)).value_or(HandoffState::Draft);
                page.salesRepId = sqlite3_column_int64(*first, 5);
                page.salesRep = text(*first, 6);
                page.amountMinor = sqlite3_column_int64(*first, 7);
                page.currency = text(*first, 8);
                page.closedOn = QDate::fromString(text(*first, 9), Qt::ISODate);
                rows.append(std::move(page));
            }
            sqlite3_reset(*first);
        });
        row(QStringLiteral("deal list: first 200 by account"), ours, direct);
    }
    {
        DealListQuery query(db);
        const double ours = BenchTimer::medianMicros(50, [&](int) { (void)query.count(); });
        Stmt count(raw, "SELECT count(*) FROM deals");
        const double direct = BenchTimer::medianMicros(50, [&](int) {
            sqlite3_step(*count);
            sqlite3_reset(*count);
        });
        row(QStringLiteral("count deals"), ours, direct);
    }
    out << Qt::endl << "database: " << path << " (" << QFileInfo(path).size() / (1024 * 1024) << " MB)" << Qt::endl;
    return 0;
}
