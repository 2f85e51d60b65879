// The team as of today (handoffs by state, open promises by feasibility and review, overdue promises, deals at
// risk), one member's view, the trend by month and by quarter and the rule that picks its step, the deals behind a
// figure with their limit and total, checking the query, and the catalogue of figure definitions.

#include "MetricsTestWorld.h"
#include "metrics/MetricsFigures.h"

#include <QSet>
#include <QTest>

using namespace handoff;
using namespace metricstest;

namespace {

const QDate kMarch1(2026, 3, 1);
const QDate kMarch31(2026, 3, 31);

template <typename E, std::size_t N>
qint64 countOf(const std::array<qint64, N>& counts, E value)
{
    return counts[std::size_t(value)];
}

} // namespace

class TestMetricsTeam : public QObject {
    Q_OBJECT

private slots:
    void theTeamAsOfToday()
    {
        World w;
        const Capability planned = must(Seed<CapabilityStore>(w.db).create(Capability{
                                            0, 0, QStringLiteral("Data residency"), {}, CapabilityStatus::Planned, 0}),
                                        "capability");
        w.at(kMarch1);
        const qint64 draft = w.deal(w.rep, kMarch1);
        Promise warning = w.promise(draft, QDate(2026, 4, 20));
        warning.capabilityId = planned.id;
        must(PromiseService(w.db).edit(w.rep, warning), "edit");
        w.promise(draft, QDate(2026, 3, 10)); // overdue on the 31st, still open on a draft
        const qint64 submitted = w.deal(w.rep, kMarch1);
        const Promise unclear = w.promise(submitted, QDate(2026, 5, 1));
        w.submit(submitted);
        w.review(unclear.id, ReviewStatus::NeedsClarification);
        const qint64 cancelled = w.deal(w.rep, kMarch1);
        w.promise(cancelled, QDate(2026, 3, 10)); // overdue, but its deal is cancelled
        must(HandoffWorkflow(w.db).cancel(w.rep, cancelled, QStringLiteral("lost the budget")), "cancel");
        // Accepted on the 2nd: one promise due within the at-risk horizon with its task open, one whose task is
        // done, one far out.
        const qint64 risky = w.acceptedDeal(kMonday, {QDate(2026, 4, 5), QDate(2026, 5, 30)});
        const qint64 safe = w.acceptedDeal(kMonday, {QDate(2026, 4, 6)});
        w.at(kMarch31);
        for (const FulfilmentTask& task : w.tasks(safe)) {
            w.doneTask(task.id, kMarch31);
        }

        MetricsQuery query = w.query(kMarch1, kMarch31, kMarch31);
        const TeamFigures team = must(MetricsService(w.db).team(query), "team");
        QCOMPARE(countOf(team.handoffsByState, HandoffState::Draft), 1);
        QCOMPARE(countOf(team.handoffsByState, HandoffState::Submitted), 1);
        QCOMPARE(countOf(team.handoffsByState, HandoffState::Accepted), 2);
        QCOMPARE(countOf(team.handoffsByState, HandoffState::Cancelled), 1);
        QCOMPARE(countOf(team.handoffsByState, HandoffState::Fulfilled), 0);
        // Open promises of live deals: two on the draft, one on the submitted deal, three accepted ones.
        QCOMPARE(countOf(team.promisesByFeasibility, Feasibility::Warning), 1);
        QCOMPARE(countOf(team.promisesByFeasibility, Feasibility::Ok), 5);
        QCOMPARE(countOf(team.promisesByReview, ReviewStatus::Pending), 2);
        QCOMPARE(countOf(team.promisesByReview, ReviewStatus::NeedsClarification), 1);
        QCOMPARE(countOf(team.promisesByReview, ReviewStatus::Accepted), 3);
        QCOMPARE(team.overduePromises, 1);
        QCOMPARE(team.atRiskDeals, 1);
        QCOMPARE(must(MetricsService(w.db).dealsBehind(Figure::AtRiskDeals, query), "deals").dealIds,
                 (QList<qint64>{risky}));
        QCOMPARE(must(MetricsService(w.db).dealsBehind(Figure::OverduePromises, query), "deals").dealIds,
                 (QList<qint64>{draft}));
        QCOMPARE(must(MetricsService(w.db).dealsBehind(Figure::HandoffsByState, query, 0, QStringLiteral("accepted")),
                      "deals")
                     .dealIds,
                 (QList<qint64>{risky, safe}));
        QCOMPARE(must(MetricsService(w.db).dealsBehind(Figure::PromisesByReview, query, 0,
                                                       QStringLiteral("needs_clarification")),
                      "deals")
                     .dealIds,
                 (QList<qint64>{submitted}));
        // A shorter horizon leaves the promise due on 5 April out.
        query.atRiskDays = 4;
        QCOMPARE(must(MetricsService(w.db).team(query), "team").atRiskDeals, 0);
    }

