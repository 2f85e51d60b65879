#include "dashboard/ScorecardSortProxy.h"

#include "dashboard/ScorecardModel.h"

namespace handoff {

ScorecardSortProxy::ScorecardSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScorecardModel::SortRole);
}

bool ScorecardSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // A descending sort asks lessThan(right, left). To keep a row last in both orders it must be "greater" in
    // ascending order and "smaller" in descending order.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const auto rank = [](const QModelIndex& index) {
        if (index.data(ScorecardModel::TotalRole).toBool()) {
            return 2;
        }
        return index.data(ScorecardModel::SortRole).isValid() ? 0 : 1;
    };
    const int leftRank = rank(left);
    const int rightRank = rank(right);
    if (leftRank != rightRank) {
        return ascending ? leftRank < rightRank : leftRank > rightRank;
    }
    const QVariant a = left.data(ScorecardModel::SortRole);
    const QVariant b = right.data(ScorecardModel::SortRole);
    if (a.typeId() == QMetaType::QString) {
        const int byName = a.toString().localeAwareCompare(b.toString());
        if (byName != 0) {
            return byName < 0;
        }
    } else if (a.isValid() && a.toDouble() != b.toDouble()) {
        return a.toDouble() < b.toDouble();
    }
    // Equal values keep the people in name order, whichever the direction.
    return ascending ? left.row() < right.row() : left.row() > right.row();
}

} // namespace handoff
