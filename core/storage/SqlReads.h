#pragma once

#include "Result.h"
#include "storage/Database.h"

#include <QList>
#include <QSqlQuery>

namespace handoff::sql {

// The number a counting statement returns.
inline Result<int> countOf(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto found = db.scalar(sql, values);
    if (!found) {
        return found.error();
    }
    return found->toInt();
}

// The first column of every row of a statement that selects ids.
inline Result<QList<qint64>> idsOf(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto query = db.exec(sql, values);
    if (!query) {
        return query.error();
    }
    QList<qint64> ids;
    while (query->next()) {
        ids.append(query->value(0).toLongLong());
    }
    return ids;
}

} // namespace handoff::sql
