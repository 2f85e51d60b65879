#include "storage/Dialect.h"

#include "storage/Database.h"

namespace handoff {

QString Dialect::caseless(const QString& column) const
{
    return m_engine == Engine::Postgres ? QStringLiteral("lower(%1)").arg(column)
                                        : column + QStringLiteral(" COLLATE NOCASE");
}

QString Dialect::equalsCaseless(const QString& column) const
{
    return m_engine == Engine::Postgres ? QStringLiteral("lower(%1) = lower(?)").arg(column)
                                        : column + QStringLiteral(" = ? COLLATE NOCASE");
}

QString Dialect::idFromText(const QString& expression) const
{
    return m_engine == Engine::Postgres
               ? QStringLiteral("(CASE WHEN %1 ~ '^[0-9]{1,18}$' THEN CAST(%1 AS bigint) END)").arg(expression)
               : QStringLiteral("CAST(%1 AS INTEGER)").arg(expression);
}

} // namespace handoff
