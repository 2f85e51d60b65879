#include "widgets/RecordTable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace handoff::RecordTable {

void setUp(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
}

int selectedRow(const QTableView* table)
{
    const QItemSelectionModel* selection = table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (!current.isValid() || !selection->isRowSelected(current.row(), QModelIndex())) {
        return -1;
    }
    return current.row();
}

void selectRow(QTableView* table, int row, int column)
{
    if (row < 0) {
        table->selectionModel()->clearSelection();
        return;
    }
    table->selectionModel()->setCurrentIndex(table->model()->index(row, column),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace handoff::RecordTable
