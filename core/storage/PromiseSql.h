#pragma once

#include "Result.h"
#include "model/Capability.h"
#include "model/FulfilmentTask.h"
#include "model/Promise.h"

#include <QDate>
#include <QList>

#include <functional>

namespace handoff {

class Database;
class UnitOfWork;

// Which of a deal's promises a question is about.
enum class PromiseSelection {
    All,
    NotWaived,
    Unsettled,       // neither fulfilled nor waived
    AcceptedAndOpen, // accepted in review, not yet fulfilled, broken or waived
};

// The statements of promises, the fulfilment tasks made from them and the capability catalog they name.
struct PromiseSql {
    static Result<QList<Promise>> ofDeal(Database& db, qint64 dealId, PromiseSelection which = PromiseSelection::All);
    // Open promises of accepted deals due before a day.
    static Result<QList<Promise>> openPastDue(Database& db, QDate before);
    // True when the past-due sweep already ran on day and nothing was written since (schema 9's past_due_sweep); always
    // false on a server, whose audit ids do not follow the order of commits.
    static Result<bool> sweptSinceLastChange(const Database& db, QDate day);
    // Records that the sweep ran on day, as the last write of its transaction (on a file; nothing on a server).
    static Result<void> recordSweep(UnitOfWork& work, QDate day);
    // Each open promise of a deal that is neither cancelled nor fulfilled, with its deal's contract start, in id
    // order; capabilityId 0: whatever capability they name. Only the columns feasibility is judged on are read (id,
    // deal, kind, capability, due date, feasibility and its reason).
    static Result<void> eachOpenOfLiveDeal(const Database& db, qint64 capabilityId,
                                           const std::function<void(const Promise&, QDate contractStart)>& row);
    // How many promises name a capability.
    static Result<int> naming(const Database& db, qint64 capabilityId);

    // The review and fulfilment columns of a promise, if it is still at promise.version; false: it moved on.
    static Result<bool> writeWorkflow(UnitOfWork& work, const Promise& promise);
    static Result<void> writeFeasibility(UnitOfWork& work, qint64 promiseId, const QString& levelKey,
                                         const QString& reason);

    static Result<QList<FulfilmentTask>> tasksOfDeal(Database& db, qint64 dealId, bool openOnly = false);
    // A new task to do, unaudited (the acceptance that makes it records it).
    static Result<void> insertGeneratedTask(UnitOfWork& work, qint64 dealId, qint64 promiseId, const QString& title,
                                            qint64 assigneeId, QDate dueOn);

    // The catalog by name without regard to case; orderless when only looked up.
    static Result<QList<Capability>> catalog(Database& db, bool byName = true);
    // How many capabilities other than exceptId have a name, without regard to case.
    static Result<int> capabilityNameUses(const Database& db, const QString& name, qint64 exceptId);
};

} // namespace handoff
