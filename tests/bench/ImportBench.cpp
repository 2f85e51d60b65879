#include "ImportBench.h"

#include "BareCsvTable.h"
#include "ImportTiming.h"
#include "SqlImport.h"

#include "io/DealImporter.h"
#include "io/ImportPresets.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <limits>

using namespace handoff;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

const char* const kHeader = "external_ref,title,account,amount,currency,closed_on,stage,sales_rep,sales_rep_email,"
                            "products,contract_start,term_months,go_live_target,contact_name,contact_email,"
                            "contact_phone,contact_title,why_bought,success_criteria,known_risks";

// Appends a field as Handoff's export writes it: quoted when it holds a separator, a quote or a line break.
void field(QByteArray& line, const QByteArray& value)
{
    if (!line.isEmpty() && !line.endsWith('\n')) {
        line += ',';
    }
    if (value.contains(',') || value.contains('"') || value.contains('\n')) {
        QByteArray quoted = value;
        quoted.replace("\"", "\"\"");
        line += '"' + quoted + '"';
    } else {
        line += value;
    }
}

// A file in the layout of `handoff export deals --format csv`: a quarter as many accounts as deals, two contacts per
// account, forty sales reps, free text with commas, quotes and the odd accented name. The seed is fixed.
bool writeCsv(const QString& path, int deals)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "cannot write " << path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    QRandomGenerator rng(7);
    const auto pick = [&rng](const auto& list) { return list[rng.bounded(int(std::size(list)))]; };
    const char* firsts[] = {"Dana",  "Priya", "Lucas", "María José", "Chen",  "Aisha", "Tom",  "Ingrid", "Kwame",
                            "Sofia", "Raj",   "Emma",  "Jürgen",     "Laila", "Noah",  "Yuki", "Olivia", "Mateo"};
    const char* lasts[] = {"Reyes", "Patel",  "Martin", "Pérez",  "Wang",   "Khan",   "O'Neil", "Berg",   "Mensah",
                           "Rossi", "Sharma", "Dubois", "Müller", "Haddad", "Fisher", "Sato",   "Nguyen", "García"};
    const char* stems[] = {"North", "Blue",  "Acme", "Globe",  "Vertex", "Pine",   "Harbor", "Quantum", "Summit",
                           "Iron",  "Cedar", "Nova", "Bright", "Atlas",  "Silver", "Delta",  "Orbit",   "Prairie"};
    const char* kinds[] = {"Traders", "Logistics", "Health", "Foods", "Systems", "Bank", "Energy", "Media", "Labs"};
    const char* suffixes[] = {"Ltd", "Inc.", "GmbH", "S.A.", "LLC", "plc", "AG", "Co."};
    const char* products[] = {"Analytics Pro",      "Starter",        "Platform; SSO add-on", "Enterprise Plan",
                              "Support Plus, 24/7", "Data Connectors"};
    const char* titles[] = {"VP Operations", "CTO", "Head of Support", "IT Manager", "CFO", "Project Lead"};
    const char* reasons[] = {"Replaces spreadsheets", "Their old vendor \"sunset\" the product",
                             "Faster onboarding, lower cost", "Needs SSO and audit trail for compliance",
                             "Growing team; current tool does not scale"};
    const char* criteria[] = {"Weekly report in under 5 minutes", "All 40 agents live by go-live",
                              "Migrate 3 legacy systems, no data loss", "Tickets answered within 4 hours"};
    const char* risks[] = {"", "Data in 3 legacy systems", "Champion leaves in Q3", "IT security review pending",
                           "Tight timeline, \"hard\" go-live date"};
    const char* currencies[] = {"USD", "USD", "USD", "EUR", "EUR", "GBP"};

    struct Rep {
        QByteArray name, email;
    };
    QList<Rep> reps;
    for (int i = 0; i < 40; ++i) {
        const QByteArray name = QByteArray(firsts[i % std::size(firsts)]) + ' ' + lasts[(i * 7) % std::size(lasts)];
        reps.append({name, "rep" + QByteArray::number(i) + "@handoff.example"});
    }
    const int accounts = std::max(1, deals / 4);
    QByteArray text = QByteArray(kHeader) + '\n';
    text.reserve(1 << 20);
    const QDate start(2022, 1, 1);
    for (int i = 0; i < deals; ++i) {
        const int a = int(rng.bounded(accounts));
        const QByteArray account = QByteArray(stems[a % std::size(stems)]) + ' ' + kinds[(a / 18) % std::size(kinds)] +
                                   ' ' + QByteArray::number(a) + ' ' + suffixes[a % std::size(suffixes)];
        const int c = a * 2 + int(rng.bounded(2));
        const QByteArray contact = QByteArray(firsts[c % std::size(firsts)]) + ' ' + lasts[(c / 3) % std::size(lasts)];
        const Rep& rep = reps.at(int(rng.bounded(int(reps.size()))));
        const QDate closed = start.addDays(rng.bounded(4 * 365));
        const QByteArray product = pick(products);
        QByteArray line;
        field(line, "CRM-" + QByteArray::number(100000 + i));
        field(line, account.left(account.indexOf(' ', account.indexOf(' ') + 1)) + " - " + product);
        field(line, account);
        field(line, QByteArray::number(500 + rng.bounded(200000)) + '.' + QByteArray::number(10 + rng.bounded(90)));
        field(line, pick(currencies));
        field(line, closed.toString(Qt::ISODate).toLatin1());
        field(line, "draft");
        field(line, rep.name);
        field(line, rep.email);
        field(line, product);
        field(line, closed.addDays(14).toString(Qt::ISODate).toLatin1());
        field(line, QByteArray::number(12 * (1 + rng.bounded(3))));
        field(line, rng.bounded(3) == 0 ? QByteArray() : closed.addDays(60).toString(Qt::ISODate).toLatin1());
        field(line, contact);
        field(line, "contact" + QByteArray::number(c) + "@customer" + QByteArray::number(a) + ".example");
        field(line, "+1 206 555 " + QByteArray::number(1000 + c % 9000));
        field(line, pick(titles));
        field(line, pick(reasons));
        field(line, pick(criteria));
        field(line, pick(risks));
        text += line + '\n';
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
    return file.flush();
}

