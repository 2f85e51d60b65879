#include "deals/DealListView.h"

#include "models/DealListModel.h"

#include <QHeaderView>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace handoff {

namespace {

const QString kHeaderKey = QStringLiteral("header");

} // namespace

DealListView::DealListView(const Database& db, QWidget* parent)
    : QWidget(parent)
    , m_model(new DealListModel(db, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("dealListView"));
    setAccessibleName(tr("Deal list"));
    connect(m_model, &DealListModel::errorOccurred, this, &DealListView::errorOccurred);

    m_table->setObjectName(QStringLiteral("dealTable"));
    m_table->setAccessibleName(tr("Deals"));
    m_table->setAccessibleDescription(tr("All deals, one per row. Click a column header to sort by it."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);

    // Every row the same height, fixed: the view then finds a row's position by arithmetic instead of measuring
    // each row, which is what keeps scrolling instant with many rows loaded.
    QHeaderView* rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->hide();

    // Widths are set, never measured from the contents (ResizeToContents reads every row).
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false); // a stretched date column looks broken; the deal title takes the room
    columns->setSortIndicatorShown(true);
    setDefaultColumnWidths();
    columns->setSectionResizeMode(DealListModel::TitleColumn, QHeaderView::Stretch);

    // Most recently closed first: the deals whose handoff is most likely still open.
    columns->setSortIndicator(DealListModel::ClosedOnColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true); // sorts the model once, which reads the first page

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void DealListView::saveState(QSettings& settings) const
{
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void DealListView::restoreState(const QSettings& settings)
{
    QHeaderView* columns = m_table->horizontalHeader();
    // With sorting enabled, a restored sort indicator re-sorts the model through sortIndicatorChanged.
    if (!columns->restoreState(settings.value(kHeaderKey).toByteArray())) {
        return;
    }
    // The saved state also carries resize modes, which are ours to choose, not the user's: never ResizeToContents.
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(DealListModel::TitleColumn, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    const int section = columns->sortIndicatorSection();
    if (section < 0 || section >= m_model->columnCount()) {
        m_table->sortByColumn(DealListModel::ClosedOnColumn, Qt::DescendingOrder);
    }
}

void DealListView::setDefaultColumnWidths()
{
    const int character = fontMetrics().averageCharWidth();
    QHeaderView* columns = m_table->horizontalHeader();
    const int arrowAndMargins = columns->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 4 * character;
    const auto widen = [&](int column, int characters) {
        // At least the header's own text with its sort arrow: measuring the header is cheap, the rows never are.
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int header = columns->fontMetrics().horizontalAdvance(title) + arrowAndMargins;
        columns->resizeSection(column, std::max(characters * character, header));
    };
    widen(DealListModel::AccountColumn, 32);
    widen(DealListModel::TitleColumn, 44);
    widen(DealListModel::StateColumn, 18);
    widen(DealListModel::SalesRepColumn, 22);
    widen(DealListModel::AmountColumn, 24);
    widen(DealListModel::ClosedOnColumn, 16);
}

} // namespace handoff
