#include "dashboard/ScorecardModel.h"

#include "metrics/FigureText.h"
#include "metrics/MetricsFigures.h"

#include <QFont>

namespace handoff {

namespace {

// Long titles go over two lines so that a dozen columns fit side by side: the break is at the space nearest the
// middle.
QString headerText(const QString& title)
{
    constexpr int kLongTitle = 16;
    if (title.size() <= kLongTitle) {
        return title;
    }
    const int middle = int(title.size()) / 2;
    int best = -1;
    for (int i = 0; i < title.size(); ++i) {
        if (title.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - middle) < qAbs(best - middle))) {
            best = i;
        }
    }
    if (best < 0) {
        return title;
    }
    QString wrapped = title;
    wrapped[best] = QLatin1Char('\n');
    return wrapped;
}

} // namespace

ScorecardModel::ScorecardModel(Side side, QObject* parent)
    : QAbstractTableModel(parent)
    , m_side(side)
    , m_figures(figures(side))
{}

QList<Figure> ScorecardModel::figures(Side side)
{
    return side == Side::Sales ? MetricsFigures::salesScorecard() : MetricsFigures::supportScorecard();
}

std::optional<Figure> ScorecardModel::figureAt(int column) const
{
    if (column <= kPersonColumn || column > m_figures.size()) {
        return std::nullopt;
    }
    return m_figures.at(column - 1);
}

int ScorecardModel::columnOf(Figure figure) const
{
    const auto at = m_figures.indexOf(figure);
    return at < 0 ? -1 : int(at) + 1;
}

int ScorecardModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).userId == userId) {
            return row;
        }
    }
    return -1;
}

void ScorecardModel::setSales(const QList<SalesRepRow>& rows, const SalesFigures* total)
{
    beginResetModel();
    m_rows.clear();
    for (const SalesRepRow& rep : rows) {
        m_rows.append(Row{rep.user.id, rep.user.name, rep.user.active, rep.figures, {}});
    }
    m_hasTotal = total != nullptr;
    if (total) {
        m_rows.append(Row{0, tr("Team"), true, *total, {}});
    }
    endResetModel();
}

void ScorecardModel::setSupport(const QList<SupportRepRow>& rows, const SupportFigures* total)
{
    beginResetModel();
    m_rows.clear();
    for (const SupportRepRow& rep : rows) {
        m_rows.append(Row{rep.user.id, rep.user.name, rep.user.active, {}, rep.figures});
    }
    m_hasTotal = total != nullptr;
    if (total) {
        m_rows.append(Row{0, tr("Team"), true, {}, *total});
    }
    endResetModel();
}

void ScorecardModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_hasTotal = false;
    endResetModel();
}

int ScorecardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScorecardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size()) + 1;
}

QString ScorecardModel::text(const Row& row, Figure figure, bool longForm) const
{
    return m_side == Side::Sales ? FigureText::of(figure, row.sales, longForm)
                                 : FigureText::of(figure, row.support, longForm);
}

QVariant ScorecardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const bool total = index.row() == totalRow();
    const std::optional<Figure> figure = figureAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!figure) {
            return row.active ? row.name : tr("%1 (inactive)").arg(row.name);
        }
        return text(row, *figure, false);
    case Qt::ToolTipRole:
        if (!figure) {
            return total ? tr("Everyone in the period, counted once") : QVariant();
        }
        // Rich text, so that a name is shown as typed and never read as markup.
        return tr("<p><b>%1</b> – %2: %3</p><p>Double-click or press Enter to list the deals behind it.</p>")
            .arg(row.name.toHtmlEscaped(), MetricsFigures::info(*figure).title.toHtmlEscaped(),
                 text(row, *figure, true).toHtmlEscaped());
    case Qt::TextAlignmentRole:
        if (figure && *figure != Figure::ReturnReasons) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole: {
        if (!figure) {
            return row.name;
        }
        const auto value = m_side == Side::Sales ? FigureText::sortValue(*figure, row.sales)
                                                 : FigureText::sortValue(*figure, row.support);
        return value ? QVariant(*value) : QVariant();
    }
    case UserIdRole:
        return row.userId;
    case TotalRole:
        return total;
    default:
        return {};
    }
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    const std::optional<Figure> figure = figureAt(section);
    switch (role) {
    case Qt::DisplayRole:
        if (!figure) {
            return m_side == Side::Sales ? tr("Sales rep") : tr("Support rep");
        }
        return headerText(MetricsFigures::info(*figure).title);
    case Qt::ToolTipRole:
        if (!figure) {
            return tr("Click a column's title to sort by it; the team's total stays last.");
        }
        return tr("<p><b>%1</b></p><p>%2</p>")
            .arg(MetricsFigures::info(*figure).title.toHtmlEscaped(),
                 MetricsFigures::info(*figure).definition.toHtmlEscaped());
    default:
        return {};
    }
}

} // namespace handoff
