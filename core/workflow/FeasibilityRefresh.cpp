#include "workflow/FeasibilityRefresh.h"

#include "model/AuditEntry.h"
#include "model/Promise.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"
#include "workflow/FeasibilityRules.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace handoff {

FeasibilityRefresh::FeasibilityRefresh(Database& db)
    : m_db(db)
{}

Result<int> FeasibilityRefresh::all(UnitOfWork& work, QDate today)
{
    return refresh(work, QStringLiteral("1 = 1"), {}, today);
}

Result<int> FeasibilityRefresh::naming(UnitOfWork& work, qint64 capabilityId, QDate today)
{
    return refresh(work, QStringLiteral("p.capability_id = ?"), {capabilityId}, today);
}

Result<int> FeasibilityRefresh::refresh(UnitOfWork& work, const QString& condition, const QVariantList& values,
                                        QDate today)
{
    // The catalog is small; the promises are not, so they are read once in one pass with their deal's start.
    auto catalog = CapabilityStore(m_db).where(QStringLiteral("1 = 1"));
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
    {
        QVariantList bound{toKey(HandoffState::Cancelled), toKey(HandoffState::Fulfilled)};
        bound.append(values);
        // The literal 'open' lets SQLite use the partial index of open promises.
        auto query = m_db.exec(QStringLiteral("SELECT p.id, p.deal_id, p.kind, p.capability_id, p.due_on, "
                                              "p.feasibility, p.feasibility_reason, d.contract_start "
                                              "FROM promises p JOIN deals d ON d.id = p.deal_id "
                                              "WHERE p.fulfilment = 'open' AND d.state NOT IN (?, ?) AND ") +
                                   condition + QStringLiteral(" ORDER BY p.id"),
                               bound);
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            Promise promise;
            promise.id = query->value(0).toLongLong();
            promise.dealId = query->value(1).toLongLong();
            promise.kind = fromKey<PromiseKind>(query->value(2).toString()).value_or(PromiseKind::Other);
            promise.capabilityId = sql::toId(query->value(3));
            promise.dueOn = sql::toDate(query->value(4));
            const Feasibility before = fromKey<Feasibility>(query->value(5).toString()).value_or(Feasibility::Ok);
            const QString beforeReason = query->value(6).toString();
            const auto found = capabilities.constFind(promise.capabilityId);
            const std::optional<Capability> capability =
                found == capabilities.constEnd() ? std::nullopt : std::optional<Capability>(*found);
            const FeasibilityResult after =
                FeasibilityRules::evaluate(promise, capability, today, sql::toDate(query->value(7)));
            if (after.level != before || after.reason != beforeReason) {
                changes.append(Change{promise.id, promise.dealId, before, after});
            }
        }
    }

    for (const Change& change : changes) {
        auto updated = m_db.exec(QStringLiteral("UPDATE promises SET feasibility = ?, feasibility_reason = ?, "
                                                "version = version + 1 WHERE id = ?"),
                                 {toKey(change.after.level), change.after.reason, change.id});
        if (!updated) {
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
