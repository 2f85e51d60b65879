#include "tasks/TaskEdits.h"

#include "deals/DealSession.h"
#include "model/Labels.h"
#include "workflow/TaskService.h"

#include <memory>

namespace handoff {

namespace {

using Handle = std::shared_ptr<RecordHandle>;

} // namespace

TaskEdits::TaskEdits(DealSession& session)
    : m_session(session)
{}

qint64 TaskEdits::add(QWidget* parent, const FulfilmentTask& task)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.fresh();
    const auto doIt = [db, actor, task, handle] { return track(TaskService(*db).add(actor, task), handle); };
    const auto undoIt = [db, actor, handle] { return TaskService(*db).remove(actor, handle->id, handle->version); };
    if (!m_session.apply(parent, tr("Add task “%1”").arg(task.title), doIt, undoIt)) {
        return 0;
    }
    return handle->id;
}

bool TaskEdits::remove(QWidget* parent, const FulfilmentTask& task)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.of(task.id, task.version);
    const auto doIt = [db, actor, handle] { return TaskService(*db).remove(actor, handle->id, handle->version); };
    const auto undoIt = [db, actor, task, handle] { return track(TaskService(*db).add(actor, task), handle); };
    return m_session.apply(parent, tr("Remove task “%1”").arg(task.title), doIt, undoIt);
}

bool TaskEdits::reassign(QWidget* parent, const FulfilmentTask& before, qint64 assigneeId)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.of(before.id, before.version);
    const auto to = [db, actor, handle](qint64 assignee) {
        return track(TaskService(*db).reassign(actor, handle->id, assignee, handle->version), handle);
    };
    return m_session.apply(
        parent, tr("Reassign task “%1”").arg(before.title), [to, assigneeId] { return to(assigneeId); },
        [to, before] { return to(before.assigneeId); });
}

bool TaskEdits::setStatus(QWidget* parent, const FulfilmentTask& before, TaskStatus status, QDate on)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.of(before.id, before.version);
    const auto to = [db, actor, handle](TaskStatus value, QDate date) {
        return track(TaskService(*db).setStatus(actor, handle->id, value, date, handle->version), handle);
    };
    const QString text = status == TaskStatus::Done
                             ? tr("Complete task “%1”").arg(before.title)
                             : tr("Set task “%1” to %2").arg(before.title, Labels::inSentence(Labels::of(status)));
    return m_session.apply(
        parent, text, [to, status, on] { return to(status, on); },
        [to, before] { return to(before.status, before.doneOn); });
}

} // namespace handoff
