#include "workflow/TaskService.h"

#include "model/Labels.h"
#include "model/UserText.h"
#include "storage/Database.h"
#include "storage/PromiseSql.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

namespace handoff {

TaskService::TaskService(Database& db)
    : m_db(db)
{}

Result<Deal> TaskService::openDeal(const User& actor, qint64 dealId) const
{
    if (!actor.active || (actor.role != Role::Support && actor.role != Role::Lead)) {
        return makeError(Error::Code::Forbidden, tr("Only support or a team lead can work on fulfilment tasks."));
    }
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return deal.error();
    }
    if (deal->state != HandoffState::Accepted) {
        return makeError(Error::Code::Invalid,
                         tr("The handoff of \"%1\" is \"%2\"; its tasks can change only while it is accepted.")
                             .arg(deal->title, Labels::of(deal->state)));
    }
    return deal;
}

Result<void> TaskService::checkAssignee(qint64 assigneeId) const
{
    auto assignee = UserStore(m_db).get(assigneeId);
    if (!assignee) {
        return assignee.error();
    }
    if (!assignee->active || (assignee->role != Role::Support && assignee->role != Role::Lead)) {
        return makeError(
            Error::Code::Invalid,
            tr("%1 cannot take fulfilment tasks: only active support reps and team leads can.").arg(assignee->name));
    }
    return {};
}

Result<FulfilmentTask> TaskService::current(qint64 taskId, int expectedVersion) const
{
    auto task = TaskStore(m_db).get(taskId);
    if (task && expectedVersion != 0 && task->version != expectedVersion) {
        return makeError(
            Error::Code::Conflict,
            tr("The task \"%1\" was changed elsewhere at the same time; reload it and try again.").arg(task->title));
    }
    return task;
}

Result<FulfilmentTask> TaskService::add(const User& actor, FulfilmentTask task)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto deal = openDeal(actor, task.dealId);
    if (!deal) {
        return deal.error();
    }
    QStringList reasons;
    task.title = task.title.trimmed();
    if (task.title.isEmpty()) {
        reasons.append(tr("A task needs a title."));
    }
    if (const QString problem = UserText::controlProblem(task.title, tr("The title")); !problem.isEmpty()) {
        reasons.append(problem);
    }
    if (task.assigneeId == 0) {
        task.assigneeId = deal->supportOwnerId;
    }
    if (auto assignee = checkAssignee(task.assigneeId); !assignee) {
        reasons.append(assignee.error().message);
    }
    if (task.promiseId != 0) {
        auto promise = PromiseStore(m_db).get(task.promiseId);
        if (!promise || promise->dealId != task.dealId) {
            reasons.append(tr("The promise the task is for does not belong to \"%1\".").arg(deal->title));
        }
    }
    if (!reasons.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The task cannot be added."), reasons);
    }
    task.doneOn = task.status == TaskStatus::Done ? (task.doneOn.isValid() ? task.doneOn : work->today()) : QDate();
    auto created = TaskStore(m_db).create(*work, task);
    if (!created) {
        return created.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return created;
}

Result<FulfilmentTask> TaskService::reassign(const User& actor, qint64 taskId, qint64 assigneeId, int expectedVersion)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    TaskStore tasks(m_db);
    auto task = current(taskId, expectedVersion);
    if (!task) {
        return task.error();
    }
    if (auto deal = openDeal(actor, task->dealId); !deal) {
        return deal.error();
    }
    if (auto assignee = checkAssignee(assigneeId); !assignee) {
        return makeError(Error::Code::Invalid, tr("The task \"%1\" cannot be reassigned.").arg(task->title),
                         {assignee.error().message});
    }
    task->assigneeId = assigneeId;
    auto saved = tasks.update(*work, *task);
    if (!saved) {
        return saved.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

Result<FulfilmentTask> TaskService::setStatus(const User& actor, qint64 taskId, TaskStatus status, QDate on,
                                              int expectedVersion)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    TaskStore tasks(m_db);
    auto task = current(taskId, expectedVersion);
    if (!task) {
        return task.error();
    }
    if (auto deal = openDeal(actor, task->dealId); !deal) {
        return deal.error();
    }
    if (task->status == status) {
        return task; // a repeated click changes nothing, not even the done date
    }
    task->status = status;
    task->doneOn = status == TaskStatus::Done ? (on.isValid() ? on : work->today()) : QDate();
    auto saved = tasks.update(*work, *task);
    if (!saved) {
        return saved.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

Result<void> TaskService::remove(const User& actor, qint64 taskId, int expectedVersion)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto task = current(taskId, expectedVersion);
    if (!task) {
        return task.error();
    }
    if (auto deal = openDeal(actor, task->dealId); !deal) {
        return deal.error();
    }
    // The store writes the audit row ("delete", with every field of the task) under the actor's scope.
    if (auto removed = TaskStore(m_db).remove(*work, *task); !removed) {
        return removed.error();
    }
    return work->commit();
}

QStringList TaskService::refusals(const User& actor, qint64 dealId) const
{
    if (auto deal = openDeal(actor, dealId); !deal) {
        return {deal.error().message};
    }
    return {};
}

Result<FulfilmentTask> TaskService::get(qint64 taskId) const
{
    return TaskStore(m_db).get(taskId);
}

Result<QList<FulfilmentTask>> TaskService::forDeal(qint64 dealId) const
{
    return PromiseSql::tasksOfDeal(m_db, dealId);
}

} // namespace handoff
