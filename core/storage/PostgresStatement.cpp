#include "storage/PostgresStatement.h"

#include <QAtomicInteger>

#include <libpq-fe.h>

#include <algorithm>
#include <limits>
#include <utility>

namespace handoff {

namespace {

// Type oids of the built-in types (pg_type.dat); stable across PostgreSQL versions.
constexpr Oid kBool = 16;
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kText = 25;
constexpr Oid kOid = 26;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;

QByteArray nextName()
{
    static QAtomicInteger<quint64> counter;
    return "handoff_" + QByteArray::number(counter.fetchAndAddRelaxed(1) + 1);
}

QString messageOf(pg_conn* connection, const pg_result* result)
{
    const char* text = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    if (!text || !*text) {
        text = result ? PQresultErrorMessage(result) : nullptr;
    }
    if ((!text || !*text) && connection) {
        text = PQerrorMessage(connection);
    }
    return QString::fromUtf8(text ? text : "").trimmed();
}

} // namespace

QByteArray PostgresStatement::numberParameters(const QString& sql, int* count, std::vector<bool>* used)
{
    std::vector<bool> seen;
    const auto mark = [&seen](int number) {
        if (number > int(seen.size())) {
            seen.resize(std::size_t(number), false);
        }
        seen[std::size_t(number - 1)] = true;
    };
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 16);
    int number = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        const char following = i + 1 < in.size() ? in.at(i + 1) : '\0';
        if (c == '\'' || c == '"') {
            // A literal or a quoted name runs to the next unpaired quote of its kind ('' and "" stand for one).
            const qsizetype start = i;
            for (++i; i < in.size(); ++i) {
                if (in.at(i) == c) {
                    if (i + 1 < in.size() && in.at(i + 1) == c) {
                        ++i;
                    } else {
                        break;
                    }
                }
            }
            out.append(in.mid(start, i - start + 1));
        } else if (c == '-' && following == '-') {
            const qsizetype end = in.indexOf('\n', i);
            const qsizetype stop = end < 0 ? in.size() : end;
            out.append(in.mid(i, stop - i));
            i = stop - 1;
        } else if (c == '/' && following == '*') {
            const qsizetype end = in.indexOf("*/", i + 2);
            const qsizetype stop = end < 0 ? in.size() : end + 2;
            out.append(in.mid(i, stop - i));
            i = stop - 1;
        } else if (c == '?' && following >= '0' && following <= '9') {
            // SQLite's numbered parameter ?NNN is PostgreSQL's $NNN; the count is the highest number.
            qsizetype end = i + 1;
            while (end < in.size() && in.at(end) >= '0' && in.at(end) <= '9') {
                ++end;
            }
            const QByteArray digits = in.mid(i + 1, end - i - 1);
            out.append('$').append(digits);
            number = std::max(number, digits.toInt());
            if (digits.toInt() > 0) {
                mark(digits.toInt());
            }
            i = end - 1;
        } else if (c == '?') {
            out.append('$').append(QByteArray::number(++number));
            mark(number);
        } else {
            out.append(c);
        }
    }
    if (count) {
        *count = number;
    }
    if (used) {
        seen.resize(std::size_t(number), false);
        *used = std::move(seen);
    }
    return out;
}

Error::Code PostgresStatement::errorCodeFor(const QByteArray& sqlState)
{
    if (sqlState.startsWith("23") || sqlState == "P0001" || sqlState.startsWith("22")) {
        return Error::Code::Invalid; // integrity constraints, data exceptions, a trigger's RAISE
    }
    if (sqlState == "40001" || sqlState == "40P01" || sqlState == "55P03" || sqlState == "55006") {
        return Error::Code::Locked; // serialization failure, deadlock, lock not available, object in use
    }
    if (sqlState == "42501") {
        return Error::Code::Forbidden; // insufficient privilege
    }
    if (sqlState == "25006") {
        return Error::Code::ReadOnly; // a read-only transaction or a standby
    }
    if (sqlState == "XX001" || sqlState == "XX002") {
        return Error::Code::Corrupt; // data or index corrupted
    }
    if (sqlState == "3D000" || sqlState == "42P01") {
        return Error::Code::NotFound; // no such database, no such table
    }
    return Error::Code::Storage;
}

