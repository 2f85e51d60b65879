#pragma once

#include "Result.h"
#include "model/ChecklistItem.h"
#include "model/Deal.h"
#include "model/User.h"
#include "workflow/HandoffWorkflow.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace handoff {

class Database;

// The rules of each handoff transition, each answered with every reason it fails (empty: it passes), so that the
// workflow refuses with all of them at once and the UI can show why a button is disabled.
class HandoffGuards {
    Q_DECLARE_TR_FUNCTIONS(HandoffGuards)

public:
    explicit HandoffGuards(Database& db);

    // Whether the actor's role and relation to the deal allow the action (a lead may do everything).
    static QStringList roleRefusals(const User& actor, const Deal& deal, HandoffAction action);
    // The state the action leads to from `from`; nullopt when the state machine has no such step.
    static std::optional<HandoffState> target(HandoffState from, HandoffAction action);
    static QStringList stateRefusals(const Deal& deal, HandoffAction action);
    // What must be true of the deal itself: checklist, contacts and promises for submit, reviews for accept ...
    Result<QStringList> dealRefusals(const Deal& deal, HandoffAction action) const;
    // The same reasons, each with where it is fixed.
    Result<QList<HandoffReason>> dealReasons(const Deal& deal, HandoffAction action) const;
    // Why a required item left unanswered stops a submit, and where it is answered: the checklist, or the deal field
    // that answers the item.
    static HandoffReason fieldReason(const ChecklistItem& item);

private:
    Result<QList<HandoffReason>> submitReasons(const Deal& deal) const;
    Result<QList<HandoffReason>> acceptReasons(const Deal& deal) const;
    Result<QList<HandoffReason>> fulfilReasons(const Deal& deal) const;

    Database& m_db;
};

} // namespace handoff
