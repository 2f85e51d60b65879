// Customer satisfaction: who may record a score and when, one transaction with one audit row, a second score
// replacing the first with the first kept in the history, and the averages beside each rep's figures.

#include "MetricsTestWorld.h"
#include "storage/AuditLog.h"
#include "storage/Migrator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace handoff;
using namespace metricstest;

namespace {

const QDate kMarch1(2026, 3, 1);
const QDate kMarch31(2026, 3, 31);

// A deal accepted on day by owner and fulfilled the same day.
qint64 fulfilledDeal(World& w, QDate day, const User& owner, const User* salesRep = nullptr)
{
    w.at(day, 9);
    const qint64 deal = w.deal(salesRep ? *salesRep : w.rep, day);
    w.submit(deal);
    w.at(day, 10);
    w.accept(deal, &owner);
    must(HandoffWorkflow(w.db).markFulfilled(owner, deal), "fulfil");
    return deal;
}

int rows(const Database& db, const char* table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))->toInt();
}

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestCsat : public QObject {
    Q_OBJECT

private slots:
    void theSchemaHasTheScoresTable()
    {
        World w;
        QVERIFY(Migrator::currentVersion(w.db).value() >= 5); // the scores came with schema version 5
        QCOMPARE(rows(w.db, "csat_scores"), 0);
    }

    void theOwnerRecordsAScoreWithItsAuditRow()
    {
        World w;
        const qint64 deal = fulfilledDeal(w, kMonday, w.support);
        w.at(kMonday.addDays(3));
        const qint64 before = w.db.scalar(QStringLiteral("SELECT max(id) FROM audit_log"))->toLongLong();
        const CsatScore score = must(CsatService(w.db).record(w.support, deal, 4, kMonday.addDays(2),
                                                              QStringLiteral("  Happy with onboarding  ")),
                                     "record");
        QCOMPARE(score.score, 4);
        QCOMPARE(score.ratedOn, kMonday.addDays(2));
        QCOMPARE(score.note, QStringLiteral("Happy with onboarding"));
        QCOMPARE(score.recordedById, w.support.id);
        const auto stored = must(CsatService(w.db).forDeal(deal), "read");
        QVERIFY(stored.has_value());
        QCOMPARE(stored->score, 4);
        QCOMPARE(stored->version, 1);
        const QList<AuditEntry> audit = must(AuditLog(w.db).forEntity(QStringLiteral("csat_scores"), score.id), "log");
        QCOMPARE(audit.size(), 1);
        QVERIFY(audit.first().id > before);
        QCOMPARE(audit.first().action, QStringLiteral("create"));
        QCOMPARE(audit.first().dealId, deal);
        QCOMPARE(audit.first().actorId, w.support.id);
        QCOMPARE(json(audit.first().newValue).value(QLatin1String("score")).toInt(), 4);
        // Without a date the score is given today.
        const qint64 other = fulfilledDeal(w, kMonday, w.support);
        w.at(kMarch31);
        QCOMPARE(must(CsatService(w.db).record(w.lead, other, 5, {}, {}), "lead").ratedOn, kMarch31);
    }

    void aSecondScoreReplacesTheFirstAndTheHistoryKeepsIt()
    {
        World w;
        const qint64 deal = fulfilledDeal(w, kMonday, w.support);
        w.at(kMonday.addDays(3));
        const CsatScore first = must(CsatService(w.db).record(w.support, deal, 2, {}, QStringLiteral("slow")), "");
        const int auditRows = rows(w.db, "audit_log");
        // The same score again changes nothing and logs nothing.
        must(CsatService(w.db).record(w.support, deal, 2, {}, QStringLiteral("slow")), "again");
        QCOMPARE(rows(w.db, "audit_log"), auditRows);
        w.at(kMonday.addDays(20));
        const CsatScore second = must(CsatService(w.db).record(w.lead, deal, 5, {}, QStringLiteral("won over")), "");
        QCOMPARE(second.id, first.id);
        QCOMPARE(second.version, 2);
        QCOMPARE(rows(w.db, "csat_scores"), 1);
        const QList<AuditEntry> audit = must(AuditLog(w.db).forEntity(QStringLiteral("csat_scores"), first.id), "");
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().action, QStringLiteral("replace"));
        QCOMPARE(audit.last().actorId, w.lead.id);
        const QJsonObject old = json(audit.last().oldValue);
        QCOMPARE(old.value(QLatin1String("score")).toInt(), 2);
        QCOMPARE(old.value(QLatin1String("note")).toString(), QStringLiteral("slow"));
        QCOMPARE(old.value(QLatin1String("rated_on")).toString(), kMonday.addDays(3).toString(Qt::ISODate));
        QCOMPARE(json(audit.last().newValue).value(QLatin1String("score")).toInt(), 5);
    }

    void refusalsWriteNothing()
    {
        World w;
        const qint64 fulfilled = fulfilledDeal(w, kMonday, w.support);
        w.at(kMonday, 9);
        const qint64 draft = w.deal(w.rep, kMonday);
        w.at(kMarch31);
        const int auditRows = rows(w.db, "audit_log");
        CsatService csat(w.db);
        struct Case {
            const char* name;
            const User& actor;
            qint64 deal;
            int score;
            QDate on;
            Error::Code code;
            const char* says;
        };
        const QList<Case> cases{
            {"another support rep", w.otherSupport, fulfilled, 4, {}, Error::Code::Forbidden, "support owner"},
            {"the sales rep", w.rep, fulfilled, 4, {}, Error::Code::Forbidden, "support owner"},
            {"a deal not fulfilled", w.lead, draft, 4, {}, Error::Code::Invalid, "fulfilled"},
            {"a score of 0", w.support, fulfilled, 0, {}, Error::Code::Invalid, "1 to 5"},
            {"a score of 6", w.support, fulfilled, 6, {}, Error::Code::Invalid, "1 to 5"},
            {"a day in the future", w.support, fulfilled, 3, kMarch31.addDays(1), Error::Code::Invalid, "future"},
            {"a day before closing", w.support, fulfilled, 3, kMonday.addDays(-1), Error::Code::Invalid, "closed"},
        };
        for (const Case& c : cases) {
            const auto result = csat.record(c.actor, c.deal, c.score, c.on, {});
            QVERIFY2(!result.ok(), c.name);
            QCOMPARE(int(result.error().code), int(c.code));
            QVERIFY2(result.error().fullText().contains(QLatin1String(c.says)), qPrintable(result.error().fullText()));
        }
        QCOMPARE(rows(w.db, "csat_scores"), 0);
        QCOMPARE(rows(w.db, "audit_log"), auditRows);
        QVERIFY(!csat.refusals(w.otherSupport, fulfilled).isEmpty());
        QVERIFY(csat.refusals(w.support, fulfilled).isEmpty());
        QVERIFY(!csat.refusals(w.support, draft).isEmpty());
    }

    void averagesBesideEachRepsFigures()
    {
        World w;
        const qint64 a = fulfilledDeal(w, kMonday, w.support);
        const qint64 b = fulfilledDeal(w, kMonday, w.otherSupport);
        const qint64 c = fulfilledDeal(w, kMonday, w.support, &w.otherRep);
        const qint64 outside = fulfilledDeal(w, kMonday, w.support);
        w.at(QDate(2026, 4, 2));
        const QDate first(2026, 3, 10);
        const QDate last(2026, 3, 20);
        // Scored on the first and the last day of the period, and a day outside it.
        must(CsatService(w.db).record(w.support, a, 4, first, {}), "a");
        must(CsatService(w.db).record(w.otherSupport, b, 5, last, {}), "b");
        must(CsatService(w.db).record(w.support, c, 1, last, {}), "c");
        must(CsatService(w.db).record(w.support, outside, 1, last.addDays(1), {}), "outside");

        const MetricsQuery query = w.query(first, last, QDate(2026, 4, 2));
        const MetricsReport report = must(MetricsService(w.db).report(query), "report");
        for (const SalesRepRow& row : report.salesReps) {
            QCOMPARE(row.figures.csat, row.user.id == w.rep.id ? (Rate{9, 2}) : (Rate{1, 1}));
        }
        for (const SupportRepRow& row : report.supportReps) {
            QCOMPARE(row.figures.csat, row.user.id == w.support.id ? (Rate{5, 2}) : (Rate{5, 1}));
        }
        QCOMPARE(report.team.sales.csat, (Rate{10, 3}));
        QCOMPARE(report.team.support.csat, (Rate{10, 3}));
        QCOMPARE(must(MetricsService(w.db).dealsBehind(Figure::CsatSupportOwner, query, w.support.id), "deals").dealIds,
                 (QList<qint64>{a, c}));
    }
};

QTEST_GUILESS_MAIN(TestCsat)
#include "tst_csat.moc"
