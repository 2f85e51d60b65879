#pragma once

#include "model/Enums.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace handoff {

class Database;

// The deals behind a figure as a table (deal, account, title, state, sales rep, support owner). Holds only their ids
// and reads the rows through DealService a page at a time as the view scrolls to them.
class DealsBehindModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IdColumn, AccountColumn, TitleColumn, StateColumn, SalesRepColumn, SupportOwnerColumn, ColumnCount };
    static constexpr int kPage = 100;
    static constexpr int DealIdRole = Qt::UserRole + 1;

    explicit DealsBehindModel(Database& db, QObject* parent = nullptr);

    void setDealIds(const QList<qint64>& ids);
    qint64 dealIdAt(int row) const;
    // A deal that could not be read (deleted since the figures were computed) shows why instead of its title.
    QString errorAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row {
        qint64 id = 0;
        QString account;
        QString title;
        HandoffState state = HandoffState::Draft;
        QString salesRep;
        QString supportOwner;
        QString error;
    };

    Row read(qint64 dealId);
    QString userName(qint64 userId);

    Database& m_db;
    QList<qint64> m_ids;
    QList<Row> m_rows; // the first m_rows.size() of m_ids, read
    QHash<qint64, QString> m_userNames;
    QHash<qint64, QString> m_accountNames;
};

} // namespace handoff
