#pragma once

#include "Result.h"
#include "storage/Statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringConverter>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace handoff {

class Database;

// One prepared SQLite statement through the C API, reused for many rows; bulk writers (demo data, CSV import) use it
// directly where QSqlQuery's per-row QVariant traffic costs more than the work itself. Positions count from 1, as in
// SQLite. Calls through a SqliteStatement& are not virtual (the class is final).
class SqliteStatement final : public Statement {
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    using Statement::bind;

    static Result<SqliteStatement> prepare(const Database& db, const QString& sql);
    static Result<SqliteStatement> prepare(sqlite3* db, const QString& sql);

    SqliteStatement() = default;
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement() override;

    bool isValid() const { return m_statement != nullptr; }
    int parameterCount() const override { return static_cast<int>(m_buffers.size()); }

    void bind(int position, qint64 value) override;
    void bind(int position, double value) override;
    void bind(int position, QStringView value) override;
    void bind(int position, QLatin1StringView value) override;
    // Text that is already UTF-8; the array is kept (shared, not copied) until the parameter is bound again.
    void bindUtf8(int position, const QByteArray& utf8) override;
    // ISO-8601 date text, or NULL for an invalid date.
    void bind(int position, QDate value) override;
    // UTC ISO-8601 text with milliseconds, as QDateTime::toString(Qt::ISODateWithMs) writes it; NULL when invalid.
    void bind(int position, const QDateTime& value) override;
    // Bytes as a blob; the array is kept (shared, not copied) until the parameter is bound again.
    void bindBlob(int position, const QByteArray& bytes) override;
    void bindNull(int position) override;
    void clearBindings() override;

    // Runs an INSERT with the current bindings and makes the statement ready for the next row.
    Result<qint64> insert() override;
    // Runs a statement that returns no rows (UPDATE, DELETE, INSERT whose id is not needed).
    Result<void> execute() override;

    // Steps a query: true while a row is available, false when done. Call reset() before binding the next query.
    // Columns count from 0, as in SQLite's column API.
    Result<bool> next() override;
    void reset() override;
    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    // The column as SQLite stores it: qint64, double, QString, QByteArray, or an invalid QVariant for NULL.
    QVariant value(int column) const override;
    // Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    int changes() const override;

private:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);

    char* buffer(int position, qsizetype size);
    void bindBuffer(int position, qsizetype length);
    void check(int position, int rc);
    Error error(int rc) const;
    Result<void> stepDone();
    QString summary() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    // One UTF-8 buffer per parameter, reused row after row so that binding text rarely allocates.
    std::vector<QByteArray> m_buffers;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    int m_bindError = 0;
    int m_bindErrorPosition = 0;
};

} // namespace handoff
