// Review and fulfilment per support rep: review turnaround, tasks done on time and overdue, promises fulfilled on
// time for the support owner, and the business days from acceptance to kickoff; reps without reviews have no data.

#include "MetricsTestWorld.h"
#include "workflow/HandoffClock.h"

#include <QTest>

using namespace handoff;
using namespace metricstest;

namespace {

const QDate kMarch1(2026, 3, 1);
const QDate kMarch31(2026, 3, 31);

SupportFigures figuresOf(const QList<SupportRepRow>& rows, qint64 userId)
{
    for (const SupportRepRow& row : rows) {
        if (row.user.id == userId) {
            return row.figures;
        }
    }
    qFatal("no row for user %lld", userId);
}

} // namespace

class TestMetricsSupport : public QObject {
    Q_OBJECT

private slots:
    void reviewTurnaroundFromEachSubmissionToItsDecision()
    {
        World w;
        w.at(kMonday, 8);
        const qint64 a = w.deal(w.rep, kMonday);
        const qint64 b = w.deal(w.rep, kMonday);
        w.at(kMonday, 9);
        w.submit(a);
        w.submit(b);
        w.at(kMonday, 10);
        w.returnIt(b, ReturnReason::UnclearScope); // 1 hour
        w.at(kMonday.addDays(1), 15);
        w.accept(a); // 30 hours after its submission
        w.at(kMonday.addDays(2), 9);
        w.submit(b);
        w.at(kMonday.addDays(2), 13);
        w.accept(b, &w.otherSupport); // 4 hours after the second submission, not the first

        const MetricsReport report = must(MetricsService(w.db).report(w.query(kMarch1, kMarch31, kMarch31)), "report");
        QCOMPARE(figuresOf(report.supportReps, w.support.id).reviewTurnaroundHours, (Median{15.5, 2}));
        QCOMPARE(figuresOf(report.supportReps, w.otherSupport.id).reviewTurnaroundHours, (Median{4.0, 1}));
        QCOMPARE(report.team.support.reviewTurnaroundHours, (Median{4.0, 3}));
        QCOMPARE(must(MetricsService(w.db).dealsBehind(Figure::ReviewTurnaroundHours,
                                                       w.query(kMarch1, kMarch31, kMarch31), w.otherSupport.id),
                      "deals")
                     .dealIds,
                 (QList<qint64>{b}));
    }

    void aRepWithoutReviewsOrTasksHasNoData()
    {
        World w;
        const qint64 deal = w.acceptedDeal(kMonday, {QDate(2026, 3, 20)});
        Q_UNUSED(deal);
        const MetricsReport report = must(MetricsService(w.db).report(w.query(kMarch1, kMarch31, kMarch31)), "report");
        // Sol, an active support rep, is listed, and every rate of his is "no data" rather than 0 %.
        const SupportFigures sol = figuresOf(report.supportReps, w.otherSupport.id);
        QVERIFY(!sol.reviewTurnaroundHours.hasData());
        QVERIFY(!sol.reviewTurnaroundHours.value.has_value());
        QVERIFY(!sol.tasksOnTime.hasData());
        QVERIFY(!sol.tasksOnTime.value().has_value());
        QVERIFY(!sol.promisesFulfilledOnTime.hasData());
        QCOMPARE(sol.overdueTasks, 0);
        QVERIFY(!sol.businessDaysToKickoff.hasData());
        QVERIFY(!sol.csat.hasData());
        QVERIFY(figuresOf(report.supportReps, w.support.id).reviewTurnaroundHours.hasData());
    }

