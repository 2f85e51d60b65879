#pragma once

#include "views/DealListQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace handoff {

class Database;

// The deals as a table for the deal list. Loads pages lazily (fetchMore) in the current sort order, keeps only the
// rows loaded so far and no open query, and sorts by reloading from SQL, so it stays fast at any number of deals.
class DealListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AccountColumn, TitleColumn, StateColumn, SalesRepColumn, AmountColumn, ClosedOnColumn, ColumnCount };
    enum Role { DealIdRole = Qt::UserRole + 1 };

    static constexpr int kDefaultPageSize = 200;

    explicit DealListModel(const Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    // 0 for a row that is not loaded.
    qint64 dealId(int row) const;

public slots:
    // Forgets the loaded rows and reads the first page again, keeping the sort.
    void reload();

signals:
    // A page could not be read; message says why. Loading stops until the next reload or sort.
    void errorOccurred(const QString& message);

private:
    // A loaded row with the text that painting asks for again and again, formatted once.
    struct Line {
        DealListRow row;
        QString state;
        QString amount;
        QString closedOn;
    };

    Result<QList<DealListRow>> nextPage() const;
    Line lineFor(DealListRow row) const;

    DealListQuery m_query;
    QList<Line> m_lines;
    int m_sortColumn = ClosedOnColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_pageSize = kDefaultPageSize;
    bool m_atEnd = false;
    bool m_fetching = false; // views and testers may ask for more from inside the signals of a fetch
};

} // namespace handoff
