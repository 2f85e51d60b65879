#pragma once

#include "model/DealChannel.h"

#include <QAbstractTableModel>
#include <QList>

namespace handoff {

// The channels through which the customer of a deal reaches support, preferred one first and marked in words and
// with an icon, never by colour alone.
class ChannelTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ChannelColumn, AddressColumn, PreferredColumn, ColumnCount };

    explicit ChannelTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setChannels(const QList<DealChannel>& channels);
    const DealChannel& channel(int row) const { return m_channels.at(row); }
    const QList<DealChannel>& channels() const { return m_channels; }
    int rowOf(Channel kind) const;

private:
    QList<DealChannel> m_channels;
};

} // namespace handoff
