#include "tasks/TaskTableModel.h"

#include "model/Labels.h"
#include "model/UserText.h"
#include "promises/StatusIcons.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace handoff {

TaskTableModel::TaskTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int TaskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TaskTableModel::isOverdue(const FulfilmentTask& task) const
{
    return task.status != TaskStatus::Done && task.dueOn.isValid() && task.dueOn < m_today;
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FulfilmentTask& task = m_tasks.at(index.row());
    const bool overdue = isOverdue(task);
    switch (role) {
    case Qt::DisplayRole: {
        // Descriptions and titles as typed, isolated so that a right-to-left one cannot reorder the cell.
        const QVariant value = display(task, index.column());
        return value.typeId() == QMetaType::QString ? QVariant(UserText::shown(value.toString())) : value;
    }
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && overdue) {
            return tr("Overdue: it was due on %1 and is not done.")
                .arg(QLocale().toString(task.dueOn, QLocale::LongFormat));
        }
        if (index.column() == TitleColumn || index.column() == PromiseColumn) {
            return display(task, index.column());
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == DueColumn && overdue ? QVariant(StatusIcons::overdue()) : QVariant();
    case Qt::ForegroundRole:
        return overdue ? QVariant(StatusIcons::alarmText(QGuiApplication::palette())) : QVariant();
    case TaskIdRole:
        return task.id;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant TaskTableModel::display(const FulfilmentTask& task, int column) const
{
    const QLocale locale;
    switch (column) {
    case TitleColumn:
        return task.title;
    case PromiseColumn:
        return task.promiseId == 0 ? QString() : m_promises.value(task.promiseId);
    case AssigneeColumn:
        return m_users.value(task.assigneeId);
    case DueColumn: {
        const QString due = locale.toString(task.dueOn, QLocale::ShortFormat);
        return isOverdue(task) ? tr("%1 · Overdue").arg(due) : due;
    }
    case StatusColumn:
        return Labels::of(task.status);
    case DoneColumn:
        return locale.toString(task.doneOn, QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case PromiseColumn:
        return tr("For promise");
    case AssigneeColumn:
        return tr("Assignee");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case DoneColumn:
        return tr("Done");
    default:
        return {};
    }
}

void TaskTableModel::setTasks(const QList<FulfilmentTask>& tasks, const QHash<qint64, QString>& promises,
                              const QHash<qint64, QString>& users, QDate today)
{
    beginResetModel();
    m_tasks = tasks;
    m_promises = promises;
    m_users = users;
    m_today = today;
    endResetModel();
}

int TaskTableModel::rowOf(qint64 taskId) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id == taskId) {
            return row;
        }
    }
    return -1;
}

} // namespace handoff
