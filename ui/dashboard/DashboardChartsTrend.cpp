// The trend charts of DashboardCharts: first-pass acceptance, promises kept and broken, and work not done by its due
// date, each per week, month or quarter of the period.
#include "dashboard/DashboardCharts.h"

#include "dashboard/ChartStyle.h"
#include "metrics/FigureText.h"
#include "metrics/MetricsFigures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace handoff {

using namespace ChartStyle;

QStringList DashboardCharts::stepLabels() const
{
    QStringList labels;
    for (const TrendPoint& point : m_report.trend) {
        labels.append(FigureText::step(m_report.query.interval, point.period));
    }
    return labels;
}

void DashboardCharts::buildFirstPassTrend(QChart* chart)
{
    chart->setTitle(tr("First-pass acceptance over time"));
    chart->legend()->hide();
    auto* set = new QBarSet(MetricsFigures::info(Figure::FirstPassAcceptance).title);
    for (const TrendPoint& point : std::as_const(m_report.trend)) {
        set->append(std::round(point.firstPassAcceptance.value().value_or(0) * 100.0));
    }
    set->setColor(barColor(palette()));
    set->setBorderColor(barColor(palette()));
    set->setLabelColor(palette().color(QPalette::Text));
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(tr("@value %"));
    chart->addSeries(series);
    // Under each step its counts, or "no data": a step without decisions must not read as 0 %.
    QStringList categories = stepLabels();
    for (int i = 0; i < categories.size() && i < m_report.trend.size(); ++i) {
        const Rate& rate = m_report.trend.at(i).firstPassAcceptance;
        categories[i] += QStringLiteral("<br>") +
                         (rate.hasData() ? tr("%1/%2").arg(rate.numerator).arg(rate.denominator) : FigureText::noData())
                             .toHtmlEscaped();
    }
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 110); // room for the labels over a full bar
    // A label every 20 %: twelve of them do not fit the height of a chart in a 1280-pixel window, and are cut to "…".
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(20);
    y->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    connect(set, &QBarSet::clicked, this, [this](int index) { emit clicked(clickFor(FirstPass, 0, index)); });
    const QList<TrendPoint> trend = m_report.trend;
    connect(set, &QBarSet::hovered, this, [trend](bool on, int index) {
        if (on && index >= 0 && index < trend.size()) {
            const TrendPoint& p = trend.at(index);
            QToolTip::showText(QCursor::pos(),
                               DashboardCharts::tr("%1 – %2\nFirst-pass acceptance: %3\nClick to list "
                                                   "the deals")
                                   .arg(p.period.from.toString(Qt::ISODate), p.period.to.toString(Qt::ISODate),
                                        FigureText::percentLong(p.firstPassAcceptance)));
        }
    });
}

void DashboardCharts::buildPromises(QChart* chart)
{
    chart->setTitle(tr("Promises kept and broken"));
    auto* kept = new QBarSet(tr("Kept"));
    auto* broken = new QBarSet(tr("Broken"));
    qint64 highest = 0;
    for (const TrendPoint& point : std::as_const(m_report.trend)) {
        kept->append(double(point.promisesKept.numerator));
        broken->append(double(point.promisesBroken.numerator));
        highest = std::max(highest, point.promisesKept.numerator + point.promisesBroken.numerator);
    }
    kept->setColor(goodColor(palette()));
    kept->setBorderColor(goodColor(palette()));
    broken->setColor(badColor(palette()));
    broken->setBorderColor(badColor(palette()));
    auto* series = new QStackedBarSeries;
    series->append(kept);
    series->append(broken);
    chart->addSeries(series);
    chart->legend()->show();
    auto* x = new QBarCategoryAxis;
    x->append(stepLabels());
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(double(highest));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    const QList<TrendPoint> trend = m_report.trend;
    for (int s = 0; s < 2; ++s) {
        QBarSet* set = s == 0 ? kept : broken;
        connect(set, &QBarSet::clicked, this, [this, s](int index) { emit clicked(clickFor(Promises, s, index)); });
        connect(set, &QBarSet::hovered, this, [trend, s](bool on, int index) {
            if (on && index >= 0 && index < trend.size()) {
                const TrendPoint& p = trend.at(index);
                QToolTip::showText(QCursor::pos(),
                                   DashboardCharts::tr("%1 – %2\nKept: %3\nBroken: %4")
                                           .arg(p.period.from.toString(Qt::ISODate), p.period.to.toString(Qt::ISODate),
                                                FigureText::percentLong(p.promisesKept),
                                                FigureText::percentLong(p.promisesBroken)) +
                                       (s == 0 ? DashboardCharts::tr("\nClick to list the kept promises' deals")
                                               : DashboardCharts::tr("\nClick to list the broken promises' deals")));
            }
        });
    }
}

void DashboardCharts::buildOverdue(QChart* chart)
{
    chart->setTitle(tr("Not done by their due date"));
    auto* tasks = new QLineSeries;
    tasks->setName(tr("Tasks"));
    auto* promises = new QLineSeries;
    promises->setName(tr("Promises"));
    qint64 highest = 0;
    for (int i = 0; i < m_report.trend.size(); ++i) {
        const TrendPoint& point = m_report.trend.at(i);
        tasks->append(i, double(point.tasksLate.numerator));
        promises->append(i, double(point.promisesBroken.numerator));
        highest = std::max({highest, point.tasksLate.numerator, point.promisesBroken.numerator});
    }
    const QPalette& p = palette();
    QPen taskPen(warnColor(p), 2.5);
    tasks->setPen(taskPen);
    tasks->setColor(warnColor(p));
    QPen promisePen(badColor(p), 2.5);
    promisePen.setStyle(Qt::DashLine); // told apart without colour too
    promises->setPen(promisePen);
    promises->setColor(badColor(p));
    for (QLineSeries* series : {tasks, promises}) {
        series->setPointsVisible(true);
        chart->addSeries(series);
    }
    chart->legend()->show();
    auto* x = new QBarCategoryAxis;
    x->append(stepLabels());
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = countAxis(double(highest));
    chart->addAxis(y, Qt::AlignLeft);
    const QList<TrendPoint> trend = m_report.trend;
    for (int s = 0; s < 2; ++s) {
        QLineSeries* series = s == 0 ? tasks : promises;
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QXYSeries::clicked, this,
                [this, s](const QPointF& point) { emit clicked(clickFor(Overdue, s, int(std::lround(point.x())))); });
        connect(series, &QXYSeries::hovered, this, [trend, s](const QPointF& point, bool on) {
            const int index = int(std::lround(point.x()));
            if (on && index >= 0 && index < trend.size()) {
                const TrendPoint& step = trend.at(index);
                const Rate& rate = s == 0 ? step.tasksLate : step.promisesBroken;
                QToolTip::showText(
                    QCursor::pos(),
                    DashboardCharts::tr("%1 – %2\n%3: %4\nClick to list the deals")
                        .arg(step.period.from.toString(Qt::ISODate), step.period.to.toString(Qt::ISODate),
                             s == 0 ? DashboardCharts::tr("Tasks overdue") : DashboardCharts::tr("Promises broken"),
                             FigureText::percentLong(rate)));
            }
        });
    }
}

} // namespace handoff