    void oneMembersView()
    {
        World w;
        w.at(kMonday, 9);
        const qint64 ritas = w.deal(w.rep, kMonday);
        const qint64 omars = w.deal(w.otherRep, kMonday);
        w.submit(ritas);
        w.submit(omars);
        w.at(kMonday, 10);
        w.accept(omars, &w.otherSupport);

        MetricsQuery query = w.query(kMarch1, kMarch31, kMarch31);
        query.userId = w.otherRep.id;
        const MetricsReport report = must(MetricsService(w.db).report(query), "report");
        QCOMPARE(report.salesReps.size(), 1);
        QCOMPARE(report.salesReps.first().user.id, w.otherRep.id);
        QVERIFY(report.supportReps.isEmpty()); // a sales rep has no support row
        QCOMPARE(report.team.sales.handoffsSubmitted, 1);
        QCOMPARE(report.team.sales.firstPassAcceptance, (Rate{1, 1}));
        QCOMPARE(countOf(report.team.handoffsByState, HandoffState::Submitted), 0);
        QCOMPARE(countOf(report.team.handoffsByState, HandoffState::Accepted), 1);
        // A support rep's view: their decisions, and the deals they own.
        query.userId = w.otherSupport.id;
        const MetricsReport sol = must(MetricsService(w.db).report(query), "report");
        QVERIFY(sol.salesReps.isEmpty());
        QCOMPARE(sol.supportReps.size(), 1);
        QCOMPARE(sol.supportReps.first().figures.reviewTurnaroundHours, (Median{1.0, 1}));
        QCOMPARE(countOf(sol.team.handoffsByState, HandoffState::Accepted), 1);
        QCOMPARE(countOf(sol.team.handoffsByState, HandoffState::Submitted), 0);
    }

    void theMonthlyTrendIsClippedToThePeriod()
    {
        World w;
        for (const QDate& day : {QDate(2026, 2, 20), QDate(2026, 3, 5), QDate(2026, 3, 6), QDate(2026, 4, 2)}) {
            w.at(day, 9);
            w.submit(w.deal(w.rep, day));
        }
        MetricsQuery query = w.query(QDate(2026, 2, 15), QDate(2026, 4, 10), QDate(2026, 4, 10));
        query.interval = TrendInterval::Month;
        const QList<TrendPoint> trend = must(MetricsService(w.db).trend(query), "trend");
        QCOMPARE(trend.size(), 3);
        QCOMPARE(trend.at(0).period, (MetricsPeriod{QDate(2026, 2, 15), QDate(2026, 2, 28)}));
        QCOMPARE(trend.at(1).period, (MetricsPeriod{kMarch1, kMarch31}));
        QCOMPARE(trend.at(2).period, (MetricsPeriod{QDate(2026, 4, 1), QDate(2026, 4, 10)}));
        QCOMPARE(trend.at(0).handoffsSubmitted, 1);
        QCOMPARE(trend.at(1).handoffsSubmitted, 2);
        QCOMPARE(trend.at(2).handoffsSubmitted, 1);
        QVERIFY(!trend.at(1).firstPassAcceptance.hasData());
    }