Timing best(int repeat, const std::function<Timing()>& once)
{
    Timing fastest{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    for (int i = 0; i < repeat; ++i) {
        const Timing t = once();
        if (t.wall < 0) {
            return {};
        }
        fastest.wall = std::min(fastest.wall, t.wall);
        fastest.cpu = std::min(fastest.cpu, t.cpu);
    }
    return fastest;
}

// The lead who imports: a new one in a new database, else the database's first lead; 0 when there is none.
qint64 importingLead(Database& db, bool fresh)
{
    if (!fresh) {
        auto first = db.scalar(QStringLiteral("SELECT min(id) FROM users WHERE role = 'lead'"));
        return first ? first->toLongLong() : 0;
    }
    User lead;
    lead.name = QStringLiteral("Bench Lead");
    lead.email = QStringLiteral("lead@handoff.example");
    lead.role = Role::Lead;
    auto work = UnitOfWork::begin(db, UnitOfWork::System);
    if (!work) {
        err << work.error().fullText() << Qt::endl;
        return 0;
    }
    auto created = UserStore(db).create(*work, lead);
    if (created) {
        if (auto committed = work->commit(); !committed) {
            created = committed.error();
        }
    }
    if (!created) {
        err << created.error().fullText() << Qt::endl;
        return 0;
    }
    return created->id;
}

// A new Handoff database at path with its importing lead; the lead's id, or 0.
qint64 createDatabase(const QString& path)
{
    Database db;
    if (auto opened = db.open(path); !opened) {
        err << opened.error().fullText() << Qt::endl;
        return 0;
    }
    return importingLead(db, true);
}

// DealImporter::run of the file into a database that path names; the time of run() alone, in ms.
Timing importOnce(const QString& dbPath, const QString& csvPath, bool fresh, ImportSummary& summary)
{
    Database db;
    if (auto opened = db.open(dbPath); !opened) {
        err << opened.error().fullText() << Qt::endl;
        return {};
    }
    User lead;
    lead.id = importingLead(db, fresh);
    lead.role = Role::Lead;
    if (lead.id <= 0) {
        return {};
    }
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        err << csv.errorString() << Qt::endl;
        return {};
    }
    ImportOptions options;
    options.mapping = ImportPresets::preset(QStringLiteral("handoff")).value();
    const Stopwatch watch;
    auto done = DealImporter(db).run(lead, &csv, options);
    const Timing ms = watch.elapsed();
    if (!done) {
        err << done.error().fullText() << Qt::endl;
        return {};
    }
    if (done->rejected > 0) {
        err << "rejected " << done->rejected << " rows, first: line " << done->rejections.constFirst().line << ": "
            << done->rejections.constFirst().reason << Qt::endl;
        return {};
    }
    summary = *done;
    return ms;
}

