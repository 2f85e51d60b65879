#include "workflow/FeasibilityRefresh.h"

#include "model/AuditEntry.h"
#include "model/Promise.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PromiseSql.h"
#include "storage/UnitOfWork.h"
#include "workflow/FeasibilityRules.h"

#include <QHash>
#include <QList>

#include <optional>

namespace handoff {

FeasibilityRefresh::FeasibilityRefresh(Database& db)
    : m_db(db)
{}

Result<int> FeasibilityRefresh::all(UnitOfWork& work, QDate today)
{
    return refresh(work, 0, today);
}

Result<int> FeasibilityRefresh::naming(UnitOfWork& work, qint64 capabilityId, QDate today)
{
    return refresh(work, capabilityId, today);
}

Result<FeasibilityImpact> FeasibilityRefresh::preview(const Capability& changed, QDate today) const
{
    FeasibilityImpact impact;
    if (changed.id == 0) {
        return impact; // a new capability: no promise names it yet
    }
    auto read = PromiseSql::eachOpenOfLiveDeal(m_db, changed.id, [&](const Promise& promise, QDate contractStart) {
        ++impact.promises;
        const Feasibility after = FeasibilityRules::evaluate(promise, changed, today, contractStart).level;
        if (after == promise.feasibility) {
            return;
        }
        switch (after) {
        case Feasibility::Blocked:
            ++impact.toBlocked;
            break;
        case Feasibility::Warning:
            ++impact.toWarning;
            break;
        case Feasibility::Ok:
            ++impact.toOk;
            break;
        }
    });
    if (!read) {
        return read.error();
    }
    return impact;
}

Result<int> FeasibilityRefresh::refresh(UnitOfWork& work, qint64 capabilityId, QDate today)
{
    // The catalog is small; the promises are not, so they are read once in one pass with their deal's start.
    auto catalog = PromiseSql::catalog(m_db, false);
    if (!catalog) {
        return catalog.error();
    }
    QHash<qint64, Capability> capabilities;
    for (const Capability& capability : *catalog) {
        capabilities.insert(capability.id, capability);
    }

    struct Change {
        qint64 id;
        qint64 dealId;
        Feasibility before;
        FeasibilityResult after;
    };
    QList<Change> changes;
    auto read = PromiseSql::eachOpenOfLiveDeal(m_db, capabilityId, [&](const Promise& promise, QDate contractStart) {
        const auto found = capabilities.constFind(promise.capabilityId);
        const std::optional<Capability> capability =
            found == capabilities.constEnd() ? std::nullopt : std::optional<Capability>(*found);
        const FeasibilityResult after = FeasibilityRules::evaluate(promise, capability, today, contractStart);
        if (after.level != promise.feasibility || after.reason != promise.feasibilityReason) {
            changes.append(Change{promise.id, promise.dealId, promise.feasibility, after});
        }
    });
    if (!read) {
        return read.error();
    }

    for (const Change& change : changes) {
        if (auto updated =
                PromiseSql::writeFeasibility(work, change.id, toKey(change.after.level), change.after.reason);
            !updated) {
            return updated.error();
        }
        AuditEntry entry;
        entry.action = QStringLiteral("reevaluate");
        entry.entity = QStringLiteral("promises");
        entry.entityId = change.id;
        entry.dealId = change.dealId;
        entry.field = QStringLiteral("feasibility");
        entry.oldValue = toKey(change.before);
        entry.newValue = toKey(change.after.level);
        entry.reason = change.after.reason;
        if (auto logged = AuditLog::append(work, entry); !logged) {
            return logged.error();
        }
    }
    return static_cast<int>(changes.size());
}

} // namespace handoff
