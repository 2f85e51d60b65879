#include "promises/PromiseTableModel.h"

#include "model/Labels.h"
#include "model/UserText.h"
#include "promises/CapabilityPicker.h"
#include "promises/StatusIcons.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace handoff {

PromiseTableModel::PromiseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int PromiseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_promises.size());
}

int PromiseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromiseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Promise& promise = m_promises.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // Descriptions and titles as typed, isolated so that a right-to-left one cannot reorder the cell.
        const QVariant value = display(promise, index.column());
        return value.typeId() == QMetaType::QString ? QVariant(UserText::shown(value.toString())) : value;
    }
    case Qt::ToolTipRole:
        return toolTip(promise, index.column());
    case Qt::DecorationRole:
        switch (index.column()) {
        case FeasibilityColumn:
            return StatusIcons::of(promise.feasibility);
        case ReviewColumn:
            return StatusIcons::of(promise.reviewStatus);
        case FulfilmentColumn:
            return StatusIcons::of(promise.fulfilment);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // The icon and the label say it already; the colour only adds emphasis, tuned to the palette.
        if (index.column() == FeasibilityColumn && promise.feasibility == Feasibility::Blocked) {
            return StatusIcons::alarmText(QGuiApplication::palette());
        }
        if (index.column() == FeasibilityColumn && promise.feasibility == Feasibility::Warning) {
            return StatusIcons::warningText(QGuiApplication::palette());
        }
        return {};
    case PromiseIdRole:
        return promise.id;
    default:
        return {};
    }
}

QVariant PromiseTableModel::display(const Promise& promise, int column) const
{
    switch (column) {
    case KindColumn:
        return Labels::of(promise.kind);
    case DescriptionColumn:
        return promise.description;
    case CustomerWordsColumn:
        // One line in the table; the whole text is in the tooltip.
        return promise.customerWords.simplified();
    case DueColumn:
        return QLocale().toString(promise.dueOn, QLocale::ShortFormat);
    case CapabilityColumn:
        return promise.capabilityId == 0 ? QString() : m_capabilities.value(promise.capabilityId).name;
    case FeasibilityColumn:
        return Labels::of(promise.feasibility);
    case ReviewColumn:
        return Labels::of(promise.reviewStatus);
    case FulfilmentColumn:
        if (promise.fulfilment == Fulfilment::Fulfilled && promise.fulfilledOn.isValid()) {
            return tr("%1 on %2")
                .arg(Labels::of(promise.fulfilment), QLocale().toString(promise.fulfilledOn, QLocale::ShortFormat));
        }
        return Labels::of(promise.fulfilment);
    default:
        return {};
    }
}

QVariant PromiseTableModel::toolTip(const Promise& promise, int column) const
{
    switch (column) {
    case DescriptionColumn:
        return promise.description;
    case CustomerWordsColumn:
        return promise.customerWords.isEmpty() ? QVariant() : tr("The customer said: “%1”").arg(promise.customerWords);
    case DueColumn:
        return QLocale().toString(promise.dueOn, QLocale::LongFormat);
    case CapabilityColumn:
        return promise.capabilityId == 0 ? tr("No capability from the catalog") : capabilityText(promise.capabilityId);
    case FeasibilityColumn:
        return promise.feasibilityReason.isEmpty() ? tr("No problem found with the catalog or the due date.")
                                                   : promise.feasibilityReason;
    case ReviewColumn:
        return reviewText(promise);
    default:
        return {};
    }
}

QVariant PromiseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case DescriptionColumn:
        return tr("Promise");
    case CustomerWordsColumn:
        return tr("Customer's words");
    case DueColumn:
        return tr("Due");
    case CapabilityColumn:
        return tr("Capability");
    case FeasibilityColumn:
        return tr("Feasibility");
    case ReviewColumn:
        return tr("Review");
    case FulfilmentColumn:
        return tr("Fulfilment");
    default:
        return {};
    }
}

void PromiseTableModel::setPromises(const QList<Promise>& promises, const QList<Capability>& catalog,
                                    const QHash<qint64, QString>& userNames)
{
    beginResetModel();
    m_promises = promises;
    m_capabilities.clear();
    for (const Capability& capability : catalog) {
        m_capabilities.insert(capability.id, capability);
    }
    m_userNames = userNames;
    endResetModel();
}

int PromiseTableModel::rowOf(qint64 promiseId) const
{
    for (int row = 0; row < m_promises.size(); ++row) {
        if (m_promises.at(row).id == promiseId) {
            return row;
        }
    }
    return -1;
}

QString PromiseTableModel::capabilityText(qint64 capabilityId) const
{
    const auto found = m_capabilities.constFind(capabilityId);
    return found == m_capabilities.constEnd() ? QString() : CapabilityPicker::describe(*found);
}

QString PromiseTableModel::reviewText(const Promise& promise) const
{
    if (promise.reviewStatus == ReviewStatus::Pending && promise.reviewNote.isEmpty()) {
        return tr("Support has not reviewed this promise yet.");
    }
    const QString reviewer = m_userNames.value(promise.reviewerId, tr("support"));
    if (promise.reviewNote.isEmpty()) {
        return tr("%1 by %2").arg(Labels::of(promise.reviewStatus), reviewer);
    }
    return tr("%1 by %2: %3").arg(Labels::of(promise.reviewStatus), reviewer, promise.reviewNote);
}

} // namespace handoff
