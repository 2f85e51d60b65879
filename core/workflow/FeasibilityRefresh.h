#pragma once

#include "Result.h"
#include "model/Capability.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace handoff {

class Database;
class UnitOfWork;

// What a change of a capability would do to the open promises that name it.
struct FeasibilityImpact {
    int promises = 0;  // open promises of live deals that name it
    int toBlocked = 0; // of them, those that would become blocked, or a warning, or OK from another level
    int toWarning = 0;
    int toOk = 0;
};

// Keeps the stored feasibility of open promises current as days pass and the catalog changes. Only promises of live
// deals (not cancelled or fulfilled) are judged; each one whose level or reason changed gets its row updated and one
// "reevaluate" audit row, as part of the caller's unit of work and in its actor's name.
class FeasibilityRefresh {
public:
    explicit FeasibilityRefresh(Database& db);

    // Every open promise; returns how many changed.
    Result<int> all(UnitOfWork& work, QDate today);
    // The open promises that name one capability; returns how many changed.
    Result<int> naming(UnitOfWork& work, qint64 capabilityId, QDate today);
    // What saving `changed` (a stored capability, edited) would do to the promises that name it; writes nothing.
    Result<FeasibilityImpact> preview(const Capability& changed, QDate today) const;

private:
    // capabilityId 0: every open promise.
    Result<int> refresh(UnitOfWork& work, qint64 capabilityId, QDate today);

    Database& m_db;
};

} // namespace handoff
