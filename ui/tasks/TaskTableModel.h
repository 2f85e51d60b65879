#pragma once

#include "model/FulfilmentTask.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace handoff {

// The fulfilment tasks of one deal as a table. A task past its due date and not done is overdue: its row is drawn
// in an alarm colour and its due date carries a clock icon and the word "Overdue", so it is seen without colour too.
class TaskTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, PromiseColumn, AssigneeColumn, DueColumn, StatusColumn, DoneColumn, ColumnCount };
    enum Role { TaskIdRole = Qt::UserRole + 1, OverdueRole };

    explicit TaskTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows. promises and users name what the tasks refer to; today decides what is overdue.
    void setTasks(const QList<FulfilmentTask>& tasks, const QHash<qint64, QString>& promises,
                  const QHash<qint64, QString>& users, QDate today);

    const FulfilmentTask& task(int row) const { return m_tasks.at(row); }
    int rowOf(qint64 taskId) const;
    bool isOverdue(const FulfilmentTask& task) const;

private:
    QVariant display(const FulfilmentTask& task, int column) const;

    QList<FulfilmentTask> m_tasks;
    QHash<qint64, QString> m_promises;
    QHash<qint64, QString> m_users;
    QDate m_today;
};

} // namespace handoff
