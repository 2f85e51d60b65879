#include "workflow/CatalogService.h"

#include "model/UserText.h"
#include "storage/Database.h"
#include "storage/PromiseSql.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"
#include "workflow/PromiseService.h"

namespace handoff {

CatalogService::CatalogService(Database& db)
    : m_db(db)
{}

Result<QStringList> CatalogService::problems(const User& actor, const Capability& capability,
                                             QStringList& forbidden) const
{
    if (actor.role != Role::Lead) {
        forbidden.append(tr("Only a team lead can change the capability catalog."));
    }
    QStringList invalid;
    const QString name = capability.name.trimmed();
    if (name.isEmpty()) {
        invalid.append(tr("Give the capability a name."));
    } else {
        auto taken = PromiseSql::capabilityNameUses(m_db, name, capability.id);
        if (!taken) {
            return taken.error();
        }
        if (*taken > 0) {
            invalid.append(tr("The catalog already has a capability named '%1'.").arg(name));
        }
    }
    if (static_cast<std::size_t>(capability.status) >= enumCount<CapabilityStatus>()) {
        invalid.append(tr("Choose whether the capability is available, beta, planned or unsupported."));
    }
    if (capability.leadTimeDays < 0) {
        invalid.append(tr("The standard lead time cannot be negative."));
    }
    for (const auto& [text, what] :
         {std::pair{&name, tr("The name")}, std::pair{&capability.description, tr("The description")}}) {
        if (const QString problem = UserText::controlProblem(*text, what); !problem.isEmpty()) {
            invalid.append(problem);
        }
    }
    return invalid;
}

Result<Capability> CatalogService::add(const User& actor, const Capability& capability)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    QStringList forbidden;
    auto invalid = problems(actor, capability, forbidden);
    if (!invalid) {
        return invalid.error();
    }
    if (!forbidden.isEmpty() || !invalid->isEmpty()) {
        return makeError(forbidden.isEmpty() ? Error::Code::Invalid : Error::Code::Forbidden,
                         tr("The capability was not added to the catalog."), forbidden + *invalid);
    }
    Capability row = capability;
    row.name = row.name.trimmed();
    auto created = CapabilityStore(m_db).create(*work, row);
    if (!created) {
        return created.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return created;
}

Result<Capability> CatalogService::update(const User& actor, const Capability& capability)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    if (auto existing = CapabilityStore(m_db).get(capability.id); !existing) {
        return existing.error();
    }
    QStringList forbidden;
    auto invalid = problems(actor, capability, forbidden);
    if (!invalid) {
        return invalid.error();
    }
    if (!forbidden.isEmpty() || !invalid->isEmpty()) {
        return makeError(forbidden.isEmpty() ? Error::Code::Invalid : Error::Code::Forbidden,
                         tr("The capability was not saved."), forbidden + *invalid);
    }
    Capability row = capability;
    row.name = row.name.trimmed();
    auto updated = CapabilityStore(m_db).update(*work, row);
    if (!updated) {
        return updated.error();
    }
    // Promises that name it were judged against the old entry; their feasibility must follow the catalog.
    if (auto reevaluated = PromiseService(m_db).reevaluateCapability(*work, capability.id, work->today());
        !reevaluated) {
        return reevaluated.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return updated;
}

Result<void> CatalogService::remove(const User& actor, const Capability& capability)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto existing = CapabilityStore(m_db).get(capability.id);
    if (!existing) {
        return existing.error();
    }
    const QString message = tr("'%1' was not removed from the catalog.").arg(existing->name);
    if (actor.role != Role::Lead) {
        return makeError(Error::Code::Forbidden, message, {tr("Only a team lead can change the capability catalog.")});
    }
    auto naming = PromiseSql::naming(m_db, capability.id);
    if (!naming) {
        return naming.error();
    }
    if (*naming > 0) {
        return makeError(Error::Code::Invalid, message,
                         {tr("Promises name it: %1. Mark it unsupported instead of removing it.").arg(*naming)});
    }
    if (auto removed = CapabilityStore(m_db).remove(*work, capability); !removed) {
        return removed;
    }
    return work->commit();
}

Result<QList<Capability>> CatalogService::all() const
{
    return PromiseSql::catalog(m_db);
}

} // namespace handoff

namespace handoff {

Result<FeasibilityImpact> CatalogService::impactOf(const Capability& capability) const
{
    return FeasibilityRefresh(m_db).preview(capability, m_db.today());
}

} // namespace handoff
