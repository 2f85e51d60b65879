#include "catalog/CapabilityTableModel.h"

#include "model/Labels.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace handoff {

namespace {

// Standard icons follow the style and its palette, so they stay legible on a dark theme; the label says the same
// in words, and the statuses that flag promises are also set in bold.
QIcon statusIcon(CapabilityStatus status)
{
    QStyle* style = QApplication::style();
    switch (status) {
    case CapabilityStatus::Available:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CapabilityStatus::Beta:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case CapabilityStatus::Planned:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CapabilityStatus::Unsupported:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

bool flagsPromises(CapabilityStatus status)
{
    return status == CapabilityStatus::Planned || status == CapabilityStatus::Unsupported;
}

} // namespace

CapabilityTableModel::CapabilityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int CapabilityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CapabilityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapabilityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Capability& capability = m_rows.at(index.row());
    if (role == CapabilityIdRole) {
        return capability.id;
    }
    if (role == StatusKeyRole) {
        return toKey(capability.status);
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return capability.name;
        }
        break;
    case StatusColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return Labels::of(capability.status);
        case Qt::DecorationRole:
            return statusIcon(capability.status);
        case Qt::FontRole:
            if (flagsPromises(capability.status)) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            break;
        case Qt::ToolTipRole:
            switch (capability.status) {
            case CapabilityStatus::Unsupported:
                return tr("Unsupported: promises that name it are blocked.");
            case CapabilityStatus::Planned:
                return tr("Planned, not available: promises that name it get a warning.");
            case CapabilityStatus::Beta:
                return tr("In beta: promises that name it get a warning.");
            case CapabilityStatus::Available:
                return tr("Available: promises are checked against its lead time only.");
            }
            break;
        default:
            break;
        }
        break;
    case LeadTimeColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return capability.leadTimeDays;
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            // One line in the table; the tooltip holds all of it.
            return capability.description.section(QLatin1Char('\n'), 0, 0);
        }
        if (role == Qt::ToolTipRole && !capability.description.isEmpty()) {
            return capability.description;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CapabilityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case LeadTimeColumn:
        return tr("Lead time (days)");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

void CapabilityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& index : before) {
        ids.append(m_rows.at(index.row()).id);
    }
    m_sortColumn = column;
    m_sortOrder = order;
    arrange();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CapabilityTableModel::setCapabilities(const QList<Capability>& capabilities)
{
    beginResetModel();
    m_all = capabilities;
    arrange();
    endResetModel();
}

void CapabilityTableModel::setNameFilter(const QString& text)
{
    if (text == m_filter) {
        return;
    }
    beginResetModel();
    m_filter = text;
    arrange();
    endResetModel();
}

Capability CapabilityTableModel::capability(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Capability{};
}

int CapabilityTableModel::rowOf(qint64 capabilityId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == capabilityId) {
            return int(row);
        }
    }
    return -1;
}

void CapabilityTableModel::arrange()
{
    const QString filter = m_filter.trimmed();
    m_rows.clear();
    for (const Capability& capability : std::as_const(m_all)) {
        if (filter.isEmpty() || capability.name.contains(filter, Qt::CaseInsensitive)) {
            m_rows.append(capability);
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Capability& a, const Capability& b) {
        return m_sortOrder == Qt::AscendingOrder ? lessThan(a, b) : lessThan(b, a);
    });
}

bool CapabilityTableModel::lessThan(const Capability& a, const Capability& b) const
{
    // Ties fall back to the name, then the id, so the order never depends on how the rows arrived.
    // Case folded first: "beta" sorts with "Beta", not after every capitalised name as in the C locale.
    const int byName = a.name.toCaseFolded().localeAwareCompare(b.name.toCaseFolded());
    const auto tie = [&] { return byName != 0 ? byName < 0 : a.id < b.id; };
    switch (m_sortColumn) {
    case StatusColumn:
        return a.status != b.status ? a.status < b.status : tie();
    case LeadTimeColumn:
        return a.leadTimeDays != b.leadTimeDays ? a.leadTimeDays < b.leadTimeDays : tie();
    case DescriptionColumn: {
        const int byDescription = a.description.toCaseFolded().localeAwareCompare(b.description.toCaseFolded());
        return byDescription != 0 ? byDescription < 0 : tie();
    }
    default:
        return tie();
    }
}

} // namespace handoff
