#pragma once

#include "model/FulfilmentTask.h"
#include "promises/RecordHandles.h"

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace handoff {

class DealSession;

// The changes support makes to a deal's fulfilment tasks, each saved at once through the deal session with the
// step that takes it back: add ↔ remove, reassign ↔ the assignee before, a status ↔ the status (and done date)
// before. Every step names the version the step before it produced, so an undo never overwrites a newer change.
class TaskEdits {
    Q_DECLARE_TR_FUNCTIONS(TaskEdits)

public:
    explicit TaskEdits(DealSession& session);

    // Returns the id of the new task, 0 when it was not added.
    qint64 add(QWidget* parent, const FulfilmentTask& task);
    bool remove(QWidget* parent, const FulfilmentTask& task);
    bool reassign(QWidget* parent, const FulfilmentTask& before, qint64 assigneeId);
    bool setStatus(QWidget* parent, const FulfilmentTask& before, TaskStatus status, QDate on);

private:
    DealSession& m_session;
    RecordHandles m_handles;
};

} // namespace handoff
