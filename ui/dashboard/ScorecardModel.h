#pragma once

#include "metrics/MetricsTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace handoff {

// One scorecard of the dashboard as a table: a row per sales rep (or support rep) with a column per figure, and the
// team's total as the last row (left out when the figures are one person's). Cells show each figure with its counts;
// SortRole gives the value to sort by (no value when there is no data); the header's tooltip is the figure's
// definition.
class ScorecardModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Side { Sales, Support };
    enum Roles {
        SortRole = Qt::UserRole + 1, // double, or an invalid QVariant for "no data"
        UserIdRole,                  // qint64; 0 on the team's row
        TotalRole,                   // bool: the team's row
    };
    static constexpr int kPersonColumn = 0;

    explicit ScorecardModel(Side side, QObject* parent = nullptr);

    Side side() const { return m_side; }
    // The figures shown, in column order after the person's column.
    static QList<Figure> figures(Side side);
    // The figure of a column; nullopt for the person's column.
    std::optional<Figure> figureAt(int column) const;
    int columnOf(Figure figure) const;
    // The row of a user (-1 when not shown) and the team's row.
    int rowOf(qint64 userId) const;
    // The team's row, or -1 when there is none.
    int totalRow() const { return m_hasTotal ? int(m_rows.size()) - 1 : -1; }

    // total: the team's row; nullptr for none.
    void setSales(const QList<SalesRepRow>& rows, const SalesFigures* total);
    void setSupport(const QList<SupportRepRow>& rows, const SupportFigures* total);
    void clear();
    // The figures of a row, for tooltips and the deals behind a cell.
    const SalesFigures& salesAt(int row) const { return m_rows.at(row).sales; }
    const SupportFigures& supportAt(int row) const { return m_rows.at(row).support; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qint64 userId = 0; // 0: the team
        QString name;
        bool active = true;
        SalesFigures sales;
        SupportFigures support;
    };

    QString text(const Row& row, Figure figure, bool longForm) const;

    Side m_side;
    QList<Figure> m_figures;
    QList<Row> m_rows;
    bool m_hasTotal = false;
};

} // namespace handoff
