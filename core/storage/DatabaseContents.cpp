#include "storage/DatabaseContents.h"

#include "storage/Database.h"
#include "storage/Stores.h"

#include <QSqlQuery>

namespace handoff {

Result<bool> DatabaseContents::hasRows(const Database& db, QLatin1StringView table)
{
    auto found = db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
    if (!found) {
        return found.error();
    }
    return found->toBool();
}

Result<qint64> DatabaseContents::nextFileId(const Database& db, QLatin1StringView table)
{
    auto last = db.scalar(QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), "
                                         "coalesce((SELECT max(id) FROM %1), 0))")
                              .arg(table),
                          {QString(table)});
    if (!last) {
        return last.error();
    }
    return last->toLongLong() + 1;
}

Result<QList<ChecklistItem>> DatabaseContents::checklistInOrder(Database& db)
{
    return ChecklistItemStore(db).where(QStringLiteral("1 = 1"), {}, QStringLiteral("position, id"));
}

Result<QString> DatabaseContents::engineVersion(const Database& db)
{
    auto version = db.scalar(db.isServer() ? QStringLiteral("SELECT current_setting('server_version')")
                                           : QStringLiteral("SELECT sqlite_version()"));
    if (!version) {
        return version.error();
    }
    return version->toString();
}

Result<DatabaseContents::Counts> DatabaseContents::counts(const Database& db)
{
    // count(*) walks the smallest index of each table (tens of milliseconds at a million rows); exact counts are
    // worth that once per refresh, and max(id) would be wrong after deletes.
    auto query = db.exec(QStringLiteral("SELECT (SELECT count(*) FROM deals), (SELECT count(*) FROM promises), "
                                        "(SELECT count(*) FROM tasks)"));
    if (!query) {
        return query.error();
    }
    Counts found;
    if (query->next()) {
        found.deals = query->value(0).toLongLong();
        found.promises = query->value(1).toLongLong();
        found.tasks = query->value(2).toLongLong();
    }
    return found;
}

} // namespace handoff
