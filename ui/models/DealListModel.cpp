#include "models/DealListModel.h"

#include "model/Labels.h"
#include "model/Money.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace handoff {

namespace {

// The model's columns are DealListColumn in the same order, so a column number is also the sort key.
static_assert(int(DealListColumn::Account) == DealListModel::AccountColumn);
static_assert(int(DealListColumn::Title) == DealListModel::TitleColumn);
static_assert(int(DealListColumn::State) == DealListModel::StateColumn);
static_assert(int(DealListColumn::SalesRep) == DealListModel::SalesRepColumn);
static_assert(int(DealListColumn::Amount) == DealListModel::AmountColumn);
static_assert(int(DealListColumn::ClosedOn) == DealListModel::ClosedOnColumn);

} // namespace

DealListModel::DealListModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(db)
{}

int DealListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DealListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Line& line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AccountColumn:
            return line.row.account;
        case TitleColumn:
            return line.row.title;
        case StateColumn:
            return line.state;
        case SalesRepColumn:
            return line.row.salesRep;
        case AmountColumn:
            return line.amount;
        case ClosedOnColumn:
            return line.closedOn;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case DealIdRole:
        return line.row.id;
    default:
        return {};
    }
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::InitialSortOrderRole) {
        // The first click on amount or date shows the largest or newest first, which is what one looks for.
        const bool descending = section == AmountColumn || section == ClosedOnColumn;
        return int(descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case TitleColumn:
        return tr("Deal");
    case StateColumn:
        return tr("Handoff state");
    case SalesRepColumn:
        return tr("Sales rep");
    case AmountColumn:
        return tr("Amount");
    case ClosedOnColumn:
        return tr("Closed");
    default:
        return {};
    }
}

bool DealListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void DealListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_fetching) {
        return;
    }
    const QScopedValueRollback fetching(m_fetching, true);
    auto page = nextPage();
    if (!page) {
        m_atEnd = true; // the view asks again on every scroll; one message is enough
        emit errorOccurred(page.error().fullText());
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (page->isEmpty()) {
        return;
    }
    const int first = int(m_lines.size());
    beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
    for (DealListRow& row : *page) {
        m_lines.append(lineFor(std::move(row)));
    }
    endInsertRows();
}

void DealListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void DealListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

qint64 DealListModel::dealId(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).row.id : 0;
}

void DealListModel::reload()
{
    // The first page is read inside the reset so that the view never shows an empty list in between.
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_lines.clear();
    m_atEnd = false;
    auto page = nextPage();
    if (page) {
        m_atEnd = page->size() < m_pageSize;
        m_lines.reserve(page->size());
        for (DealListRow& row : *page) {
            m_lines.append(lineFor(std::move(row)));
        }
    } else {
        m_atEnd = true;
    }
    endResetModel();
    if (!page) {
        emit errorOccurred(page.error().fullText());
    }
}

Result<QList<DealListRow>> DealListModel::nextPage() const
{
    const auto column = static_cast<DealListColumn>(m_sortColumn);
    if (m_lines.isEmpty()) {
        return m_query.firstPage(column, m_sortOrder, m_pageSize);
    }
    return m_query.pageAfter(m_lines.constLast().row, column, m_sortOrder, m_pageSize);
}

DealListModel::Line DealListModel::lineFor(DealListRow row) const
{
    const QLocale locale;
    Line line;
    line.state = Labels::of(row.state);
    line.amount = Money::format(row.amountMinor, row.currency, locale);
    line.closedOn = locale.toString(row.closedOn, QLocale::ShortFormat);
    line.row = std::move(row);
    return line;
}

} // namespace handoff
