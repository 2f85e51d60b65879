#include "storage/Database.h"

#include "storage/CheckLog.h"
#include "storage/DatabaseFile.h"
#include "storage/Migrator.h"
#include "storage/PostgresStatement.h"
#include "storage/ServerAddress.h"
#include "storage/ServerBackup.h"
#include "storage/SqliteStatement.h"
#include "storage/TeamSql.h"
#include "storage/WaitNotice.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace handoff {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("handoff-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

constexpr auto kMemory = ":memory:";

// The pragmas that must be set outside any transaction (foreign_keys is silently ignored inside one) and that
// never write to the file. journal_mode=WAL writes the header, so it comes only after the file was checked.
const char* const kConnectionPragmas[] = {
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = NORMAL", // Debian builds SQLite with FULL as the default
    "PRAGMA trusted_schema = OFF",
    "PRAGMA cell_size_check = ON",
};

} // namespace

Error::Code Database::errorCodeFor(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Code::Locked;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error::Code::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Code::Corrupt;
    case SQLITE_CONSTRAINT:
    case SQLITE_RANGE:
    case SQLITE_MISMATCH:
        return Error::Code::Invalid;
    default:
        return Error::Code::Storage;
    }
}

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

sqlite3* Database::handle() const
{
    const QVariant value = connection().driver()->handle();
    if (value.isValid() && qstrcmp(value.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(value.constData());
    }
    return nullptr;
}

pg_conn* Database::pgHandle() const
{
    if (m_engine != Engine::Postgres || !QSqlDatabase::contains(m_connectionName)) {
        return nullptr;
    }
    const QVariant value = connection().driver()->handle();
    if (value.isValid() && qstrcmp(value.typeName(), "pg_conn*") == 0) {
        return *static_cast<pg_conn* const*>(value.constData());
    }
    return nullptr;
}

void Database::close()
{
    m_statements.clear(); // finalized before the connection they belong to
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        } // the last handle must be gone before removeDatabase
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_transactionDepth = 0;
    m_teamMode = false;
    m_sessionPerson = 0;
}

bool Database::connectionLost() const
{
    pg_conn* connection = pgHandle();
    return connection && PQstatus(connection) == CONNECTION_BAD;
}

Result<void> Database::reconnect()
{
    if (m_engine != Engine::Postgres || !QSqlDatabase::contains(m_connectionName)) {
        return {};
    }
    m_statements.clear(); // prepared on the connection that is gone
    m_transactionDepth = 0;
    m_workStarted = {};
    m_touchedDeals.clear();
    {
        QSqlDatabase db = connection();
        db.close();
        if (!db.open()) {
            return makeError(
                Error::Code::Storage,
                tr("Could not connect to the server '%1': %2").arg(m_path, db.lastError().databaseText().trimmed()));
        }
    }
    Options options = m_serverOptions;
    options.upgrading = {}; // an upgrade under a running window is the next start's to announce
    return configureServer(options);
}

Error Database::fileError(Error::Code code, const QString& problem) const
{
    return DatabaseFile::error(code, m_path, problem);
}

