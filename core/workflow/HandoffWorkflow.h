#pragma once

#include "Result.h"
#include "model/Deal.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace handoff {

class Database;
class UnitOfWork;

enum class HandoffAction { Submit, Return, Accept, Cancel, MarkFulfilled };

// One reason a transition is refused, with the part of the deal a person goes to to fix it.
struct HandoffReason {
    enum class Place { None, Overview, Checklist, Contacts, Promises, Tasks };

    QString text;
    Place place = Place::None;
    // The checklist item's key, the deal field's key (Overview; model/Enums.h, AnsweringField), or the promise's or
    // task's id; empty for the place as a whole.
    QString key;
};

// The handoff state machine: draft → submitted → (returned → submitted)* → accepted → fulfilled, or cancelled
// before acceptance. Each transition checks the actor's role, the state it starts from and its guards, then writes
// its effects, the deal's new version and exactly one audit row in one transaction; a refusal writes nothing.
class HandoffWorkflow {
    Q_DECLARE_TR_FUNCTIONS(HandoffWorkflow)

public:
    explicit HandoffWorkflow(Database& db);

    Result<Deal> submit(const User& actor, qint64 dealId);
    Result<Deal> returnHandoff(const User& actor, qint64 dealId, ReturnReason reason, const QString& note);
    // The actor (a lead accepting becomes owner too) becomes the support owner; tasks are generated.
    Result<Deal> accept(const User& actor, qint64 dealId);
    Result<Deal> cancel(const User& actor, qint64 dealId, const QString& reason);
    Result<Deal> markFulfilled(const User& actor, qint64 dealId);
    // A lead performs a transition with its effects but without its guards. The state graph still holds: only a
    // transition that exists from the deal's state can be forced, so nothing leaves fulfilled or cancelled.
    // An overridden return is recorded with the reason code "other" and the override reason as its note.
    Result<Deal> override(const User& lead, qint64 dealId, HandoffAction action, const QString& reason);

    // Every reason the action would be refused now (role, state, guards); empty: allowed. Inputs the action takes
    // (a return's note, a cancel's reason) are not judged here.
    QStringList refusals(const User& actor, qint64 dealId, HandoffAction action) const;
    // The same reasons, each with the part of the deal where it is fixed.
    QList<HandoffReason> reasons(const User& actor, qint64 dealId, HandoffAction action) const;
    QList<HandoffAction> allowedActions(const User& actor, qint64 dealId) const;

private:
    struct Request {
        HandoffAction action;
        ReturnReason returnReason = ReturnReason::Other;
        QString text; // the return note, the cancel reason or the override reason
        bool overriding = false;
    };
    Result<Deal> perform(const User& actor, qint64 dealId, const Request& request);
    Result<QString> applyEffects(UnitOfWork& work, const User& actor, const Deal& deal, const Request& request);
    Result<int> generateTasks(UnitOfWork& work, const Deal& deal, qint64 ownerId);

    Database& m_db;
};

} // namespace handoff
