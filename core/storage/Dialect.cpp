#include "storage/Dialect.h"

#include "storage/Database.h"

#include <QRegularExpression>

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

// The SQLite spellings that fromSqlite rewrites: index hints (INDEXED BY) and CROSS JOIN, which only steer SQLite's
// planner; julianday(), date(x, 'localtime') and date(x), which the server schema provides as handoff_julianday,
// handoff_local_date (in the session's time zone, set to the program's at connect) and handoff_date (NULL for text
// that is not a date, as SQLite's date() returns); and instr(), the server's strpos().
QString Dialect::fromSqlite(const QString& sql) const
{
    if (m_engine != Engine::Postgres) {
        return sql;
    }
    static const QRegularExpression hint(QStringLiteral(" INDEXED BY \\w+"));
    static const QRegularExpression localDate(QStringLiteral("\\bdate\\(([^()]+), 'localtime'\\)"));
    static const QRegularExpression date(QStringLiteral("\\bdate\\("));
    static const QRegularExpression julianDay(QStringLiteral("\\bjulianday\\("));
    static const QRegularExpression instr(QStringLiteral("\\binstr\\("));
    QString text = sql;
    text.remove(hint);
    text.replace(QLatin1String("CROSS JOIN"), QLatin1String("JOIN"));
    text.replace(localDate, QStringLiteral("handoff_local_date(\\1)"));
    text.replace(date, QStringLiteral("handoff_date("));
    text.replace(julianDay, QStringLiteral("handoff_julianday("));
    text.replace(instr, QStringLiteral("strpos("));
    return text;
}

QString Dialect::idFromText(const QString& expression) const
{
    return m_engine == Engine::Postgres
               ? QStringLiteral("(CASE WHEN %1 ~ '^[0-9]{1,18}$' THEN CAST(%1 AS bigint) END)").arg(expression)
               : QStringLiteral("CAST(%1 AS INTEGER)").arg(expression);
}

} // namespace handoff
