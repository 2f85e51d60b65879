// `handoff metrics` and `handoff csat` driven as a script would: the JSON is what MetricsService computes, the text
// report shows the same figures, and bad dates, unknown reps and refused scores end with a message and a non-zero
// exit code.

#include "HandoffProcess.h"
#include "core/MetricsTestWorld.h"
#include "metrics/MetricsJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace handoff;
using namespace metricstest;

namespace {

Run handoffCli(const World& w, QStringList arguments)
{
    return runHandoff(arguments << QStringLiteral("--database") << w.t.path());
}

const QStringList kMarch{QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                         QStringLiteral("2026-03-31")};

// Two handoffs of Rita's in March (one accepted at once, one returned), one fulfilled deal of Omar's.
struct Story {
    World w;
    qint64 fulfilled = 0;

    Story()
    {
        w.at(kMonday, 9);
        const qint64 a = w.deal(w.rep, kMonday);
        const qint64 b = w.deal(w.rep, kMonday);
        fulfilled = w.deal(w.otherRep, kMonday);
        for (qint64 deal : {a, b, fulfilled}) {
            w.submit(deal);
        }
        w.at(kMonday, 11);
        w.accept(a);
        w.returnIt(b, ReturnReason::MissingInformation);
        w.accept(fulfilled);
        must(HandoffWorkflow(w.db).markFulfilled(w.support, fulfilled), "fulfil");
    }
};

} // namespace

class TestMetricsCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theJsonIsWhatTheServiceComputes()
    {
        Story s;
        const Run run = handoffCli(s.w, QStringList{QStringLiteral("metrics"), QStringLiteral("--json")} + kMarch);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(!printed.isEmpty());

        MetricsQuery query = s.w.query(QDate(2026, 3, 1), QDate(2026, 3, 31), QDate::currentDate());
        const MetricsReport report = must(MetricsService(s.w.db).report(query), "report");
        QCOMPARE(printed, MetricsJson::report(report));
        // And in the words of the brief: snake_case keys, every rate with its counts.
        const QJsonObject team = printed.value(QLatin1String("team")).toObject();
        QCOMPARE(team.value(QLatin1String("handoffs_submitted")).toInt(), 3);
        const QJsonObject firstPass = team.value(QLatin1String("first_pass_acceptance")).toObject();
        QCOMPARE(firstPass.value(QLatin1String("numerator")).toInt(), 2);
        QCOMPARE(firstPass.value(QLatin1String("denominator")).toInt(), 3);
        QCOMPARE(firstPass.value(QLatin1String("value")).toDouble(), 2.0 / 3.0);
        QVERIFY(team.value(QLatin1String("csat_sales_rep")).toObject().value(QLatin1String("value")).isNull());
        const QJsonArray reps = printed.value(QLatin1String("sales_reps")).toArray();
        QCOMPARE(reps.size(), 2);
        const QJsonObject rita = reps.at(1).toObject();
        QCOMPARE(rita.value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString(),
                 QStringLiteral("rita@example.com"));
        QCOMPARE(rita.value(QLatin1String("return_reasons")).toObject().value(QLatin1String("missing_information")),
                 QJsonValue(1));
        QCOMPARE(printed.value(QLatin1String("period")).toObject().value(QLatin1String("from")).toString(),
                 QStringLiteral("2026-03-01"));
    }

    void oneRepAndTheTextReport()
    {
        Story s;
        const Run json = handoffCli(s.w, QStringList{QStringLiteral("metrics"), QStringLiteral("--json"),
                                                     QStringLiteral("--rep"), QStringLiteral("omar@example.com")} +
                                             kMarch);
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject printed = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(printed.value(QLatin1String("sales_reps")).toArray().size(), 1);
        QCOMPARE(printed.value(QLatin1String("user_id")).toInteger(), s.w.otherRep.id);

        const Run text = handoffCli(s.w, QStringList{QStringLiteral("metrics")} + kMarch);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("from 2026-03-01 to 2026-03-31")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Sales rep: Rita Rep <rita@example.com>")));
        QVERIFY(text.out.contains(QStringLiteral("First-pass acceptance")));
        QVERIFY(text.out.contains(QStringLiteral("50.0 % (1 of 2)")));
        QVERIFY(text.out.contains(QStringLiteral("no data")));
        QVERIFY(text.out.contains(QStringLiteral("Trend by week")));
    }

    void withoutAStepAYearGoesByMonth()
    {
        Story s;
        const QStringList year{QStringLiteral("metrics"), QStringLiteral("--from"), QStringLiteral("2025-04-01"),
                               QStringLiteral("--to"), QStringLiteral("2026-03-31")};
        const Run json = handoffCli(s.w, year + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject printed = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(printed.value(QLatin1String("interval")).toString(), QStringLiteral("month"));
        const QJsonArray trend = printed.value(QLatin1String("trend")).toArray();
        QCOMPARE(trend.size(), 12);
        QCOMPARE(trend.at(11).toObject().value(QLatin1String("from")).toString(), QStringLiteral("2026-03-01"));
        const Run text = handoffCli(s.w, year);
        QVERIFY2(text.out.contains(QStringLiteral("Trend by month")), qPrintable(text.out));

        // Asked for, quarters; auto is what no option says.
        const Run quarters = handoffCli(
            s.w, year + QStringList{QStringLiteral("--json"), QStringLiteral("--interval"), QStringLiteral("Quarter")});
        QVERIFY2(quarters.exitCode == 0, qPrintable(quarters.err));
        const QJsonObject byQuarter = QJsonDocument::fromJson(quarters.out.toUtf8()).object();
        QCOMPARE(byQuarter.value(QLatin1String("interval")).toString(), QStringLiteral("quarter"));
        QCOMPARE(byQuarter.value(QLatin1String("trend")).toArray().size(), 4);
        const Run automatic = handoffCli(
            s.w, year + QStringList{QStringLiteral("--json"), QStringLiteral("--interval"), QStringLiteral("auto")});
        QCOMPARE(automatic.out, json.out);
        const Run quarterText =
            handoffCli(s.w, year + QStringList{QStringLiteral("--interval"), QStringLiteral("quarter")});
        QVERIFY2(quarterText.out.contains(QStringLiteral("Trend by quarter")), qPrintable(quarterText.out));

        const Run fortnight =
            handoffCli(s.w, year + QStringList{QStringLiteral("--interval"), QStringLiteral("fortnight")});
        QCOMPARE(fortnight.exitCode, 2);
        QVERIFY2(fortnight.err.contains(QStringLiteral("fortnight")), qPrintable(fortnight.err));
        QVERIFY2(fortnight.err.contains(QStringLiteral("quarter")), qPrintable(fortnight.err));
    }

    void mistakesEndWithAMessage()
    {
        Story s;
        const Run help = handoffCli(s.w, {QStringLiteral("metrics"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("this month")));

        const Run badDate =
            handoffCli(s.w, {QStringLiteral("metrics"), QStringLiteral("--from"), QStringLiteral("2026-13-01")});
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY2(badDate.err.contains(QStringLiteral("2026-13-01")), qPrintable(badDate.err));
        QVERIFY(badDate.out.isEmpty());

        const Run backwards =
            handoffCli(s.w, {QStringLiteral("metrics"), QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-03-01")});
        QCOMPARE(backwards.exitCode, 2);

        const Run nobody = handoffCli(
            s.w, QStringList{QStringLiteral("metrics"), QStringLiteral("--rep"), QStringLiteral("nobody@example.com")} +
                     kMarch);
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains(QStringLiteral("nobody@example.com")), qPrintable(nobody.err));
    }

    void csatFromTheCommandLine()
    {
        Story s;
        const QString deal = QString::number(s.fulfilled);
        const Run recorded =
            handoffCli(s.w, {QStringLiteral("csat"), deal, QStringLiteral("4"), QStringLiteral("--as"),
                             QStringLiteral("sam@example.com"), QStringLiteral("--note"),
                             QStringLiteral("smooth start"), QStringLiteral("--date"), QStringLiteral("2026-03-20")});
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
        const auto score = must(CsatService(s.w.db).forDeal(s.fulfilled), "score");
        QVERIFY(score.has_value());
        QCOMPARE(score->score, 4);
        QCOMPARE(score->ratedOn, QDate(2026, 3, 20));
        QCOMPARE(score->note, QStringLiteral("smooth start"));

        const Run tooHigh = handoffCli(s.w, {QStringLiteral("csat"), deal, QStringLiteral("9"), QStringLiteral("--as"),
                                             QStringLiteral("sam@example.com")});
        QCOMPARE(tooHigh.exitCode, 1);
        QVERIFY2(tooHigh.err.contains(QStringLiteral("1 to 5")), qPrintable(tooHigh.err));
        const Run notOwner = handoffCli(s.w, {QStringLiteral("csat"), deal, QStringLiteral("3"), QStringLiteral("--as"),
                                              QStringLiteral("sol@example.com")});
        QCOMPARE(notOwner.exitCode, 1);
        const Run noUser = handoffCli(s.w, {QStringLiteral("csat"), deal, QStringLiteral("3")});
        QCOMPARE(noUser.exitCode, 2);
        QCOMPARE(must(CsatService(s.w.db).forDeal(s.fulfilled), "score")->score, 4);
    }
};

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metricscli.moc"
