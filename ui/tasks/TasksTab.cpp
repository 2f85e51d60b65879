#include "tasks/TasksTab.h"

#include "deals/DealSession.h"
#include "model/Labels.h"
#include "promises/StatusIcons.h"
#include "storage/Database.h"
#include "tasks/TaskEditorDialog.h"
#include "tasks/TaskTableModel.h"
#include "widgets/RecordTable.h"
#include "workflow/DealService.h"
#include "workflow/PromiseService.h"
#include "workflow/TaskService.h"
#include "workflow/UserService.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace handoff {

namespace {

const char* const kBaseToolTip = "baseToolTip";

} // namespace

TasksTab::TasksTab(DealSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_edits(session)
    , m_model(new TaskTableModel(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_loadError(new QLabel(this))
    , m_assignee(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("tasksTab"));
    setAccessibleName(tr("Tasks"));

    m_add = makeAction(QStringLiteral("addTaskAction"), tr("&Add task"), tr("Add a fulfilment task"),
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_complete = makeAction(QStringLiteral("completeTaskAction"), tr("&Complete"),
                            tr("Mark the selected task done today"), {QKeySequence(Qt::CTRL | Qt::Key_Return)});
    m_remove = makeAction(QStringLiteral("removeTaskAction"), tr("&Remove"), tr("Remove the selected task"),
                          {QKeySequence(QKeySequence::Delete)});
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_complete->setIcon(StatusIcons::of(Fulfilment::Fulfilled));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));

    m_assignee->setObjectName(QStringLiteral("reassignCombo"));
    m_assignee->setAccessibleName(tr("Assignee of the selected task"));
    m_assignee->setProperty(kBaseToolTip, tr("Give the selected task to another support rep or lead"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status of the selected task"));
    m_status->setProperty(kBaseToolTip, tr("Set the status of the selected task"));
    for (TaskStatus status : allValues<TaskStatus>()) {
        m_status->addItem(Labels::of(status), int(status));
    }
    auto* assigneeLabel = new QLabel(tr("A&ssignee:"), this);
    assigneeLabel->setBuddy(m_assignee);
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);

    m_toolBar->setObjectName(QStringLiteral("taskToolBar"));
    m_toolBar->setAccessibleName(tr("Task actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_add);
    m_toolBar->addAction(m_complete);
    m_toolBar->addAction(m_remove);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(assigneeLabel);
    m_toolBar->addWidget(m_assignee);
    m_toolBar->addWidget(statusLabel);
    m_toolBar->addWidget(m_status);

    m_loadError->setObjectName(QStringLiteral("taskLoadError"));
    m_loadError->setWordWrap(true);
    m_loadError->hide();

    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setAccessibleName(tr("Fulfilment tasks of the deal"));
    m_table->setModel(m_model);
    RecordTable::setUp(m_table);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* columns = m_table->horizontalHeader();
    const int character = fontMetrics().averageCharWidth();
    const int widths[] = {36, 30, 20, 18, 12, 12};
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        columns->resizeSection(column, widths[column] * character);
    }
    columns->setSectionResizeMode(TaskTableModel::TitleColumn, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_loadError);
    layout->addWidget(m_table, 1);
    setTabOrder(m_table, m_assignee);
    setTabOrder(m_assignee, m_status);

    connect(m_add, &QAction::triggered, this, &TasksTab::openEditor);
    connect(m_complete, &QAction::triggered, this, &TasksTab::complete);
    connect(m_remove, &QAction::triggered, this, &TasksTab::removeSelected);
    // activated, not currentIndexChanged: only a choice the user makes changes the task.
    connect(m_assignee, &QComboBox::activated, this, &TasksTab::reassignTo);
    connect(m_status, &QComboBox::activated, this, &TasksTab::setStatusTo);
    // The selection, not the current row: a click makes the row current before it selects it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TasksTab::updateActions);
    connect(&m_session, &DealSession::changed, this, &TasksTab::reload);
    reload();
}

QAction* TasksTab::makeAction(const QString& name, const QString& text, const QString& toolTip,
                              const QList<QKeySequence>& shortcuts)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    // The editor shows several tabs with their own actions; a key works in the tab that has the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString tip = tr("%1 (%2)").arg(toolTip, shortcuts.first().toString(QKeySequence::NativeText));
    action->setProperty(kBaseToolTip, tip);
    action->setToolTip(tip);
    action->setStatusTip(toolTip);
    addAction(action);
    return action;
}

void TasksTab::reload()
{
    const FulfilmentTask* current = selected();
    const qint64 keep = current ? current->id : 0;
    Database& db = m_session.db();
    UserService users(db);
    auto tasks = TaskService(db).forDeal(m_session.dealId());
    auto promises = PromiseService(db).forDeal(m_session.dealId());
    auto everyone = users.all();
    auto support = users.active(Role::Support);
    auto leads = users.active(Role::Lead);
    QStringList problems;
    QHash<qint64, QString> promiseNames;
    QHash<qint64, QString> userNames;
    if (promises) {
        for (const Promise& promise : *promises) {
            promiseNames.insert(promise.id, promise.description);
        }
    } else {
        problems.append(promises.error().message);
    }
    if (everyone) {
        for (const User& user : *everyone) {
            userNames.insert(user.id, user.name);
        }
    } else {
        problems.append(everyone.error().message);
    }
    if (!tasks) {
        problems.append(tasks.error().message);
    }
    m_assignees = (support ? *support : QList<User>()) + (leads ? *leads : QList<User>());
    {
        const QSignalBlocker blocker(m_assignee);
        m_assignee->clear();
        for (const User& user : std::as_const(m_assignees)) {
            m_assignee->addItem(tr("%1 (%2)").arg(user.name, Labels::of(user.role)), user.id);
        }
    }
    m_model->setTasks(tasks ? *tasks : QList<FulfilmentTask>(), promiseNames, userNames, db.today());
    m_loadError->setText(tr("The tasks could not be read: %1").arg(problems.join(QLatin1Char(' '))));
    m_loadError->setVisible(!problems.isEmpty());
    select(keep);
    updateActions();
}

const FulfilmentTask* TasksTab::selected() const
{
    const int row = RecordTable::selectedRow(m_table);
    return row < 0 ? nullptr : &m_model->task(row);
}

void TasksTab::select(qint64 taskId)
{
    RecordTable::selectRow(m_table, m_model->rowOf(taskId), TaskTableModel::TitleColumn);
}

void TasksTab::updateActions()
{
    const QStringList refused = TaskService(m_session.db()).refusals(m_session.actor(), m_session.dealId());
    setAllowed(nullptr, m_add, m_add->property(kBaseToolTip).toString(), refused);
    const FulfilmentTask* task = selected();
    const QStringList onSelected = !refused.isEmpty() ? refused
                                   : task             ? QStringList()
                                                      : QStringList{tr("Select a task first.")};
    QStringList completing = onSelected;
    if (completing.isEmpty() && task->status == TaskStatus::Done) {
        completing.append(tr("The task is already done."));
    }
    setAllowed(nullptr, m_complete, m_complete->property(kBaseToolTip).toString(), completing);
    setAllowed(nullptr, m_remove, m_remove->property(kBaseToolTip).toString(), onSelected);
    setAllowed(m_assignee, nullptr, m_assignee->property(kBaseToolTip).toString(), onSelected);
    setAllowed(m_status, nullptr, m_status->property(kBaseToolTip).toString(), onSelected);
    const QSignalBlocker assigneeBlocker(m_assignee);
    const QSignalBlocker statusBlocker(m_status);
    m_assignee->setCurrentIndex(task ? m_assignee->findData(task->assigneeId) : -1);
    m_status->setCurrentIndex(task ? m_status->findData(int(task->status)) : -1);
}

void TasksTab::setAllowed(QWidget* widget, QAction* action, const QString& base, const QStringList& refusals)
{
    const QString tip =
        refusals.isEmpty() ? base : tr("%1\nNot possible now:\n%2").arg(base, refusals.join(QLatin1Char('\n')));
    if (action) {
        action->setEnabled(refusals.isEmpty());
        action->setToolTip(tip);
    }
    if (widget) {
        widget->setEnabled(refusals.isEmpty());
        widget->setToolTip(tip);
    }
}

void TasksTab::openEditor()
{
    Database& db = m_session.db();
    FulfilmentTask task;
    task.dealId = m_session.dealId();
    task.dueOn = db.today().addDays(7);
    auto deal = DealService(db).get(m_session.dealId());
    task.assigneeId = deal ? deal->supportOwnerId : 0;
    if (task.assigneeId == 0 || m_session.actor().role == Role::Support) {
        task.assigneeId = m_session.actor().id; // support usually adds work for itself
    }
    auto promises = PromiseService(db).forDeal(m_session.dealId());
    auto* dialog = new TaskEditorDialog(task, m_assignees, promises ? *promises : QList<Promise>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this, dialog](const FulfilmentTask& typed) {
        const qint64 id = m_edits.add(dialog, typed);
        select(id);
        return id != 0;
    });
    dialog->open();
}

void TasksTab::removeSelected()
{
    if (const FulfilmentTask* task = selected()) {
        m_edits.remove(this, FulfilmentTask(*task));
    }
}

void TasksTab::complete()
{
    if (const FulfilmentTask* task = selected()) {
        m_edits.setStatus(this, FulfilmentTask(*task), TaskStatus::Done, m_session.db().today());
    }
}

void TasksTab::reassignTo(int comboIndex)
{
    const FulfilmentTask* task = selected();
    const qint64 assignee = m_assignee->itemData(comboIndex).toLongLong();
    if (task && assignee != 0 && assignee != task->assigneeId) {
        m_edits.reassign(this, FulfilmentTask(*task), assignee);
    }
}

void TasksTab::setStatusTo(int comboIndex)
{
    const FulfilmentTask* task = selected();
    const auto status = static_cast<TaskStatus>(m_status->itemData(comboIndex).toInt());
    if (task && status != task->status) {
        m_edits.setStatus(this, FulfilmentTask(*task), status, m_session.db().today());
    }
}

} // namespace handoff
