#include "views/DatabaseStats.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace handoff {

Result<DatabaseStats> DatabaseStats::read(const Database& db)
{
    // count(*) walks the smallest index of each table (tens of milliseconds at a million rows); exact counts are
    // worth that once per refresh, and max(id) would be wrong after deletes.
    auto query = db.exec(QStringLiteral("SELECT (SELECT count(*) FROM deals), (SELECT count(*) FROM promises), "
                                        "(SELECT count(*) FROM tasks)"));
    if (!query) {
        return query.error();
    }
    DatabaseStats stats;
    if (query->next()) {
        stats.deals = query->value(0).toLongLong();
        stats.promises = query->value(1).toLongLong();
        stats.tasks = query->value(2).toLongLong();
    }
    return stats;
}

} // namespace handoff
