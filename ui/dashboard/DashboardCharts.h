#pragma once

#include "metrics/MetricsTypes.h"

#include <QWidget>

class QChart;
class QChartView;

namespace handoff {

// A bar or point of a chart the user clicked: the figure it shows, whose it is, which part of a breakdown and, for a
// trend, which step.
struct ChartClick {
    Figure figure = Figure::HandoffsSubmitted;
    qint64 userId = 0;
    QString breakdownKey;
    MetricsPeriod step; // invalid: the report's period
};

// The dashboard's charts: handoffs by state, first-pass acceptance per sales rep (for one person: per trend step),
// promises kept and broken per trend step, and overdue tasks and promises per trend step. Coloured from the widget's
// palette, so they read in light and dark themes; a click on a bar or point asks for the deals behind it.
class DashboardCharts : public QWidget {
    Q_OBJECT

public:
    enum Chart { States, FirstPass, Promises, Overdue, ChartCount };

    explicit DashboardCharts(QWidget* parent = nullptr);

    void setReport(const MetricsReport& report);
    QChartView* view(Chart chart) const { return m_views[chart]; }
    // What a click on the bar (or point) at index of a series' set would ask for, index counting bars as drawn from
    // the axis's start (the bottom of a horizontal chart).
    ChartClick clickFor(Chart chart, int setIndex, int index) const;

signals:
    void clicked(const handoff::ChartClick& click);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void buildStates(QChart* chart);
    void buildFirstPass(QChart* chart);
    void buildFirstPassTrend(QChart* chart);
    void buildPromises(QChart* chart);
    void buildOverdue(QChart* chart);
    void style(QChart* chart) const;
    QStringList stepLabels() const;

    QChartView* m_views[ChartCount] = {};
    MetricsReport m_report;
    QList<qint64> m_firstPassUsers; // the sales rep of each category of the first-pass chart
    bool m_firstPassByStep = false; // one person's figures: the chart follows the trend instead
};

} // namespace handoff
