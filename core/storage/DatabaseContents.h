#pragma once

#include "Result.h"
#include "model/ChecklistItem.h"

#include <QLatin1StringView>
#include <QList>

namespace handoff {

class Database;

// Questions asked of a database as a whole (the demo generator's: is it empty, what does its checklist ask).
struct DatabaseContents {
    // Whether table holds any row; table is a name written in code.
    static Result<bool> hasRows(const Database& db, QLatin1StringView table);
    // The checklist template's items in the order the checklist shows them.
    static Result<QList<ChecklistItem>> checklistInOrder(Database& db);
};

} // namespace handoff
