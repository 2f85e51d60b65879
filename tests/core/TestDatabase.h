#pragma once

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The engine a test runs on: CTest runs the tests of both engines a second time (NAME_pg) with
// HANDOFF_TEST_ENGINE=postgresql and libpq's PG* variables naming the throwaway test cluster (tests/CMakeLists.txt).
inline bool testsRunOnServer()
{
    return qEnvironmentVariable("HANDOFF_TEST_ENGINE") == QLatin1String("postgresql");
}

// Makes and drops databases on the test cluster through a maintenance connection of its own.
class TestServer {
public:
    // A new, empty database; its name is unique to this process.
    static QString createDatabase()
    {
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("handoff_test_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1) + 1);
        run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        run(QStringLiteral("CREATE DATABASE %1").arg(name));
        return name;
    }
    static void dropDatabase(const QString& name)
    {
        run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    static QString addressOf(const QString& name) { return QStringLiteral("postgresql:///") + name; }

    // Runs one statement in the maintenance database (PGDATABASE) or in database; a failure ends the test run.
    static void run(const QString& sql, const QString& database = {})
    {
        const QString connection = QStringLiteral("handoff-test-maintenance-") + database;
        {
            QSqlDatabase db = QSqlDatabase::contains(connection)
                                  ? QSqlDatabase::database(connection)
                                  : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setDatabaseName(database);
            if (!db.isOpen()) {
                if (!db.open()) {
                    qFatal("cannot reach the test PostgreSQL cluster (PGHOST=%s): %s",
                           qPrintable(qEnvironmentVariable("PGHOST")), qPrintable(db.lastError().text()));
                }
                QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning")); // no "skipping" notices
            }
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qFatal("test cluster: %s failed: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            }
            if (!database.isEmpty()) {
                db.close();
            }
        }
        if (!database.isEmpty()) {
            QSqlDatabase::removeDatabase(connection);
        }
    }
};

// A fresh database for one test: a file in a temporary folder, or, when the tests run on a server, a new database on
// the test cluster that is dropped again afterwards (whatever file name the test gives it).
struct TestDatabase {
    QTemporaryDir dir;
    handoff::Database db;
    QString name;           // the file's name in dir
    QString serverDatabase; // empty on a file

    explicit TestDatabase(const QString& fileName = QStringLiteral("handoff.sqlite"))
        : name(fileName)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (testsRunOnServer()) {
            serverDatabase = TestServer::createDatabase();
        }
        const auto opened = db.open(path());
        if (!opened) {
            qFatal("cannot open test database: %s", qPrintable(opened.error().fullText()));
        }
    }
    ~TestDatabase()
    {
        if (!serverDatabase.isEmpty()) {
            db.close();
            TestServer::dropDatabase(serverDatabase);
        }
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // Where the database is (a file's path or the server database's address), or, given another name, where a file
    // of that name goes in the test's folder.
    QString path(const QString& other = {}) const
    {
        if (!other.isEmpty() && other != name) {
            return dir.filePath(other);
        }
        return serverDatabase.isEmpty() ? dir.filePath(name) : TestServer::addressOf(serverDatabase);
    }
};

inline QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A store for a test's fixtures: each write in a unit of work of its own that commits at once, in the name of actor
// (the system unless given): Seed<DealStore>(db).create(deal).
template <typename Store>
class Seed {
public:
    explicit Seed(handoff::Database& db, qint64 actor = handoff::UnitOfWork::System)
        : m_db(db)
        , m_actor(actor)
    {}

    using Entity = typename Store::Entity;

    auto get(qint64 id) const { return Store(m_db).get(id); }
    auto where(const QString& condition, const QVariantList& values = {},
               const QString& orderBy = QStringLiteral("id")) const
    {
        return Store(m_db).where(condition, values, orderBy);
    }
    auto create(const Entity& value)
    {
        return write([&](handoff::UnitOfWork& work) { return Store(m_db).create(work, value); });
    }
    auto update(const Entity& value)
    {
        return write([&](handoff::UnitOfWork& work) { return Store(m_db).update(work, value); });
    }
    auto remove(const Entity& value)
    {
        return write([&](handoff::UnitOfWork& work) { return Store(m_db).remove(work, value); });
    }

private:
    template <typename Write>
    auto write(const Write& step) -> decltype(step(std::declval<handoff::UnitOfWork&>()))
    {
        auto work = handoff::UnitOfWork::begin(m_db, m_actor);
        if (!work) {
            return work.error();
        }
        auto done = step(*work);
        if (!done) {
            return done;
        }
        if (auto committed = work->commit(); !committed) {
            return committed.error();
        }
        return done;
    }

    handoff::Database& m_db;
    qint64 m_actor;
};

// Appends an audit entry in the name of entry.actorId at entry.at (the database's clock when invalid), as a change
// of its own.
inline handoff::Result<void> appendAudit(handoff::Database& db, const handoff::AuditEntry& entry)
{
    auto work = handoff::UnitOfWork::begin(db, entry.actorId, entry.at);
    if (!work) {
        return work.error();
    }
    if (auto logged = handoff::AuditLog::append(*work, entry); !logged) {
        return logged.error();
    }
    return work->commit();
}
