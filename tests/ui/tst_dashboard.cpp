// The team lead's dashboard on a small team with known figures: the scorecards with their counts, "no data" where
// nothing was decided, the period and the person choosing what is counted, and every figure leading to the deals
// behind it and from there into the workspace.
#include "DealFixture.h"
#include "core/TestDatabase.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DealsBehindDialog.h"
#include "dashboard/DealsBehindModel.h"
#include "dashboard/HeadlineButton.h"
#include "dashboard/MetricDefinitionsDialog.h"
#include "dashboard/PeriodPicker.h"
#include "dashboard/ScorecardModel.h"
#include "editor/DealEditor.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "metrics/CsatService.h"
#include "metrics/MetricsFigures.h"
#include "model/Labels.h"
#include "storage/Stores.h"
#include "workflow/HandoffWorkflow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFontMetricsF>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QValueAxis>

#include <memory>

using namespace handoff;

namespace {

const QDate kToday(2026, 11, 20);

// A team whose November and October are known by heart.
//   Rita (sales), November: A, B and D accepted at the first try, C returned once for missing information and then
//   accepted: first-pass acceptance 3 of 4, returns 1 per 4 handoffs. A scored 5 and C scored 2: CSAT 3.5 of 2.
//   Omar (sales): E submitted in November and not yet reviewed (no data); F submitted and accepted in October.
//   Nina (sales): nothing at all.
struct Team {
    TestDatabase t;
    Database& db = t.db;
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(QDate(2026, 10, 1), QTime(12, 0));
    User rita, omar, nina, sam, lee;
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0, f = 0;

    Team()
    {
        const auto clock = now;
        db.setClock([clock] { return *clock; });
        rita = user("Rita Rep", "rita@example.com", Role::Sales);
        omar = user("Omar Rep", "omar@example.com", Role::Sales);
        nina = user("Nina New", "nina@example.com", Role::Sales);
        sam = user("Sam Support", "sam@example.com", Role::Support);
        lee = user("Lee Lead", "lee@example.com", Role::Lead);
        const qint64 account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        const auto deal = [&](const char* title, const User& rep, QDate closed) {
            Deal x;
            x.accountId = account;
            x.title = QString::fromLatin1(title);
            x.closedOn = closed;
            x.salesRepId = rep.id;
            return Seed<DealStore>(db).create(x)->id;
        };
        f = deal("F October", omar, QDate(2026, 10, 12));
        at(QDate(2026, 10, 15));
        submit(f);
        at(QDate(2026, 10, 16));
        accept(f);

        a = deal("A first", rita, QDate(2026, 11, 2));
        b = deal("B second", rita, QDate(2026, 11, 2));
        c = deal("C returned", rita, QDate(2026, 11, 2));
        d = deal("D fourth", rita, QDate(2026, 11, 2));
        e = deal("E waiting", omar, QDate(2026, 11, 2));
        at(QDate(2026, 11, 3));
        for (qint64 id : {a, b, c, d}) {
            submit(id);
        }
        at(QDate(2026, 11, 4));
        for (qint64 id : {a, b, d}) {
            accept(id);
        }
        check(HandoffWorkflow(db).returnHandoff(sam, c, ReturnReason::MissingInformation, QStringLiteral("No SLA")));
        at(QDate(2026, 11, 5));
        submit(c);
        check(HandoffWorkflow(db).markFulfilled(sam, a));
        at(QDate(2026, 11, 6));
        accept(c);
        check(CsatService(db).record(sam, a, 5, QDate(2026, 11, 6), QStringLiteral("Delighted")));
        at(QDate(2026, 11, 7));
        check(HandoffWorkflow(db).markFulfilled(sam, c));
        at(QDate(2026, 11, 8));
        check(CsatService(db).record(sam, c, 2, QDate(2026, 11, 8), QStringLiteral("Too slow")));
        at(QDate(2026, 11, 10));
        submit(e);
        at(kToday);
    }

