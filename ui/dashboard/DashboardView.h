#pragma once

#include "Result.h"
#include "dashboard/DealsBehindDialog.h"
#include "metrics/MetricsTypes.h"
#include "model/User.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace handoff {

class Database;
class DashboardCharts;
class HeadlineButton;
class MetricsLoader;
class PeriodPicker;
class ScorecardModel;
class ScorecardSortProxy;
struct ChartClick;

// The handoff quality dashboard. A lead sees the whole team (or one member, chosen in Person); a sales or support
// rep sees their own figures. A period picker, headline figures, a scorecard per side with a column per figure, and
// charts; the figures are computed in the background, and any figure, cell, bar or point opens the deals behind it.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    enum Headline { Submitted, FirstPass, PromisesKept, OverdueTasks, AtRisk, HeadlineCount };

    DashboardView(Database& db, const User& actor, QWidget* parent = nullptr);

    void setActor(const User& actor);
    // Computes the figures again now when the dashboard is shown, else the next time it is.
    void refresh();
    // The figures are out of date (a deal changed in this window): computed again when next shown, even when the
    // window is only restored from the task bar.
    void markStale() { m_stale = true; }

    // The query the figures shown were (or are being) computed for.
    MetricsQuery query() const;
    const MetricsReport& report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }

    PeriodPicker* periodPicker() const { return m_period; }
    QComboBox* personCombo() const { return m_person; }
    QTableView* salesTable() const { return m_salesTable; }
    QTableView* supportTable() const { return m_supportTable; }
    ScorecardModel* salesModel() const { return m_salesModel; }
    ScorecardModel* supportModel() const { return m_supportModel; }
    HeadlineButton* headline(Headline which) const { return m_headlines[which]; }
    static Figure headlineFigure(Headline which);
    DashboardCharts* charts() const { return m_charts; }
    MetricsLoader* loader() const { return m_loader; }

    // Shows the deals behind a figure in a dialog beside the dashboard; its deals open through dealActivated.
    DealsBehindDialog* showDealsBehind(const DealsBehindRequest& request);

signals:
    void dealActivated(qint64 dealId);
    // The overdue tasks figure was opened: the tasks of that person (0: everyone's) that are overdue today.
    void overdueTasksRequested(qint64 assigneeId);
    // New figures are on screen.
    void reportShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeControls();
    QWidget* makeHeadlines();
    QTableView* makeTable(ScorecardModel* model, ScorecardSortProxy* proxy, const QString& name);
    void applyTabOrder();
    void fillPeople();
    void applyRole();
    void showReport(const MetricsReport& report);
    void showFailure(const Error& error);
    void setBusy(bool busy);
    void fitColumns(QTableView* table);
    void fitScorecards();
    void activateCell(QTableView* table, const QModelIndex& index);
    void activateHeadline(Headline which);
    void activateChart(const ChartClick& click);
    QString personName(qint64 userId) const;
    QString periodText(const MetricsPeriod& period) const;

    Database& m_db;
    User m_actor;
    MetricsLoader* m_loader = nullptr;
    PeriodPicker* m_period = nullptr;
    QLabel* m_personLabel = nullptr;
    QComboBox* m_person = nullptr;
    QPushButton* m_definitions = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    HeadlineButton* m_headlines[HeadlineCount] = {};
    QTabWidget* m_tabs = nullptr;
    ScorecardModel* m_salesModel = nullptr;
    ScorecardModel* m_supportModel = nullptr;
    ScorecardSortProxy* m_salesProxy = nullptr;
    ScorecardSortProxy* m_supportProxy = nullptr;
    QTableView* m_salesTable = nullptr;
    QTableView* m_supportTable = nullptr;
    DashboardCharts* m_charts = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_fitted = false;
    MetricsReport m_report;
    bool m_hasReport = false;
    bool m_stale = true;
};

} // namespace handoff
