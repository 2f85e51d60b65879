#pragma once

#include "views/DealListQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace handoff {

class Database;
struct User;

// The deals of one deal list as a table. Loads pages lazily (fetchMore) in the current sort order, keeps no open
// query, and filters and sorts by reloading from SQL, so it stays fast at any number of deals. Memory follows the
// screen, not the list: only the kWindowPages pages used last are held in full, with every value a view asks for
// formatted once; of every other page read so far it keeps the deal ids and where the page starts, and reads the
// page again when a view asks for one of its rows.
class DealListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        AccountColumn,
        TitleColumn,
        StateColumn,
        SalesRepColumn,
        SupportOwnerColumn,
        AmountColumn,
        ClosedOnColumn,
        SubmittedColumn,
        CompletenessColumn,
        FlaggedColumn,
        NextDueColumn,
        ClockColumn,
        ColumnCount
    };
    enum Role {
        DealIdRole = Qt::UserRole + 1,
        StateRole,        // HandoffState as int, for the state badge
        CompletenessRole, // required checklist items answered, 0.0 to 1.0; invalid without required items
        FlaggedRole,      // flagged promises as int
        OverdueRole,      // bool: the next due date is past, or the submit clock is over its target
        SortableRole,     // header: bool, whether the column sorts
    };

    static constexpr int kDefaultPageSize = 200;
    // Pages held in full: several screens of rows at the default page size.
    static constexpr int kWindowPages = 8;

    explicit DealListModel(const Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts in SQL. Columns computed per page (completeness, flagged, next due, clock) do not sort: ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    // The column that shows a sort key.
    static int columnOf(DealListColumn sort);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int pageSize() const { return m_pageSize; }
    // Applies from the next reload, or at once while nothing is loaded.
    void setPageSize(int rows);
    // 0 for a row that is not loaded, or that no deal fills any more since its page was read again. Reads nothing.
    qint64 dealId(int row) const;
    // How many pages are held in full, formatted; at most kWindowPages. For tests.
    int loadedPageCount() const { return int(m_window.size()); }

    // The list of kind as actor sees it, in the kind's first order; reads the first page.
    void setKind(DealListKind kind, const User& actor);
    // The deals the list shows and their order, in one reload.
    void setScope(const DealListFilter& filter, int column, Qt::SortOrder order);
    // Narrows or widens the list, keeping the sort; reads the first page.
    void setFilter(const DealListFilter& filter);
    const DealListFilter& filter() const { return m_filter; }
    // How many deals pass the filter, when counting is cheap (no flagged or overdue filter); read on each reload.
    std::optional<qint64> totalCount() const { return m_count; }

public slots:
    // Forgets the loaded rows and reads the first page and the count again, keeping filter and sort.
    void reload();
    // Shows what changed since the rows were read, without a reset, so that a view keeps its selection and scroll
    // position: a list read to its end and held whole is read again and compared deal by deal (rows removed, moved,
    // inserted and updated); a longer one reads again the pages it holds, row for row, and keeps its length.
    void refresh();

signals:
    // A page could not be read; message says why. Loading stops until the next reload or sort.
    void errorOccurred(const QString& message);

private:
    // A loaded row with the text that painting asks for again and again, formatted once.
    struct Line {
        DealListRow row;
        QString state, amount, closedOn, submittedOn, completeness, completenessTip, flagged, nextDue, nextDueTip,
            clock, clockTip;
    };

    // A page read so far. Its rows are in m_ids; its lines only while it is in the window.
    struct Page {
        QList<Line> lines;
        DealListRow last; // the sort keys of the page's last row when first read (cursorOf): where the next one starts
        quint64 used = 0; // when a view last asked for the page, to let go of the least recently used first
        bool held = false;
    };

    // The order pages are read in: the sort column's (the list's first order while the column does not sort).
    DealListColumn readOrder() const;
    void readFirstPage(bool recount);
    Result<QList<DealListRow>> nextPage() const;
    void appendPage(QList<DealListRow> rows);
    // The line of a row, reading its page again if it was let go; null if that failed or the row has no deal now.
    const Line* lineAt(int row) const;
    bool readAgain(int page) const;
    void hold(int page) const;
    void refreshWhole(int whole);
    // Makes lines the whole list, every page held.
    void holdWhole(const QList<Line>& lines);
    Line lineFor(DealListRow row) const;
    QVariant display(const Line& line, int column) const;
    QVariant toolTip(const Line& line, int column) const;

    DealListQuery m_query;
    // data() reads pages back in and lets others go: a cache behind the const model API.
    mutable QList<Page> m_pages;
    mutable QList<qint64> m_ids;       // every row's deal id, whether its page is held or not
    mutable QList<int> m_window;       // the pages held in full
    mutable quint64 m_uses = 0;        // counts the pages' uses, for Page::used
    mutable bool m_stale = false;      // a page could not be read again: rows let go stay empty until the next reload
    int m_generation = 0;              // counts resets, so that a queued change for a list now gone is dropped
    int m_pageRows = kDefaultPageSize; // rows in every page read so far but the last
    DealListFilter m_filter;
    std::optional<qint64> m_count;
    int m_sortColumn = ClosedOnColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_pageSize = kDefaultPageSize;
    bool m_atEnd = false;
    bool m_fetching = false; // views and testers may ask for more from inside the signals of a fetch
};

} // namespace handoff