    User user(const char* name, const char* email, Role role)
    {
        return *Seed<UserStore>(db).create(User{0, 0, QString::fromUtf8(name), QString::fromLatin1(email), role, true});
    }
    void at(QDate day) { *now = QDateTime(day, QTime(12, 0)); }
    template <typename T>
    static void check(const Result<T>& done)
    {
        if (!done) {
            qFatal("%s", qPrintable(done.error().fullText()));
        }
    }
    // A lead hands the deal over whatever its checklist says: the figures only count the submission.
    void submit(qint64 id)
    {
        check(HandoffWorkflow(db).override(lee, id, HandoffAction::Submit, QStringLiteral("test")));
    }
    void accept(qint64 id) { check(HandoffWorkflow(db).accept(sam, id)); }
};

// Shows the dashboard and waits until its first figures are on screen.
bool showAndWait(DashboardView& view)
{
    QSignalSpy shown(&view, &DashboardView::reportShown);
    view.resize(1200, 900);
    view.show();
    return shown.count() > 0 || shown.wait(20000);
}

bool waitForFigures(DashboardView& view, const std::function<void()>& change)
{
    QSignalSpy shown(&view, &DashboardView::reportShown);
    change();
    return shown.count() > 0 || shown.wait(20000);
}

// The text of a rep's cell in a figure's column, as the table shows it.
QString cell(const DashboardView& view, const QString& person, Figure figure)
{
    const QAbstractItemModel* model = view.salesTable()->model();
    const int column = view.salesModel()->columnOf(figure);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ScorecardModel::kPersonColumn).data().toString() == person) {
            return model->index(row, column).data().toString();
        }
    }
    return QStringLiteral("<no row for %1>").arg(person);
}

QStringList peopleInOrder(const QTableView* table)
{
    QStringList people;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        people.append(table->model()->index(row, ScorecardModel::kPersonColumn).data().toString());
    }
    return people;
}

QList<qint64> listed(const DealsBehindDialog* dialog)
{
    QList<qint64> ids;
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        ids.append(dialog->model()->dealIdAt(row));
    }
    return ids;
}

// The dialog opened last, once it lists its deals (they are looked up in the background).
DealsBehindDialog* latestDialog(const DashboardView& view)
{
    const auto dialogs = view.findChildren<DealsBehindDialog*>();
    DealsBehindDialog* dialog = dialogs.isEmpty() ? nullptr : dialogs.last();
    if (dialog && dialog->isReading() && !QSignalSpy(dialog, &DealsBehindDialog::listed).wait(20000)) {
        return nullptr;
    }
    return dialog;
}

