#pragma once

#include "Result.h"
#include "model/Deal.h"
#include "model/FulfilmentTask.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace handoff {

class Database;

// Support's fulfilment work on an accepted handoff: adding tasks, handing them to a colleague, completing them.
// Support reps and leads only; tasks change only while the handoff is accepted.
class TaskService {
    Q_DECLARE_TR_FUNCTIONS(TaskService)

public:
    explicit TaskService(Database& db);

    // A task without an assignee goes to the deal's support owner; a done task without a date is done today.
    Result<FulfilmentTask> add(const User& actor, FulfilmentTask task);
    // Only to an active support rep or lead.
    // expectedVersion, here and below: 0 changes whatever is stored; any other version that is no longer the stored
    // one is a conflict (an undo or redo names the version it produced, so it never overwrites a newer change).
    Result<FulfilmentTask> reassign(const User& actor, qint64 taskId, qint64 assigneeId, int expectedVersion = 0);
    // Done records `on` (today when invalid) as the done date; any other status clears it.
    Result<FulfilmentTask> setStatus(const User& actor, qint64 taskId, TaskStatus status, QDate on,
                                     int expectedVersion = 0);
    // Same roles and state as adding; a task added by mistake (or an add undone). Audited with all its fields.
    Result<void> remove(const User& actor, qint64 taskId, int expectedVersion = 0);

    // Every reason the actor may not add or change the deal's tasks now; empty: allowed.
    QStringList refusals(const User& actor, qint64 dealId) const;
    Result<QList<FulfilmentTask>> forDeal(qint64 dealId) const;
    Result<FulfilmentTask> get(qint64 taskId) const;

private:
    Result<Deal> openDeal(const User& actor, qint64 dealId) const;
    Result<void> checkAssignee(qint64 assigneeId) const;
    Result<FulfilmentTask> current(qint64 taskId, int expectedVersion) const;

    Database& m_db;
};

} // namespace handoff
