#pragma once

#include "Result.h"
#include "model/Deal.h"
#include "model/FulfilmentTask.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

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
    Result<FulfilmentTask> reassign(const User& actor, qint64 taskId, qint64 assigneeId);
    // Done records `on` (today when invalid) as the done date; any other status clears it.
    Result<FulfilmentTask> setStatus(const User& actor, qint64 taskId, TaskStatus status, QDate on);
    Result<QList<FulfilmentTask>> forDeal(qint64 dealId) const;

private:
    Result<Deal> openDeal(const User& actor, qint64 dealId) const;
    Result<void> checkAssignee(qint64 assigneeId) const;

    Database& m_db;
};

} // namespace handoff
