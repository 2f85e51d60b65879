#pragma once

#include "Result.h"
#include "storage/PostgresParameters.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

struct pg_conn;
struct pg_result;

namespace handoff {

// One prepared statement on a PostgreSQL connection through libpq (the PGconn* of Qt's QPSQL driver), with the
// behaviour of SqliteStatement: `?` parameters (numbered $1, $2 … for the server), values sent as text, and a query's
// rows read on the first next(). insert() asks the server for the new row's id with RETURNING id.
class PostgresStatement final : public PostgresParameters {
    Q_DECLARE_TR_FUNCTIONS(PostgresStatement)

public:
    using PostgresParameters::bind;

    static Result<std::unique_ptr<PostgresStatement>> prepare(pg_conn* connection, const QString& sql);
    ~PostgresStatement() override;
    PostgresStatement(const PostgresStatement&) = delete;
    PostgresStatement& operator=(const PostgresStatement&) = delete;

    // sql with each `?` outside literals, quoted names and comments replaced by $1, $2 …; count receives how many.
    // used, when given, receives which numbers occur (index 0 for $1).
    static QByteArray numberParameters(const QString& sql, int* count = nullptr, std::vector<bool>* used = nullptr);
    // The Error::Code for an SQLSTATE (https://www.postgresql.org/docs/15/errcodes-appendix.html).
    static Error::Code errorCodeFor(const QByteArray& sqlState);
    // The Error of a failed result (or of the connection when result is null), naming what was being done.
    static Error errorOf(pg_conn* connection, const pg_result* result, const QString& doing);
    // The Error of a statement that failed because the connection to the server is gone (the server stopped, the
    // network failed): the server rolls back what the connection had not committed.
    static Error connectionLost(const QString& doing);

    Result<qint64> insert() override;
    Result<void> execute() override;

    Result<bool> next() override;
    void reset() override;
    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    QVariant value(int column) const override;
    int changes() const override { return m_changes; }

private:
    PostgresStatement(pg_conn* connection, QByteArray sql, QByteArray name, int parameters);

    // Runs the statement (or its RETURNING id twin) with the current bindings; the result is kept in m_result.
    Result<void> run(bool returningId);
    QString summary() const;
    void clearResult();

    pg_conn* m_connection = nullptr;
    QByteArray m_sql;
    QByteArray m_name;
    bool m_returningPrepared = false;
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    int m_changes = 0;
};

} // namespace handoff
