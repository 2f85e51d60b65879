// The team report prints the metrics module's figures, written as the dashboard writes them, for every rep.

#include "MetricsTestWorld.h"
#include "ReportTestTools.h"
#include "metrics/FigureText.h"
#include "metrics/MetricsFigures.h"
#include "report/ReportChart.h"
#include "report/ReportRenderer.h"
#include "report/TeamReport.h"

#include <QBuffer>
#include <QTest>

using namespace handoff;
using namespace metricstest;
using namespace reporttest;

class TestTeamReport : public QObject {
    Q_OBJECT

private:
    // A month of handoffs: first-pass acceptances, a return, a broken promise and an overdue one.
    static void workAMonth(World& w)
    {
        w.acceptedDeal(kMonday, {kMonday.addDays(3), kMonday.addDays(20)});
        w.acceptedDeal(kMonday.addDays(1), {kMonday.addDays(5)}, &w.otherSupport);
        w.at(kMonday.addDays(2));
        const qint64 returned = w.deal(w.otherRep, kMonday);
        w.promise(returned, kMonday.addDays(9));
        w.submit(returned);
        w.at(kMonday.addDays(3));
        w.returnIt(returned, ReturnReason::MissingInformation);
        w.at(kMonday.addDays(4));
        w.submit(returned);
        w.at(kMonday.addDays(5));
        for (const Promise& p : must(PromiseService(w.db).forDeal(returned), "promises")) {
            w.review(p.id, ReviewStatus::Accepted);
        }
        w.accept(returned);
    }

    static QString figureText(Figure figure, const SalesFigures& sales) { return FigureText::of(figure, sales); }
    static QString figureText(Figure figure, const SupportFigures& support) { return FigureText::of(figure, support); }