Error Database::errorFrom(const QSqlQuery& query, const QString& doing) const
{
    const QSqlError sqlError = query.lastError();
    if (m_engine == Engine::Postgres) {
        if (connectionLost()) {
            return PostgresStatement::connectionLost(doing);
        }
        const Error::Code code = PostgresStatement::errorCodeFor(sqlError.nativeErrorCode().toLatin1());
        const QString text = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
        return makeError(code, tr("Could not %1: %2.").arg(doing, text.trimmed()));
    }
    bool isNumber = false;
    int code = sqlError.nativeErrorCode().toInt(&isNumber);
    if (!isNumber || code == 0) {
        sqlite3* db = handle();
        code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    }
    const QString text = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    const Error::Code errorCode = errorCodeFor(code);
    switch (errorCode) {
    case Error::Code::Locked:
        return makeError(errorCode, tr("Could not %1: the database '%2' is busy or locked by another program. Try "
                                       "again in a moment, or close the other program.")
                                        .arg(doing, QDir::toNativeSeparators(m_path)));
    case Error::Code::ReadOnly:
        return makeError(errorCode, tr("Could not %1: the database '%2' cannot be written (%3).")
                                        .arg(doing, QDir::toNativeSeparators(m_path), text));
    case Error::Code::Corrupt:
        return makeError(errorCode, tr("Could not %1: the database '%2' is damaged (%3). Restore it from a backup.")
                                        .arg(doing, QDir::toNativeSeparators(m_path), text));
    default:
        return makeError(errorCode, tr("Could not %1: %2.").arg(doing, text));
    }
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(connection());
    // On a server a forward-only query is read row by row and holds the connection until its last row; the other
    // statements of this connection (libpq's) could not run meanwhile. So there the whole result is read at once.
    query.setForwardOnly(m_engine == Engine::Sqlite);
    if (!query.prepare(sql)) {
        return errorFrom(query, tr("prepare a query"));
    }
    for (const QVariant& value : values) {
        // QSQLITE binds a null QString as NULL; text nobody filled in is empty text. Only an invalid QVariant (see
        // SqlValue.h) stands for NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
            query.addBindValue(QStringLiteral(""));
        } else {
            query.addBindValue(value);
        }
    }
    if (!query.exec()) {
        return errorFrom(query, tr("read or write the database"));
    }
    return query;
}

Result<std::unique_ptr<Statement>> Database::prepare(const QString& sql) const
{
    if (m_engine == Engine::Postgres) {
        auto prepared = PostgresStatement::prepare(pgHandle(), sql);
        if (!prepared) {
            return prepared.error();
        }
        return std::unique_ptr<Statement>(std::move(*prepared));
    }
    auto prepared = SqliteStatement::prepare(handle(), sql);
    if (!prepared) {
        return prepared.error();
    }
    return std::unique_ptr<Statement>(std::make_unique<SqliteStatement>(std::move(*prepared)));
}

Result<StatementLease> Database::statement(const QString& sql) const
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto prepared = prepare(sql);
        if (!prepared) {
            return prepared.error();
        }
        auto cached = std::make_unique<CachedStatement>();
        cached->statement = std::move(*prepared);
        found = m_statements.emplace(sql, std::move(cached)).first;
    }
    CachedStatement& cached = *found->second;
    if (!cached.busy) {
        return StatementLease(cached.statement.get(), &cached.busy);
    }
    // The same statement is running further up the stack: a private copy leaves it undisturbed.
    auto copy = prepare(sql);
    if (!copy) {
        return copy.error();
    }
    return StatementLease(std::move(*copy));
}

bool Database::inTransaction() const
{
    if (m_engine == Engine::Postgres) {
        pg_conn* server = pgHandle();
        return server && PQtransactionStatus(server) != PQTRANS_IDLE;
    }
    sqlite3* file = handle();
    return file && sqlite3_get_autocommit(file) == 0;
}

bool Database::transactionFailed() const
{
    pg_conn* server = pgHandle();
    return server && PQtransactionStatus(server) == PQTRANS_INERROR;
}

Result<void> Database::run(const QString& script, const QString& doing) const
{
    if (m_engine == Engine::Postgres) {
        pg_conn* server = pgHandle();
        PGresult* result = PQexec(server, script.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(result);
        Result<void> done;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            done = PostgresStatement::errorOf(server, result, doing);
        }
        PQclear(result);
        return done;
    }
    for (const QString& statement : Migrator::splitStatements(script)) {
        QSqlQuery query(connection());
        if (!query.exec(statement)) {
            return errorFrom(query, doing);
        }
    }
    return {};
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& values) const
{
    auto query = exec(sql, values);
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0) : QVariant();
}

QDateTime Database::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QDate Database::today() const
{
    return now().toLocalTime().date();
}

Result<void> Database::open(const QString& path, const Options& options)
{
    close();
    m_path = path;
    m_created = false;
    m_warnings.clear();
    if (ServerAddress::isServerAddress(path)) {
        m_engine = Engine::Postgres;
        return openServer(path, options);
    }
    m_engine = Engine::Sqlite;
    return openFile(path, options);
}

