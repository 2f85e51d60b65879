#include "storage/PostgresParameters.h"

#include <algorithm>
#include <limits>

namespace handoff {

PostgresParameters::PostgresParameters(int count)
    : m_values(static_cast<std::size_t>(count))
    , m_null(static_cast<std::size_t>(count), true)
{}

void PostgresParameters::set(int position, QByteArray value)
{
    if (position < 1 || position > parameterCount()) {
        m_bindErrorPosition = position;
        return;
    }
    const auto index = static_cast<std::size_t>(position - 1);
    m_values[index] = std::move(value);
    m_null[index] = false;
}

void PostgresParameters::bind(int position, qint64 value)
{
    set(position, QByteArray::number(value));
}

void PostgresParameters::bind(int position, double value)
{
    set(position, QByteArray::number(value, 'g', std::numeric_limits<double>::max_digits10));
}

void PostgresParameters::bind(int position, QStringView value)
{
    set(position, value.toUtf8());
}

void PostgresParameters::bind(int position, QLatin1StringView value)
{
    set(position, QString(value).toUtf8());
}

void PostgresParameters::bindUtf8(int position, const QByteArray& utf8)
{
    set(position, utf8);
}

void PostgresParameters::bind(int position, QDate value)
{
    if (!value.isValid()) {
        bindNull(position);
    } else {
        set(position, value.toString(Qt::ISODate).toUtf8());
    }
}

void PostgresParameters::bind(int position, const QDateTime& value)
{
    if (!value.isValid()) {
        bindNull(position);
    } else {
        set(position, value.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    }
}

void PostgresParameters::bindBlob(int position, const QByteArray& bytes)
{
    set(position, bytes);
}

void PostgresParameters::bindNull(int position)
{
    if (position < 1 || position > parameterCount()) {
        m_bindErrorPosition = position;
        return;
    }
    m_null[static_cast<std::size_t>(position - 1)] = true;
}

void PostgresParameters::clearBindings()
{
    std::fill(m_null.begin(), m_null.end(), true);
    m_bindErrorPosition = 0;
}

} // namespace handoff
