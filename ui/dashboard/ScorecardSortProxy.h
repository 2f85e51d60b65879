#pragma once

#include <QSortFilterProxyModel>

namespace handoff {

// Sorts a scorecard by the figure's value (ScorecardModel::SortRole) while the rows without data and the team's
// total stay at the bottom whichever way the column is sorted.
class ScorecardSortProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ScorecardSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace handoff
