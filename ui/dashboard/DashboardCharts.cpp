#include "dashboard/DashboardCharts.h"

#include "dashboard/ChartStyle.h"
#include "metrics/FigureText.h"
#include "metrics/MetricsFigures.h"
#include "model/Labels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace handoff {

using namespace ChartStyle;

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardCharts"));
    const Figure figures[ChartCount] = {Figure::HandoffsByState, Figure::FirstPassAcceptance, Figure::PromisesKept,
                                        Figure::TasksLate};
    const QString names[ChartCount] = {QStringLiteral("stateChart"), QStringLiteral("firstPassChart"),
                                       QStringLiteral("promiseChart"), QStringLiteral("overdueChart")};
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int i = 0; i < ChartCount; ++i) {
        auto* chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto* view = new QChartView(chart, this);
        view->setObjectName(names[i]);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(280, 220);
        const FigureInfo info = MetricsFigures::info(figures[i]);
        view->setToolTip(tr("<p>%1</p><p>Click a bar or point to list the deals behind it.</p>")
                             .arg(info.definition.toHtmlEscaped()));
        m_views[i] = view;
        layout->addWidget(view, i / 2, i % 2);
    }
    // The right column is wider: a chart's axis labels may take 40 % of its width, and the per-rep chart's labels
    // carry names and counts.
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    m_views[Overdue]->setToolTip(tr("<p>%1</p><p>%2</p><p>Click a point to list the deals behind it.</p>")
                                     .arg(MetricsFigures::info(Figure::TasksLate).definition.toHtmlEscaped(),
                                          MetricsFigures::info(Figure::PromisesBroken).definition.toHtmlEscaped()));
    m_views[Promises]->setToolTip(tr("<p>%1</p><p>%2</p><p>Click a bar to list the deals behind it.</p>")
                                      .arg(MetricsFigures::info(Figure::PromisesKept).definition.toHtmlEscaped(),
                                           MetricsFigures::info(Figure::PromisesBroken).definition.toHtmlEscaped()));
    rebuild();
}

void DashboardCharts::setReport(const MetricsReport& report)
{
    m_report = report;
    rebuild();
}

void DashboardCharts::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        rebuild();
    }
}

void DashboardCharts::rebuild()
{
    for (int i = 0; i < ChartCount; ++i) {
        QChart* chart = m_views[i]->chart();
        clear(chart);
        style(chart);
    }
    buildStates(m_views[States]->chart());
    buildFirstPass(m_views[FirstPass]->chart());
    buildPromises(m_views[Promises]->chart());
    buildOverdue(m_views[Overdue]->chart());
    // The axes and series were made after style() set the chart's colours: give them the palette's too.
    for (int i = 0; i < ChartCount; ++i) {
        QChart* chart = m_views[i]->chart();
        const QPalette& p = palette();
        QColor grid = p.color(QPalette::Text);
        grid.setAlpha(40);
        const auto axes = chart->axes();
        for (QAbstractAxis* axis : axes) {
            axis->setLabelsColor(p.color(QPalette::Text));
            axis->setLinePenColor(p.color(QPalette::Mid));
            axis->setGridLineColor(grid);
            axis->setTitleBrush(p.brush(QPalette::Text));
        }
    }
}

