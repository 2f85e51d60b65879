#pragma once

#include "workflow/Inbox.h"

#include <QAbstractTableModel>

namespace handoff {

// The rows of a person's inbox: what, on which deal, the sentence, and when. Unread rows are bold; what is overdue
// is in the error colour.
class InboxModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { What, Deal, About, When, ColumnCount };

    explicit InboxModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows; rows that stay keep their place in a view's selection as far as the view keeps keys.
    void setItems(const QList<InboxItem>& items, const QDate& today);
    const QList<InboxItem>& items() const { return m_items; }
    const InboxItem& item(int row) const { return m_items.at(row); }
    int rowOf(const QString& key) const;
    void setUnread(const QStringList& keys, bool unread);

private:
    QList<InboxItem> m_items;
    QDate m_today;
};

} // namespace handoff
