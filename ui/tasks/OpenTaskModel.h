#pragma once

#include "storage/OpenTasks.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace handoff {

// Support's open tasks across deals as a table: when each is due and how late, what it is, whose deal and whose work.
// A late task's due date is drawn in the alarm colour and says how many days late, so it is seen without colour too.
class OpenTaskModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DueColumn, TitleColumn, AccountColumn, DealColumn, AssigneeColumn, StatusColumn, ColumnCount };
    enum Role { TaskIdRole = Qt::UserRole + 1, DealIdRole, DaysLateRole };

    explicit OpenTaskModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows; today decides what is late.
    void setRows(const QList<OpenTaskRow>& rows, QDate today);
    const OpenTaskRow& row(int index) const { return m_rows.at(index); }

private:
    QString dueText(const FulfilmentTask& task) const;

    QList<OpenTaskRow> m_rows;
    QDate m_today;
};

} // namespace handoff
