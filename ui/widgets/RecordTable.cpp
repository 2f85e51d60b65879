#include "widgets/RecordTable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QTableView>

#include <algorithm>
#include <memory>

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

void fitColumns(QTableView* table, const QString& settingsKey, int stretchColumn, int maxCharacters)
{
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setResizeContentsPrecision(50); // the first rows say enough, and cost well under a frame
    const QString key = QStringLiteral("tables/%1").arg(settingsKey);
    // While the table sizes itself, the widths are not the user's.
    auto fitting = std::make_shared<bool>(false);
    const QList<int> saved = [&] {
        QList<int> widths;
        for (const QVariant& width : QSettings().value(key).toList()) {
            widths << width.toInt();
        }
        return widths;
    }();
    if (saved.size() == header->count()) {
        *fitting = true;
        for (int column = 0; column < header->count(); ++column) {
            if (column != stretchColumn && saved[column] > 0) {
                header->resizeSection(column, saved[column]);
            }
        }
        *fitting = false;
    } else {
        const auto fit = [table, stretchColumn, maxCharacters, fitting] {
            QAbstractItemModel* model = table->model();
            if (!model || model->rowCount() == 0) {
                return false;
            }
            *fitting = true;
            QHeaderView* columns = table->horizontalHeader();
            const int widest = maxCharacters * table->fontMetrics().averageCharWidth();
            for (int column = 0; column < columns->count(); ++column) {
                if (column != stretchColumn && !columns->isSectionHidden(column)) {
                    const int wanted = std::max(columns->sectionSizeHint(column),
                                                static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column));
                    columns->resizeSection(column, std::min(wanted, widest));
                }
            }
            *fitting = false;
            return true;
        };
        if (!fit() && table->model()) {
            // Once, when the first rows arrive.
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = QObject::connect(table->model(), &QAbstractItemModel::modelReset, table, [fit, once] {
                if (fit()) {
                    QObject::disconnect(*once);
                }
            });
        }
    }
    // A drag of a column's edge; the stretch column only follows the window.
    QObject::connect(header, &QHeaderView::sectionResized, table, [header, key, fitting, stretchColumn](int resized) {
        if (*fitting || resized == stretchColumn) {
            return;
        }
        QVariantList widths;
        for (int column = 0; column < header->count(); ++column) {
            widths << (column == stretchColumn ? 0 : header->sectionSize(column));
        }
        QSettings().setValue(key, widths);
    });
}

} // namespace handoff::RecordTable
