#include "storage/Statement.h"

#include <limits>

namespace handoff {

void Statement::bind(int position, const QVariant& value)
{
    if (value.isNull()) {
        bindNull(position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
        bind(position, value.toLongLong());
        break;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        // A number above qint64's range keeps its digits as text rather than wrap around.
        if (value.toULongLong() > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
            bind(position, value.toString());
        } else {
            bind(position, value.toLongLong());
        }
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        bind(position, value.toDouble());
        break;
    case QMetaType::QDate:
        bind(position, value.toDate());
        break;
    case QMetaType::QDateTime:
        bind(position, value.toDateTime());
        break;
    case QMetaType::QByteArray:
        bindBlob(position, value.toByteArray());
        break;
    default:
        bind(position, value.toString());
        break;
    }
}

} // namespace handoff
