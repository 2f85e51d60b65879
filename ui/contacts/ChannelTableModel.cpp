#include "contacts/ChannelTableModel.h"

#include "model/Labels.h"

#include <QApplication>
#include <QStyle>

namespace handoff {

ChannelTableModel::ChannelTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ChannelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DealChannel& c = m_channels.at(index.row());
    switch (index.column()) {
    case ChannelColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return Labels::of(c.channel);
        }
        break;
    case AddressColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
            return c.address;
        }
        break;
    case PreferredColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return c.preferred ? tr("Preferred") : QString();
        }
        if (role == Qt::DecorationRole && c.preferred) {
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        }
        if (role == Qt::ToolTipRole && c.preferred) {
            return tr("The channel the customer prefers for day-to-day questions");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case AddressColumn:
        return tr("Number, address or link");
    case PreferredColumn:
        return tr("Preferred");
    default:
        return {};
    }
}

void ChannelTableModel::setChannels(const QList<DealChannel>& channels)
{
    beginResetModel();
    m_channels = channels;
    endResetModel();
}

int ChannelTableModel::rowOf(Channel kind) const
{
    for (int i = 0; i < m_channels.size(); ++i) {
        if (m_channels.at(i).channel == kind) {
            return i;
        }
    }
    return -1;
}

} // namespace handoff
