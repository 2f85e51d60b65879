// File ▸ Print, Print preview and Export report in the workstation: they report on what is in front — the open deal,
// the deal selected in the list, or the dashboard's team report — and say so when there is nothing to report on.

#include "../core/ReportTestTools.h"
#include "DealFixture.h"
#include "dashboard/DashboardView.h"
#include "deals/DealListView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "report/ReportActions.h"
#include "report/ReportHtml.h"
#include "workflow/UserService.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

using namespace handoff;

namespace {

User lead(Database& db)
{
    auto users = UserService(db).active(Role::Lead);
    if (users && !users->isEmpty()) {
        return users->first();
    }
    return UserService(db).create(QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead).value();
}

} // namespace

class TestReportActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HandoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportactions"));
        QSettings().clear();
    }

    void reportsWhatIsInFront()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, 30));
        MainWindow window(t.db, lead(t.db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* reports = window.findChild<ReportActions*>();
        QVERIFY(reports);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("printAction")));
        QCOMPARE(reports->printAction()->shortcut(), QKeySequence(QKeySequence::Print));

        // The deal list without a selection: nothing to report on, and the user is told so.
        window.dealList()->table()->clearSelection();
        window.dealList()->table()->setCurrentIndex({});
        reports->update();
        QVERIFY(!reports->printAction()->isEnabled());
        QSignalSpy messages(reports, &ReportActions::message);
        QVERIFY(!reports->exportTo(t.path(QStringLiteral("nothing.pdf"))));
        QCOMPARE(messages.size(), 1);
        QVERIFY(!QFile::exists(t.path(QStringLiteral("nothing.pdf"))));

        // An open deal: its handoff report.
        window.openDeal(1);
        reports->update();
        QVERIFY(reports->printAction()->isEnabled());
        const QString pdf = t.path(QStringLiteral("deal.pdf"));
        QVERIFY(reports->exportTo(pdf));
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("deal.pdf")));
        const QString text = reporttest::pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("HANDOFF REPORT")) || text.contains(QStringLiteral("Handoff report")));

        // The dashboard: the team report of the period it shows.
        window.workspace()->closeAllDeals();
        window.showPlace(NavigationPanel::Place::Dashboard);
        reports->update();
        QVERIFY(reports->printAction()->isEnabled());
        const QString html = t.path(QStringLiteral("team.html"));
        QVERIFY(reports->exportTo(html));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.contains(QStringLiteral("Team handoff report")));
        const MetricsPeriod period = window.dashboard()->query().period;
        QVERIFY(page.contains(reporthtml::date(period.from)));
        QVERIFY(page.contains(reporthtml::date(period.to)));
    }
};

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