    void theStepFollowsThePeriodsLength()
    {
        const QDate from(2024, 1, 15);
        const auto step = [&from](QDate to) { return toKey(trendIntervalFor({from, to})); };
        QCOMPARE(step(from), QStringLiteral("week"));
        QCOMPARE(step(from.addDays(91)), QStringLiteral("week"));  // 92 days
        QCOMPARE(step(from.addDays(92)), QStringLiteral("month")); // 93 days
        QCOMPARE(step(from.addYears(3).addDays(-2)), QStringLiteral("month"));
        QCOMPARE(step(from.addYears(3).addDays(-1)), QStringLiteral("month")); // three years to the day
        QCOMPARE(step(from.addYears(3)), QStringLiteral("quarter"));           // and a day more
        QCOMPARE(step(from.addYears(10)), QStringLiteral("quarter"));
        // Every calendar quarter, the longest included, is followed week by week.
        for (int month : {1, 4, 7, 10}) {
            QCOMPARE(toKey(trendIntervalFor(MetricsPeriod::quarterOf(QDate(2024, month, 1)))), QStringLiteral("week"));
        }
    }

    void quarterStepsAreClippedAndAddUpLikeWeeksAndMonths()
    {
        World w;
        // Handoffs on both sides of quarter ends, each with a promise due three weeks later.
        const QList<QDate> days{QDate(2025, 2, 10), QDate(2025, 3, 31),  QDate(2025, 4, 1), QDate(2025, 6, 30),
                                QDate(2025, 9, 30), QDate(2025, 12, 31), QDate(2026, 1, 2), QDate(2026, 2, 27)};
        QList<qint64> deals;
        for (const QDate& day : days) {
            deals.append(w.acceptedDeal(day, {day.addDays(21)}));
        }
        // Two of the promises kept, the others broken by now.
        w.at(QDate(2026, 3, 31));
        for (qint64 deal : {deals.at(1), deals.at(4)}) {
            const Promise promise = must(PromiseService(w.db).forDeal(deal), "promises").constFirst();
            w.fulfilPromise(promise.id, promise.dueOn.addDays(-1));
        }

        MetricsQuery query = w.query(QDate(2025, 2, 15), QDate(2026, 2, 20), QDate(2026, 3, 31));
        query.interval = TrendInterval::Quarter;
        const MetricsReport report = must(MetricsService(w.db).report(query), "report");
        const QList<TrendPoint>& quarters = report.trend;
        QCOMPARE(quarters.size(), 5);
        QCOMPARE(quarters.first().period, (MetricsPeriod{QDate(2025, 2, 15), QDate(2025, 3, 31)}));
        QCOMPARE(quarters.at(1).period, (MetricsPeriod{QDate(2025, 4, 1), QDate(2025, 6, 30)}));
        QCOMPARE(quarters.last().period, (MetricsPeriod{QDate(2026, 1, 1), QDate(2026, 2, 20)}));
        const QList<qint64> submitted{1, 2, 1, 1, 1}; // the handoffs of 10 February and 27 February are outside
        for (qsizetype i = 0; i < quarters.size(); ++i) {
            QCOMPARE(quarters.at(i).handoffsSubmitted, submitted.at(i));
        }
        QCOMPARE(report.team.sales.handoffsSubmitted, 6);

        // Weeks and months of the same days count the same in all.
        const auto totals = [](const QList<TrendPoint>& trend) {
            TrendPoint sum;
            for (const TrendPoint& p : trend) {
                sum.handoffsSubmitted += p.handoffsSubmitted;
                for (auto part : {&TrendPoint::firstPassAcceptance, &TrendPoint::promisesKept,
                                  &TrendPoint::promisesBroken, &TrendPoint::tasksOnTime, &TrendPoint::tasksLate}) {
                    (sum.*part).numerator += (p.*part).numerator;
                    (sum.*part).denominator += (p.*part).denominator;
                }
            }
            return sum;
        };
        const TrendPoint byQuarter = totals(quarters);
        QCOMPARE(byQuarter.handoffsSubmitted, 6);
        QCOMPARE(byQuarter.promisesKept.numerator, 2);
        QVERIFY(byQuarter.promisesBroken.numerator > 0);
        for (TrendInterval interval : {TrendInterval::Week, TrendInterval::Month}) {
            query.interval = interval;
            const TrendPoint sum = totals(must(MetricsService(w.db).trend(query), "trend"));
            QCOMPARE(sum.handoffsSubmitted, byQuarter.handoffsSubmitted);
            QCOMPARE(sum.firstPassAcceptance, byQuarter.firstPassAcceptance);
            QCOMPARE(sum.promisesKept, byQuarter.promisesKept);
            QCOMPARE(sum.promisesBroken, byQuarter.promisesBroken);
            QCOMPARE(sum.tasksOnTime, byQuarter.tasksOnTime);
            QCOMPARE(sum.tasksLate, byQuarter.tasksLate);
        }
    }

