// Handoff quality per sales rep: hand-built histories with known answers for every figure of a sales rep's row,
// the team's totals, the edges of the period in local time, and rates without data.

#include "MetricsTestWorld.h"
#include "storage/Settings.h"
#include "workflow/HandoffClock.h"

#include <QTest>

using namespace handoff;
using namespace metricstest;

namespace {

const QDate kMarch1(2026, 3, 1);
const QDate kMarch31(2026, 3, 31);

SalesRepRow rowOf(const QList<SalesRepRow>& rows, qint64 userId)
{
    for (const SalesRepRow& row : rows) {
        if (row.user.id == userId) {
            return row;
        }
    }
    qFatal("no row for user %lld", userId);
}

MetricsReport reportOf(const World& w, QDate from, QDate to, QDate today)
{
    return must(MetricsService(w.db).report(w.query(from, to, today)), "report");
}

QList<qint64> dealsBehind(const World& w, Figure figure, const MetricsQuery& query, qint64 userId = 0,
                          FigurePart part = FigurePart::Counted, const QString& key = {})
{
    return must(MetricsService(w.db).dealsBehind(figure, query, userId, key, part), "deals behind").dealIds;
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private slots:
    void aPeriodWithoutHandoffsHasNoData()
    {
        World w;
        const qint64 deal = w.deal(w.rep, kMonday);
        w.submit(deal);
        const MetricsReport report = reportOf(w, QDate(2026, 4, 1), QDate(2026, 4, 30), QDate(2026, 4, 30));
        // Every active sales rep has a row, with zero handoffs and rates that are "no data", not 0 %.
        QCOMPARE(report.salesReps.size(), 2);
        QCOMPARE(report.salesReps.at(0).user.name, QStringLiteral("Omar Rep"));
        const SalesFigures& rita = rowOf(report.salesReps, w.rep.id).figures;
        QCOMPARE(rita.handoffsSubmitted, 0);
        QVERIFY(!rita.firstPassAcceptance.hasData());
        QVERIFY(!rita.firstPassAcceptance.value().has_value());
        QVERIFY(!rita.checklistCompleteness.value().has_value());
        QVERIFY(!rita.promisesKept.value().has_value());
        QVERIFY(!rita.businessDaysToFirstSubmit.value.has_value());
        QCOMPARE(rita.businessDaysToFirstSubmit.count, 0);
        QCOMPARE(report.team.sales.handoffsSubmitted, 0);
        QVERIFY(!report.team.support.reviewTurnaroundHours.hasData());
        // The trend still has its five weeks, the first and last clipped to April.
        QCOMPARE(report.trend.size(), 5);
        QCOMPARE(report.trend.first().period, (MetricsPeriod{QDate(2026, 4, 1), QDate(2026, 4, 5)}));
        QCOMPARE(report.trend.last().period, (MetricsPeriod{QDate(2026, 4, 27), QDate(2026, 4, 30)}));
        QCOMPARE(report.trend.at(1).handoffsSubmitted, 0);
        // The handoff submitted in March is still there as of today.
        QCOMPARE(report.team.handoffsByState[std::size_t(HandoffState::Submitted)], 1);
    }

    void firstPassReturnsAndReasons()
    {
        World w;
        w.at(kMonday, 8);
        const qint64 a = w.deal(w.rep, kMonday);
        const qint64 b = w.deal(w.rep, kMonday);
        const qint64 c = w.deal(w.rep, kMonday);
        const qint64 d = w.deal(w.otherRep, kMonday);
        w.at(kMonday, 9);
        for (qint64 deal : {a, b, c, d}) {
            w.submit(deal);
        }
        w.at(kMonday, 10);
        w.returnIt(b, ReturnReason::MissingInformation);
        w.at(kMonday, 11);
        w.accept(a);
        w.at(kMonday, 12);
        w.returnIt(d, ReturnReason::Other);
        // b comes back twice; its later submissions do not count as new handoffs.
        w.at(kMonday.addDays(1), 9);
        w.submit(b);
        w.at(kMonday.addDays(1), 10);
        w.returnIt(b, ReturnReason::UnclearScope);
        w.at(kMonday.addDays(2), 9);
        w.submit(b);
        w.at(kMonday.addDays(2), 10);
        w.accept(b);

        const MetricsReport report = reportOf(w, kMarch1, kMarch31, kMarch31);
        const SalesFigures& rita = rowOf(report.salesReps, w.rep.id).figures;
        QCOMPARE(rita.handoffsSubmitted, 3);
        // a accepted at once, b accepted after two returns, c not reviewed yet.
        QCOMPARE(rita.firstPassAcceptance, (Rate{1, 2}));
        QCOMPARE(rita.returnsPerHandoff, (Rate{2, 3}));
        QCOMPARE(rita.returnReasons[std::size_t(ReturnReason::MissingInformation)], 1);
        QCOMPARE(rita.returnReasons[std::size_t(ReturnReason::UnclearScope)], 1);
        QCOMPARE(rita.returnReasons[std::size_t(ReturnReason::Other)], 0);
        const int required = w.requiredItems();
        QCOMPARE(rita.checklistCompleteness, (Rate{3 * required, 3 * required}));
        const SalesFigures& omar = rowOf(report.salesReps, w.otherRep.id).figures;
        QCOMPARE(omar.firstPassAcceptance, (Rate{0, 1}));
        QCOMPARE(omar.returnReasons[std::size_t(ReturnReason::Other)], 1);
        QCOMPARE(report.team.sales.handoffsSubmitted, 4);
        QCOMPARE(report.team.sales.firstPassAcceptance, (Rate{1, 3}));
        QCOMPARE(report.team.sales.returnsPerHandoff, (Rate{3, 4}));

        const MetricsQuery march = w.query(kMarch1, kMarch31, kMarch31);
        QCOMPARE(dealsBehind(w, Figure::FirstPassAcceptance, march, w.rep.id), (QList<qint64>{a}));
        QCOMPARE(dealsBehind(w, Figure::FirstPassAcceptance, march, w.rep.id, FigurePart::Base), (QList<qint64>{a, b}));
        QCOMPARE(dealsBehind(w, Figure::ReturnReasons, march, 0, FigurePart::Counted, QStringLiteral("other")),
                 (QList<qint64>{d}));
        QCOMPARE(dealsBehind(w, Figure::HandoffsSubmitted, march), (QList<qint64>{a, b, c, d}));
    }

    void theEdgesOfThePeriodAreLocalDays()
    {
        World w;
        const QDate first(2026, 3, 10);
        const QDate last(2026, 3, 20);
        QList<qint64> deals;
        for (const auto& [day, hour, minute] : {std::tuple{first.addDays(-1), 23, 30}, std::tuple{first, 0, 30},
                                                std::tuple{last, 23, 30}, std::tuple{last.addDays(1), 0, 30}}) {
            w.at(day, hour, minute);
            deals.append(w.deal(w.rep, day));
            w.submit(deals.last());
        }
        // Promises due the day before, the first day, the last day and the day after; all open and past due.
        w.at(kMarch1);
        const qint64 draft = w.deal(w.rep, kMarch1);
        for (const QDate& due : {first.addDays(-1), first, last, last.addDays(1)}) {
            w.promise(draft, due);
        }
        const MetricsQuery query = w.query(first, last, kMarch31);
        const SalesFigures rita = rowOf(must(MetricsService(w.db).salesReps(query), "rows"), w.rep.id).figures;
        QCOMPARE(rita.handoffsSubmitted, 2);
        QCOMPARE(dealsBehind(w, Figure::HandoffsSubmitted, query), (QList<qint64>{deals.at(1), deals.at(2)}));
        QCOMPARE(rita.promisesBroken, (Rate{2, 2}));
        QCOMPARE(rita.promisesKept, (Rate{0, 2}));
        QCOMPARE(dealsBehind(w, Figure::PromisesBroken, query), (QList<qint64>{draft}));
    }

    void promisesKeptOnTheirDueDateAndBrokenADayLate()
    {
        World w;
        const QDate due(2026, 3, 16);
        const qint64 deal =
            w.acceptedDeal(kMonday, {due, due, due.addDays(1), due.addDays(2), due.addDays(3), QDate(2026, 4, 20)});
        const QList<Promise> promises = must(PromiseService(w.db).forDeal(deal), "promises");
        w.at(due, 15);
        w.fulfilPromise(promises.at(0).id, due);            // on its due date: kept
        w.fulfilPromise(promises.at(1).id, due.addDays(1)); // a day late: broken
        must(PromiseService(w.db).waive(w.lead, promises.at(3).id, QStringLiteral("dropped")), "waive"); // not counted
        w.at(kMarch31);
        must(PromiseService(w.db).markBrokenPastDue(kMarch31), "mark broken"); // the 3rd and 5th
        for (const QDate& to : {kMarch31, QDate(2026, 4, 30)}) {
            // April adds only a promise that is not due yet: nothing settled, nothing counted.
            const MetricsReport report = reportOf(w, kMarch1, to, kMarch31);
            const SalesFigures& rita = rowOf(report.salesReps, w.rep.id).figures;
            QCOMPARE(rita.promisesKept, (Rate{1, 4}));
            QCOMPARE(rita.promisesBroken, (Rate{3, 4}));
            QCOMPARE(report.team.support.promisesFulfilledOnTime, (Rate{1, 4}));
        }
        const MetricsReport report = reportOf(w, kMarch1, kMarch31, kMarch31);
        // Weekly: Sunday 1 March alone, then Monday to Sunday, the last week clipped to the 31st.
        QCOMPARE(report.trend.size(), 6);
        QCOMPARE(report.trend.at(0).period, (MetricsPeriod{kMarch1, kMarch1}));
        QCOMPARE(report.trend.at(3).period, (MetricsPeriod{due, due.addDays(6)}));
        QCOMPARE(report.trend.at(3).promisesKept, (Rate{1, 4}));
        QCOMPARE(report.trend.at(3).promisesBroken, (Rate{3, 4}));
        QCOMPARE(report.trend.at(5).period, (MetricsPeriod{QDate(2026, 3, 30), kMarch31}));
        QCOMPARE(report.trend.at(1).handoffsSubmitted, 1);
        QCOMPARE(report.trend.at(1).firstPassAcceptance, (Rate{1, 1}));
    }

    void checklistCompletenessIsTakenAtTheFirstSubmission()
    {
        World w;
        const int required = w.requiredItems();
        QVERIFY(required > 3);
        w.at(kMonday, 9);
        const qint64 complete = w.deal(w.rep, kMonday);
        w.submit(complete);
        // Two items answered, submitted by a lead's override; completed before the second submission.
        const qint64 partial = w.deal(w.rep, kMonday, false);
        w.answerRequired(partial, 2);
        must(HandoffWorkflow(w.db).override(w.lead, partial, HandoffAction::Submit, QStringLiteral("kickoff now")),
             "override");
        // Every item answered, but a required check left unticked.
        const qint64 unticked = w.deal(w.rep, kMonday);
        w.answer(unticked, "promises_recorded", QStringLiteral("false"));
        must(HandoffWorkflow(w.db).override(w.lead, unticked, HandoffAction::Submit, QStringLiteral("trust me")),
             "override");
        w.at(kMonday, 10);
        w.returnIt(partial, ReturnReason::MissingInformation);
        w.answerRequired(partial, -1);
        w.submit(partial);

        const MetricsQuery march = w.query(kMarch1, kMarch31, kMarch31);
        const SalesFigures rita = rowOf(must(MetricsService(w.db).salesReps(march), "rows"), w.rep.id).figures;
        QCOMPARE(rita.handoffsSubmitted, 3);
        QCOMPARE(rita.checklistCompleteness, (Rate{required + 2 + (required - 1), 3 * required}));
        QCOMPARE(dealsBehind(w, Figure::ChecklistCompleteness, march), (QList<qint64>{complete}));
        QCOMPARE(dealsBehind(w, Figure::ChecklistCompleteness, march, 0, FigurePart::Base),
                 (QList<qint64>{complete, partial, unticked}));
    }

    void cannotFulfilCountsEvenWhenRenegotiated()
    {
        World w;
        w.at(kMonday, 9);
        const qint64 deal = w.deal(w.rep, kMonday);
        Promise sso = w.promise(deal, QDate(2026, 5, 1));
        const Promise training = w.promise(deal, QDate(2026, 5, 1), "Admin training");
        const qint64 untouched = w.deal(w.rep, kMonday);
        w.promise(untouched, QDate(2026, 5, 1));
        w.submit(deal);
        w.submit(untouched);
        w.at(kMonday, 10);
        w.review(sso.id, ReviewStatus::CannotFulfil);
        w.review(training.id, ReviewStatus::Accepted);
        w.returnIt(deal, ReturnReason::InfeasiblePromise);
        // Sales renegotiates: the edited promise goes back to review and is accepted this time.
        sso = must(PromiseService(w.db).get(sso.id), "promise");
        sso.description = QStringLiteral("SAML single sign-on in phase two");
        must(PromiseService(w.db).edit(w.rep, sso), "edit");
        w.submit(deal);
        w.review(sso.id, ReviewStatus::Accepted);
        w.accept(deal);

        const MetricsQuery march = w.query(kMarch1, kMarch31, kMarch31);
        const SalesFigures rita = rowOf(must(MetricsService(w.db).salesReps(march), "rows"), w.rep.id).figures;
        // The unreviewed promise of the other deal is not in the denominator.
        QCOMPARE(rita.cannotFulfil, (Rate{1, 2}));
        QCOMPARE(dealsBehind(w, Figure::CannotFulfil, march), (QList<qint64>{deal}));
        QCOMPARE(rita.returnReasons[std::size_t(ReturnReason::InfeasiblePromise)], 1);
    }

    void theSubmitClockInBusinessDays()
    {
        World w;
        QCOMPARE(Settings(w.db).submitTargetBusinessDays(), 1);
        const QDate friday = kMonday.addDays(4);
        struct Handoff {
            QDate closed, submitted;
        };
        // 0 business days; Friday to Tuesday is 2 (Monday, Tuesday); Monday to Thursday is 3.
        QList<qint64> deals;
        for (const Handoff& h :
             {Handoff{kMonday, kMonday}, Handoff{friday, friday.addDays(4)}, Handoff{kMonday, kMonday.addDays(3)}}) {
            w.at(h.closed, 9);
            deals.append(w.deal(w.rep, h.closed));
            w.at(h.submitted, 16);
            w.submit(deals.last());
        }
        QCOMPARE(must(HandoffClock(w.db).submitClock(deals.at(1), kMarch31), "clock").businessDays, 2);
        // Drafts as of today: one closed long ago, one closed today.
        const qint64 late = w.deal(w.rep, QDate(2026, 2, 2));
        w.deal(w.rep, kMarch31);

        const MetricsQuery march = w.query(kMarch1, kMarch31, kMarch31);
        const MetricsReport report = must(MetricsService(w.db).report(march), "report");
        const SalesFigures& rita = rowOf(report.salesReps, w.rep.id).figures;
        QCOMPARE(rita.businessDaysToFirstSubmit, (Median{2.0, 3}));
        QCOMPARE(rita.lateFirstSubmissions, (Rate{2, 3}));
        QCOMPARE(dealsBehind(w, Figure::LateFirstSubmissions, march), (QList<qint64>{deals.at(1), deals.at(2)}));
        QCOMPARE(rita.unsubmittedOverdue, 1);
        QCOMPARE(report.team.sales.unsubmittedOverdue, 1);
        QCOMPARE(dealsBehind(w, Figure::UnsubmittedOverdue, march), (QList<qint64>{late}));
        // An even count: the mean of the two middle values.
        w.at(kMonday.addDays(7), 9);
        const qint64 fourth = w.deal(w.rep, kMonday.addDays(7));
        w.submit(fourth);
        const SalesFigures again = rowOf(must(MetricsService(w.db).salesReps(march), "rows"), w.rep.id).figures;
        QCOMPARE(again.businessDaysToFirstSubmit, (Median{1.0, 4}));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