// What the shell's `.import FILE t` does for a table that does not exist, in one transaction. The shell's defaults:
// journal_mode DELETE, the build's synchronous level.
Timing capiOnce(const QString& dbPath, const QString& csvPath)
{
    const Stopwatch watch;
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    const bool loaded = loadBareTable(db, csvPath, "t");
    const bool committed = loaded && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return committed ? watch.elapsed() : Timing();
}

// The sqlite3 shell itself, started and timed as a whole (process start included, as `time` shows it).
Timing shellOnce(const QString& shell, const QString& dbPath, const QString& csvPath)
{
    QProcess process;
    const Stopwatch watch;
    process.start(shell, {dbPath, QStringLiteral(".mode csv"), QStringLiteral(".import '%1' t").arg(csvPath)});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        err << "sqlite3 failed: " << process.readAllStandardError() << Qt::endl;
        return {};
    }
    return watch.elapsed();
}

// What the import left: the file passes integrity_check (every index holds exactly its table's rows) and has every
// index the schema defines, and the audit log has an entry for every row the import created.
void verify(const QString& dbPath)
{
    Database db;
    if (auto opened = db.open(dbPath); !opened) {
        err << opened.error().fullText() << Qt::endl;
        return;
    }
    const auto value = [&db](const char* sql) {
        auto result = db.scalar(QLatin1StringView(sql));
        return result ? result->toString() : result.error().fullText();
    };
    out << "  integrity_check: " << value("PRAGMA integrity_check")
        << ", indexes: " << value("SELECT count(*) FROM sqlite_schema WHERE type = 'index'")
        << ", audit rows: " << value("SELECT count(*) FROM audit_log") << " for "
        << value("SELECT (SELECT count(*) FROM deals) + (SELECT count(*) FROM accounts) + "
                 "(SELECT count(*) FROM users) + (SELECT count(*) FROM contacts) + "
                 "(SELECT count(*) FROM deal_contacts)")
        << " created rows, " << QFileInfo(dbPath).size() / 1024 << " KiB" << Qt::endl;
}

// Databases made next to one on a server, and dropped again, through a connection of their own.
class ServerDatabases {
public:
    explicit ServerDatabases(const QString& address)
    {
        auto parsed = ServerAddress::parse(address);
        if (!parsed) {
            err << parsed.error().fullText() << Qt::endl;
            return;
        }
        m_address = *parsed;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kConnection);
        m_address.applyTo(db);
        if (!db.open()) {
            err << "cannot reach " << address << ": " << db.lastError().text() << Qt::endl;
        }
    }
    ~ServerDatabases()
    {
        for (const QString& name : std::as_const(m_made)) {
            run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        }
        QSqlDatabase::database(kConnection).close();
        QSqlDatabase::removeDatabase(kConnection);
    }
    ServerDatabases(const ServerDatabases&) = delete;
    ServerDatabases& operator=(const ServerDatabases&) = delete;

    bool isOpen() const { return QSqlDatabase::database(kConnection, false).isOpen(); }

    // A new, empty database; its address, or an empty string.
    QString make()
    {
        const QString name = QStringLiteral("handoff_bench_%1").arg(QRandomGenerator::global()->generate());
        if (!run(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            return {};
        }
        m_made.append(name);
        ServerAddress address = m_address;
        address.database = name;
        return address.display();
    }

private:
    static constexpr QLatin1StringView kConnection{"handoff-bench-maintenance"};

    bool run(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(kConnection));
        if (!query.exec(sql)) {
            err << sql << ": " << query.lastError().text() << Qt::endl;
            return false;
        }
        return true;
    }

    ServerAddress m_address;
    QStringList m_made;
};