void DashboardCharts::style(QChart* chart) const
{
    const QPalette& p = palette();
    // The theme picks the chart's defaults; the palette's own colours go over them so that the chart sits on the
    // window like the widgets around it.
    chart->setTheme(isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.brush(QPalette::Base));
    chart->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(p.brush(QPalette::Text));
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->legend()->setFont(font());
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void DashboardCharts::buildStates(QChart* chart)
{
    chart->setTitle(MetricsFigures::info(Figure::HandoffsByState).title);
    chart->legend()->hide();
    // Horizontal bars: the states' names fit beside them however narrow the chart. A horizontal chart draws its first
    // category at the bottom, so the states go in backwards and read from draft down to cancelled.
    auto* set = new QBarSet(tr("Handoffs"));
    QStringList categories;
    qint64 highest = 0;
    const auto states = allValues<HandoffState>();
    for (auto it = states.rbegin(); it != states.rend(); ++it) {
        const qint64 count = m_report.team.handoffsByState[std::size_t(*it)];
        set->append(double(count));
        categories.append(Labels::of(*it));
        highest = std::max(highest, count);
    }
    set->setColor(barColor(palette()));
    set->setBorderColor(barColor(palette()));
    set->setLabelColor(palette().color(QPalette::Text));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis* x = countAxis(double(highest) * 1.1); // room for the count after the longest bar
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    connect(set, &QBarSet::clicked, this, [this](int index) { emit clicked(clickFor(States, 0, index)); });
    connect(set, &QBarSet::hovered, this, [categories, set](bool on, int index) {
        if (on && index >= 0 && index < categories.size()) {
            QToolTip::showText(QCursor::pos(), DashboardCharts::tr("%1: %L2 – click to list them")
                                                   .arg(categories.at(index))
                                                   .arg(qint64(set->at(index))));
        }
    });
}

void DashboardCharts::buildFirstPass(QChart* chart)
{
    m_firstPassUsers.clear();
    m_firstPassByStep = m_report.query.userId != 0;
    if (m_firstPassByStep) {
        buildFirstPassTrend(chart);
        return;
    }
    chart->setTitle(tr("First-pass acceptance per sales rep"));
    chart->legend()->hide();
    // The lowest share at the top, where the eye starts (a horizontal chart draws its first category at the bottom);
    // reps without decided handoffs below everyone.
    QList<SalesRepRow> reps = m_report.salesReps;
    std::stable_sort(reps.begin(), reps.end(), [](const SalesRepRow& a, const SalesRepRow& b) {
        const auto va = a.figures.firstPassAcceptance.value();
        const auto vb = b.figures.firstPassAcceptance.value();
        if (va.has_value() != vb.has_value()) {
            return !va.has_value();
        }
        return va.value_or(0) > vb.value_or(0);
    });
    auto* set = new QBarSet(MetricsFigures::info(Figure::FirstPassAcceptance).title);
    QStringList categories; // axis labels are HTML: names are escaped
    QStringList plain;      // the same for tooltips
    for (const SalesRepRow& rep : std::as_const(reps)) {
        const Rate& rate = rep.figures.firstPassAcceptance;
        set->append(rate.value().value_or(0) * 100.0);
        plain.append(tr("%1 · %2").arg(rep.user.name, FigureText::percent(rate)));
        categories.append(plain.constLast().toHtmlEscaped());
        m_firstPassUsers.append(rep.user.id);
    }
    set->setColor(barColor(palette()));
    set->setBorderColor(barColor(palette()));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false); // the names and counts are the point of this chart
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    connect(set, &QBarSet::clicked, this, [this](int index) { emit clicked(clickFor(FirstPass, 0, index)); });
    connect(set, &QBarSet::hovered, this, [plain](bool on, int index) {
        if (on && index >= 0 && index < plain.size()) {
            QToolTip::showText(
                QCursor::pos(),
                DashboardCharts::tr("<p>%1 – click to list the deals</p>").arg(plain.at(index).toHtmlEscaped()));
        }
    });
}

ChartClick DashboardCharts::clickFor(Chart chart, int setIndex, int index) const
{
    ChartClick click;
    switch (chart) {
    case States:
        click.figure = Figure::HandoffsByState;
        if (index >= 0 && index < int(enumCount<HandoffState>())) {
            click.breakdownKey = toKey(HandoffState(int(enumCount<HandoffState>()) - 1 - index)); // drawn backwards
        }
        break;
    case FirstPass:
        click.figure = Figure::FirstPassAcceptance;
        if (m_firstPassByStep) {
            click.userId = m_report.query.userId;
            if (index >= 0 && index < m_report.trend.size()) {
                click.step = m_report.trend.at(index).period;
            }
        } else {
            click.userId = m_firstPassUsers.value(index);
        }
        break;
    case Promises:
    case Overdue:
        if (chart == Promises) {
            click.figure = setIndex == 0 ? Figure::PromisesKept : Figure::PromisesBroken;
        } else {
            click.figure = setIndex == 0 ? Figure::TasksLate : Figure::PromisesBroken;
        }
        if (index >= 0 && index < m_report.trend.size()) {
            click.step = m_report.trend.at(index).period;
        }
        break;
    case ChartCount:
        break;
    }
    return click;
}

} // namespace handoff
