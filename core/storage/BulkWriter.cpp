#include "storage/BulkWriter.h"

#include "storage/Database.h"
#include "storage/PostgresParameters.h"
#include "storage/PostgresStatement.h"

#include <libpq-fe.h>

#include <algorithm>
#include <limits>
#include <optional>

namespace handoff {

namespace {

// Text of waiting rows, over all tables, after which they are sent: large enough that a COPY's round trip is noise,
// small enough that memory does not grow with the file.
constexpr qsizetype kSendAfterBytes = 4 * 1024 * 1024;
// Ids taken from a sequence at a time: the first block is small, so that a small import leaves no gap of note even
// when the ids it did not use cannot go back, and each next one twice the last, up to the largest.
constexpr int kFirstIdBlock = 16;
constexpr int kLargestIdBlock = 4096;
// Rows written into a table after which its planner statistics are taken again at the end: until the server's
// autovacuum gets to it, the planner would judge a table just filled by what it held before, and choose plans made
// for a few rows (a list page of a freshly loaded demo took four times as long).
constexpr qint64 kAnalyzeAfterRows = 1000;

// Appends a value as COPY's text format writes it: backslash, tab, newline and carriage return escaped. The bytes
// are UTF-8, in which these never occur inside a multi-byte character.
void appendEscaped(QByteArray& out, const QByteArray& value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
}

// One result of a command without values, or its error.
Result<pg_result*> execute(pg_conn* connection, const QByteArray& sql, const std::vector<QByteArray>& values,
                           ExecStatusType expected, const QString& doing)
{
    std::vector<const char*> raw;
    for (const QByteArray& value : values) {
        raw.push_back(value.constData());
    }
    pg_result* result =
        PQexecParams(connection, sql.constData(), int(raw.size()), nullptr, raw.data(), nullptr, nullptr, 0);
    if (PQresultStatus(result) != expected) {
        Error error = PostgresStatement::errorOf(connection, result, doing);
        PQclear(result);
        return error;
    }
    return result;
}

} // namespace

// The rows of one table that wait for a COPY.
class CopyStatement final : public PostgresParameters {
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)

public:
    CopyStatement(BulkWriter::Copy& copy, QLatin1StringView table, const QStringList& columns, bool withId);

    Result<qint64> insert() override;
    Result<void> execute() override;
    // A COPY returns no rows.
    Result<bool> next() override
    {
        return makeError(Error::Code::Storage, tr("Rows written in bulk cannot be read back."));
    }
    void reset() override {}
    bool isNull(int) const override { return true; }
    qint64 int64(int) const override { return 0; }
    double real(int) const override { return 0.0; }
    QString text(int) const override { return {}; }
    QVariant value(int) const override { return {}; }
    int changes() const override { return 1; }

    qsizetype waiting() const { return m_rows.size(); }
    qint64 written() const { return m_written; }
    const QByteArray& table() const { return m_table; }
    // Sends the waiting rows in one COPY.
    Result<void> send(pg_conn* connection);
    // Hands the ids taken ahead and not used back to the sequence, when nothing took one since.
    Result<void> returnIds(pg_conn* connection);

private:
    Result<qint64> nextId(pg_conn* connection);
    void appendRow(qint64 id);

    BulkWriter::Copy* m_copy;
    QByteArray m_table;
    QByteArray m_command; // COPY table (id, columns) FROM STDIN, or without the id
    bool m_withId;        // insert() returns the id
    // The audit log numbers its entries from its record, not from a sequence (see the schema): the writer takes the
    // record's lock once and numbers its entries itself, without a gap.
    bool m_auditIds;
    qint64 m_nextId = 1;    // the next id taken from the sequence and not used yet
    qint64 m_lastTaken = 0; // the last id taken; none is left when m_nextId is past it
    int m_block = kFirstIdBlock;
    QByteArray m_rows;
    qint64 m_written = 0; // rows added, sent or not
};

class BulkWriter::Copy {
public:
    explicit Copy(pg_conn* server)
        : connection(server)
    {}

