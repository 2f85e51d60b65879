#include "storage/DatabaseContents.h"

#include "storage/Database.h"
#include "storage/Stores.h"

namespace handoff {

Result<bool> DatabaseContents::hasRows(const Database& db, QLatin1StringView table)
{
    auto found = db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
    if (!found) {
        return found.error();
    }
    return found->toBool();
}

Result<QList<ChecklistItem>> DatabaseContents::checklistInOrder(Database& db)
{
    return ChecklistItemStore(db).where(QStringLiteral("1 = 1"), {}, QStringLiteral("position, id"));
}

} // namespace handoff
