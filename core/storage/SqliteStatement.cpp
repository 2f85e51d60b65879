#include "storage/SqliteStatement.h"

#include "storage/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

namespace handoff {

namespace {

// Writes value as exactly width decimal digits; the callers pass values that fit.
char* digits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

char* isoDate(char* out, QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    out = digits(out, year, 4);
    *out++ = '-';
    out = digits(out, month, 2);
    *out++ = '-';
    return digits(out, day, 2);
}

bool fourDigitYear(QDate date)
{
    return date.year() >= 0 && date.year() <= 9999;
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
    , m_buffers(static_cast<std::size_t>(sqlite3_bind_parameter_count(statement)))
{}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_buffers(std::move(other.m_buffers))
    , m_bindError(other.m_bindError)
    , m_bindErrorPosition(other.m_bindErrorPosition)
{}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_buffers = std::move(other.m_buffers);
        m_bindError = other.m_bindError;
        m_bindErrorPosition = other.m_bindErrorPosition;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

Result<SqliteStatement> SqliteStatement::prepare(const Database& db, const QString& sql)
{
    return prepare(db.handle(), sql);
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3* db, const QString& sql)
{
    if (!db) {
        return makeError(Error::Code::Storage, tr("Could not prepare a database statement: the database is not open."));
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &statement, &tail);
    if (rc != SQLITE_OK || !statement) {
        sqlite3_finalize(statement);
        return makeError(Database::errorCodeFor(rc), tr("Could not prepare the database statement \"%1\": %2.")
                                                         .arg(sql.simplified(), QString::fromUtf8(sqlite3_errmsg(db))));
    }
    if (tail && QByteArrayView(tail).trimmed().size() > 0) {
        sqlite3_finalize(statement);
        return makeError(Error::Code::Invalid,
                         tr("Could not prepare the database statement \"%1\": it holds more than one statement.")
                             .arg(sql.simplified()));
    }
    return SqliteStatement(db, statement);
}

char* SqliteStatement::buffer(int position, qsizetype size)
{
    QByteArray& bytes = m_buffers[static_cast<std::size_t>(position - 1)];
    // resize() keeps the capacity it already has, so after the first rows this does not allocate.
    bytes.resize(size);
    return bytes.data();
}

void SqliteStatement::bindBuffer(int position, qsizetype length)
{
    QByteArray& bytes = m_buffers[static_cast<std::size_t>(position - 1)];
    bytes.resize(length);
    // SQLITE_STATIC is safe: the buffer is only changed again by the next bind of this position, which replaces the
    // binding first thing.
    check(position,
          sqlite3_bind_text(m_statement, position, bytes.constData(), static_cast<int>(length), SQLITE_STATIC));
}

void SqliteStatement::check(int position, int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
        m_bindErrorPosition = position;
    }
}

void SqliteStatement::bind(int position, qint64 value)
{
    check(position, sqlite3_bind_int64(m_statement, position, value));
}

void SqliteStatement::bind(int position, double value)
{
    check(position, sqlite3_bind_double(m_statement, position, value));
}

void SqliteStatement::bind(int position, QStringView value)
{
    if (position < 1 || position > parameterCount()) {
        check(position, SQLITE_RANGE);
        return;
    }
    char* start = buffer(position, m_encoder.requiredSpace(value.size()));
    const char* end = m_encoder.appendToBuffer(start, value);
    bindBuffer(position, end - start);
}

void SqliteStatement::bind(int position, QLatin1StringView value)
{
    if (position < 1 || position > parameterCount()) {
        check(position, SQLITE_RANGE);
        return;
    }
    const bool ascii = std::all_of(value.begin(), value.end(), [](char c) { return static_cast<uchar>(c) < 0x80; });
    if (!ascii) {
        bind(position, QString(value));
        return;
    }
    char* start = buffer(position, value.size());
    if (!value.isEmpty()) {
        std::memcpy(start, value.data(), static_cast<std::size_t>(value.size()));
    }
    bindBuffer(position, value.size());
}

void SqliteStatement::bindUtf8(int position, const QByteArray& utf8)
{
    if (position < 1 || position > parameterCount()) {
        check(position, SQLITE_RANGE);
        return;
    }
    m_buffers[static_cast<std::size_t>(position - 1)] = utf8;
    check(position,
          sqlite3_bind_text(m_statement, position, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC));
}

void SqliteStatement::bind(int position, QDate value)
{
    if (!value.isValid()) {
        bindNull(position);
    } else if (!fourDigitYear(value)) {
        bind(position, value.toString(Qt::ISODate));
    } else if (position < 1 || position > parameterCount()) {
        check(position, SQLITE_RANGE);
    } else {
        char* start = buffer(position, 10);
        isoDate(start, value);
        bindBuffer(position, 10);
    }
}

void SqliteStatement::bind(int position, const QDateTime& value)
{
    if (!value.isValid()) {
        bindNull(position);
        return;
    }
    const QDateTime utc = value.timeSpec() == Qt::UTC ? value : value.toUTC();
    const QDate date = utc.date();
    if (!fourDigitYear(date)) {
        bind(position, utc.toString(Qt::ISODateWithMs));
        return;
    }
    if (position < 1 || position > parameterCount()) {
        check(position, SQLITE_RANGE);
        return;
    }
    const QTime time = utc.time();
    char* out = buffer(position, 24); // yyyy-MM-ddTHH:mm:ss.zzzZ
    out = isoDate(out, date);
    *out++ = 'T';
    out = digits(out, time.hour(), 2);
    *out++ = ':';
    out = digits(out, time.minute(), 2);
    *out++ = ':';
    out = digits(out, time.second(), 2);
    *out++ = '.';
    out = digits(out, time.msec(), 3);
    *out = 'Z';
    bindBuffer(position, 24);
}

void SqliteStatement::bindBlob(int position, const QByteArray& bytes)
{
    if (position < 1 || position > parameterCount()) {
        check(position, SQLITE_RANGE);
        return;
    }
    QByteArray& kept = m_buffers[static_cast<std::size_t>(position - 1)];
    kept = bytes;
    check(position,
          sqlite3_bind_blob(m_statement, position, kept.constData(), static_cast<int>(kept.size()), SQLITE_STATIC));
}

void SqliteStatement::bindNull(int position)
{
    check(position, sqlite3_bind_null(m_statement, position));
}

void SqliteStatement::clearBindings()
{
    sqlite3_clear_bindings(m_statement);
    m_bindError = 0;
    m_bindErrorPosition = 0;
}

QString SqliteStatement::summary() const
{
    // The statement's first words name the table ("INSERT INTO promises"); the whole text would bury the reason.
    const QString sql = QString::fromUtf8(sqlite3_sql(m_statement)).simplified();
    const QStringList words = sql.split(QLatin1Char(' '));
    const int keep = words.value(0).compare(QLatin1String("INSERT"), Qt::CaseInsensitive) == 0 ? 3 : 4;
    return words.mid(0, keep).join(QLatin1Char(' '));
}

Error SqliteStatement::error(int rc) const
{
    if (m_bindError != 0) {
        return makeError(Database::errorCodeFor(m_bindError),
                         tr("Could not run \"%1\": value %2 could not be bound (%3).")
                             .arg(summary())
                             .arg(m_bindErrorPosition)
                             .arg(QString::fromUtf8(sqlite3_errstr(m_bindError))));
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    switch (Database::errorCodeFor(rc)) {
    case Error::Code::Locked:
        return makeError(Error::Code::Locked, tr("Could not run \"%1\": the database is busy or locked by another "
                                                 "program (%2). Try again in a moment, or close the other program.")
                                                  .arg(summary(), message));
    case Error::Code::ReadOnly:
        return makeError(Error::Code::ReadOnly,
                         tr("Could not run \"%1\": the database cannot be written (%2).").arg(summary(), message));
    case Error::Code::Corrupt:
        return makeError(Error::Code::Corrupt,
                         tr("Could not run \"%1\": the database is damaged (%2). Restore it from a backup.")
                             .arg(summary(), message));
    default:
        return makeError(Database::errorCodeFor(rc), tr("Could not run \"%1\": %2.").arg(summary(), message));
    }
}

Result<void> SqliteStatement::stepDone()
{
    if (!m_statement) {
        return makeError(Error::Code::Storage, tr("Could not run a database statement: it was never prepared."));
    }
    if (m_bindError != 0) {
        Error failed = error(m_bindError);
        m_bindError = 0;
        m_bindErrorPosition = 0;
        sqlite3_reset(m_statement);
        return failed;
    }
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW) {
        rc = sqlite3_step(m_statement);
    }
    if (rc != SQLITE_DONE) {
        Error failed = error(rc);
        sqlite3_reset(m_statement);
        return failed;
    }
    sqlite3_reset(m_statement);
    return {};
}

Result<qint64> SqliteStatement::insert()
{
    if (auto done = stepDone(); !done) {
        return done.error();
    }
    return static_cast<qint64>(sqlite3_last_insert_rowid(m_db));
}

Result<void> SqliteStatement::execute()
{
    return stepDone();
}

Result<bool> SqliteStatement::next()
{
    if (!m_statement) {
        return makeError(Error::Code::Storage, tr("Could not run a database statement: it was never prepared."));
    }
    if (m_bindError != 0) {
        Error failed = error(m_bindError);
        reset();
        return failed;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    Error failed = error(rc);
    reset();
    return failed;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_bindError = 0;
    m_bindErrorPosition = 0;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qint64>(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    default:
        return QVariant();
    }
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace handoff