    // After a row was added: sends every table's rows when they have grown past the bound.
    Result<void> added()
    {
        qsizetype bytes = 0;
        for (const auto& table : tables) {
            bytes += table->waiting();
        }
        return bytes < kSendAfterBytes ? Result<void>{} : send();
    }

    Result<void> send()
    {
        for (const auto& table : tables) {
            if (auto sent = table->send(connection); !sent) {
                return sent;
            }
        }
        return {};
    }

    pg_conn* connection;
    std::vector<std::unique_ptr<CopyStatement>> tables;
};

CopyStatement::CopyStatement(BulkWriter::Copy& copy, QLatin1StringView table, const QStringList& columns, bool withId)
    : PostgresParameters(int(columns.size()))
    , m_copy(&copy)
    , m_table(table.data(), table.size())
    , m_withId(withId)
    , m_auditIds(table == QLatin1StringView("audit_log"))
{
    QByteArrayList names;
    if (m_withId || m_auditIds) {
        names.append("id");
    }
    for (const QString& column : columns) {
        names.append(column.toLatin1());
    }
    m_command = "COPY " + m_table + " (" + names.join(", ") + ") FROM STDIN";
}

Result<qint64> CopyStatement::nextId(pg_conn* connection)
{
    if (m_auditIds && m_nextId > m_lastTaken) {
        auto last = handoff::execute(connection, "SELECT handoff_audit_log_last_id()", {}, PGRES_TUPLES_OK,
                                     tr("number the new rows of %1").arg(QString::fromLatin1(m_table)));
        if (!last) {
            return last.error();
        }
        m_nextId = QByteArray(PQgetvalue(*last, 0, 0)).toLongLong() + 1;
        m_lastTaken = std::numeric_limits<qint64>::max(); // the record stays locked: every next id is this one's
        PQclear(*last);
    } else if (m_nextId > m_lastTaken) {
        // A block of ids in one step. Handoff's writers take turns (Transaction), so no other one takes an id between
        // the nextval() and the setval(); a program that adds rows by hand meanwhile could, and the import would then
        // fail on a duplicate id and change nothing.
        auto taken = handoff::execute(connection,
                                      "SELECT setval(s.sequence, nextval(s.sequence) + $2::bigint - 1) FROM (SELECT "
                                      "pg_get_serial_sequence($1, 'id')::regclass AS sequence) s",
                                      {m_table, QByteArray::number(m_block)}, PGRES_TUPLES_OK,
                                      tr("number the new rows of %1").arg(QString::fromLatin1(m_table)));
        if (!taken) {
            return taken.error();
        }
        m_lastTaken = QByteArray(PQgetvalue(*taken, 0, 0)).toLongLong();
        PQclear(*taken);
        m_nextId = m_lastTaken - m_block + 1;
        m_block = std::min(m_block * 2, kLargestIdBlock);
    }
    return m_nextId++;
}

void CopyStatement::appendRow(qint64 id)
{
    const bool numbered = m_withId || m_auditIds;
    if (numbered) {
        m_rows.append(QByteArray::number(id));
    }
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        if (numbered || i > 0) {
            m_rows.append('\t');
        }
        if (m_null[i]) {
            m_rows.append("\\N");
        } else {
            appendEscaped(m_rows, m_values[i]);
        }
    }
    m_rows.append('\n');
}

Result<qint64> CopyStatement::insert()
{
    if (m_bindErrorPosition != 0) {
        return makeError(Error::Code::Storage, tr("Could not write a row of %1: there is no value %2 to bind.")
                                                   .arg(QString::fromLatin1(m_table))
                                                   .arg(m_bindErrorPosition));
    }
    qint64 id = 0;
    if (m_withId || m_auditIds) {
        auto next = nextId(m_copy->connection);
        if (!next) {
            return next.error();
        }
        id = *next;
    }
    appendRow(id);
    ++m_written;
    if (auto sent = m_copy->added(); !sent) {
        return sent.error();
    }
    return m_withId ? id : 0;
}