    void dealsBehindAreBoundedAndCounted()
    {
        World w;
        w.at(kMonday, 9);
        QList<qint64> deals;
        for (int i = 0; i < 5; ++i) {
            deals.append(w.deal(w.rep, kMonday));
            w.submit(deals.last());
        }
        const MetricsQuery march = w.query(kMarch1, kMarch31, kMarch31);
        const MetricsService service(w.db);
        const DealsBehind firstTwo =
            must(service.dealsBehind(Figure::HandoffsSubmitted, march, w.rep.id, {}, FigurePart::Counted, 2), "");
        QCOMPARE(firstTwo.dealIds, deals.mid(0, 2));
        QCOMPARE(firstTwo.total, 5);
        QCOMPARE(
            must(service.dealsBehind(Figure::HandoffsSubmitted, march, w.rep.id, {}, FigurePart::Counted, 0), "").total,
            5);
        // Another rep's row has none of them.
        const DealsBehind omar = must(service.dealsBehind(Figure::HandoffsSubmitted, march, w.otherRep.id), "");
        QVERIFY(omar.dealIds.isEmpty());
        QCOMPARE(omar.total, 0);
        // A breakdown needs one of its parts.
        const auto missing = service.dealsBehind(Figure::HandoffsByState, march);
        QVERIFY(!missing.ok());
        QCOMPARE(int(missing.error().code), int(Error::Code::Invalid));
        QVERIFY(!service.dealsBehind(Figure::PromisesByFeasibility, march, 0, QStringLiteral("maybe")).ok());
    }

    void aQueryThatCannotBeAnsweredSaysWhy()
    {
        World w;
        const MetricsService service(w.db);
        const auto backwards = service.report(w.query(kMarch31, kMarch1, kMarch31));
        QVERIFY(!backwards.ok());
        QCOMPARE(int(backwards.error().code), int(Error::Code::Invalid));
        QVERIFY(backwards.error().fullText().contains(QStringLiteral("2026-03-31")));
        QVERIFY(!service.report(w.query(QDate(), kMarch31, kMarch31)).ok());
        MetricsQuery nobody = w.query(kMarch1, kMarch31, kMarch31);
        nobody.userId = 999;
        const auto unknown = service.report(nobody);
        QVERIFY(!unknown.ok());
        QCOMPARE(int(unknown.error().code), int(Error::Code::NotFound));
    }

    void everyFigureHasAKeyATitleAndADefinition()
    {
        const QList<FigureInfo> figures = MetricsFigures::all();
        QCOMPARE(figures.size(), qsizetype(enumCount<Figure>()));
        QSet<QString> keys;
        for (const FigureInfo& info : figures) {
            QVERIFY2(!info.title.isEmpty(), qPrintable(info.key));
            QVERIFY2(info.definition.size() > 40, qPrintable(info.key));
            QVERIFY(!keys.contains(info.key));
            keys.insert(info.key);
            QCOMPARE(MetricsFigures::fromKey(info.key), std::optional<Figure>(info.figure));
            QCOMPARE(!MetricsFigures::breakdownKeys(info.figure).isEmpty(), info.kind == FigureKind::Breakdown);
        }
        QCOMPARE(MetricsFigures::info(Figure::OverdueTasks).scope, FigureScope::Today);
        QCOMPARE(MetricsFigures::info(Figure::FirstPassAcceptance).audience, FigureAudience::SalesRep);
        QVERIFY(!MetricsFigures::fromKey(u"no_such_figure").has_value());
    }
};

QTEST_GUILESS_MAIN(TestMetricsTeam)
#include "tst_metricsteam.moc"
