#pragma once

#include "model/Capability.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace handoff {

// The capability catalog as a table: name, status (icon, label and weight, so it reads without colour), lead time
// and description. The catalog is a few hundred entries at most, so it is held whole, sorted and filtered here.
class CapabilityTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, LeadTimeColumn, DescriptionColumn, ColumnCount };
    enum Role { CapabilityIdRole = Qt::UserRole + 1, StatusKeyRole };

    explicit CapabilityTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the catalog, keeping the sort and the filter.
    void setCapabilities(const QList<Capability>& capabilities);
    // Shows only capabilities whose name contains text (any case); empty shows all.
    void setNameFilter(const QString& text);
    QString nameFilter() const { return m_filter; }

    // The capability shown in row (a default one outside the table).
    Capability capability(int row) const;
    // The row showing the capability, or -1 when it is filtered out or unknown.
    int rowOf(qint64 capabilityId) const;

private:
    void arrange(); // filter and sort m_all into m_rows
    bool lessThan(const Capability& a, const Capability& b) const;

    QList<Capability> m_all;
    QList<Capability> m_rows;
    QString m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace handoff