Result<void> CopyStatement::execute()
{
    auto inserted = insert();
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

Result<void> CopyStatement::send(pg_conn* connection)
{
    if (m_rows.isEmpty()) {
        return {};
    }
    const QString doing = tr("write the new rows of %1").arg(QString::fromLatin1(m_table));
    auto started = handoff::execute(connection, m_command, {}, PGRES_COPY_IN, doing);
    if (!started) {
        return started.error();
    }
    PQclear(*started);
    const bool written = PQputCopyData(connection, m_rows.constData(), int(m_rows.size())) == 1;
    m_rows.resize(0);
    // A failed write still ends the COPY, so that the connection is ready for the rollback.
    if (PQputCopyEnd(connection, written ? nullptr : "the rows could not be sent") != 1) {
        return PostgresStatement::errorOf(connection, nullptr, doing);
    }
    std::optional<Error> failure;
    while (pg_result* result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failure) {
            failure = PostgresStatement::errorOf(connection, result, doing);
        }
        PQclear(result);
    }
    if (failure) {
        return *failure;
    }
    if (!written) {
        return PostgresStatement::errorOf(connection, nullptr, doing);
    }
    return {};
}

Result<void> CopyStatement::returnIds(pg_conn* connection)
{
    if (m_auditIds || m_nextId > m_lastTaken) {
        return {};
    }
    // The sequence gives the first unused id next, unless another session took an id since.
    auto returned =
        handoff::execute(connection,
                         "SELECT setval(s.sequence, $2::bigint, false) FROM (SELECT "
                         "pg_get_serial_sequence($1, 'id')::regclass AS sequence) s "
                         "WHERE pg_sequence_last_value(s.sequence) = $3::bigint",
                         {m_table, QByteArray::number(m_nextId), QByteArray::number(m_lastTaken)}, PGRES_TUPLES_OK,
                         tr("number the new rows of %1").arg(QString::fromLatin1(m_table)));
    if (!returned) {
        return returned.error();
    }
    PQclear(*returned);
    m_nextId = m_lastTaken + 1;
    return {};
}

BulkWriter::BulkWriter() = default;

BulkWriter::BulkWriter(Database& db)
    : m_db(&db)
{
    if (db.isServer()) {
        m_copy = std::make_unique<Copy>(db.pgHandle());
    }
}

BulkWriter::~BulkWriter() = default;
BulkWriter::BulkWriter(BulkWriter&& other) noexcept = default;
BulkWriter& BulkWriter::operator=(BulkWriter&& other) noexcept = default;

Result<Statement*> BulkWriter::table(QLatin1StringView table, const QStringList& columns, bool withId)
{
    if (m_copy) {
        m_copy->tables.push_back(std::make_unique<CopyStatement>(*m_copy, table, columns, withId));
        return m_copy->tables.back().get();
    }
    QStringList values;
    for (qsizetype i = 1; i <= columns.size(); ++i) {
        values.append(QLatin1Char('?') + QString::number(i));
    }
    auto prepared =
        m_db->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))));
    if (!prepared) {
        return prepared.error();
    }
    m_tables.push_back(std::move(prepared).value());
    return m_tables.back().get();
}

Result<void> BulkWriter::tables(std::initializer_list<Table> tables)
{
    for (const Table& each : tables) {
        auto added = table(each.table, each.columns, each.withId);
        if (!added) {
            return added.error();
        }
        *each.statement = *added;
    }
    return {};
}

bool BulkWriter::defers() const
{
    return m_copy != nullptr;
}

Result<void> BulkWriter::flush()
{
    return m_copy ? m_copy->send() : Result<void>{};
}

Result<void> BulkWriter::finish()
{
    if (auto sent = flush(); !sent || !m_copy) {
        return sent;
    }
    for (const auto& table : m_copy->tables) {
        if (auto returned = table->returnIds(m_copy->connection); !returned) {
            return returned;
        }
    }
    for (const auto& table : m_copy->tables) {
        if (table->written() < kAnalyzeAfterRows) {
            continue;
        }
        // In the transaction: the statistics change with the rows, at commit.
        auto analyzed = handoff::execute(m_copy->connection, "ANALYZE " + table->table(), {}, PGRES_COMMAND_OK,
                                         tr("update the statistics of %1").arg(QString::fromLatin1(table->table())));
        if (!analyzed) {
            return analyzed.error();
        }
        PQclear(*analyzed);
    }
    return {};
}

} // namespace handoff
