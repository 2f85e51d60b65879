#pragma once

#include "model/Capability.h"
#include "model/Promise.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace handoff {

// The promises of one deal as a table: what was promised, in the customer's words, by when, against which
// capability, whether it can be kept (feasibility with its reason), support's review and the fulfilment.
class PromiseTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        DescriptionColumn,
        CustomerWordsColumn,
        DueColumn,
        CapabilityColumn,
        FeasibilityColumn,
        ReviewColumn,
        FulfilmentColumn,
        ColumnCount
    };
    enum Role { PromiseIdRole = Qt::UserRole + 1 };

    explicit PromiseTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows; catalog and userNames name the capabilities and reviewers the promises refer to.
    void setPromises(const QList<Promise>& promises, const QList<Capability>& catalog,
                     const QHash<qint64, QString>& userNames);

    const Promise& promise(int row) const { return m_promises.at(row); }
    const QList<Promise>& promises() const { return m_promises; }
    // -1 when the promise is not shown.
    int rowOf(qint64 promiseId) const;
    // "name — status, lead time N days", or an empty string for no capability.
    QString capabilityText(qint64 capabilityId) const;
    // The reviewer's note with the reviewer's name, for tooltips and the detail line.
    QString reviewText(const Promise& promise) const;

private:
    QVariant display(const Promise& promise, int column) const;
    QVariant toolTip(const Promise& promise, int column) const;

    QList<Promise> m_promises;
    QHash<qint64, Capability> m_capabilities;
    QHash<qint64, QString> m_userNames;
};

} // namespace handoff
