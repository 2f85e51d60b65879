// Opening, creating, migrating and backing up database files, and refusing every kind of bad file.

#include "FileDamage.h"
#include "TestDatabase.h"
#include "storage/CheckLog.h"
#include "storage/DatabaseFile.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrator.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace handoff;

class TestDatabaseOpen : public QObject {
    Q_OBJECT

private:
    static QString pragma(const Database& db, const char* name)
    {
        auto value = db.scalar(QStringLiteral("PRAGMA ") + QLatin1String(name));
        return value ? value->toString() : QStringLiteral("<error>");
    }

    // A draft deal of a sales rep's at Acme, as the older files of the upgrade tests hold them; title and fields as
    // set.
    static qint64 seedDeal(Database& db, Deal deal)
    {
        auto rep = UserStore(db).where(QStringLiteral("email = 'r@example.com'"), {});
        deal.salesRepId =
            rep && !rep->isEmpty()
                ? rep->constFirst().id
                : Seed<UserStore>(db)
                      .create(User{0, 0, QStringLiteral("Rita"), QStringLiteral("r@example.com"), Role::Sales, true})
                      ->id;
        auto account = AccountStore(db).where(QStringLiteral("name = 'Acme'"), {});
        deal.accountId = account && !account->isEmpty()
                             ? account->constFirst().id
                             : Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        deal.closedOn = QDate(2026, 1, 5);
        auto created = Seed<DealStore>(db).create(deal);
        return created ? created->id : 0;
    }

