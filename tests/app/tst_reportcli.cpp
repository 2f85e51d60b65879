// `handoff report` driven as a script would: with no display, a deal named by id or CRM reference and the team of a
// period come out as PDF or HTML; mistakes end with a message and a non-zero exit code, and nothing is overwritten.

#include "HandoffProcess.h"
#include "core/MetricsTestWorld.h"
#include "core/ReportTestTools.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace handoff;
using namespace metricstest;

namespace {

// Runs handoff as on a server without a display or a login session.
Run handoffCli(const World& w, QStringList arguments)
{
    return runHandoff(arguments << QStringLiteral("--database") << w.t.path(), headlessEnvironment());
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReportCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dealByIdAndByReference()
    {
        World w;
        const qint64 dealId = w.deal(w.rep, kMonday);
        w.promise(dealId, kMonday.addDays(20), "Okta single sign-on by go-live");
        Deal deal = must(DealStore(w.db).get(dealId), "deal");
        deal.externalRef = QStringLiteral("006Qy00000AbCdE");
        must(Seed<DealStore>(w.db).update(deal), "reference");

        const QString pdf = w.t.path(QStringLiteral("deal.pdf"));
        const Run byId = handoffCli(
            w, {QStringLiteral("report"), QStringLiteral("deal"), QString::number(dealId), QStringLiteral("-o"), pdf});
        QVERIFY2(byId.exitCode == 0, qPrintable(byId.err));
        QCOMPARE(byId.err, QString()); // no warnings of the toolkit's about a display or a session it does not need
        QVERIFY(byId.out.contains(QStringLiteral("deal.pdf")));
        QVERIFY(contentsOf(pdf).startsWith("%PDF"));
        const QString text = reporttest::pdfText(pdf);
        QCOMPARE(reporttest::occurrences(text, QStringLiteral("Okta single sign-on by go-live")), 1);
        QVERIFY(reporttest::occurrences(text, QStringLiteral("Rita Rep")) >= 1);

        const QString html = w.t.path(QStringLiteral("deal.html"));
        const Run byReference = handoffCli(w, {QStringLiteral("report"), QStringLiteral("deal"),
                                               QStringLiteral("006Qy00000AbCdE"), QStringLiteral("-o"), html});
        QVERIFY2(byReference.exitCode == 0, qPrintable(byReference.err));
        const QString page = QString::fromUtf8(contentsOf(html));
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("Okta single sign-on by go-live")));

        // A file that exists stays as it was without --force.
        const QByteArray before = contentsOf(pdf);
        const Run again = handoffCli(
            w, {QStringLiteral("report"), QStringLiteral("deal"), QString::number(dealId), QStringLiteral("-o"), pdf});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("--force")), qPrintable(again.err));
        QCOMPARE(contentsOf(pdf), before);
    }

    void teamToStandardOutputAndPdf()
    {
        World w;
        w.acceptedDeal(kMonday, {kMonday.addDays(10)});
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                 QStringLiteral("2026-03-31")};
        const Run html = handoffCli(w, QStringList{QStringLiteral("report"), QStringLiteral("team")} + period);
        QVERIFY2(html.exitCode == 0, qPrintable(html.err));
        QVERIFY(html.out.contains(QStringLiteral("Team handoff report")));
        QVERIFY(html.out.contains(QStringLiteral("Rita Rep")));

        // In the language asked for, wherever --language stands.
        const Run german = handoffCli(w, QStringList{QStringLiteral("report"), QStringLiteral("team"),
                                                     QStringLiteral("--language"), QStringLiteral("de")} +
                                             period);
        QVERIFY2(german.exitCode == 0, qPrintable(german.err));
        QVERIFY(german.out.contains(QStringLiteral("Übergabebericht des Teams")));

        const QString pdf = w.t.path(QStringLiteral("team.pdf"));
        const Run letter =
            handoffCli(w, QStringList{QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--paper"),
                                      QStringLiteral("letter"), QStringLiteral("-o"), pdf} +
                              period);
        QVERIFY2(letter.exitCode == 0, qPrintable(letter.err));
        QVERIFY(reporttest::pdfInfo(pdf).contains(QStringLiteral("612 x 792 pts")));
    }

    void mistakesEndWithAMessage()
    {
        World w;
        const qint64 dealId = w.deal(w.rep, kMonday);
        const QString id = QString::number(dealId);
        const struct {
            QStringList arguments;
            int exitCode;
            const char* says;
        } cases[] = {
            {{QStringLiteral("report")}, 2, "deal"},
            {{QStringLiteral("report"), QStringLiteral("deal")}, 2, "id"},
            {{QStringLiteral("report"), QStringLiteral("people")}, 2, "people"},
            {{QStringLiteral("report"), QStringLiteral("deal"), QStringLiteral("9999")}, 1, "9999"},
            {{QStringLiteral("report"), QStringLiteral("deal"), id, QStringLiteral("-o"), QStringLiteral("x.txt")},
             2,
             "x.txt"},
            {{QStringLiteral("report"), QStringLiteral("deal"), id, QStringLiteral("--paper"), QStringLiteral("a5")},
             2,
             "a5"},
            {{QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--from"), QStringLiteral("2026-02-30")},
             2,
             "2026-02-30"},
            {{QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--rep"),
              QStringLiteral("nobody@example.com")},
             1,
             "nobody@example.com"},
        };
        for (const auto& c : cases) {
            const Run run = handoffCli(w, c.arguments);
            QVERIFY2(run.exitCode == c.exitCode,
                     qPrintable(c.arguments.join(QLatin1Char(' ')) + QLatin1String(": ") + run.err));
            QVERIFY2(run.err.contains(QString::fromLatin1(c.says)), qPrintable(run.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