    // Every scorecard cell of the report equals the metrics module's figure for that rep and column.
    template <typename Row, typename Figures>
    static int checkScorecards(const QList<QList<QStringList>>& tables, const QList<Row>& rows, const Figures& team,
                               const QList<Figure>& figures)
    {
        QHash<QString, Figure> byTitle;
        for (Figure figure : figures) {
            byTitle.insert(MetricsFigures::info(figure).title, figure);
        }
        int checked = 0;
        QSet<Figure> seen;
        for (const QList<QStringList>& table : tables) {
            if (table.isEmpty() || table.first().size() < 2 || !byTitle.contains(table.first().at(1))) {
                continue;
            }
            const QStringList& headers = table.first();
            for (int r = 1; r < table.size(); ++r) {
                const QStringList& cells = table.at(r);
                const QString& name = cells.first();
                const Figures* values = name == TestTeamReport::tr("Team") ? &team : nullptr;
                for (const Row& row : rows) {
                    if (row.user.name == name) {
                        values = &row.figures;
                    }
                }
                if (!values) {
                    qWarning("a row for %s, who is nobody in the figures", qPrintable(name));
                    return -1;
                }
                for (int c = 1; c < headers.size(); ++c) {
                    const Figure figure = byTitle.value(headers.at(c));
                    seen.insert(figure);
                    if (cells.at(c) != figureText(figure, *values)) {
                        qWarning("%s, %s: report says '%s', metrics '%s'", qPrintable(name), qPrintable(headers.at(c)),
                                 qPrintable(cells.at(c)), qPrintable(figureText(figure, *values)));
                        return -1;
                    }
                    ++checked;
                }
            }
        }
        return seen.size() == figures.size() ? checked : -1;
    }

private slots:
    void figuresEqualTheMetricsModule()
    {
        World w;
        workAMonth(w);
        MetricsQuery query = w.query(kMonday.addDays(-1), kMonday.addDays(29), kMonday.addDays(12));
        const MetricsReport metrics = must(MetricsService(w.db).report(query), "metrics");
        QVERIFY(metrics.team.sales.handoffsSubmitted >= 3);
        const ReportContent report = must(TeamReport(w.db).build(query), "team report");
        const QString html = QString::fromUtf8(ReportRenderer::html(report, QDateTime::currentDateTime()));
        const auto tables = htmlTables(html);

        const int sales =
            checkScorecards(tables, metrics.salesReps, metrics.team.sales, MetricsFigures::salesScorecard());
        QVERIFY(sales >= (metrics.salesReps.size() + 1) * MetricsFigures::salesScorecard().size());
        const int support =
            checkScorecards(tables, metrics.supportReps, metrics.team.support, MetricsFigures::supportScorecard());
        QVERIFY(support >= (metrics.supportReps.size() + 1) * MetricsFigures::supportScorecard().size());

        // Headlines and the state breakdown, long form as the dashboard's headlines.
        const QString first = MetricsFigures::info(Figure::FirstPassAcceptance).title;
        bool headline = false;
        QVERIFY(!tables.isEmpty());
        {
            for (const QStringList& row : tables.first()) { // the headline figures come first
                for (int c = 0; c + 1 < row.size(); ++c) {
                    if (row.at(c) == first) {
                        QCOMPARE(row.at(c + 1), FigureText::of(Figure::FirstPassAcceptance, metrics.team.sales, true));
                        headline = true;
                    }
                }
            }
        }
        QVERIFY(headline);
        // Charts are the report's own images, embedded in the web page.
        QCOMPARE(report.images.size(), 3);
        QVERIFY(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
        QVERIFY(!html.contains(QStringLiteral("report-image:")));
    }

    void pdfHasEveryRepAndPageNumbers()
    {
        World w;
        workAMonth(w);
        const MetricsQuery query = w.query(kMonday.addDays(-1), kMonday.addDays(29), kMonday.addDays(12));
        const ReportContent report = must(TeamReport(w.db).build(query), "team report");
        const QString path = w.t.path(QStringLiteral("team.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const qint64 pages = must(ReportRenderer::write(report, ReportRenderer::Format::Pdf, &file,
                                                        QPageSize(QPageSize::Letter), QDateTime::currentDateTime()),
                                  "pdf");
        file.close();
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());
        for (const User* user : {&w.rep, &w.otherRep, &w.support, &w.otherSupport}) {
            QVERIFY2(occurrences(text, user->name) >= 1, qPrintable(user->name));
        }
        QCOMPARE(occurrences(text, QStringLiteral("Page %1 of %1").arg(pages)), 1);
        QVERIFY(pdfInfo(path).contains(QStringLiteral("612 x 792 pts (letter)")));
    }

    void aTenYearReportStaysShort()
    {
        World w;
        for (int year = 0; year < 10; ++year) {
            const QDate day = QDate(2016, 3, 7).addYears(year);
            w.acceptedDeal(day, {day.addDays(30)});
        }
        // Asked for weeks, the report still steps by quarter: forty bars, not five hundred.
        const MetricsQuery query = w.query(QDate(2016, 1, 1), QDate(2025, 12, 31), QDate(2026, 1, 5));
        const ReportContent report = must(TeamReport(w.db).build(query), "team report");
        QVERIFY(report.html.contains(TeamReport::tr("Promises due per quarter: kept and broken")));
        ReportChart forty;
        for (int quarter = 0; quarter < 40; ++quarter) {
            forty.categories.append(QStringLiteral("Q%1").arg(quarter));
        }
        forty.series = {{QStringLiteral("kept"), Qt::green, {}, {}}, {QStringLiteral("broken"), Qt::red, {}, {}}};
        QCOMPARE(report.images.value(QStringLiteral("trend")).height(), forty.render().height());

        const QString path = w.t.path(QStringLiteral("ten-years.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const qint64 pages = must(ReportRenderer::write(report, ReportRenderer::Format::Pdf, &file,
                                                        QPageSize(QPageSize::Letter), QDateTime::currentDateTime()),
                                  "pdf");
        file.close();
        QVERIFY2(pages <= 8, qPrintable(QString::number(pages)));
    }
};

QTEST_MAIN(TestTeamReport)
#include "tst_teamreport.moc"