    // Makes a file with raw bytes and returns its path.
    static QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write test file");
        }
        file.write(bytes);
        return file.fileName();
    }

    // Makes an SQLite file with the C API directly, as another program would.
    static QString sqliteFile(const QTemporaryDir& dir, const QString& name, const char* script)
    {
        const QString path = dir.filePath(name);
        sqlite3* raw = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &raw) != SQLITE_OK ||
            sqlite3_exec(raw, script, nullptr, nullptr, nullptr) != SQLITE_OK) {
            qFatal("cannot make sqlite test file: %s", sqlite3_errmsg(raw));
        }
        sqlite3_close(raw);
        return path;
    }

    // Opening path must fail with code, name the file, and leave its bytes as they were.
    static void expectRefused(const QString& path, Error::Code code, const QString& wordInMessage)
    {
        const QByteArray before = sha256Of(path);
        Database db;
        Database::Options options;
        options.busyTimeoutMs = 200;
        const auto result = db.open(path, options);
        QVERIFY2(!result, qPrintable(path));
        QCOMPARE(int(result.error().code), int(code));
        QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
        QVERIFY2(result.error().fullText().contains(wordInMessage, Qt::CaseInsensitive),
                 qPrintable(result.error().fullText()));
        QVERIFY(!db.isOpen());
        if (!before.isEmpty()) {
            QCOMPARE(sha256Of(path), before);
        }
    }

    // The id of a process that has ended (until the system gives it to another).
    static pid_t deadProcessId()
    {
        const pid_t child = ::fork();
        if (child == 0) {
            ::_exit(0);
        }
        ::waitpid(child, nullptr, 0);
        return child;
    }

    // The files in path's folder that a creation of path builds (path.new-<pid> and its journals).
    static QStringList buildsOf(const QString& path)
    {
        const QFileInfo info(path);
        return info.absoluteDir().entryList({info.fileName() + QStringLiteral(".new-*")}, QDir::Files, QDir::Name);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsNewFileWithSchemaAndPragmas()
    {
        TestDatabase t;
        QVERIFY(t.db.wasCreated());
        QCOMPARE(pragma(t.db, "user_version").toInt(), Migrator::kSchemaVersion);
        QCOMPARE(pragma(t.db, "application_id").toUInt(), DatabaseFile::kApplicationId);
        QCOMPARE(pragma(t.db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(t.db, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(t.db, "synchronous").toInt(), 1); // NORMAL
        QCOMPARE(pragma(t.db, "trusted_schema").toInt(), 0);
        QCOMPARE(pragma(t.db, "cell_size_check").toInt(), 1);
        const auto perms = QFileInfo(t.path()).permissions();
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner) && perms.testFlag(QFileDevice::WriteOwner));
        QVERIFY(!perms.testFlag(QFileDevice::ReadGroup) && !perms.testFlag(QFileDevice::ReadOther));
        auto items = t.db.scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE required = 1"));
        QVERIFY(items && items->toInt() > 15);
    }

    void reopensExistingFileWithoutMigratingAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("again.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Acme')")));
        }
        Database db;
        const auto reopened = db.open(path);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().fullText()));
        QVERIFY(!db.wasCreated());
        auto count = db.scalar(QStringLiteral("SELECT count(*) FROM accounts"));
        QCOMPARE(count->toInt(), 1);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*backup*")}, QDir::Files).size(), 0);
    }

    void migratesOlderFileAfterBackingItUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            // Pretend the file stopped at schema version 1: drop what version 2 added.
            QVERIFY(db.exec(QStringLiteral("DELETE FROM checklist_items")));
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(Migrator::currentVersion(db).value(), Migrator::kSchemaVersion);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM checklist_items"))->toInt() > 0);
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("old.sqlite.schema-1-backup-*")});
        QCOMPARE(backups.size(), 1);
        // The backup is the file as it was: still at schema version 1.
        Database copy;
        QVERIFY(copy.open(dir.filePath(backups.first())));
        QCOMPARE(copy.scalar(QStringLiteral("SELECT count(*) FROM accounts"))->toInt(), 0);
    }

    // Schema 12 makes some checklist items the deal's own fields. What the checklist said stays in view: an answer
    // fills its empty field, a text the field lacks is added below it, and a filled date stays as it was.
    void anOlderFilesAnswersMoveIntoTheirDealFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("eleven.sqlite"));
        qint64 dealId = 0;
        {
            Database db;
            QVERIFY(db.open(path));
            Deal deal;
            deal.title = QStringLiteral("Acme rollout");
            deal.knownRisks = QStringLiteral("Their admin leaves in May.");
            deal.contractStart = QDate(2026, 2, 1);
            dealId = seedDeal(db, deal);
            QVERIFY(dealId > 0);
            // Pretend the file stopped at schema version 11, before items could be answered by deal fields.
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER handoff_snapshots_checklist")));
            QVERIFY(db.exec(QStringLiteral("ALTER TABLE checklist_items DROP COLUMN deal_field")));
            const auto answer = [&](const char* key, const QString& value) {
                return db
                    .exec(QStringLiteral("INSERT INTO checklist_answers (deal_id, item_id, value, answered_at) "
                                         "SELECT ?, id, ?, '2026-01-06T09:00:00Z' FROM checklist_items "
                                         "WHERE key = ?"),
                          {dealId, value, QString::fromLatin1(key)})
                    .ok();
            };
            QVERIFY(answer("products_or_plan", QStringLiteral("Pro plan, 40 seats")));
            QVERIFY(answer("known_risks", QStringLiteral("Budget moves to Q3.")));
            QVERIFY(answer("go_live_target", QStringLiteral("2026-09-01")));
            QVERIFY(answer("contract_start", QStringLiteral("2026-03-01")));
            QVERIFY(answer("seats", QStringLiteral("40")));
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 11")));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(Migrator::currentVersion(db).value(), Migrator::kSchemaVersion);
        const Deal deal = *DealStore(db).get(dealId);
        QCOMPARE(deal.products, QStringLiteral("Pro plan, 40 seats"));
        QCOMPARE(deal.knownRisks, QStringLiteral("Their admin leaves in May.\n\nBudget moves to Q3."));
        QCOMPARE(deal.goLiveTarget, QDate(2026, 9, 1));
        QCOMPARE(deal.contractStart, QDate(2026, 2, 1)); // the deal's own date stays
        QCOMPARE(db.scalar(QStringLiteral("SELECT deal_field FROM checklist_items WHERE key = 'products_or_plan'"))
                     ->toString(),
                 QStringLiteral("products"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT deal_field FROM checklist_items WHERE key = 'seats'"))->toString(),
                 QString());
        // The answers themselves stay in the file, as they were.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM checklist_answers"))->toInt(), 5);
    }

    void givesEveryDealOfAnOlderFileAnIdentity()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("five.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            for (int i = 0; i < 3; ++i) {
                Deal deal;
                deal.title = QStringLiteral("Deal %1").arg(i);
                QVERIFY(seedDeal(db, deal) > 0);
            }
            // Pretend the file stopped at schema version 5, before deals had an identity.
            QVERIFY(db.exec(QStringLiteral("DROP INDEX deals_by_uid")));
            QVERIFY(db.exec(QStringLiteral("ALTER TABLE deals DROP COLUMN uid")));
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 5")));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(Migrator::currentVersion(db).value(), Migrator::kSchemaVersion);
        auto uids = db.exec(QStringLiteral("SELECT uid FROM deals"));
        QVERIFY(uids);
        QSet<QString> seen;
        while (uids->next()) {
            const QString uid = uids->value(0).toString();
            const QUuid parsed = QUuid::fromString(uid);
            QVERIFY2(!parsed.isNull() && parsed.version() == QUuid::Random, qPrintable(uid));
            QCOMPARE(parsed.toString(QUuid::WithoutBraces), uid); // lower case, no braces, as Handoff writes them
            seen.insert(uid);
        }
        QCOMPARE(seen.size(), 3);
        // (migratesOlderFileAfterBackingItUp runs this script again over a file that has the column.)
    }

    void splitsScriptsIntoStatements()
    {
        const QStringList statements =
            Migrator::splitStatements(QStringLiteral("CREATE TABLE a (x);\n-- comment only\nCREATE TRIGGER t AFTER "
                                                     "INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n\n"));
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QLatin1String("END;")));
    }

    void refusesTextFile()
    {
        QTemporaryDir dir;
        expectRefused(writeFile(dir, QStringLiteral("notes.txt"), "Dear customer,\nthis is not a database.\n"),
                      Error::Code::NotHandoff, QStringLiteral("not an SQLite database"));
    }

    void refusesEmptyFile()
    {
        QTemporaryDir dir;
        expectRefused(writeFile(dir, QStringLiteral("empty.sqlite"), {}), Error::Code::NotHandoff,
                      QStringLiteral("empty"));
    }

    void refusesTruncatedDatabase()
    {
        TestDatabase t;
        for (int i = 0; i < 2000; ++i) {
            QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES (?)"),
                              {QStringLiteral("Account number %1 with a long name to fill pages").arg(i)}));
        }
        t.db.close();
        QFile file(t.path());
        QVERIFY(file.size() > 20000);
        QVERIFY(file.resize(file.size() / 2 + 100));
        expectRefused(t.path(), Error::Code::Corrupt, QStringLiteral("damaged"));
    }

    void refusesBitFlippedDatabase()
    {
        TestDatabase t;
        for (int i = 0; i < 500; ++i) {
            QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES (?)"),
                              {QStringLiteral("Account %1").arg(i)}));
        }
        t.db.close();
        QFile file(t.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        // Damage the b-tree page headers of every page after the first: an interior or leaf page type byte.
        for (qsizetype page = 4096; page + 8 < bytes.size(); page += 4096) {
            bytes[page] = char(0x55);
            bytes[page + 3] = char(0xff);
        }
        file.seek(0);
        file.write(bytes);
        file.close();
        expectRefused(t.path(), Error::Code::Corrupt, QStringLiteral("damaged"));
    }

    // Opening reads a fixed part of the file; what lies deeper is found by the checks of the whole file, and a file
    // they found damaged is refused at every open from then on, until a check passes again.
    void refusesFileOnceACheckFoundDamageDeepInside()
    {
        TestDatabase t;
        for (int i = 0; i < 2000; ++i) {
            QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES (?)"),
                              {QStringLiteral("Account number %1 with a long name to fill pages").arg(i)}));
        }
        t.db.close();
        QVERIFY(damageLastLeafOf(t.path(), "accounts") > 2);

        Database db;
        QVERIFY2(db.open(t.path()), "the open reads only what it needs");
        const auto problems = IntegrityCheck::checkPages(db); // and records what it found
        QVERIFY(problems);
        QVERIFY(!problems->isEmpty());
        db.close();

        expectRefused(t.path(), Error::Code::Corrupt, QStringLiteral("found damaged by the check of"));
        Database refused;
        const auto again = refused.open(t.path());
        QVERIFY(!again);
        QCOMPARE(again.error().details, *problems);

        // 'handoff check' opens it anyway; once a check finds no damage (the file was repaired), it opens again.
        Database::Options checking;
        checking.refuseDamaged = false;
        QVERIFY(db.open(t.path(), checking));
        QVERIFY(CheckLog::record(db, CheckLog::Kind::Full, true, {}));
        const auto last = CheckLog::last(db);
        QVERIFY(last && last->has_value());
        QCOMPARE((*last)->kind, CheckLog::Kind::Full);
        QVERIFY((*last)->ok);
        db.close();
        QVERIFY(db.open(t.path()));
    }

    void keepsTheLastFiftyCheckResults()
    {
        TestDatabase t;
        for (int i = 0; i < CheckLog::kKept + 7; ++i) {
            QVERIFY(CheckLog::record(t.db, CheckLog::Kind::Pages, true, {}));
        }
        QCOMPARE(t.db.scalar(QStringLiteral("SELECT count(*) FROM integrity_checks"))->toInt(), CheckLog::kKept);
    }

    void refusesAnotherApplicationsDatabase()
    {
        QTemporaryDir dir;
        expectRefused(sqliteFile(dir, QStringLiteral("other.db"),
                                 "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');"),
                      Error::Code::NotHandoff, QStringLiteral("another application"));
        expectRefused(sqliteFile(dir, QStringLiteral("tagged.db"), "PRAGMA application_id = 42; CREATE TABLE t (x);"),
                      Error::Code::NotHandoff, QStringLiteral("another application"));
    }

    void refusesNewerSchema()
    {
        TestDatabase t;
        QVERIFY(t.db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::kSchemaVersion + 1)));
        t.db.close();
        expectRefused(t.path(), Error::Code::TooNew, QStringLiteral("newer version"));
    }

    void refusesReadOnlyFile()
    {
        TestDatabase t;
        t.db.close();
        QVERIFY(QFile::setPermissions(t.path(), QFileDevice::ReadOwner));
        expectRefused(t.path(), Error::Code::ReadOnly, QStringLiteral("read-only"));
    }

    void refusesFileLockedByAnotherWriter()
    {
        TestDatabase t;
        t.db.close();
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(t.path().toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other,
                              "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                              "INSERT INTO accounts (name) VALUES ('held');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        expectRefused(t.path(), Error::Code::Locked, QStringLiteral("locked"));
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
    }

    void refusesPathInMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/handoff.sqlite"));
        Database db;
        const auto result = db.open(path);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), int(Error::Code::NotFound));
        QVERIFY(result.error().message.contains(path));
        QVERIFY(result.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(path));
    }

    void createsNewFileOverLeftoversOfKilledCreations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        // A creation killed midway leaves its build file, named after its process, and the build's journals.
        const pid_t dead = deadProcessId();
        const QString deadBuild = path + QStringLiteral(".new-%1").arg(dead);
        writeFile(dir, QFileInfo(deadBuild).fileName(), QByteArray());
        writeFile(dir, QFileInfo(deadBuild).fileName() + QStringLiteral("-journal"), QByteArray(512, 'j'));
        // A process that is still alive may still be building: its file stays.
        const QString liveBuild = path + QStringLiteral(".new-%1").arg(::getppid());
        writeFile(dir, QFileInfo(liveBuild).fileName(), QByteArray());

        Database db;
        const auto opened = db.open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        QVERIFY(db.wasCreated());
        QCOMPARE(Migrator::currentVersion(db).value(), Migrator::kSchemaVersion);
        QCOMPARE(buildsOf(path), QStringList{QFileInfo(liveBuild).fileName()});
    }

    void createsNewFileWithoutLeavingItsBuildBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.wasCreated());
        QCOMPARE(pragma(db, "application_id").toUInt(), DatabaseFile::kApplicationId);
        QCOMPARE(buildsOf(path), QStringList());
        db.close();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("fresh.sqlite")});
    }

    void openingExistingFileWithCreateOpensIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kept.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Kept')")));
        }
        // A leftover of a killed creation stays: opening an existing file creates nothing.
        const QString deadBuild = path + QStringLiteral(".new-%1").arg(deadProcessId());
        writeFile(dir, QFileInfo(deadBuild).fileName(), QByteArray());
        Database db;
        Database::Options options;
        options.create = true;
        QVERIFY(db.open(path, options));
        QVERIFY(!db.wasCreated());
        QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM accounts"))->toString(), QStringLiteral("Kept"));
        QCOMPARE(buildsOf(path), QStringList{QFileInfo(deadBuild).fileName()});
    }

    void backupMakesConsistentCopyAndNeverOverwrites()
    {
        TestDatabase t;
        QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Backed up')")));
        const QString target = t.path(QStringLiteral("copy.sqlite"));
        QVERIFY(t.db.backupTo(target));
        const auto again = t.db.backupTo(target);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("already exists")));
        Database copy;
        QVERIFY(copy.open(target));
        QCOMPARE(copy.scalar(QStringLiteral("SELECT name FROM accounts"))->toString(), QStringLiteral("Backed up"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        TestDatabase t;
        {
            auto tx = Transaction::begin(t.db);
            QVERIFY(tx);
            QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Lost')")));
            {
                auto inner = Transaction::begin(t.db);
                QVERIFY(inner);
                QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Inner')")));
                QVERIFY(inner->commit());
            }
        } // no commit
        QCOMPARE(t.db.scalar(QStringLiteral("SELECT count(*) FROM accounts"))->toInt(), 0);
        QCOMPARE(t.db.transactionDepth(), 0);
        {
            auto tx = Transaction::begin(t.db);
            QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Kept')")));
            {
                auto inner = Transaction::begin(t.db);
                QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Undone')")));
            } // inner rolled back to its savepoint
            QVERIFY(tx->commit());
        }
        QCOMPARE(t.db.scalar(QStringLiteral("SELECT group_concat(name) FROM accounts"))->toString(),
                 QStringLiteral("Kept"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
