#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace handoff::sql {

// Conversions between domain values and what the schema stores: ids 0 as NULL, dates as ISO text, times as UTC
// ISO text with milliseconds.

inline QVariant id(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

inline QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

inline QVariant time(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline qint64 toId(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

inline QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QDateTime toTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace handoff::sql
