// The deals behind the dashboard's figures: what a click on a headline, a scorecard cell or a chart asks for.
#include "dashboard/DashboardView.h"

#include "dashboard/DashboardCharts.h"
#include "dashboard/FigureChoices.h"
#include "dashboard/ScorecardModel.h"
#include "dashboard/ScorecardSortProxy.h"
#include "metrics/MetricsFigures.h"
#include "model/Labels.h"
#include "workflow/UserService.h"

#include <QTableView>

namespace handoff {

QString DashboardView::personName(qint64 userId) const
{
    if (userId == 0) {
        return tr("Whole team");
    }
    for (const SalesRepRow& row : m_report.salesReps) {
        if (row.user.id == userId) {
            return row.user.name;
        }
    }
    for (const SupportRepRow& row : m_report.supportReps) {
        if (row.user.id == userId) {
            return row.user.name;
        }
    }
    const auto user = UserService(m_db).get(userId);
    return user ? user->name : tr("User %1").arg(userId);
}

QString DashboardView::periodText(const MetricsPeriod& period) const
{
    return tr("%1 – %2").arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
}

DealsBehindDialog* DashboardView::showDealsBehind(const DealsBehindRequest& request)
{
    auto* dialog = new DealsBehindDialog(m_db, request, this);
    connect(dialog, &DealsBehindDialog::dealActivated, this, &DashboardView::dealActivated);
    dialog->show();
    return dialog;
}

void DashboardView::activateCell(QTableView* table, const QModelIndex& proxyIndex)
{
    if (!m_hasReport || !proxyIndex.isValid()) {
        return;
    }
    auto* proxy = static_cast<ScorecardSortProxy*>(table->model());
    const QModelIndex index = proxy->mapToSource(proxyIndex);
    auto* model = static_cast<ScorecardModel*>(proxy->sourceModel());
    const bool sales = model->side() == ScorecardModel::Side::Sales;
    // The person's own column lists what the rest of the row is about: their handoffs, or their decisions.
    const Figure figure =
        model->figureAt(index.column()).value_or(sales ? Figure::HandoffsSubmitted : Figure::ReviewTurnaroundHours);
    const qint64 userId = index.data(ScorecardModel::UserIdRole).toLongLong();
    const QString who = index.siblingAtColumn(ScorecardModel::kPersonColumn).data().toString();
    DealsBehindRequest request;
    request.query = m_report.query;
    request.userId = userId;
    request.caption =
        tr("%1 · %2 · %3").arg(MetricsFigures::info(figure).title, who, periodText(m_report.query.period));
    request.choices = FigureChoices::of(figure, sales ? &model->salesAt(index.row()).returnReasons : nullptr);
    showDealsBehind(request);
}

void DashboardView::activateHeadline(Headline which)
{
    if (!m_hasReport) {
        return;
    }
    if (which == OverdueTasks) {
        // The figure is tasks, as of today: the list of those tasks says what is late and by how much.
        emit overdueTasksRequested(m_report.query.userId);
        return;
    }
    const Figure figure = headlineFigure(which);
    DealsBehindRequest request;
    request.query = m_report.query;
    request.caption = tr("%1 · %2 · %3")
                          .arg(MetricsFigures::info(figure).title, personName(m_report.query.userId),
                               MetricsFigures::info(figure).scope == FigureScope::Today
                                   ? tr("as of %1").arg(m_report.query.today.toString(Qt::ISODate))
                                   : periodText(m_report.query.period));
    request.choices = FigureChoices::of(figure);
    showDealsBehind(request);
}

void DashboardView::activateChart(const ChartClick& click)
{
    if (!m_hasReport) {
        return;
    }
    DealsBehindRequest request;
    request.query = m_report.query;
    request.userId = click.userId;
    if (click.step.isValid()) {
        request.query.period = click.step;
    }
    const QString title = MetricsFigures::info(click.figure).title;
    const QString who = personName(click.userId != 0 ? click.userId : m_report.query.userId);
    if (!click.breakdownKey.isEmpty()) {
        const auto state = fromKey<HandoffState>(click.breakdownKey);
        const QString part = state ? Labels::of(*state) : click.breakdownKey;
        request.caption =
            tr("%1: %2 · %3 · as of %4").arg(title, part, who, m_report.query.today.toString(Qt::ISODate));
        request.choices = FigureChoices::part(click.figure, click.breakdownKey, part);
    } else {
        request.caption = tr("%1 · %2 · %3").arg(title, who, periodText(request.query.period));
        request.choices = FigureChoices::of(click.figure);
    }
    showDealsBehind(request);
}

} // namespace handoff
