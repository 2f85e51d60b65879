#pragma once

#include "storage/Statement.h"

#include <vector>

namespace handoff {

// The parameters of a statement on a PostgreSQL server, kept as the text the server parses (integers in decimal,
// dates and times as ISO-8601, booleans as 1 and 0) or NULL. What PostgresStatement sends with a prepared statement
// and CopyStatement writes as a COPY row. A binding stays until it is bound again or cleared, as in SQLite.
class PostgresParameters : public Statement {
public:
    using Statement::bind;

    int parameterCount() const override { return static_cast<int>(m_values.size()); }

    void bind(int position, qint64 value) override;
    void bind(int position, double value) override;
    void bind(int position, QStringView value) override;
    void bind(int position, QLatin1StringView value) override;
    void bindUtf8(int position, const QByteArray& utf8) override;
    void bind(int position, QDate value) override;
    void bind(int position, const QDateTime& value) override;
    void bindBlob(int position, const QByteArray& bytes) override;
    void bindNull(int position) override;
    void clearBindings() override;

protected:
    explicit PostgresParameters(int count);

    void set(int position, QByteArray value);

    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    int m_bindErrorPosition = 0; // a position bound that the statement does not have; reported by the next step
};

} // namespace handoff
