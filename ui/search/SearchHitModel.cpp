#include "search/SearchHitModel.h"

#include "search/SearchIndex.h"

namespace handoff {

SearchHitModel::SearchHitModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void SearchHitModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    m_message.clear();
    endResetModel();
}

void SearchHitModel::setMessage(const QString& message)
{
    beginResetModel();
    m_hits.clear();
    m_message = message;
    endResetModel();
}

void SearchHitModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_message.clear();
    endResetModel();
}

int SearchHitModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    if (!m_hits.isEmpty()) {
        return int(m_hits.size());
    }
    return m_message.isEmpty() ? 0 : 1;
}

QVariant SearchHitModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (m_hits.isEmpty()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return m_message;
        case IsMessageRole:
            return true;
        case DealIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case DetailRole:
        return hit.detail;
    case KindRole:
        return int(hit.kind);
    case KindLabelRole:
        return SearchIndex::kindLabel(hit.kind);
    case DealIdRole:
        return hit.dealId;
    case IsMessageRole:
        return false;
    case Qt::ToolTipRole:
        return hit.detail.isEmpty() ? hit.title : hit.title + QLatin1Char('\n') + hit.detail;
    case Qt::AccessibleTextRole:
        // A screen reader hears the kind first, as a sighted user sees it in the left column.
        return QStringList{SearchIndex::kindLabel(hit.kind), hit.title, hit.detail}.join(QLatin1String(", "));
    default:
        return {};
    }
}

Qt::ItemFlags SearchHitModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    // A message cannot be chosen, so arrow keys and clicks pass over it.
    return m_hits.isEmpty() ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace handoff