    void tasksOnTimeLateAndOverdue()
    {
        World w;
        // Tasks are due five days before their promises: 15, 16, 17 March and 25 April.
        const qint64 deal =
            w.acceptedDeal(kMonday, {QDate(2026, 3, 20), QDate(2026, 3, 21), QDate(2026, 3, 22), QDate(2026, 4, 30)});
        const QList<FulfilmentTask> tasks = w.tasks(deal);
        QCOMPARE(tasks.size(), 4);
        QCOMPARE(tasks.at(0).dueOn, QDate(2026, 3, 15));
        w.at(QDate(2026, 3, 18));
        w.doneTask(tasks.at(0).id, QDate(2026, 3, 15)); // on its due date
        w.doneTask(tasks.at(1).id, QDate(2026, 3, 18)); // two days late
        // The third is still open after its due date; the fourth is not due yet.

        const MetricsQuery march = w.query(kMarch1, kMarch31, kMarch31);
        const MetricsReport report = must(MetricsService(w.db).report(march), "report");
        const SupportFigures sam = figuresOf(report.supportReps, w.support.id);
        QCOMPARE(sam.tasksOnTime, (Rate{1, 3}));
        QCOMPARE(sam.overdueTasks, 1);
        QCOMPARE(report.team.support.overdueTasks, 1);
        // Weekly trend: the week of the 9th holds the task done on time, the week of the 16th the two late ones.
        QCOMPARE(report.trend.at(2).tasksOnTime, (Rate{1, 1}));
        QCOMPARE(report.trend.at(3).tasksLate, (Rate{2, 2}));
        QCOMPARE(must(MetricsService(w.db).dealsBehind(Figure::TasksLate, march, w.support.id), "deals").dealIds,
                 (QList<qint64>{deal}));
        // A month later the fourth task is overdue too; March's figures do not change.
        const MetricsReport may = must(MetricsService(w.db).report(w.query(kMarch1, kMarch31, QDate(2026, 5, 1))), "");
        QCOMPARE(figuresOf(may.supportReps, w.support.id).tasksOnTime, (Rate{1, 3}));
        QCOMPARE(figuresOf(may.supportReps, w.support.id).overdueTasks, 2);
    }

    void promisesFulfilledOnTimeCountForTheSupportOwner()
    {
        World w;
        const QDate due(2026, 3, 16);
        const qint64 samsDeal = w.acceptedDeal(kMonday, {due, due});
        const qint64 solsDeal = w.acceptedDeal(kMonday, {due}, &w.otherSupport);
        const QList<Promise> sams = must(PromiseService(w.db).forDeal(samsDeal), "promises");
        w.at(due.addDays(2));
        w.fulfilPromise(sams.at(0).id, due);
        w.fulfilPromise(sams.at(1).id, due.addDays(2));
        const Promise sol = must(PromiseService(w.db).forDeal(solsDeal), "promises").constFirst();
        w.fulfilPromise(sol.id, due.addDays(-1), &w.otherSupport);

        const MetricsReport report = must(MetricsService(w.db).report(w.query(kMarch1, kMarch31, kMarch31)), "report");
        QCOMPARE(figuresOf(report.supportReps, w.support.id).promisesFulfilledOnTime, (Rate{1, 2}));
        QCOMPARE(figuresOf(report.supportReps, w.otherSupport.id).promisesFulfilledOnTime, (Rate{1, 1}));
        QCOMPARE(report.team.support.promisesFulfilledOnTime, (Rate{2, 3}));
    }

    void businessDaysFromAcceptanceToKickoff()
    {
        World w;
        const QDate friday = kMonday.addDays(4);
        w.at(kMonday, 8);
        const qint64 a = w.deal(w.rep, kMonday);
        w.answer(a, "kickoff_date", friday.toString(Qt::ISODate)); // Tuesday to Friday: 4
        const qint64 b = w.deal(w.rep, kMonday);
        w.answer(b, "kickoff_date", kMonday.toString(Qt::ISODate)); // the day of acceptance: 0
        const qint64 c = w.deal(w.rep, kMonday);
        w.submit(a);
        w.submit(b);
        w.submit(c);
        // c loses its kickoff date before it is accepted: it has no time to kickoff yet.
        must(w.db.exec(QStringLiteral("DELETE FROM checklist_answers WHERE deal_id = ? AND item_id = (SELECT id FROM "
                                      "checklist_items WHERE key = 'kickoff_date')"),
                       {c}),
             "clear kickoff");
        w.at(kMonday, 11);
        w.accept(a);
        w.accept(b);
        w.accept(c);
        QCOMPARE(must(HandoffClock(w.db).kickoffClock(a, kMarch31), "clock").businessDays, 4);

        const MetricsQuery march = w.query(kMarch1, kMarch31, kMarch31);
        const SupportFigures sam = figuresOf(must(MetricsService(w.db).supportReps(march), "rows"), w.support.id);
        QCOMPARE(sam.businessDaysToKickoff, (Median{2.0, 2}));
        QCOMPARE(must(MetricsService(w.db).dealsBehind(Figure::BusinessDaysToKickoff, march), "deals").dealIds,
                 (QList<qint64>{a, b}));
    }
};

QTEST_GUILESS_MAIN(TestMetricsSupport)
#include "tst_metricssupport.moc"
