#pragma once

#include <QWidget>

class QSettings;
class QTableView;

namespace handoff {

class Database;
class DealListModel;

// The list of all deals: a table that loads pages as it scrolls and sorts in the database when a header is clicked.
class DealListView : public QWidget {
    Q_OBJECT

public:
    explicit DealListView(const Database& db, QWidget* parent = nullptr);

    DealListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    // Column order, widths and the sort, under the current group of settings.
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

signals:
    // Reading the deals failed; message says why.
    void errorOccurred(const QString& message);

private:
    void setDefaultColumnWidths();

    DealListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace handoff