Error PostgresStatement::connectionLost(const QString& doing)
{
    return makeError(Error::Code::Storage, tr("Could not %1: the connection to the team's server is lost, so this "
                                              "was not saved. Handoff connects again by itself; try again when the "
                                              "status bar no longer says that the server cannot be reached.")
                                               .arg(doing));
}

Error PostgresStatement::errorOf(pg_conn* connection, const pg_result* result, const QString& doing)
{
    if (connection && PQstatus(connection) == CONNECTION_BAD) {
        return connectionLost(doing);
    }
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const Error::Code code = errorCodeFor(QByteArray(state ? state : ""));
    const QString message = messageOf(connection, result);
    switch (code) {
    case Error::Code::Locked:
        return makeError(code, tr("Could not %1: another person's change holds the rows it needs (%2). Try again in "
                                  "a moment.")
                                   .arg(doing, message));
    case Error::Code::Forbidden:
        return makeError(code,
                         tr("Could not %1: the server does not allow it for your login (%2).").arg(doing, message));
    case Error::Code::ReadOnly:
        return makeError(code, tr("Could not %1: the server accepts no changes now (%2).").arg(doing, message));
    default:
        return makeError(code, tr("Could not %1: %2.").arg(doing, message));
    }
}

Result<std::unique_ptr<PostgresStatement>> PostgresStatement::prepare(pg_conn* connection, const QString& sql)
{
    if (!connection) {
        return makeError(Error::Code::Storage, tr("Could not prepare a database statement: the server connection is "
                                                  "closed."));
    }
    int parameters = 0;
    std::vector<bool> used;
    QByteArray numbered = numberParameters(sql, &parameters, &used);
    // The server infers each parameter's type from where it stands; one that the text never names (a statement that
    // uses ?5 and ?9 of a shared list of bindings) has nowhere to stand, so it is declared text.
    std::vector<Oid> types(used.size(), 0);
    for (std::size_t i = 0; i < used.size(); ++i) {
        types[i] = used[i] ? 0 : kText;
    }
    QByteArray name = nextName();
    pg_result* result = PQprepare(connection, name.constData(), numbered.constData(), int(types.size()),
                                  types.empty() ? nullptr : types.data());
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        Error error = errorOf(connection, result, tr("prepare \"%1\"").arg(sql.simplified().left(60)));
        PQclear(result);
        return error;
    }
    PQclear(result);
    return std::unique_ptr<PostgresStatement>(
        new PostgresStatement(connection, std::move(numbered), std::move(name), parameters));
}

PostgresStatement::PostgresStatement(pg_conn* connection, QByteArray sql, QByteArray name, int parameters)
    : PostgresParameters(parameters)
    , m_connection(connection)
    , m_sql(std::move(sql))
    , m_name(std::move(name))
{}

PostgresStatement::~PostgresStatement()
{
    clearResult();
    if (m_connection && PQstatus(m_connection) == CONNECTION_OK) {
        const QByteArray deallocate = QByteArray("DEALLOCATE ") + m_name;
        PQclear(PQexec(m_connection, deallocate.constData()));
        if (m_returningPrepared) {
            PQclear(PQexec(m_connection, QByteArray(deallocate + "_id").constData()));
        }
    }
}

void PostgresStatement::clearResult()
{
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    m_row = -1;
    m_rows = 0;
}

QString PostgresStatement::summary() const
{
    // The statement's first words name the table ("INSERT INTO promises"); the whole text would bury the reason.
    const QStringList words = QString::fromUtf8(m_sql).simplified().split(QLatin1Char(' '));
    const int keep = words.value(0).compare(QLatin1String("INSERT"), Qt::CaseInsensitive) == 0 ? 3 : 4;
    return words.mid(0, keep).join(QLatin1Char(' '));
}

