#pragma once

#include "model/Capability.h"
#include "model/Enums.h"
#include "model/Promise.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace handoff {

// The level of a promise's feasibility and, when it is not ok, every problem found, in words a sales rep reads.
struct FeasibilityResult {
    Feasibility level = Feasibility::Ok;
    QString reason;
};

// Whether a promise can be kept, judged against the capability it names: flagged while the sales rep types, so that
// support does not discover at review time that the product cannot do it or cannot do it in time.
class FeasibilityRules {
    Q_DECLARE_TR_FUNCTIONS(FeasibilityRules)

public:
    // Work starts at the later of today and the contract start (an invalid contractStart means today); the due date
    // is measured from there against the capability's standard lead time.
    static FeasibilityResult evaluate(const Promise& promise, const std::optional<Capability>& capability, QDate today,
                                      QDate contractStart);
};

} // namespace handoff
