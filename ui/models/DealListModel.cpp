#include "models/DealListModel.h"

#include "model/Labels.h"
#include "model/Money.h"
#include "model/User.h"
#include "model/UserText.h"

#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

namespace handoff {

namespace {

// The SQL order behind a sortable column; the computed columns have none.
std::optional<DealListColumn> sortKey(int column)
{
    switch (column) {
    case DealListModel::AccountColumn:
        return DealListColumn::Account;
    case DealListModel::TitleColumn:
        return DealListColumn::Title;
    case DealListModel::StateColumn:
        return DealListColumn::State;
    case DealListModel::SalesRepColumn:
        return DealListColumn::SalesRep;
    case DealListModel::SupportOwnerColumn:
        return DealListColumn::SupportOwner;
    case DealListModel::AmountColumn:
        return DealListColumn::Amount;
    case DealListModel::ClosedOnColumn:
        return DealListColumn::ClosedOn;
    case DealListModel::SubmittedColumn:
        return DealListColumn::SubmittedAt;
    default:
        return std::nullopt;
    }
}

} // namespace

DealListModel::DealListModel(const Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(db)
{}

int DealListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
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
    const Line* held = lineAt(index.row());
    if (!held) {
        return {};
    }
    const Line& line = *held;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(line, column);
    case Qt::ToolTipRole:
        return toolTip(line, column);
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == ClockColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::FontRole:
        if ((column == NextDueColumn && line.row.nextDueOverdue) || (column == ClockColumn && line.row.clockOver())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case DealIdRole:
        return line.row.id;
    case StateRole:
        return int(line.row.state);
    case CompletenessRole:
        return line.row.requiredTotal > 0 ? QVariant(double(line.row.requiredAnswered) / line.row.requiredTotal)
                                          : QVariant();
    case FlaggedRole:
        return line.row.flaggedPromises;
    case OverdueRole:
        return column == ClockColumn ? line.row.clockOver() : line.row.nextDueOverdue;
    default:
        return {};
    }
}

QVariant DealListModel::display(const Line& line, int column) const
{
    switch (column) {
    case AccountColumn:
        return UserText::shown(line.row.account);
    case TitleColumn:
        return UserText::shown(line.row.title);
    case StateColumn:
        return line.state;
    case SalesRepColumn:
        return UserText::shown(line.row.salesRep);
    case SupportOwnerColumn:
        return UserText::shown(line.row.supportOwner);
    case AmountColumn:
        return line.amount;
    case ClosedOnColumn:
        return line.closedOn;
    case SubmittedColumn:
        return line.submittedOn;
    case CompletenessColumn:
        return line.completeness;
    case FlaggedColumn:
        return line.flagged;
    case NextDueColumn:
        return line.nextDue;
    case ClockColumn:
        return line.clock;
    default:
        return {};
    }
}

QVariant DealListModel::toolTip(const Line& line, int column) const
{
    switch (column) {
    case SupportOwnerColumn:
        return line.row.supportOwnerId ? line.row.supportOwner : tr("No support owner yet");
    case SubmittedColumn:
        return line.row.submittedAt.isEmpty() ? tr("Not submitted yet") : line.submittedOn;
    case CompletenessColumn:
        return line.completenessTip;
    case FlaggedColumn:
        return tr("Promises flagged: %1").arg(line.row.flaggedPromises);
    case NextDueColumn:
        return line.nextDueTip;
    case ClockColumn:
        return line.clockTip;
    default:
        return display(line, column);
    }
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == SortableRole) {
        return isSortable(section);
    }
    if (role == Qt::InitialSortOrderRole) {
        // The first click on amount or a date shows the largest or newest first, which is what one looks for.
        const bool descending = section == AmountColumn || section == ClosedOnColumn || section == SubmittedColumn;
        return int(descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CompletenessColumn:
            return tr("Required checklist items answered. Computed for the rows shown; does not sort.");
        case FlaggedColumn:
            return tr("Open promises that are infeasible, doubtful, or that support cannot fulfil or needs "
                      "clarified. Does not sort.");
        case NextDueColumn:
            return tr("The earliest due date of an open promise or an unfinished task. Does not sort.");
        case ClockColumn:
            return tr("Business days since closed-won against the submit target, while the handoff is a draft or "
                      "returned. Does not sort.");
        default:
            return tr("Click to sort by this column");
        }
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
    case SupportOwnerColumn:
        return tr("Support owner");
    case AmountColumn:
        return tr("Amount");
    case ClosedOnColumn:
        return tr("Closed");
    case SubmittedColumn:
        return tr("Submitted");
    case CompletenessColumn:
        return tr("Checklist");
    case FlaggedColumn:
        return tr("Flagged");
    case NextDueColumn:
        return tr("Next due");
    case ClockColumn:
        return tr("Submit clock");
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
    m_atEnd = page->size() < (m_pages.isEmpty() ? m_pageSize : m_pageRows);
    if (page->isEmpty()) {
        return;
    }
    const int first = int(m_ids.size());
    beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
    appendPage(std::move(*page));
    endInsertRows();
}

bool DealListModel::isSortable(int column)
{
    return sortKey(column).has_value();
}

int DealListModel::columnOf(DealListColumn sort)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortKey(column) == sort) {
            return column;
        }
    }
    return ClosedOnColumn;
}

void DealListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column)) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    readFirstPage(!m_count); // the order does not change the count
}

void DealListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

qint64 DealListModel::dealId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

void DealListModel::setKind(DealListKind kind, const User& actor)
{
    const DealListScope scope = DealListScope::of(kind, actor);
    setScope(scope.filter, columnOf(scope.sort), scope.order);
}

void DealListModel::setScope(const DealListFilter& filter, int column, Qt::SortOrder order)
{
    m_filter = filter;
    if (isSortable(column)) {
        m_sortColumn = column;
        m_sortOrder = order;
    }
    readFirstPage(true);
}

void DealListModel::setFilter(const DealListFilter& filter)
{
    m_filter = filter;
    readFirstPage(true);
}

void DealListModel::reload()
{
    readFirstPage(true);
}

void DealListModel::readFirstPage(bool recount)
{
    // The first page is read inside the reset so that the view never shows an empty list in between.
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_pages.clear();
    m_ids.clear();
    m_window.clear();
    m_stale = false;
    ++m_generation;
    m_atEnd = false;
    auto page = nextPage();
    if (page) {
        m_atEnd = page->size() < m_pageSize;
        if (!page->isEmpty()) {
            appendPage(std::move(*page));
        }
    } else {
        m_atEnd = true;
    }
    std::optional<Error> countError;
    if (recount) {
        m_count.reset();
        if (page && m_atEnd) {
            m_count = qint64(m_ids.size()); // the whole list is loaded: nothing to count
        } else if (page && DealListQuery::countIsCheap(m_filter)) {
            auto counted = m_query.count(m_filter);
            if (counted) {
                m_count = *counted;
            } else {
                countError = counted.error();
            }
        }
    }
    endResetModel();
    if (!page) {
        emit errorOccurred(page.error().fullText());
    } else if (countError) {
        emit errorOccurred(countError->fullText());
    }
}

DealListColumn DealListModel::readOrder() const
{
    return sortKey(m_sortColumn).value_or(DealListColumn::ClosedOn);
}

Result<QList<DealListRow>> DealListModel::nextPage() const
{
    const DealListColumn column = readOrder();
    if (m_pages.isEmpty()) {
        return m_query.firstPage(m_filter, column, m_sortOrder, m_pageSize);
    }
    return m_query.pageAfter(m_filter, m_pages.constLast().last, column, m_sortOrder, m_pageRows);
}

DealListModel::Line DealListModel::lineFor(DealListRow row) const
{
    const QLocale locale;
    Line line;
    line.state = Labels::of(row.state);
    line.amount = Money::format(row.amountMinor, row.currency, locale);
    line.closedOn = locale.toString(row.closedOn, QLocale::ShortFormat);
    const QDateTime submitted = row.submittedTime();
    line.submittedOn =
        submitted.isValid() ? locale.toString(submitted.toLocalTime().date(), QLocale::ShortFormat) : QString();
    if (row.requiredTotal > 0) {
        line.completeness = tr("%1/%2").arg(row.requiredAnswered).arg(row.requiredTotal);
        line.completenessTip =
            tr("Required checklist items answered: %1 of %2").arg(row.requiredAnswered).arg(row.requiredTotal);
    }
    line.flagged = row.flaggedPromises > 0 ? locale.toString(row.flaggedPromises) : QString();
    if (row.nextDue.isValid()) {
        line.nextDue = locale.toString(row.nextDue, QLocale::ShortFormat);
        line.nextDueTip = row.nextDueOverdue ? tr("Overdue: due %1").arg(locale.toString(row.nextDue))
                                             : tr("Due %1").arg(locale.toString(row.nextDue));
    } else {
        line.nextDueTip = tr("Nothing open is due");
    }
    if (!row.clockRunning) {
        line.clock = tr("—", "submit clock not running");
        line.clockTip = tr("The submit clock stops once the handoff is submitted.");
    } else if (row.clockOver()) {
        line.clock = tr("Over by %1 d", "business days over the submit target").arg(row.clockDays - row.clockTarget);
        line.clockTip =
            tr("Business days since closed-won: %1; the target is %2.").arg(row.clockDays).arg(row.clockTarget);
    } else {
        line.clock = tr("%1/%2 d", "business days of the submit target used").arg(row.clockDays).arg(row.clockTarget);
        line.clockTip =
            tr("Business days since closed-won: %1; the target is %2.").arg(row.clockDays).arg(row.clockTarget);
    }
    line.row = std::move(row);
    return line;
}

} // namespace handoff