// psql's \copy of the file into a new bare table of text columns, psql started and timed as a whole.
Timing psqlCopyOnce(const QString& psql, const QString& address, const QString& csvPath)
{
    QStringList columns = QString::fromLatin1(kHeader).split(QLatin1Char(','));
    for (QString& column : columns) {
        column += QLatin1String(" text");
    }
    QProcess create;
    create.start(psql, {QStringLiteral("--quiet"), QStringLiteral("--no-psqlrc"), QStringLiteral("--dbname=") + address,
                        QStringLiteral("--command=CREATE TABLE t (%1)").arg(columns.join(QStringLiteral(", ")))});
    if (!create.waitForFinished(-1) || create.exitCode() != 0) {
        err << "psql failed: " << create.readAllStandardError() << Qt::endl;
        return {};
    }
    QProcess copy;
    const Stopwatch watch;
    copy.start(psql, {QStringLiteral("--quiet"), QStringLiteral("--no-psqlrc"), QStringLiteral("--dbname=") + address,
                      QStringLiteral("--command=\\copy t FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csvPath)});
    if (!copy.waitForFinished(-1) || copy.exitCode() != 0) {
        err << "psql \\copy failed: " << copy.readAllStandardError() << Qt::endl;
        return {};
    }
    return watch.elapsed();
}

QString millis(double ms)
{
    return (ms < 0 ? QStringLiteral("-") : QString::number(ms, 'f', 0)).rightJustified(10);
}

QString ratio(double ms, double reference)
{
    return (ms > 0 && reference > 0 ? QString::number(ms / reference, 'f', 2) + QLatin1Char('x') : QStringLiteral("-"))
        .rightJustified(10);
}

void line(const QString& name, Timing t, Timing reference)
{
    out << name.leftJustified(44) << millis(t.wall) << ratio(t.wall, reference.wall) << millis(t.cpu)
        << ratio(t.cpu, reference.cpu) << Qt::endl;
}

// The import into a fresh database on the server next to psql's \copy of the file into a bare table there.
int serverCases(const ImportBench::Options& options, const QString& csvPath)
{
    ServerDatabases databases(options.server);
    if (!databases.isOpen()) {
        return 1;
    }
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    const Timing copyMs = psql.isEmpty() ? Timing() : best(options.repeat, [&] {
        const QString address = databases.make();
        return address.isEmpty() ? Timing() : psqlCopyOnce(psql, address, csvPath);
    });
    QString address;
    ImportSummary summary;
    const Timing importMs = best(options.repeat, [&] {
        address = databases.make();
        if (address.isEmpty() || createDatabase(address) <= 0) {
            return Timing();
        }
        return importOnce(address, csvPath, false, summary);
    });
    out << Qt::endl << "on the server " << options.server << Qt::endl;
    line(QStringLiteral("psql \\copy into a bare table"), copyMs, copyMs);
    line(QStringLiteral("handoff import on the server (COPY)"), importMs, copyMs);
    if (importMs.wall < 0) {
        return 1;
    }
    out << "  " << summary.imported << " deals, " << summary.accountsCreated << " accounts, " << summary.usersCreated
        << " users, " << summary.contactsCreated << " contacts created" << Qt::endl;
    if (options.reimport) {
        ImportSummary again;
        line(QStringLiteral("handoff import again on the server"), importOnce(address, csvPath, false, again), copyMs);
        out << "  " << again.updated << " updated, " << again.unchanged << " unchanged" << Qt::endl;
    }
    return 0;
}

} // namespace

int ImportBench::run(const Options& options)
{
    QTemporaryDir dir;
    const QString csvPath = options.csvPath.isEmpty() ? dir.filePath(QStringLiteral("deals.csv")) : options.csvPath;
    // Into a given database, a given file that exists is imported as it is (to compare builds on any file).
    const bool given = !options.intoDatabase.isEmpty() && !options.csvPath.isEmpty() && QFileInfo::exists(csvPath);
    if (!given && !writeCsv(csvPath, options.deals)) {
        return 1;
    }
    out << "import of " << options.deals << " deals, " << QFileInfo(csvPath).size() / 1024 << " KiB of CSV (" << csvPath
        << "), best of " << options.repeat << Qt::endl;
    out << QStringLiteral("case (best ms)").leftJustified(44) << QStringLiteral("wall").rightJustified(10)
        << QStringLiteral("/ shell").rightJustified(10) << QStringLiteral("cpu").rightJustified(10)
        << QStringLiteral("/ shell").rightJustified(10) << Qt::endl;

    if (!options.intoDatabase.isEmpty()) {
        ImportSummary summary;
        const Timing t = importOnce(options.intoDatabase, csvPath, false, summary);
        line(QStringLiteral("handoff import into ") + QFileInfo(options.intoDatabase).fileName(), t, {});
        out << "  " << summary.imported << " imported, " << summary.updated << " updated, " << summary.unchanged
            << " unchanged" << Qt::endl;
        return t.wall < 0 ? 1 : 0;
    }

    // A new file each round. The one before is removed first, once closed (and so without a -wal beside it), so that
    // the system is not still writing the last round's file out during the next.
    QString previous;
    const auto nextPath = [&](const char* stem) {
        if (!previous.isEmpty() && !QFileInfo::exists(previous + QLatin1String("-wal"))) {
            QFile::remove(previous);
        }
        previous = dir.filePath(QLatin1StringView(stem) + QString::number(QRandomGenerator::global()->generate()) +
                                QLatin1String(".sqlite"));
        return previous;
    };
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const Timing shellMs = shell.isEmpty() || !options.references
                               ? Timing()
                               : best(options.repeat, [&] { return shellOnce(shell, nextPath("bare-"), csvPath); });
    const Timing capiMs =
        !options.references ? Timing() : best(options.repeat, [&] { return capiOnce(nextPath("bare-"), csvPath); });
    const Timing reference = shellMs.wall > 0 ? shellMs : capiMs;

    QString dbPath;
    ImportSummary summary;
    const Timing importMs = best(options.repeat, [&] {
        dbPath = nextPath("import-");
        return importOnce(dbPath, csvPath, true, summary);
    });
    line(QStringLiteral("sqlite3 shell .import into a bare table"), shellMs, reference);
    line(QStringLiteral("C API doing .import's work"), capiMs, reference);
    line(QStringLiteral("handoff import (DealImporter::run)"), importMs, reference);
    if (importMs.wall < 0) {
        return 1;
    }
    out << "  " << summary.imported << " deals, " << summary.accountsCreated << " accounts, " << summary.usersCreated
        << " users, " << summary.contactsCreated << " contacts created" << Qt::endl;
    verify(dbPath);
    if (options.reimport) {
        ImportSummary again;
        const Timing reimportMs = importOnce(dbPath, csvPath, false, again);
        line(QStringLiteral("handoff import again (every deal matched)"), reimportMs, reference);
        out << "  " << again.updated << " updated, " << again.unchanged << " unchanged" << Qt::endl;
    }
    if (options.references) {
        // The same writes done by SQL through the C API, whole and without the parts a faster import would need to
        // give up, so that the note can say what each costs.
        QString sqlPath;
        const auto sqlCase = [&](SqlImport how) {
            return best(options.repeat, [&] {
                sqlPath = nextPath("sql-");
                const qint64 lead = createDatabase(sqlPath);
                return lead > 0 ? how.once(sqlPath, csvPath, lead) : Timing();
            });
        };
        const Timing sameMs = sqlCase({});
        line(QStringLiteral("C API, the same rows and audit (SQL)"), sameMs, reference);
        if (sameMs.wall > 0) {
            verify(sqlPath);
        }
        line(QStringLiteral("  the same without the kept figures"), sqlCase({true, true, false}), reference);
        line(QStringLiteral("  ... and without the audit entries"), sqlCase({false, true, false}), reference);
        line(QStringLiteral("  ... and without the deals' indexes"), sqlCase({false, false, false}), reference);
        if (sameMs.wall > 0) {
            out << "handoff / the same work in SQL: " << QString::number(importMs.wall / sameMs.wall, 'f', 2)
                << "x wall, " << QString::number(importMs.cpu / sameMs.cpu, 'f', 2) << "x cpu" << Qt::endl;
        }
    }
    if (!options.server.isEmpty() && serverCases(options, csvPath) != 0) {
        return 1;
    }
    if (shellMs.wall > 0 && capiMs.wall > 0) {
        out << "handoff / shell: " << QString::number(importMs.wall / shellMs.wall, 'f', 2) << "x wall, "
            << QString::number(importMs.cpu / shellMs.cpu, 'f', 2)
            << "x cpu; handoff / C API: " << QString::number(importMs.wall / capiMs.wall, 'f', 2) << "x wall, "
            << QString::number(importMs.cpu / capiMs.cpu, 'f', 2) << "x cpu" << Qt::endl;
    }
    return 0;
}