Result<void> Database::openServer(const QString& address, const Options& options)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed) {
        return parsed.error();
    }
    m_path = parsed->display();
    m_serverOptions = options;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError(Error::Code::Storage, tr("Handoff cannot reach PostgreSQL servers: Qt's PostgreSQL driver is "
                                                  "not installed (Debian: libqt6sql6-psql)."));
    }
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        parsed->applyTo(db);
        if (!db.open()) {
            result = makeError(
                Error::Code::Storage,
                tr("Could not connect to the server '%1': %2").arg(m_path, db.lastError().databaseText().trimmed()));
        }
    }
    if (result) {
        result = configureServer(options);
    }
    if (!result) {
        close();
    }
    return result;
}

Result<void> Database::configureServer(const Options& options)
{
    // The busy timeout's counterpart: how long a statement waits for a row or table lock before it gives up. The
    // server's notices (an upgrade script's "does not exist, skipping") are for administrators, not for a person's
    // terminal: libpq prints them on standard error.
    if (auto set =
            run(QStringLiteral("SET lock_timeout = %1; SET client_min_messages = warning").arg(options.busyTimeoutMs),
                tr("set up the connection"));
        !set) {
        return set;
    }
    // Local dates (the metrics' days) in the program's time zone, as SQLite's 'localtime' gives them on a file. A zone
    // the server does not know leaves the server's own.
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    if (!zone.isEmpty() && zone != "localtime") {
        (void)run(QStringLiteral("SET TIME ZONE '%1'").arg(QString::fromLatin1(zone).remove(QLatin1Char('\''))), {});
    }
    auto marker = scalar(QStringLiteral("SELECT to_regclass('handoff_database') IS NOT NULL"));
    if (!marker) {
        return marker.error();
    }
    if (!marker->toBool()) {
        auto tables = scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
        if (!tables) {
            return tables.error();
        }
        if (tables->toLongLong() > 0) {
            return makeError(Error::Code::NotHandoff, tr("The database '%1' on the server belongs to another "
                                                         "application: it has tables, but not Handoff's.")
                                                          .arg(m_path));
        }
        if (!options.create) {
            return makeError(Error::Code::NotHandoff,
                             tr("The database '%1' on the server is empty, not a Handoff database.").arg(m_path));
        }
        m_created = true;
    } else {
        auto id = scalar(QStringLiteral("SELECT application_id FROM handoff_database"));
        if (!id) {
            return id.error();
        }
        if (id->toLongLong() != DatabaseFile::kApplicationId) {
            return makeError(Error::Code::NotHandoff,
                             tr("The database '%1' on the server is not a Handoff database.").arg(m_path));
        }
        auto version = Migrator::currentVersion(*this);
        if (!version) {
            return version.error();
        }
        if (*version > Migrator::kSchemaVersion) {
            return makeError(Error::Code::TooNew, tr("The database '%1' on the server was written by a newer version "
                                                     "of Handoff (schema %2; this version reads up to %3). Update "
                                                     "Handoff to open it.")
                                                      .arg(m_path)
                                                      .arg(*version)
                                                      .arg(Migrator::kSchemaVersion));
        }
        if (*version > 0 && *version < Migrator::kSchemaVersion && options.upgrading) {
            options.upgrading(*version, Migrator::kSchemaVersion);
        }
    }
    // A server's upgrade runs in one transaction per version and is backed up by the server's own means (pg_dump),
    // not by a copy Handoff makes.
    if (auto migrated = Migrator::migrate(*this); !migrated) {
        return migrated;
    }
    return readTeamIdentity();
}

Result<void> Database::readTeamIdentity()
{
    auto identity = TeamSql::identity(*this);
    if (!identity) {
        return identity.error();
    }
    m_teamMode = identity->teamMode;
    m_sessionPerson = identity->person;
    return {};
}

