#pragma once

#include "Result.h"
#include "metrics/CsatScore.h"

#include <optional>

namespace handoff {

class Database;
class UnitOfWork;

// The statements of the customers' satisfaction scores (at most one per deal). Writes are unaudited: the service
// records the one audit row of each change.
struct CsatSql {
    static Result<std::optional<CsatScore>> ofDeal(const Database& db, qint64 dealId);
    // Stores a new score; returns its id.
    static Result<qint64> insert(UnitOfWork& work, const CsatScore& score);
    // Writes score over the row of before (as read, at its version).
    static Result<void> replace(UnitOfWork& work, const CsatScore& before, const CsatScore& score);
};

} // namespace handoff
