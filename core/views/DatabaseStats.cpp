#include "views/DatabaseStats.h"

#include "storage/DatabaseContents.h"

namespace handoff {

Result<DatabaseStats> DatabaseStats::read(const Database& db)
{
    const auto counts = DatabaseContents::counts(db);
    if (!counts) {
        return counts.error();
    }
    return DatabaseStats{counts->deals, counts->promises, counts->tasks};
}

} // namespace handoff
