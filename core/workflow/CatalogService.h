#pragma once

#include "Result.h"
#include "model/Capability.h"
#include "model/User.h"
#include "workflow/FeasibilityRefresh.h"

#include <QCoreApplication>
#include <QList>

namespace handoff {

class Database;

// The capability catalog that promises are checked against. Only a lead changes it, and a change re-evaluates the
// feasibility of every open promise that names the capability in the same transaction.
class CatalogService {
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    explicit CatalogService(Database& db);

    Result<Capability> add(const User& actor, const Capability& capability);
    Result<Capability> update(const User& actor, const Capability& capability);
    // Deletes the capability read at capability.version; refused while any promise names it (their feasibility
    // and history refer to it), so in practice it takes back an entry added by mistake.
    Result<void> remove(const User& actor, const Capability& capability);
    // Every capability, by name.
    Result<QList<Capability>> all() const;
    // What saving capability (an edit of a stored one) would do to the open promises that name it, said before the
    // lead saves it.
    Result<FeasibilityImpact> impactOf(const Capability& capability) const;

private:
    Result<QStringList> problems(const User& actor, const Capability& capability, QStringList& forbidden) const;

    Database& m_db;
};

} // namespace handoff