bool waitForList(DealsBehindDialog* dialog, const std::function<void()>& change)
{
    QSignalSpy listed(dialog, &DealsBehindDialog::listed);
    change();
    return listed.count() > 0 || listed.wait(20000);
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aLeadSeesEveryRepWithTheCountsBehindEachRate()
    {
        Team team;
        DashboardView view(team.db, team.lee);
        QAbstractItemModelTester tester(view.salesModel());
        QVERIFY(showAndWait(view));
        QCOMPARE(view.periodPicker()->period(), (MetricsPeriod{QDate(2026, 11, 1), QDate(2026, 11, 30)}));
        QCOMPARE(peopleInOrder(view.salesTable()), (QStringList{QStringLiteral("Nina New"), QStringLiteral("Omar Rep"),
                                                                QStringLiteral("Rita Rep"), QStringLiteral("Team")}));
        QCOMPARE(cell(view, QStringLiteral("Rita Rep"), Figure::HandoffsSubmitted), QStringLiteral("4"));
        QCOMPARE(cell(view, QStringLiteral("Rita Rep"), Figure::FirstPassAcceptance), QStringLiteral("75 % (3/4)"));
        QCOMPARE(cell(view, QStringLiteral("Rita Rep"), Figure::ReturnsPerHandoff), QStringLiteral("0.25 (1/4)"));
        QCOMPARE(cell(view, QStringLiteral("Rita Rep"), Figure::ReturnReasons),
                 Labels::of(ReturnReason::MissingInformation) + QStringLiteral(" 1"));
        QCOMPARE(cell(view, QStringLiteral("Rita Rep"), Figure::CsatSalesRep), QStringLiteral("3.5 (2)"));
        // Omar's only November handoff waits for its review; Nina handed nothing over. Neither is 0 %.
        QCOMPARE(cell(view, QStringLiteral("Omar Rep"), Figure::HandoffsSubmitted), QStringLiteral("1"));
        QCOMPARE(cell(view, QStringLiteral("Omar Rep"), Figure::FirstPassAcceptance), QStringLiteral("no data"));
        QCOMPARE(cell(view, QStringLiteral("Nina New"), Figure::FirstPassAcceptance), QStringLiteral("no data"));
        QCOMPARE(cell(view, QStringLiteral("Nina New"), Figure::CsatSalesRep), QStringLiteral("no data"));
        QCOMPARE(cell(view, QStringLiteral("Team"), Figure::HandoffsSubmitted), QStringLiteral("5"));
        QCOMPARE(cell(view, QStringLiteral("Team"), Figure::FirstPassAcceptance), QStringLiteral("75 % (3/4)"));

        QCOMPARE(view.headline(DashboardView::Submitted)->value(), QStringLiteral("5"));
        QCOMPARE(view.headline(DashboardView::FirstPass)->value(), QStringLiteral("75 %"));
        QCOMPARE(view.headline(DashboardView::FirstPass)->counts(), QStringLiteral("3 of 4"));
        // The column's title and its definition.
        const int column = view.salesModel()->columnOf(Figure::FirstPassAcceptance);
        const FigureInfo info = MetricsFigures::info(Figure::FirstPassAcceptance);
        QCOMPARE(view.salesTable()->model()->headerData(column, Qt::Horizontal).toString().simplified(), info.title);
        QVERIFY(view.salesTable()
                    ->model()
                    ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(info.definition.toHtmlEscaped()));
    }

    void thePeriodChangesTheFigures()
    {
        Team team;
        DashboardView view(team.db, team.lee);
        QVERIFY(showAndWait(view));
        QVERIFY(waitForFigures(view, [&] { view.periodPicker()->setChoice(PeriodPicker::LastMonth); }));
        QCOMPARE(view.report().query.period, (MetricsPeriod{QDate(2026, 10, 1), QDate(2026, 10, 31)}));
        QCOMPARE(cell(view, QStringLiteral("Rita Rep"), Figure::HandoffsSubmitted), QStringLiteral("0"));
        QCOMPARE(cell(view, QStringLiteral("Rita Rep"), Figure::FirstPassAcceptance), QStringLiteral("no data"));
        QCOMPARE(cell(view, QStringLiteral("Omar Rep"), Figure::FirstPassAcceptance), QStringLiteral("100 % (1/1)"));
        QCOMPARE(view.headline(DashboardView::Submitted)->value(), QStringLiteral("1"));

        // A custom period of the first week of November: Rita's four handoffs, not Omar's of the 10th.
        QVERIFY(waitForFigures(view, [&] {
            view.periodPicker()->setPeriod({QDate(2026, 11, 1), QDate(2026, 11, 7)});
        }));
        QCOMPARE(view.periodPicker()->choice(), PeriodPicker::Custom);
        QCOMPARE(cell(view, QStringLiteral("Rita Rep"), Figure::HandoffsSubmitted), QStringLiteral("4"));
        QCOMPARE(cell(view, QStringLiteral("Omar Rep"), Figure::HandoffsSubmitted), QStringLiteral("0"));

        // The charts step by week through a quarter, by month through a year and by quarter through ten.
        DashboardCharts* charts = view.charts();
        QVERIFY(waitForFigures(view, [&] { view.periodPicker()->setChoice(PeriodPicker::LastQuarter); }));
        QCOMPARE(view.report().trend.size(), 14);
        QCOMPARE(charts->clickFor(DashboardCharts::Promises, 0, 1).step,
                 (MetricsPeriod{QDate(2026, 7, 6), QDate(2026, 7, 12)}));
        QVERIFY(waitForFigures(view, [&] {
            view.periodPicker()->setPeriod({QDate(2025, 11, 15), QDate(2026, 11, 14)});
        }));
        QCOMPARE(view.report().trend.size(), 13);
        QCOMPARE(charts->clickFor(DashboardCharts::Promises, 0, 1).step,
                 (MetricsPeriod{QDate(2025, 12, 1), QDate(2025, 12, 31)}));
        QVERIFY(waitForFigures(view, [&] {
            view.periodPicker()->setPeriod({QDate(2016, 11, 15), QDate(2026, 11, 14)});
        }));
        QCOMPARE(view.report().trend.size(), 41);
        QCOMPARE(charts->clickFor(DashboardCharts::Promises, 0, 0).step,
                 (MetricsPeriod{QDate(2016, 11, 15), QDate(2016, 12, 31)}));
        QCOMPARE(charts->clickFor(DashboardCharts::Promises, 0, 1).step,
                 (MetricsPeriod{QDate(2017, 1, 1), QDate(2017, 3, 31)}));
    }

    void aCellListsExactlyTheDealsBehindItAndOpensOne()
    {
        Team team;
        DashboardView view(team.db, team.lee);
        QVERIFY(showAndWait(view));
        QTableView* table = view.salesTable();
        const int column = view.salesModel()->columnOf(Figure::FirstPassAcceptance);
        const int row = int(peopleInOrder(table).indexOf(QStringLiteral("Rita Rep")));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, column));
        QTest::keyClick(table, Qt::Key_Return);
        DealsBehindDialog* dialog = latestDialog(view);
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model());
        // Accepted at the first try: not C, which was returned once.
        QCOMPARE(listed(dialog), (QList<qint64>{team.a, team.b, team.d}));
        QCOMPARE(dialog->total(), qint64(3));
        QCOMPARE(dialog->model()->index(1, DealsBehindModel::TitleColumn).data().toString(),
                 QStringLiteral("B second"));
        QCOMPARE(dialog->model()->index(1, DealsBehindModel::AccountColumn).data().toString(), QStringLiteral("Acme"));
        QCOMPARE(dialog->model()->index(1, DealsBehindModel::StateColumn).data().toString(),
                 Labels::of(HandoffState::Accepted));
        // What the rate is taken over: every decided handoff of hers.
        QVERIFY(waitForList(dialog, [dialog] { dialog->choiceCombo()->setCurrentIndex(1); }));
        QCOMPARE(listed(dialog), (QList<qint64>{team.a, team.b, team.c, team.d}));

        QSignalSpy activated(&view, &DashboardView::dealActivated);
        dialog->table()->setFocus();
        dialog->table()->setCurrentIndex(dialog->model()->index(2, DealsBehindModel::TitleColumn));
        QTest::keyClick(dialog->table(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), team.c);
        // The list stays open for the next deal.
        QVERIFY(dialog->isVisible());
    }

    // A figure behind a thousand deals holds a window of pages as the list scrolls, yet every row reads as it did,
    // and a page read again shows the deals as they are now.
    void aLongListOfDealsHoldsAWindowOfPages()
    {
        TestDatabase t;
        constexpr int deals = 1000;
        QVERIFY(fillDeals(t.db, deals));
        QList<qint64> ids;
        for (qint64 id = deals; id >= 1; --id) {
            ids.append(id);
        }
        DealsBehindModel model(t.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDealIds(ids);
        const QString firstTitle = model.index(0, DealsBehindModel::TitleColumn).data().toString();
        QVERIFY(firstTitle.startsWith(QLatin1String("Deal ")));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(model.loadedPageCount() <= DealsBehindModel::kWindowPages);
        }
        QCOMPARE(model.rowCount(), deals);
        QCOMPARE(model.loadedPageCount(), DealsBehindModel::kWindowPages);
        QCOMPARE(model.index(0, DealsBehindModel::TitleColumn).data().toString(), firstTitle);
        for (int row = 0; row < deals; ++row) {
            QCOMPARE(model.dealIdAt(row), ids.at(row));
            QCOMPARE(model.index(row, DealsBehindModel::IdColumn).data().toLongLong(), ids.at(row));
            QVERIFY(model.errorAt(row).isEmpty());
        }
        QCOMPARE(model.loadedPageCount(), DealsBehindModel::kWindowPages); // the last pages read: the first let go

        QVERIFY(t.db.exec(QStringLiteral("UPDATE deals SET title = 'Renamed' WHERE id = ?"), {ids.at(1)}));
        QCOMPARE(model.index(1, DealsBehindModel::TitleColumn).data().toString(), QStringLiteral("Renamed"));
    }

    void theReturnsColumnListsTheDealsOfEachReason()
    {
        Team team;
        DashboardView view(team.db, team.lee);
        QVERIFY(showAndWait(view));
        QTableView* table = view.salesTable();
        const int row = int(peopleInOrder(table).indexOf(QStringLiteral("Rita Rep")));
        const QModelIndex index = table->model()->index(row, view.salesModel()->columnOf(Figure::ReturnReasons));
        emit table->activated(index);
        DealsBehindDialog* dialog = latestDialog(view);
        QVERIFY(dialog);
        QVERIFY(dialog->choiceCombo()->currentText().contains(Labels::of(ReturnReason::MissingInformation)));
        QCOMPARE(listed(dialog), QList<qint64>{team.c});
    }

    // The trend of first-pass acceptance reads its percentages at the size of a 1280-pixel window: as many axis labels
    // as the chart's height holds, not twelve cut to "…".
    void theTrendsAxisLabelsFitTheChart()
    {
        Team team;
        DashboardView view(team.db, team.rita); // a sales rep's own dashboard shows the trend over time
        QSignalSpy shown(&view, &DashboardView::reportShown);
        view.resize(1080, 640);
        view.show();
        QVERIFY(shown.count() > 0 || shown.wait(20000));
        auto* chartView = view.findChild<QChartView*>(QStringLiteral("firstPassChart"));
        QVERIFY(chartView);
        QChart* chart = chartView->chart();
        auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        const int labels = y->tickType() == QValueAxis::TicksDynamic
                               ? int((y->max() - y->tickAnchor()) / y->tickInterval()) + 1
                               : y->tickCount();
        const double needed = labels * QFontMetricsF(y->labelsFont()).height();
        QVERIFY2(chart->plotArea().height() >= needed,
                 qPrintable(QStringLiteral("%1 labels need %2 px; the chart has %3")
                                .arg(labels)
                                .arg(needed)
                                .arg(chart->plotArea().height())));
    }

    // The overdue tasks figure counts tasks, not deals: it opens the list of those tasks, with how late each is.
    void theOverdueTasksFigureOpensTheTasks()
    {
        Team team;
        DashboardView view(team.db, team.lee);
        QVERIFY(showAndWait(view));
        QSignalSpy asked(&view, &DashboardView::overdueTasksRequested);
        QTest::mouseClick(view.headline(DashboardView::OverdueTasks), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toLongLong(), 0); // the team's, as the figure counts
        QVERIFY(!latestDialog(view));                // not a list of deals
    }

    void headlinesAndChartsListTheirDeals()
    {
        Team team;
        DashboardView view(team.db, team.lee);
        QVERIFY(showAndWait(view));
        QTest::mouseClick(view.headline(DashboardView::Submitted), Qt::LeftButton);
        DealsBehindDialog* dialog = latestDialog(view);
        QVERIFY(dialog);
        QCOMPARE(listed(dialog), (QList<qint64>{team.a, team.b, team.c, team.d, team.e}));
        dialog->close();

        // The "accepted" bar of handoffs by state: the deals accepted and not yet fulfilled, whatever the period.
        DashboardCharts* charts = view.charts();
        int acceptedBar = -1;
        for (int i = 0; i < int(enumCount<HandoffState>()); ++i) {
            if (charts->clickFor(DashboardCharts::States, 0, i).breakdownKey == QLatin1String("accepted")) {
                acceptedBar = i;
            }
        }
        QVERIFY(acceptedBar >= 0);
        emit charts->clicked(charts->clickFor(DashboardCharts::States, 0, acceptedBar));
        dialog = latestDialog(view);
        QVERIFY(dialog);
        QCOMPARE(listed(dialog), (QList<qint64>{team.f, team.b, team.d})); // by deal number: F was made first
        dialog->close();

        // Rita's bar of first-pass acceptance.
        int ritaBar = -1;
        for (int i = 0; i < 3; ++i) {
            if (charts->clickFor(DashboardCharts::FirstPass, 0, i).userId == team.rita.id) {
                ritaBar = i;
            }
        }
        QVERIFY(ritaBar >= 0);
        emit charts->clicked(charts->clickFor(DashboardCharts::FirstPass, 0, ritaBar));
        dialog = latestDialog(view);
        QVERIFY(dialog);
        QCOMPARE(listed(dialog), (QList<qint64>{team.a, team.b, team.d}));
    }

    void aRepSeesOnlyTheirOwnFigures()
    {
        Team team;
        DashboardView view(team.db, team.rita);
        QVERIFY(showAndWait(view));
        QVERIFY(view.personCombo()->isHidden());
        QCOMPARE(view.report().query.userId, team.rita.id);
        // Her own row, and no team total that would only repeat it.
        QCOMPARE(peopleInOrder(view.salesTable()), QStringList{QStringLiteral("Rita Rep")});
        QCOMPARE(cell(view, QStringLiteral("Rita Rep"), Figure::FirstPassAcceptance), QStringLiteral("75 % (3/4)"));
        QVERIFY(view.findChild<QTabWidget*>(QStringLiteral("scorecardTabs"))->indexOf(view.supportTable()) < 0);
        QVERIFY(!view.supportTable()->isVisible());

        // Her first-pass chart follows the weeks: the week of 2 November holds her four handoffs.
        DashboardCharts* charts = view.charts();
        const ChartClick week = charts->clickFor(DashboardCharts::FirstPass, 0, 1);
        QCOMPARE(week.step, (MetricsPeriod{QDate(2026, 11, 2), QDate(2026, 11, 8)}));
        QCOMPARE(week.userId, team.rita.id);
        emit charts->clicked(week);
        DealsBehindDialog* dialog = latestDialog(view);
        QVERIFY(dialog);
        QCOMPARE(listed(dialog), (QList<qint64>{team.a, team.b, team.d}));
    }

    void aLeadNarrowsTheDashboardToOnePerson()
    {
        Team team;
        DashboardView view(team.db, team.lee);
        QVERIFY(showAndWait(view));
        QComboBox* person = view.personCombo();
        QVERIFY(!person->isHidden());
        const int omar = person->findData(team.omar.id);
        QVERIFY(omar > 0);
        QVERIFY(person->findData(team.lee.id) < 0); // leads have no figures of their own
        QVERIFY(waitForFigures(view, [&] { person->setCurrentIndex(omar); }));
        QCOMPARE(peopleInOrder(view.salesTable()), QStringList{QStringLiteral("Omar Rep")});
        QCOMPARE(view.headline(DashboardView::Submitted)->value(), QStringLiteral("1"));
    }

    void sortingKeepsRowsWithoutDataAndTheTeamLast()
    {
        Team team;
        DashboardView view(team.db, team.lee);
        QVERIFY(showAndWait(view));
        const int column = view.salesModel()->columnOf(Figure::FirstPassAcceptance);
        view.salesTable()->sortByColumn(column, Qt::DescendingOrder);
        QCOMPARE(peopleInOrder(view.salesTable()), (QStringList{QStringLiteral("Rita Rep"), QStringLiteral("Nina New"),
                                                                QStringLiteral("Omar Rep"), QStringLiteral("Team")}));
        view.salesTable()->sortByColumn(view.salesModel()->columnOf(Figure::HandoffsSubmitted), Qt::AscendingOrder);
        QCOMPARE(peopleInOrder(view.salesTable()), (QStringList{QStringLiteral("Nina New"), QStringLiteral("Omar Rep"),
                                                                QStringLiteral("Rita Rep"), QStringLiteral("Team")}));
    }

    void theKeyboardReachesThePeriodAndTheScorecard()
    {
        Team team;
        DashboardView view(team.db, team.lee);
        QVERIFY(showAndWait(view));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.periodPicker()->combo()->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), view.periodPicker()->combo());
        int presses = 0;
        while (QApplication::focusWidget() != view.salesTable() && presses < 15) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            ++presses;
        }
        QCOMPARE(QApplication::focusWidget(), view.salesTable());
        // From the table, Enter lists the deals of the current cell.
        view.salesTable()->setCurrentIndex(
            view.salesTable()->model()->index(0, view.salesModel()->columnOf(Figure::HandoffsSubmitted)));
        QTest::keyClick(view.salesTable(), Qt::Key_Enter);
        QVERIFY(latestDialog(view));
    }

    void theDefinitionsNameEveryFigure()
    {
        MetricDefinitionsDialog dialog;
        const QString text = dialog.browser()->toPlainText();
        for (const FigureInfo& info : MetricsFigures::all()) {
            QVERIFY2(text.contains(info.title), qPrintable(info.title));
            QVERIFY2(text.contains(info.definition.left(40)), qPrintable(info.key));
        }
    }

    void theMainWindowHostsTheDashboard()
    {
        Team team;
        MainWindow window(team.db, team.lee);
        QVERIFY(window.dashboard());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("metricDefinitionsAction")));
        QSignalSpy shown(window.dashboard(), &DashboardView::reportShown);
        window.showPlace(NavigationPanel::Dashboard);
        window.show();
        QVERIFY(shown.count() > 0 || shown.wait(20000));
        emit window.dashboard()->dealActivated(team.c);
        QVERIFY(window.workspace()->currentEditor());
        QCOMPARE(window.workspace()->currentEditor()->dealId(), team.c);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
