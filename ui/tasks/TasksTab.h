#pragma once

#include "model/FulfilmentTask.h"
#include "model/User.h"
#include "tasks/TaskEdits.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QToolBar;

namespace handoff {

class DealSession;
class TaskTableModel;

// The Tasks tab of a deal's editor: support's fulfilment tasks with their assignee, due date and status, overdue
// ones marked. Support reps and leads add, reassign, complete and remove tasks while the handoff is accepted;
// otherwise the actions are disabled and their tooltips say why. Every change can be undone.
class TasksTab : public QWidget {
    Q_OBJECT

public:
    explicit TasksTab(DealSession& session, QWidget* parent = nullptr);

    TaskTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

public slots:
    // Selects the task and shows it (a refusal in the overview links here).
    void select(qint64 taskId);
    // Reads the deal's tasks again, keeping the selection.
    void reload();

private:
    QAction* makeAction(const QString& name, const QString& text, const QString& toolTip,
                        const QList<QKeySequence>& shortcuts);
    const FulfilmentTask* selected() const;
    void updateActions();
    void setAllowed(QWidget* widget, QAction* action, const QString& base, const QStringList& refusals);
    void openEditor();
    void removeSelected();
    void complete();
    void reassignTo(int comboIndex);
    void setStatusTo(int comboIndex);

    DealSession& m_session;
    TaskEdits m_edits;
    TaskTableModel* m_model = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_loadError = nullptr;
    QComboBox* m_assignee = nullptr;
    QComboBox* m_status = nullptr;
    QAction* m_add = nullptr;
    QAction* m_complete = nullptr;
    QAction* m_remove = nullptr;
    QList<User> m_assignees;
};

} // namespace handoff