Result<void> Database::openFile(const QString& path, const Options& options)
{
    const bool inMemory = path == QLatin1String(kMemory);

    if (!inMemory) {
        if (!QFileInfo::exists(path)) {
            if (!options.create) {
                return fileError(Error::Code::NotFound, tr("does not exist."));
            }
            auto created = createFile(path, options);
            if (!created) {
                return created.error();
            }
            m_created = *created; // else another program made the file meanwhile: it is checked like any other
        }
        auto header = DatabaseFile::inspect(path);
        if (!header) {
            return header.error();
        }
        if (header->userVersion > static_cast<quint32>(Migrator::kSchemaVersion)) {
            return fileError(Error::Code::TooNew,
                             tr("was written by a newer version of Handoff (schema %1; this version reads up to "
                                "%2). Update Handoff to open it.")
                                 .arg(header->userVersion)
                                 .arg(Migrator::kSchemaVersion));
        }
        if (const QString warning = DatabaseFile::networkWarning(path); !warning.isEmpty()) {
            m_warnings.append(warning);
        }
    }

    Result<void> result = connectFile(path, options);
    if (result) {
        result = configure(options);
    }
    if (!result) {
        close();
        if (m_created) {
            // Our own file from a moment ago: open() changes nothing on disk when it fails.
            DatabaseFile::removeWithJournals(path);
        }
        return result;
    }
    return {};
}

// DESIGN: a new database file is built complete (schema, application_id, WAL mode) under a name of its own and only
// then given the user's name, in one step that never replaces a file. A process killed at any moment, by the user or
// the system, leaves either no file at path or a complete Handoff database. Made in place, a kill between the empty
// file and the first migration left a file that every later start refused as not Handoff's, until someone deleted it
// by hand. Returns false when another program gave a file the name first; that file is then opened instead, as it
// would have been had it come a moment earlier.
Result<bool> Database::createFile(const QString& path, const Options& options)
{
    auto built = DatabaseFile::createBuildFile(path);
    if (!built) {
        return built.error();
    }
    m_created = true; // configure() must not check the empty file's contents
    Result<void> result = connectFile(*built, options);
    if (result) {
        result = configure(options);
    }
    close(); // the last connection checkpoints the write-ahead log into the file and removes it
    if (result && QFileInfo::exists(*built + QLatin1String("-wal"))) {
        result = fileError(Error::Code::Storage, tr("cannot be created: its write-ahead log was not written back."));
    }
    Result<bool> moved = result ? DatabaseFile::moveIntoPlace(*built, path) : Result<bool>(result.error());
    if (!moved || !*moved) {
        DatabaseFile::removeWithJournals(*built);
    }
    m_created = false;
    return moved;
}

Result<void> Database::connectFile(const QString& file, const Options& options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open()) {
        return fileError(Error::Code::Storage, tr("cannot be opened: %1.").arg(db.lastError().text()));
    }
    return {}; // no handle may outlive close()
}

Result<void> Database::configure(const Options& options)
{
    // From here on a wait for another program's lock says so as it begins (the driver's busy timeout, which covered
    // the opening, waits in silence).
    WaitNotice::install(handle(), options.busyTimeoutMs);
    for (const char* pragma : kConnectionPragmas) {
        if (auto done = exec(QLatin1String(pragma)); !done) {
            return done.error();
        }
    }
    if (!m_created && m_path != QLatin1String(kMemory)) {
        if (auto checked = checkContents(options); !checked) {
            return checked;
        }
    }
    if (auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL")); !mode) {
        return mode.error();
    }
    return migrateIfOlder(options);
}

