#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>
#include <QVariant>

namespace handoff {

// One prepared statement of either engine (SqliteStatement, PostgresStatement), reused for many rows. Parameters are
// written `?` in the SQL and count from 1; result columns count from 0. A failed bind is remembered and reported by
// the next step, so that call sites stay a plain list of binds. Values keep the engines' common ground: integers,
// reals, text (dates and times as ISO-8601 text) and NULL.
class Statement {
public:
    virtual ~Statement() = default;

    virtual int parameterCount() const = 0;

    virtual void bind(int position, qint64 value) = 0;
    void bind(int position, int value) { bind(position, static_cast<qint64>(value)); }
    virtual void bind(int position, double value) = 0;
    virtual void bind(int position, QStringView value) = 0;
    void bind(int position, const QString& value) { bind(position, QStringView(value)); }
    virtual void bind(int position, QLatin1StringView value) = 0;
    // Text that is already UTF-8.
    virtual void bindUtf8(int position, const QByteArray& utf8) = 0;
    // ISO-8601 date text, or NULL for an invalid date.
    virtual void bind(int position, QDate value) = 0;
    // UTC ISO-8601 text with milliseconds, as QDateTime::toString(Qt::ISODateWithMs) writes it; NULL when invalid.
    virtual void bind(int position, const QDateTime& value) = 0;
    // Bytes as they are: SQLite's blob; on a server, text.
    virtual void bindBlob(int position, const QByteArray& bytes) = 0;
    // Null, bool, integers, double, QDate, QDateTime, QByteArray (bindBlob) and everything else as its text: each
    // through the bind of its type.
    void bind(int position, const QVariant& value);
    virtual void bindNull(int position) = 0;
    // A row id, where 0 means "none" and is stored as NULL.
    void bindId(int position, qint64 id)
    {
        if (id == 0) {
            bindNull(position);
        } else {
            bind(position, id);
        }
    }
    virtual void clearBindings() = 0;

    // Runs an INSERT into a table with an id column and returns the new row's id; ready for the next row after.
    virtual Result<qint64> insert() = 0;
    // Runs a statement that returns no rows (UPDATE, DELETE, INSERT whose id is not needed).
    virtual Result<void> execute() = 0;

    // Steps a query: true while a row is available, false when done. Call reset() before binding the next query.
    virtual Result<bool> next() = 0;
    virtual void reset() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    // The column's value: qint64, double, QString, QByteArray, or an invalid QVariant for NULL.
    virtual QVariant value(int column) const = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE of this statement.
    virtual int changes() const = 0;

protected:
    Statement() = default;
    Statement(const Statement&) = default;
    Statement& operator=(const Statement&) = default;
    Statement(Statement&&) = default;
    Statement& operator=(Statement&&) = default;
};

} // namespace handoff
