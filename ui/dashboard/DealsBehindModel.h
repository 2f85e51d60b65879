#pragma once

#include "model/Enums.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace handoff {

class Database;

// The deals behind a figure as a table (deal, account, title, state, sales rep, support owner). Holds only their ids
// and reads the rows through DealService a page at a time as the view scrolls to them; of the pages read, it holds
// only the kWindowPages used last and reads a page again when the view comes back to it.
class DealsBehindModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IdColumn, AccountColumn, TitleColumn, StateColumn, SalesRepColumn, SupportOwnerColumn, ColumnCount };
    static constexpr int kPage = 100;
    static constexpr int kWindowPages = 8;
    static constexpr int DealIdRole = Qt::UserRole + 1;

    explicit DealsBehindModel(Database& db, QObject* parent = nullptr);

    void setDealIds(const QList<qint64>& ids);
    qint64 dealIdAt(int row) const;
    // A deal that could not be read (deleted since the figures were computed) shows why instead of its title.
    QString errorAt(int row) const;
    // How many pages are held, read; at most kWindowPages. For tests.
    int loadedPageCount() const { return int(m_window.size()); }

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

    struct Page {
        QList<Row> rows; // empty while out of the window
        quint64 used = 0;
    };

    // The row, reading its page again if it was let go.
    const Row& rowAt(int row) const;
    void readPage(int page) const;
    Row read(qint64 dealId) const;
    QString userName(qint64 userId) const;

    Database& m_db;
    QList<qint64> m_ids;
    int m_rowCount = 0; // the first m_rowCount of m_ids are rows; the view fetches more as it scrolls
    // data() reads pages back in and lets others go: a cache behind the const model API, as are the names.
    mutable QList<Page> m_pages;
    mutable QList<int> m_window; // the pages held
    mutable quint64 m_uses = 0;
    mutable QHash<qint64, QString> m_userNames;
    mutable QHash<qint64, QString> m_accountNames;
    bool m_fetching = false; // views and testers may ask for more from inside the signals of a fetch
};

} // namespace handoff