Result<void> Database::migrateIfOlder(const Options& options)
{
    auto version = Migrator::currentVersion(*this);
    if (!version) {
        return version.error();
    }
    if (*version < Migrator::kSchemaVersion) {
        // A step that changes nothing in a file (team mode is a server's) needs neither a copy nor a warning.
        if (*version > 0 && Migrator::changesAnything(m_engine, *version)) {
            if (options.upgrading) {
                options.upgrading(*version, Migrator::kSchemaVersion);
            }
            const QString backup = QStringLiteral("%1.schema-%2-backup-%3")
                                       .arg(m_path)
                                       .arg(*version)
                                       .arg(now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            if (auto saved = backupTo(backup); !saved) {
                return makeError(saved.error().code,
                                 tr("Handoff did not upgrade '%1' because it could not first make a backup copy: %2")
                                     .arg(QDir::toNativeSeparators(m_path), saved.error().message));
            }
        }
        if (auto migrated = Migrator::migrate(*this); !migrated) {
            return migrated;
        }
    }
    return {};
}

Result<void> Database::checkContents(const Options& options)
{
    // Only reads: a file that turns out not to be ours is left exactly as it was.
    auto applicationId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!applicationId) {
        const Error& error = applicationId.error();
        if (error.code == Error::Code::Corrupt) {
            return fileError(Error::Code::Corrupt, tr("is damaged or is not a database. Restore it from a backup."));
        }
        return error;
    }
    if (applicationId->toUInt() != DatabaseFile::kApplicationId) {
        auto tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        const bool empty = tables && tables->toInt() == 0;
        return fileError(Error::Code::NotHandoff, empty ? tr("is an empty SQLite database, not a Handoff database.")
                                                        : tr("is an SQLite database of another application, not a "
                                                             "Handoff database."));
    }
    auto version = Migrator::currentVersion(*this);
    if (!version) {
        return version.error();
    }
    if (*version > Migrator::kSchemaVersion) {
        return fileError(Error::Code::TooNew, tr("was written by a newer version of Handoff (schema %1; this version "
                                                 "reads up to %2). Update Handoff to open it.")
                                                  .arg(*version)
                                                  .arg(Migrator::kSchemaVersion));
    }
    if (!options.refuseDamaged) {
        return {};
    }
    if (auto probed = probeTables(); !probed) {
        return probed;
    }
    return checkLastCheck();
}

// DESIGN: opening a file reads a fixed amount of it, whatever its size: the header (DatabaseFile::inspect: ours, the
// schema version, not shorter than its page count says), the schema, the first pages of every table, and the last
// recorded check of the whole file. Reading all pages (PRAGMA quick_check) took 99 % of a command's time at 100,000
// deals. This is enough because damage can only be acted on where it is read, and SQLite checks every page it reads:
// a damaged page read later fails that statement with SQLITE_CORRUPT, the change around it rolls back, and the user is
// told the file is damaged (Error::Code::Corrupt), so nothing is written from damaged data. What no command reads is
// found by the whole-file checks: the workstation's in the background after each open and 'handoff check'. They
// record what they found (CheckLog), and a file once found damaged is refused at every open until a check passes.
Result<void> Database::probeTables()
{
    const auto damaged = [this](const Error& error) {
        return error.code == Error::Code::Corrupt ? DatabaseFile::damaged(m_path) : error;
    };
    auto tables = exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' ORDER BY name"));
    if (!tables) {
        return damaged(tables.error());
    }
    QStringList names;
    while (tables->next()) {
        names.append(tables->value(0).toString());
    }
    for (const QString& name : std::as_const(names)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (auto probe = scalar(QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1").arg(quoted)); !probe) {
            return damaged(probe.error());
        }
    }
    return {};
}

Result<void> Database::checkLastCheck()
{
    auto last = CheckLog::last(*this);
    if (!last) {
        return last.error();
    }
    if (!last->has_value() || (*last)->ok) {
        return {};
    }
    const CheckLog::Entry& entry = **last;
    return makeError(Error::Code::Corrupt,
                     tr("The file '%1' was found damaged by the check of %2. Restore it from a backup; 'handoff "
                        "check' lists the damage, and opens the file again once a check finds none.")
                         .arg(QDir::toNativeSeparators(m_path),
                              QLocale().toString(entry.checkedAt.toLocalTime(), QLocale::ShortFormat)),
                     entry.findings);
}

Result<void> Database::backupTo(const QString& target) const
{
    if (QFileInfo::exists(target)) {
        return DatabaseFile::error(Error::Code::Invalid, target,
                                   tr("already exists. Choose a new name: a backup never overwrites a file."));
    }
    const QFileInfo folder(QFileInfo(target).absolutePath());
    if (!folder.isDir()) {
        return DatabaseFile::error(Error::Code::NotFound, target,
                                   tr("cannot be created: the folder '%1' does not exist.")
                                       .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    if (m_engine == Engine::Postgres) {
        return ServerBackup::write(pgHandle(), target);
    }
    QSqlQuery query(connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        return errorFrom(query, tr("back up the database"));
    }
    query.addBindValue(target);
    if (!query.exec()) {
        Error error = errorFrom(query, tr("back up the database to '%1'").arg(QDir::toNativeSeparators(target)));
        QFile::remove(target);
        return error;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace handoff
