#pragma once

#include "model/User.h"
#include "models/DealListModel.h"
#include "views/DealListFilter.h"

#include <QHash>
#include <QPair>
#include <QWidget>

class QSettings;
class QTableView;

namespace handoff {

class Database;
class DealListFilterBar;

// One of the deal lists (my handoffs, review queue, fulfilment, all deals): a filter bar over a table that loads
// pages as it scrolls, filters and sorts in the database, and opens a deal on double-click or Enter.
//
// The host calls setKind() when the user picks a list, restoreState()/saveState() with its QSettings group, and
// model()->reload() after deals change elsewhere; it listens to dealActivated and errorOccurred.
class DealListView : public QWidget {
    Q_OBJECT

public:
    explicit DealListView(Database& db, QWidget* parent = nullptr);

    DealListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    DealListFilterBar* filterBar() const { return m_filterBar; }

    // Shows the list of kind as actor sees it, with the filter choices reset and the order last used for that
    // list (or the list's own first order).
    void setKind(DealListKind kind, const User& actor);
    DealListKind kind() const { return m_kind; }
    // The deal of the current row, or 0.
    qint64 currentDealId() const;

    // Column order and widths and each list's sort, under the current group of settings.
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    // The columns a list shows first, in their order: what its user decides on first. The others are hidden until
    // the user shows them from the header's menu.
    static QList<int> defaultColumns(DealListKind kind);

signals:
    // The user opened a deal: double-click or Enter on its row.
    void dealActivated(qint64 dealId);
    // Reading the deals failed; message says why.
    void errorOccurred(const QString& message);

private:
    void setDefaultColumnWidths();
    // Each list keeps its own columns (order, widths, hidden ones): a review queue is read for other things than a
    // list of every deal.
    void showLayoutOf(DealListKind kind);
    void applyDefaultLayout(DealListKind kind);
    void showHeaderMenu(const QPoint& at);
    void applyFilter();
    void sortRequested(int column, Qt::SortOrder order);
    void showSort();
    void updateCount();

    DealListModel* m_model = nullptr;
    DealListFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    DealListKind m_kind = DealListKind::AllDeals;
    User m_actor;
    // The order the user last chose per list: column and Qt::SortOrder.
    QHash<int, QPair<int, int>> m_sorts;
    // The header's state per list kind, for the lists shown or restored so far.
    QHash<int, QByteArray> m_layouts;
    bool m_kindShown = false;
};

} // namespace handoff
