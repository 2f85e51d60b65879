// One core on two engines: how a database is named, opened, created, refused and upgraded on a PostgreSQL server as
// on a file. The tests that describe both engines run twice (tst_serverdatabase and tst_serverdatabase_pg); those
// that describe only a server skip on files.

#include "TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "io/DealImporter.h"
#include "io/ImportPresets.h"
#include "metrics/MetricsJson.h"
#include "metrics/MetricsService.h"
#include "views/DealListQuery.h"

#include "storage/IntegrityCheck.h"
#include "storage/Migrator.h"
#include "storage/PostgresStatement.h"
#include "storage/ServerAddress.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"
#include <QBuffer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

using namespace handoff;

namespace {

User sampleUser(const QString& email)
{
    User user;
    user.name = QStringLiteral("Anna Sales");
    user.email = email;
    user.role = Role::Sales;
    return user;
}

// Every row of the tables demo data fills, in id order, each value as text (NULL marked): what a person could read
// out of the database, whatever engine holds it. The columns are the file's, so a server's extra search column is
// left out.
// Every row of the tables both engines share, in the file's column order. A deal's identity is random, so it reads
// as the deal's id wherever it stands (its column and its audit entries).
QStringList dump(Database& db, const Database& file)
{
    QHash<QString, QString> uids;
    auto deals = db.exec(QStringLiteral("SELECT uid, id FROM deals"));
    while (deals && deals->next()) {
        uids.insert(deals->value(0).toString(), QStringLiteral("<uid of deal %1>").arg(deals->value(1).toLongLong()));
    }
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QStringList lines;
    for (const char* name : {"users", "accounts", "contacts", "deals", "deal_contacts", "deal_channels",
                             "checklist_answers", "capabilities", "promises", "tasks", "comments", "handoff_snapshots",
                             "handoff_snapshot_checklist", "csat_scores", "audit_log"}) {
        const QString table = QLatin1String(name);
        QStringList columns;
        auto info = file.exec(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
        while (info && info->next()) {
            columns.append(info->value(0).toString());
        }
        const QString order = table == QLatin1String("handoff_snapshot_checklist")
                                  ? QStringLiteral("deal_id, submission_no")
                                  : QStringLiteral("id");
        auto query = db.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(u','), table, order));
        if (!query) {
            lines.append(table + QLatin1String(": ") + query.error().message);
            continue;
        }
        while (query->next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant value = query->value(i);
                values.append(value.isNull() ? QStringLiteral("<null>") : value.toString());
            }
            lines.append(table + QLatin1Char('|') + values.join(u'|'));
        }
    }
    for (QString& line : lines) {
        QString named;
        qsizetype from = 0;
        for (const QRegularExpressionMatch& match : uuid.globalMatch(line)) {
            named += QStringView(line).mid(from, match.capturedStart() - from);
            named += uids.value(match.captured(), match.captured());
            from = match.capturedEnd();
        }
        line = named + QStringView(line).mid(from);
    }
    return lines;
}

qint64 count(Database& db, const QString& table)
{
    auto value = db.scalar(QStringLiteral("SELECT count(*) FROM ") + table);
    return value ? value->toLongLong() : -1;
}

} // namespace

class TestServerDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addressesAreReadAsLibpqReadsThem()
    {
        auto full = ServerAddress::parse(QStringLiteral("postgresql://anna@db.example.org:6543/team?sslmode=require"));
        QVERIFY(full);
        QCOMPARE(full->host, QStringLiteral("db.example.org"));
        QCOMPARE(full->port, 6543);
        QCOMPARE(full->user, QStringLiteral("anna"));
        QCOMPARE(full->database, QStringLiteral("team"));
        QCOMPARE(full->options, QStringLiteral("sslmode='require'"));
        QCOMPARE(full->display(), QStringLiteral("postgresql://anna@db.example.org:6543/team"));

        // Everything left out comes from libpq's own defaults (PG* variables, service file, the local socket).
        auto bare = ServerAddress::parse(QStringLiteral("postgres:///handoff"));
        QVERIFY(bare);
        QVERIFY(bare->host.isEmpty());
        QCOMPARE(bare->port, -1);
        QVERIFY(bare->user.isEmpty());
        QCOMPARE(bare->database, QStringLiteral("handoff"));

        auto socket = ServerAddress::parse(QStringLiteral("postgresql:///handoff?host=/run/postgresql&port=5433"));
        QVERIFY(socket);
        QCOMPARE(socket->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(socket->port, 5433);
        QCOMPARE(socket->display(), QStringLiteral("postgresql://:5433/handoff?host=/run/postgresql"));

        QVERIFY(ServerAddress::isServerAddress(QStringLiteral("postgresql://x/y")));
        QVERIFY(!ServerAddress::isServerAddress(QStringLiteral("/home/anna/postgresql.sqlite")));
        QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://h/db?port=seventy")));
        QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://h/db?Bad-Key=1")));
    }

    void passwordInAddressIsRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("user info") << QStringLiteral("postgresql://anna:secret@db.example.org/team");
        QTest::newRow("parameter") << QStringLiteral("postgresql://db.example.org/team?password=secret");
    }

    void passwordInAddressIsRefused()
    {
        QFETCH(QString, address);
        Database db;
        auto opened = db.open(address);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Invalid);
        QVERIFY2(opened.error().message.contains(QLatin1String("~/.pgpass")), qPrintable(opened.error().message));
        QVERIFY2(!opened.error().message.contains(QLatin1String("secret")), qPrintable(opened.error().message));
    }

    void parametersAreNumberedOutsideLiteralsAndComments()
    {
        int count = 0;
        const QByteArray sql = PostgresStatement::numberParameters(
            QStringLiteral("SELECT '?', 'it''s ?', \"a?b\", ? -- what?\n, ? /* why? */ WHERE x = ?"), &count);
        QCOMPARE(sql, QByteArray("SELECT '?', 'it''s ?', \"a?b\", $1 -- what?\n, $2 /* why? */ WHERE x = $3"));
        QCOMPARE(count, 3);

        // SQLite's numbered parameters keep their numbers; a number may come back.
        const QByteArray numbered =
            PostgresStatement::numberParameters(QStringLiteral("SELECT ?2, ?1 WHERE a = ?12 OR b = ?1"), &count);
        QCOMPARE(numbered, QByteArray("SELECT $2, $1 WHERE a = $12 OR b = $1"));
        QCOMPARE(count, 12);
    }

    void newDatabaseGetsTheCurrentSchema()
    {
        TestDatabase t;
        QVERIFY(t.db.wasCreated());
        QCOMPARE(t.db.isServer(), testsRunOnServer());
        auto version = Migrator::currentVersion(t.db);
        QVERIFY(version);
        QCOMPARE(*version, Migrator::kSchemaVersion);
        // The default checklist template is the same on both engines.
        QCOMPARE(count(t.db, QStringLiteral("checklist_items")), 29);
        auto required = t.db.scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE required = 1"));
        QVERIFY(required);
        QCOMPARE(required->toLongLong(), 23);
    }

    void reopeningKeepsWhatWasWritten()
    {
        TestDatabase t;
        Seed<UserStore> users(t.db);
        auto created = users.create(sampleUser(QStringLiteral("anna@example.org")));
        QVERIFY(created);
        t.db.close();

        QVERIFY(t.db.open(t.path()));
        QVERIFY(!t.db.wasCreated());
        auto found = UserStore(t.db).get(created->id);
        QVERIFY(found);
        QCOMPARE(found->email, QStringLiteral("anna@example.org"));
        QCOMPARE(found->version, 1);
    }

    void rolledBackChangeLeavesNothing()
    {
        TestDatabase t;
        const qint64 auditBefore = count(t.db, QStringLiteral("audit_log"));
        {
            auto transaction = Transaction::begin(t.db);
            QVERIFY(transaction);
            QVERIFY(t.db.inTransaction());
            QVERIFY(Seed<UserStore>(t.db).create(sampleUser(QStringLiteral("gone@example.org"))));
            // the guard goes out of scope without commit
        }
        QVERIFY(!t.db.inTransaction());
        QCOMPARE(count(t.db, QStringLiteral("users")), 0);
        QCOMPARE(count(t.db, QStringLiteral("audit_log")), auditBefore);

        // A refused change inside a larger one is taken back with it, and the connection stays usable.
        auto transaction = Transaction::begin(t.db);
        QVERIFY(transaction);
        QVERIFY(Seed<UserStore>(t.db).create(sampleUser(QStringLiteral("one@example.org"))));
        auto twice = Seed<UserStore>(t.db).create(sampleUser(QStringLiteral("ONE@example.org")));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, Error::Code::Invalid);
        QVERIFY(transaction->commit());
        QCOMPARE(count(t.db, QStringLiteral("users")), 1);
    }

    void aChangeWithAFailedStepIsNotReportedAsSaved()
    {
        if (!testsRunOnServer()) {
            QSKIP("a file's transaction goes on after a failed statement");
        }
        TestDatabase t;
        auto transaction = Transaction::begin(t.db);
        QVERIFY(transaction);
        QVERIFY(Seed<UserStore>(t.db).create(sampleUser(QStringLiteral("kept@example.org"))));
        QVERIFY(!t.db.exec(QStringLiteral("SELECT no_such_column FROM users"))); // a step fails, and is ignored
        QVERIFY(t.db.transactionFailed());
        auto committed = transaction->commit();
        QVERIFY(!committed);
        QVERIFY2(committed.error().message.contains(QLatin1String("not saved")), qPrintable(committed.error().message));
        QVERIFY(!t.db.inTransaction());
        QCOMPARE(count(t.db, QStringLiteral("users")), 0);
    }

    void serverDatabaseOfAnotherApplicationIsRefusedUntouched()
    {
        if (!testsRunOnServer()) {
            QSKIP("describes a database on a server");
        }
        const QString name = TestServer::createDatabase();
        TestServer::run(QStringLiteral("CREATE TABLE invoices (id integer PRIMARY KEY, total integer)"), name);
        Database db;
        auto opened = db.open(TestServer::addressOf(name));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotHandoff);
        QVERIFY2(opened.error().message.contains(QLatin1String("another application")),
                 qPrintable(opened.error().message));
        QVERIFY(!db.isOpen());

        // Only the foreign table is there: nothing of Handoff's was created.
        Database probe;
        Database::Options options;
        options.create = false;
        auto again = probe.open(TestServer::addressOf(name), options);
        QVERIFY(!again);
        TestServer::run(QStringLiteral("DROP TABLE invoices"), name);
        auto empty = probe.open(TestServer::addressOf(name), options);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::NotHandoff);
        QVERIFY2(empty.error().message.contains(QLatin1String("empty")), qPrintable(empty.error().message));
        TestServer::dropDatabase(name);
    }

    void serverDatabaseOfNewerHandoffIsRefused()
    {
        if (!testsRunOnServer()) {
            QSKIP("describes a database on a server");
        }
        TestDatabase t;
        QVERIFY(t.db.exec(QStringLiteral("UPDATE handoff_schema SET version = 99")));
        t.db.close();
        auto opened = t.db.open(t.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::TooNew);
        QVERIFY2(opened.error().message.contains(QLatin1String("99")), qPrintable(opened.error().message));
    }

    void unreachableServerSaysWhichAndWhy()
    {
        Database db;
        // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
        auto opened = db.open(QStringLiteral("postgresql://127.0.0.1:1/handoff?connect_timeout=3"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Storage);
        QVERIFY2(opened.error().message.contains(QLatin1String("postgresql://127.0.0.1:1/handoff")),
                 qPrintable(opened.error().message));
    }

    void checkPassesOnANewDatabaseWithHistory()
    {
        TestDatabase t;
        QVERIFY(Seed<UserStore>(t.db).create(sampleUser(QStringLiteral("anna@example.org"))));
        const auto results = IntegrityCheck::run(t.db);
        QString report;
        for (const CheckResult& result : results) {
            report += result.name + QLatin1String(": ") + result.detail + QLatin1Char('\n');
        }
        QVERIFY2(IntegrityCheck::allOk(results), qPrintable(report));
        QCOMPARE(results.size(), 6); // with the kept figures
    }

    void serverCheckNamesWhatWeakensTheAuditLog()
    {
        if (!testsRunOnServer()) {
            QSKIP("describes a database on a server");
        }
        TestDatabase t;
        Seed<UserStore> users(t.db);
        for (const char* email : {"a@example.org", "b@example.org", "c@example.org"}) {
            QVERIFY(users.create(sampleUser(QString::fromLatin1(email))));
        }
        // Someone with the owner's rights switches a trigger off, removes an entry and weakens the refusal.
        QVERIFY(t.db.run(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete; "
                                        "DELETE FROM audit_log WHERE id = 2"),
                         {}));
        QVERIFY(t.db.run(QStringLiteral("CREATE OR REPLACE FUNCTION handoff_audit_log_refuse() RETURNS trigger "
                                        "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$"),
                         {}));
        const auto results = IntegrityCheck::run(t.db);
        QVERIFY(!IntegrityCheck::allOk(results));
        QStringList failed;
        QString report;
        for (const CheckResult& result : results) {
            report += result.name + QLatin1String(": ") + result.detail + QLatin1Char('\n');
            if (!result.ok) {
                failed.append(result.name);
            }
        }
        QCOMPARE(failed,
                 (QStringList{QStringLiteral("Audit log protection"), QStringLiteral("Audit log completeness")}));
        QVERIFY2(report.contains(QLatin1String("audit_log_no_delete is disabled")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("handoff_audit_log_refuse")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("ids 2")), qPrintable(report));
    }

    void demoIsTheSameRowsOnBothEngines()
    {
        if (!testsRunOnServer()) {
            QSKIP("compares a server with a file");
        }
        TestDatabase server;
        Database file;
        QVERIFY(file.open(server.dir.filePath(QStringLiteral("demo.sqlite"))));
        DemoOptions options;
        options.deals = 60;
        options.seed = 7;
        options.today = QDate(2026, 11, 18);
        const QDateTime clock(options.today, QTime(15, 0), Qt::UTC);
        for (Database* db : {&server.db, &file}) {
            db->setClock([clock] { return clock; });
            auto made = DemoGenerator::generate(*db, options);
            QVERIFY(made);
        }
        const QStringList onFile = dump(file, file);
        const QStringList onServer = dump(server.db, file);
        QVERIFY(onFile.size() > 1000);
        for (qsizetype i = 0; i < std::min(onFile.size(), onServer.size()); ++i) {
            QCOMPARE(onServer.at(i), onFile.at(i));
        }
        QCOMPARE(onServer.size(), onFile.size());

        // What people read from the data is the same too: the whole deal list in each order, and the metrics of a
        // quarter, week by week, byte for byte as JSON.
        for (const DealListColumn column : {DealListColumn::Account, DealListColumn::Title, DealListColumn::SalesRep,
                                            DealListColumn::SupportOwner, DealListColumn::SubmittedAt}) {
            const auto firstPage = [column](Database& db) {
                QList<qint64> ids;
                auto page = DealListQuery(db).firstPage({}, column, Qt::AscendingOrder, 100);
                for (const DealListRow& row : page ? *page : QList<DealListRow>()) {
                    ids.append(row.id);
                }
                return ids;
            };
            QCOMPARE(firstPage(server.db), firstPage(file));
        }
        MetricsQuery quarter;
        quarter.period = {QDate(2026, 7, 1), QDate(2026, 9, 30)};
        quarter.today = options.today;
        const auto metricsOf = [&quarter](Database& db) {
            auto report = MetricsService(db).report(quarter);
            return report ? QJsonDocument(MetricsJson::report(*report)).toJson() : report.error().message.toUtf8();
        };
        const QByteArray metricsOnFile = metricsOf(file);
        QVERIFY(metricsOnFile.contains("\"sales\""));
        QCOMPARE(metricsOf(server.db), metricsOnFile);
    }

    // An import on a server goes through COPY, with the rows waiting in the program and sent in batches; the rows it
    // leaves are the file's, ids included. The file is large enough to be sent in several batches, names deals that
    // an earlier row of the same file created (which sends what waits, to read it back), and is imported twice, the
    // second time into accounts, deals and contacts that are there already.
    void importIsTheSameRowsOnBothEngines()
    {
        if (!testsRunOnServer()) {
            QSKIP("compares a server with a file");
        }
        QByteArray csv = "external_ref,title,account,amount,currency,closed_on,sales_rep,sales_rep_email,"
                         "contact_name,contact_email,why_bought\n";
        const QByteArray why = QString(QStringLiteral("Needs \"audit\" \\ trail,\ttabs and\nlines; caf\u00e9 "
                                                      "\u4e2d \U0001F600. "))
                                   .repeated(8)
                                   .toUtf8()
                                   .replace('"', "\"\"");
        const int rows = 9000;
        QByteArray firstHalf;
        for (int i = 0; i < rows; ++i) {
            // Towards the end, every tenth row names a deal five rows up again.
            const int n = i >= rows - 1000 && i % 10 == 9 ? i - 5 : i;
            const QByteArray number = QByteArray::number(n);
            const QByteArray rep = QByteArray::number(i % 7);
            const QByteArray person = QByteArray::number(i / 2);
            csv += "B-" + number + ",Deal " + number + ",Account " + QByteArray::number(n / 3) + "," +
                   QByteArray::number(100 + i) + ",EUR,2026-03-0" + QByteArray::number(1 + i % 9) + ",Rep " + rep +
                   ",rep" + rep + "@example.org,Person " + person + "," +
                   (i % 4 == 0 ? QByteArray() : "person" + person + "@example.org") + ",\"" + why + "\"\n";
            if (i == rows / 2) {
                firstHalf = csv;
            }
        }
        TestDatabase server;
        Database file;
        QVERIFY(file.open(server.dir.filePath(QStringLiteral("import.sqlite"))));
        const QDateTime clock(QDate(2026, 11, 18), QTime(15, 0), Qt::UTC);
        ImportOptions options;
        options.mapping = ImportPresets::preset(QStringLiteral("handoff")).value();
        for (Database* db : {&server.db, &file}) {
            db->setClock([clock] { return clock; });
            User lead = sampleUser(QStringLiteral("lead@example.org"));
            lead.role = Role::Lead;
            auto created = Seed<UserStore>(*db).create(lead);
            QVERIFY(created);
            for (QByteArray* text : {&firstHalf, &csv}) {
                QBuffer buffer(text);
                QVERIFY(buffer.open(QIODevice::ReadOnly));
                const auto imported = DealImporter(*db).run(*created, &buffer, options);
                QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().fullText()));
                QCOMPARE(imported->rejected, 0);
            }
        }
        QCOMPARE(count(server.db, QStringLiteral("deals")), rows - 100);
        const QStringList onFile = dump(file, file);
        const QStringList onServer = dump(server.db, file);
        for (qsizetype i = 0; i < std::min(onFile.size(), onServer.size()); ++i) {
            QCOMPARE(onServer.at(i), onFile.at(i));
        }
        QCOMPARE(onServer.size(), onFile.size());
        QVERIFY(IntegrityCheck::allOk(IntegrityCheck::run(server.db)));

        // The ids the import took ahead and did not use go back: the next deal gets the next number.
        Deal next;
        next.accountId = 1;
        next.title = QStringLiteral("After the import");
        next.currency = QStringLiteral("EUR");
        next.closedOn = QDate(2026, 11, 1);
        next.salesRepId = 1;
        auto made = Seed<DealStore>(server.db).create(next);
        QVERIFY(made);
        QCOMPARE(made->id, qint64(rows - 100 + 1));
    }

    // The planner learns of a large import at once, not when the server's autovacuum gets to the tables: a freshly
    // filled database was read with plans made for empty tables (metrics at 100,000 deals ran for minutes).
    void importTellsThePlannerAboutItsRows()
    {
        if (!testsRunOnServer()) {
            QSKIP("describes a database on a server");
        }
        TestDatabase t;
        User lead = sampleUser(QStringLiteral("lead@example.org"));
        lead.role = Role::Lead;
        auto created = Seed<UserStore>(t.db).create(lead);
        QVERIFY(created);
        QByteArray csv = "external_ref,title,account,amount,currency,closed_on\n";
        for (int i = 0; i < 1500; ++i) {
            const QByteArray n = QByteArray::number(i);
            csv += "S-" + n + ",Deal " + n + ",Account " + n + ",100,EUR,2026-03-01\n";
        }
        const auto planned = [&t](const char* table) {
            return t.db
                .scalar(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = ?::regclass"),
                        {QLatin1StringView(table)})
                ->toDouble();
        };
        QVERIFY(planned("deals") < 1000);
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ImportOptions options;
        options.mapping = ImportPresets::preset(QStringLiteral("handoff")).value();
        const auto imported = DealImporter(t.db).run(*created, &buffer, options);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().fullText()));
        QCOMPARE(imported->imported, 1500);
        QCOMPARE(planned("deals"), 1500.0);
        QCOMPARE(planned("accounts"), 1500.0);
        QVERIFY(planned("audit_log") >= 3000);
    }

    // A server's backup is a pg_dump archive of the database as it is; pg_restore brings it back, whole, into a new
    // database. Like a file's, it never overwrites a file.
    void serverBackupIsAnArchiveThatRestores()
    {
        if (!testsRunOnServer()) {
            QSKIP("describes a database on a server");
        }
        TestDatabase t;
        auto created = Seed<UserStore>(t.db).create(sampleUser(QStringLiteral("kept@example.org")));
        QVERIFY(created);
        const QString archive = t.dir.filePath(QStringLiteral("copy.dump"));
        auto backup = t.db.backupTo(archive);
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().fullText()));
        QVERIFY(QFileInfo(archive).size() > 0);
        QCOMPARE(QFileInfo(archive).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        const QByteArray before = sha256Of(archive);
        auto again = t.db.backupTo(archive);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QLatin1String("already exists")), qPrintable(again.error().message));
        QCOMPARE(sha256Of(archive), before);

        const QString restored = TestServer::createDatabase();
        QProcess restore;
        restore.start(QStringLiteral("pg_restore"),
                      {QStringLiteral("--no-owner"), QStringLiteral("--dbname=") + restored, archive});
        QVERIFY(restore.waitForFinished(60000));
        QVERIFY2(restore.exitCode() == 0, restore.readAllStandardError().constData());
        {
            Database copy;
            QVERIFY(copy.open(TestServer::addressOf(restored)));
            QVERIFY(IntegrityCheck::allOk(IntegrityCheck::run(copy)));
            QCOMPARE(copy.scalar(QStringLiteral("SELECT email FROM users"))->toString(),
                     QStringLiteral("kept@example.org"));
        }
        TestServer::dropDatabase(restored);
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
