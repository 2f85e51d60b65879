#pragma once

#include "Result.h"
#include "storage/Dialect.h"
#include "storage/StatementLease.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct pg_conn;

namespace handoff {

// The two engines a Handoff database lives on: a local SQLite file, or a PostgreSQL server shared by a team.
enum class Engine { Sqlite, Postgres };

// Owns the one connection to a Handoff database, a file or a server: opening and checking it, connection settings,
// migrations, the acting user and clock that audit rows record, and prepared statements that report errors as
// values. Only core/storage knows which engine it talks to.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options {
        // Refuse a damaged file: one whose tables' first pages cannot be read, or whose last check of the whole file
        // (CheckLog) found damage. Off only for 'handoff check', which must open a damaged file to list the damage.
        bool refuseDamaged = true;
        int busyTimeoutMs = 5000;
        bool create = true; // create the file when it does not exist
        // Called once before a database of an older schema is upgraded (from, to: schema versions). A file is first
        // copied aside, which takes as long as copying it: minutes for a large one.
        std::function<void(int from, int to)> upgrading;
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and, if allowed, creates) the file; ":memory:" opens a private in-memory database; a postgresql://
    // address (see ServerAddress) opens a database on a server, creating Handoff's schema in an empty one when
    // allowed. On error nothing on disk or on the server has been changed.
    Result<void> open(const QString& path, const Options& options);
    Result<void> open(const QString& path) { return open(path, Options{}); }
    void close();
    // On a server: whether the connection is gone (the server stopped, the network failed); statements fail until
    // reconnect() succeeds. Always false on a file.
    bool connectionLost() const;
    // Connects to the server again as open() did, with the same address, login and options; what was prepared on
    // the lost connection is dropped. On a file, nothing to do.
    Result<void> reconnect();

    bool isOpen() const;
    // The file's path, or the server's address as ServerAddress::display() writes it.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    Dialect dialect() const { return Dialect(m_engine); }
    bool isServer() const { return m_engine == Engine::Postgres; }
    bool wasCreated() const { return m_created; }
    // On a server in team mode (TeamSql): the person the session's login is, whom the server names in every audit
    // entry the session writes and holds to their role; 0 when the login administers the database (its owner, a
    // superuser), on a server without team mode, and on a file.
    qint64 sessionPerson() const { return m_sessionPerson; }
    bool inTeamMode() const { return m_teamMode; }
    // Reads them again (after team mode has been started on this connection).
    Result<void> readTeamIdentity();
    // Things the user should know that did not stop the file from opening (network file system ...).
    QStringList warnings() const { return m_warnings; }

    QSqlDatabase connection() const;
    sqlite3* handle() const;   // null on a server
    pg_conn* pgHandle() const; // null on a file

    // Runs one statement with bound values. The query is forward-only.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    // A prepared statement of the engine's C API (SQLite's, libpq) from this connection's cache. sql is written in
    // code, never from user text.
    Result<StatementLease> statement(const QString& sql) const;

    // A prepared statement of its own, for a caller that keeps it (bulk reads and writes).
    Result<std::unique_ptr<Statement>> prepare(const QString& sql) const;
    // True while a transaction is open on this connection (a write's or a ReadSnapshot's).
    bool inTransaction() const;
    // True when a statement of the open transaction failed and the server will now only roll it back (a file's
    // transaction goes on after a failed statement; a server's does not).
    bool transactionFailed() const;
    // Runs statements without values, e.g. a migration script: on a server in one round trip.
    Result<void> run(const QString& script, const QString& doing) const;

    // Runs a statement that returns one value (NULL when no row).
    Result<QVariant> scalar(const QString& sql, const QVariantList& values = {}) const;

    // The clock, read once by each outermost UnitOfWork (which carries the time of a change); replaceable so that
    // tests and demo data are reproducible.
    QDateTime now() const;
    QDate today() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // A consistent copy of the open database at a new path, while others keep working; refuses to overwrite. A file's
    // is a database file (VACUUM INTO), a server's a pg_dump archive (ServerBackup) that pg_restore reads.
    Result<void> backupTo(const QString& target) const;

    // Nesting depth of Transaction guards; used by Transaction to choose BEGIN or SAVEPOINT.
    int& transactionDepth() { return m_transactionDepth; }
    // When the outermost UnitOfWork of the open transaction began (invalid outside one); kept by UnitOfWork.
    QDateTime& workStarted() { return m_workStarted; }
    // The deals the open transaction changed, as their audit rows name them: their kept figures (KeptFigures) are
    // computed again before it commits.
    void touchDeal(qint64 dealId) const { m_touchedDeals.push_back(dealId); }
    std::vector<qint64>& touchedDeals() { return m_touchedDeals; }

    // The Error::Code for an SQLite result code (primary or extended).
    static Error::Code errorCodeFor(int sqliteCode);

    // Turns a failed query into an Error whose message names what was being done.
    Error errorFrom(const QSqlQuery& query, const QString& doing) const;

private:
    Result<void> openFile(const QString& path, const Options& options);
    Result<bool> createFile(const QString& path, const Options& options);
    Result<void> connectFile(const QString& file, const Options& options);
    Result<void> openServer(const QString& address, const Options& options);
    Result<void> configure(const Options& options);
    Result<void> configureServer(const Options& options);
    Result<void> migrateIfOlder(const Options& options);
    Result<void> checkContents(const Options& options);
    Result<void> probeTables();
    Result<void> checkLastCheck();
    Error fileError(Error::Code code, const QString& problem) const;

    struct CachedStatement {
        std::unique_ptr<Statement> statement;
        bool busy = false;
    };

    QString m_connectionName;
    Options m_serverOptions; // what a server's connection was opened with, for reconnect()
    mutable std::unordered_map<QString, std::unique_ptr<CachedStatement>> m_statements;
    QString m_path;
    Engine m_engine = Engine::Sqlite;
    bool m_created = false;
    bool m_teamMode = false;
    qint64 m_sessionPerson = 0;
    QStringList m_warnings;
    int m_transactionDepth = 0;
    QDateTime m_workStarted;
    mutable std::vector<qint64> m_touchedDeals;
    std::function<QDateTime()> m_clock;
};

} // namespace handoff