Result<void> PostgresStatement::run(bool returningId)
{
    clearResult();
    if (m_bindErrorPosition != 0) {
        return makeError(
            Error::Code::Storage,
            tr("Could not run \"%1\": there is no value %2 to bind.").arg(summary()).arg(m_bindErrorPosition));
    }
    QByteArray name = m_name;
    if (returningId) {
        name += "_id";
        if (!m_returningPrepared) {
            pg_result* prepared =
                PQprepare(m_connection, name.constData(), QByteArray(m_sql + " RETURNING id").constData(), 0, nullptr);
            const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
            if (!ok) {
                Error error = errorOf(m_connection, prepared, tr("run \"%1\"").arg(summary()));
                PQclear(prepared);
                return error;
            }
            PQclear(prepared);
            m_returningPrepared = true;
        }
    }
    std::vector<const char*> values(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        values[i] = m_null[i] ? nullptr : m_values[i].constData();
    }
    m_result = PQexecPrepared(m_connection, name.constData(), static_cast<int>(values.size()), values.data(), nullptr,
                              nullptr, 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error error = errorOf(m_connection, m_result, tr("run \"%1\"").arg(summary()));
        clearResult();
        return error;
    }
    m_changes = QByteArray(PQcmdTuples(m_result)).toInt();
    m_rows = PQntuples(m_result);
    return {};
}

Result<qint64> PostgresStatement::insert()
{
    auto done = run(true);
    if (!done) {
        return done.error();
    }
    const qint64 id = m_rows > 0 ? QByteArray(PQgetvalue(m_result, 0, 0)).toLongLong() : 0;
    clearResult();
    return id;
}

Result<void> PostgresStatement::execute()
{
    auto done = run(false);
    clearResult();
    return done;
}

Result<bool> PostgresStatement::next()
{
    if (!m_result) {
        if (auto done = run(false); !done) {
            return done.error();
        }
    }
    if (m_row + 1 >= m_rows) {
        m_row = m_rows;
        return false;
    }
    ++m_row;
    return true;
}

void PostgresStatement::reset()
{
    clearResult();
}

bool PostgresStatement::isNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column);
}

qint64 PostgresStatement::int64(int column) const
{
    if (isNull(column)) {
        return 0;
    }
    const char* text = PQgetvalue(m_result, m_row, column);
    if (PQftype(m_result, column) == kBool) {
        return *text == 't' ? 1 : 0;
    }
    bool ok = false;
    const qint64 value = QByteArray(text).toLongLong(&ok);
    return ok ? value : static_cast<qint64>(QByteArray(text).toDouble());
}

double PostgresStatement::real(int column) const
{
    return isNull(column) ? 0.0 : QByteArray(PQgetvalue(m_result, m_row, column)).toDouble();
}

QString PostgresStatement::text(int column) const
{
    if (isNull(column)) {
        return {};
    }
    if (PQftype(m_result, column) == kBool) {
        return QString::number(int64(column));
    }
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

QVariant PostgresStatement::value(int column) const
{
    if (isNull(column)) {
        return {};
    }
    const char* raw = PQgetvalue(m_result, m_row, column);
    switch (PQftype(m_result, column)) {
    case kBool:
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
        return QVariant(int64(column));
    case kFloat4:
    case kFloat8:
        return QVariant(real(column));
    case kNumeric: {
        bool whole = false;
        const qint64 value = QByteArray(raw).toLongLong(&whole);
        return whole ? QVariant(value) : QVariant(real(column));
    }
    case kBytea: {
        size_t length = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(raw), &length);
        QByteArray data(reinterpret_cast<const char*>(bytes), static_cast<qsizetype>(length));
        PQfreemem(bytes);
        return QVariant(data);
    }
    default:
        return QVariant(text(column));
    }
}

} // namespace handoff
