#include "tasks/OpenTaskModel.h"

#include "model/Labels.h"
#include "promises/StatusIcons.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace handoff {

OpenTaskModel::OpenTaskModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int OpenTaskModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpenTaskModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OpenTaskModel::setRows(const QList<OpenTaskRow>& rows, QDate today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

QString OpenTaskModel::dueText(const FulfilmentTask& task) const
{
    if (!task.dueOn.isValid()) {
        return tr("No due date");
    }
    const QString day = QLocale().toString(task.dueOn, QLocale::ShortFormat);
    const qint64 late = task.dueOn.daysTo(m_today);
    if (late > 0) {
        return late == 1 ? tr("%1 · 1 day late").arg(day) : tr("%1 · %L2 days late").arg(day).arg(late);
    }
    if (late == 0) {
        return tr("%1 · today").arg(day);
    }
    return day;
}

QVariant OpenTaskModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const OpenTaskRow& row = m_rows.at(index.row());
    const FulfilmentTask& task = row.task;
    const qint64 late = task.dueOn.isValid() ? task.dueOn.daysTo(m_today) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return dueText(task);
        case TitleColumn:
            return task.title;
        case AccountColumn:
            return row.account;
        case DealColumn:
            return row.dealTitle;
        case AssigneeColumn:
            return row.assignee.isEmpty() ? tr("Nobody") : row.assignee;
        case StatusColumn:
            return Labels::of(task.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !row.promise.isEmpty()) {
            return tr("Keeps the promise “%1”").arg(row.promise);
        }
        return index.column() == DueColumn && late > 0 ? tr("Overdue: it was due on %1 and is not done.")
                                                             .arg(QLocale().toString(task.dueOn, QLocale::LongFormat))
                                                       : QVariant();
    case Qt::DecorationRole:
        return index.column() == DueColumn && late > 0 ? QVariant(StatusIcons::overdue()) : QVariant();
    case Qt::ForegroundRole:
        return late > 0 ? QVariant(StatusIcons::alarmText(QGuiApplication::palette())) : QVariant();
    case TaskIdRole:
        return task.id;
    case DealIdRole:
        return task.dealId;
    case DaysLateRole:
        return late;
    default:
        return {};
    }
}

QVariant OpenTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DueColumn:
        return tr("Due");
    case TitleColumn:
        return tr("Task");
    case AccountColumn:
        return tr("Account");
    case DealColumn:
        return tr("Deal");
    case AssigneeColumn:
        return tr("Assignee");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace handoff
