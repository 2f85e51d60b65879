#include "dashboard/DashboardView.h"

#include "dashboard/DashboardCharts.h"
#include "dashboard/FigureChoices.h"
#include "dashboard/HeadlineButton.h"
#include "dashboard/MetricDefinitionsDialog.h"
#include "dashboard/MetricsLoader.h"
#include "dashboard/PeriodPicker.h"
#include "dashboard/ScorecardModel.h"
#include "dashboard/ScorecardSortProxy.h"
#include "metrics/FigureText.h"
#include "metrics/MetricsFigures.h"
#include "model/Labels.h"
#include "storage/Database.h"
#include "workflow/UserService.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace handoff {

namespace {

constexpr Figure kHeadlineFigures[DashboardView::HeadlineCount] = {Figure::HandoffsSubmitted,
                                                                   Figure::FirstPassAcceptance, Figure::PromisesKept,
                                                                   Figure::OverdueTasks, Figure::AtRiskDeals};

} // namespace

Figure DashboardView::headlineFigure(Headline which)
{
    return kHeadlineFigures[which];
}

DashboardView::DashboardView(Database& db, const User& actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_loader(new MetricsLoader(db, this))
    , m_salesModel(new ScorecardModel(ScorecardModel::Side::Sales, this))
    , m_supportModel(new ScorecardModel(ScorecardModel::Side::Support, this))
    , m_salesProxy(new ScorecardSortProxy(this))
    , m_supportProxy(new ScorecardSortProxy(this))
    , m_charts(new DashboardCharts(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    setAccessibleName(tr("Dashboard"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("scorecardTabs"));
    m_salesTable = makeTable(m_salesModel, m_salesProxy, QStringLiteral("salesScorecard"));
    m_supportTable = makeTable(m_supportModel, m_supportProxy, QStringLiteral("supportScorecard"));
    m_salesTable->setAccessibleName(tr("Sales reps scorecard"));
    m_supportTable->setAccessibleName(tr("Support reps scorecard"));
    // Before the first figures arrive the columns are as wide as their titles.
    m_salesTable->resizeColumnsToContents();
    m_supportTable->resizeColumnsToContents();

    auto* charts = new QScrollArea(this);
    charts->setObjectName(QStringLiteral("chartsArea"));
    charts->setWidgetResizable(true);
    charts->setFrameShape(QFrame::NoFrame);
    charts->setWidget(m_charts);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeControls());
    layout->addWidget(makeHeadlines());
    layout->addWidget(splitter, 1);

    connect(m_loader, &MetricsLoader::loaded, this, &DashboardView::showReport);
    connect(m_loader, &MetricsLoader::failed, this, &DashboardView::showFailure);
    connect(m_loader, &MetricsLoader::busyChanged, this, &DashboardView::setBusy);
    connect(m_period, &PeriodPicker::periodChanged, this, &DashboardView::refresh);
    connect(m_person, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(m_charts, &DashboardCharts::clicked, this, &DashboardView::activateChart);
    applyRole();
    applyTabOrder();
}

void DashboardView::applyTabOrder()
{
    // Tab goes as the eye reads: the choices at the top, the headlines, then the scorecards and the charts (the
    // widgets were made in another order).
    QList<QWidget*> order{m_period->combo(), m_period->fromEdit(), m_period->toEdit(), m_person, m_definitions};
    for (HeadlineButton* headline : m_headlines) {
        order.append(headline);
    }
    order << m_tabs->tabBar() << m_salesTable << m_supportTable;
    for (int chart = 0; chart < DashboardCharts::ChartCount; ++chart) {
        order.append(m_charts->view(DashboardCharts::Chart(chart)));
    }
    for (qsizetype i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }
}

QWidget* DashboardView::makeControls()
{
    auto* controls = new QWidget(this);
    m_period = new PeriodPicker(controls);
    m_period->setToday(m_db.today());
    auto* periodLabel = new QLabel(tr("&Period:"), controls);
    periodLabel->setBuddy(m_period->combo());
    m_person = new QComboBox(controls);
    m_person->setObjectName(QStringLiteral("dashboardPerson"));
    m_person->setAccessibleName(tr("Person"));
    m_person->setToolTip(tr("The whole team, or one member's figures and the deals they work on"));
    // Long names must not widen the window: the list that drops down shows them whole.
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->setMinimumContentsLength(14);
    m_personLabel = new QLabel(tr("Pe&rson:"), controls);
    m_personLabel->setBuddy(m_person);
    m_definitions = new QPushButton(tr("&Definitions…"), controls);
    m_definitions->setObjectName(QStringLiteral("definitionsButton"));
    m_definitions->setToolTip(tr("What exactly each figure counts"));
    m_definitions->setAutoDefault(false);
    connect(m_definitions, &QPushButton::clicked, this, [this] {
        auto* dialog = new MetricDefinitionsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // busy, no end known
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Computing the figures"));
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setMinimumWidth(1); // never widens the window; the period also shows in the picker
    m_status->setTextFormat(Qt::PlainText);

    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addSpacing(12);
    row->addWidget(m_personLabel);
    row->addWidget(m_person);
    row->addSpacing(12);
    row->addWidget(m_definitions);
    row->addStretch();

    // What the figures are for, beside the scorecards' tabs, where it takes no width from the controls.
    auto* status = new QWidget(this);
    auto* statusRow = new QHBoxLayout(status);
    statusRow->setContentsMargins(0, 0, 4, 0);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status);
    m_tabs->setCornerWidget(status, Qt::TopRightCorner);
    return controls;
}

QWidget* DashboardView::makeHeadlines()
{
    auto* headlines = new QWidget(this);
    auto* row = new QHBoxLayout(headlines);
    row->setContentsMargins(0, 0, 0, 0);
    const QString names[HeadlineCount] = {QStringLiteral("submittedHeadline"), QStringLiteral("firstPassHeadline"),
                                          QStringLiteral("promisesKeptHeadline"),
                                          QStringLiteral("overdueTasksHeadline"), QStringLiteral("atRiskHeadline")};
    for (int i = 0; i < HeadlineCount; ++i) {
        const FigureInfo info = MetricsFigures::info(kHeadlineFigures[i]);
        auto* button = new HeadlineButton(info.title, headlines);
        button->setObjectName(names[i]);
        button->setToolTip(tr("<p><b>%1</b></p><p>%2</p><p>Click to list the deals behind it.</p>")
                               .arg(info.title.toHtmlEscaped(), info.definition.toHtmlEscaped()));
        connect(button, &QPushButton::clicked, this, [this, i] { activateHeadline(Headline(i)); });
        m_headlines[i] = button;
        row->addWidget(button);
    }
    return headlines;
}

QTableView* DashboardView::makeTable(ScorecardModel* model, ScorecardSortProxy* proxy, const QString& name)
{
    proxy->setSourceModel(model);
    auto* table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(ScorecardModel::kPersonColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    // activated: Enter or Return, and a double-click (a single click where the platform opens items that way).
    connect(table, &QAbstractItemView::activated, this,
            [this, table](const QModelIndex& index) { activateCell(table, index); });
    return table;
}

void DashboardView::setActor(const User& actor)
{
    m_actor = actor;
    applyRole();
    refresh();
}

void DashboardView::applyRole()
{
    const bool lead = m_actor.role == Role::Lead;
    m_personLabel->setVisible(lead);
    m_person->setVisible(lead);
    fillPeople();
    // A rep's own dashboard shows the side they answer for; a lead sees both.
    m_tabs->clear();
    if (m_actor.role != Role::Support) {
        m_tabs->addTab(m_salesTable, lead ? tr("&Sales reps") : tr("M&y handoffs"));
    }
    if (m_actor.role != Role::Sales) {
        m_tabs->addTab(m_supportTable, lead ? tr("S&upport reps") : tr("My reviews and tas&ks"));
    }
    // A page taken out of the tabs stays a child of their stack: it must not show through.
    if (m_actor.role == Role::Support) {
        m_salesTable->hide();
    }
    if (m_actor.role == Role::Sales) {
        m_supportTable->hide();
    }
}

void DashboardView::fillPeople()
{
    const QSignalBlocker blocker(m_person);
    const qint64 chosen = m_person->currentData().toLongLong();
    m_person->clear();
    m_person->addItem(tr("Whole team"), qint64(0));
    if (m_actor.role != Role::Lead) {
        return;
    }
    const auto users = UserService(m_db).all();
    if (!users) {
        m_person->setToolTip(users.error().fullText());
        return;
    }
    for (const User& user : *users) {
        if (user.role == Role::Lead) {
            continue; // leads have no figures of their own
        }
        const QString name = user.active ? user.name : tr("%1 (inactive)").arg(user.name);
        m_person->addItem(tr("%1 · %2").arg(name, Labels::of(user.role)), user.id);
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(chosen)));
}

MetricsQuery DashboardView::query() const
{
    MetricsQuery query;
    query.period = m_period->period();
    query.today = m_db.today();
    query.interval = trendIntervalFor(query.period);
    query.userId = m_actor.role == Role::Lead ? m_person->currentData().toLongLong() : m_actor.id;
    return query;
}

void DashboardView::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_period->setToday(m_db.today());
    const MetricsQuery wanted = query();
    if (!wanted.period.isValid()) {
        return;
    }
    m_loader->request(wanted);
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The deals may have changed while another view was in front, here or in another Handoff on the same file.
    if (!event->spontaneous() || m_stale) {
        refresh();
    }
}

void DashboardView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (busy) {
        m_status->setText(tr("Computing…"));
    }
}

void DashboardView::showReport(const MetricsReport& report)
{
    m_report = report;
    m_hasReport = true;
    // One person's figures need no total: it would repeat their row.
    const bool team = report.query.userId == 0;
    m_salesModel->setSales(report.salesReps, team ? &report.team.sales : nullptr);
    m_supportModel->setSupport(report.supportReps, team ? &report.team.support : nullptr);
    for (QTableView* table : {m_salesTable, m_supportTable}) {
        fitColumns(table);
    }
    fitScorecards();
    const TeamFigures& figures = report.team;
    m_headlines[Submitted]->setValue(FigureText::count(figures.sales.handoffsSubmitted));
    m_headlines[FirstPass]->setValue(FigureText::percentOnly(figures.sales.firstPassAcceptance),
                                     FigureText::counts(figures.sales.firstPassAcceptance));
    m_headlines[PromisesKept]->setValue(FigureText::percentOnly(figures.sales.promisesKept),
                                        FigureText::counts(figures.sales.promisesKept));
    m_headlines[OverdueTasks]->setValue(FigureText::count(figures.support.overdueTasks));
    m_headlines[AtRisk]->setValue(FigureText::count(figures.atRiskDeals));
    m_charts->setReport(report);
    m_status->setText(tr("%1 · %2 · as of %3")
                          .arg(personName(report.query.userId), periodText(report.query.period),
                               report.query.today.toString(Qt::ISODate)));
    m_status->setToolTip(QString());
    emit reportShown();
}

void DashboardView::fitColumns(QTableView* table)
{
    // Tens of rows: sizing to the contents is cheap. A long list of return reasons is cut; its tooltip has them all.
    table->resizeColumnsToContents();
    const int reasons = fontMetrics().averageCharWidth() * 48;
    const int widest = fontMetrics().averageCharWidth() * 30;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        const bool isReasons = table == m_salesTable && m_salesModel->figureAt(column) == Figure::ReturnReasons;
        table->setColumnWidth(column, std::min(table->columnWidth(column), isReasons ? reasons : widest));
    }
}

void DashboardView::fitScorecards()
{
    // Once: the scorecard gets the height of all its rows (up to 3/5 of the dashboard), the charts the rest. After
    // that the splitter stays where the user puts it.
    if (m_fitted || !isVisible()) {
        return;
    }
    m_fitted = true;
    auto* table = qobject_cast<QTableView*>(m_tabs->currentWidget());
    if (!table) {
        return;
    }
    // What the tabs take besides the rows (tab bar, header, scroll bar, frames), as laid out now.
    // The scroll bar that wide columns bring shows only after the next layout: count it in already.
    int overhead = m_tabs->height() - table->viewport()->height();
    if (!table->horizontalScrollBar()->isVisible()) {
        overhead += table->horizontalScrollBar()->sizeHint().height();
    }
    const int rows = std::max(table->model()->rowCount(), 3);
    const int wanted = overhead + rows * table->verticalHeader()->defaultSectionSize() + 2;
    const int total = m_splitter->height();
    const int top = std::min(wanted, total * 3 / 5);
    m_splitter->setSizes({top, total - top});
}

void DashboardView::showFailure(const Error& error)
{
    m_status->setText(tr("The figures could not be computed: %1").arg(error.message));
    m_status->setToolTip(error.fullText());
}

} // namespace handoff
