// The handoff report of a deal as a lead prints it: every promise and every piece of the customer's text exactly as
// typed, pages numbered with repeated table headers, and the paper the user asked for.

#include "MetricsTestWorld.h"
#include "ReportTestTools.h"
#include "report/DealReport.h"
#include "report/ReportFont.h"
#include "report/ReportRenderer.h"
#include "workflow/ChecklistService.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGlyphRun>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

using namespace handoff;
using namespace metricstest;
using namespace reporttest;

namespace {

const QString kHostile = QStringLiteral("<img src=\"/etc/hosts\"> & <b>Co</b>");
const QDateTime kPrinted(QDate(2026, 3, 20), QTime(9, 30));

QString hostile(const char* field)
{
    return QString::fromLatin1(field) + QLatin1Char(' ') + kHostile;
}

} // namespace

class TestDealReport : public QObject {
    Q_OBJECT

private:
    // Writes the deal's report as a PDF in the world's folder and returns the file's path.
    static QString pdfOf(World& w, qint64 dealId, const QPageSize& paper = QPageSize(QPageSize::A4),
                         qint64* pages = nullptr)
    {
        const auto report = must(DealReport(w.db).build(dealId), "report");
        const QString path = w.t.path(QStringLiteral("deal-%1.pdf").arg(dealId));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        const qint64 written =
            must(ReportRenderer::write(report, ReportRenderer::Format::Pdf, &file, paper, kPrinted), "pdf");
        if (pages) {
            *pages = written;
        }
        return path;
    }

private slots:
    void hostileTextPrintsLiterally()
    {
        World w;
        w.account = must(Seed<AccountStore>(w.db).create(Account{0, 0, hostile("Account"), {}, {}}), "account").id;
        w.contact = must(Seed<ContactStore>(w.db).create(
                             Contact{0, 0, w.account, hostile("Person"), hostile("Job"), {}, {}, Channel::Email, {}}),
                         "contact")
                        .id;
        const qint64 dealId = w.deal(w.rep, kMonday, false);
        Deal deal = must(DealStore(w.db).get(dealId), "deal");
        deal.title = hostile("Title");
        deal.whyBought = hostile("Why");
        deal.successCriteria = hostile("Criteria");
        deal.knownRisks = hostile("Risks");
        deal.products = hostile("Products");
        must(Seed<DealStore>(w.db).update(deal), "deal fields");
        Promise promise;
        promise.dealId = dealId;
        promise.kind = PromiseKind::Custom;
        promise.description = hostile("Promise");
        promise.customerWords = hostile("Words");
        promise.dueOn = kMonday.addDays(40);
        must(PromiseService(w.db).add(w.rep, promise), "promise");
        const auto items = must(ChecklistService(w.db).items(), "items");
        const auto text = std::find_if(items.begin(), items.end(), [](const ChecklistItem& item) {
            return item.kind == ChecklistItemKind::Text && item.dealField == AnsweringField::None;
        });
        QVERIFY(text != items.end());
        w.answer(dealId, text->key.toLatin1().constData(), hostile("Answer"));

        qint64 pages = 0;
        const QString pdf = pdfText(pdfOf(w, dealId, QPageSize(QPageSize::A4), &pages));
        QVERIFY2(!pdf.isEmpty(), "pdftotext read nothing");
        // The running head names account and deal on every page; the body once each.
        QCOMPARE(occurrences(pdf, hostile("Account")), pages + 1);
        QCOMPARE(occurrences(pdf, hostile("Title")), pages + 1);
        for (const char* field : {"Person", "Job", "Why", "Criteria", "Risks", "Products", "Promise", "Answer"}) {
            QVERIFY2(occurrences(pdf, hostile(field)) == 1, field);
        }
        QCOMPARE(occurrences(pdf, QStringLiteral("Customer's words: “") + hostile("Words") + QStringLiteral("”")), 1);

        const auto report = must(DealReport(w.db).build(dealId), "report");
        const QString html = QString::fromUtf8(ReportRenderer::html(report, kPrinted));
        QVERIFY(!html.contains(QStringLiteral("<img src=\"/etc/hosts\"")));
        QVERIFY(!html.contains(QStringLiteral("<b>Co</b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=&quot;/etc/hosts&quot;&gt; &amp; &lt;b&gt;Co&lt;/b&gt;")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        // The checklist does not print the deal's own fields a second time: it points to them.
        QVERIFY(html.contains(QStringLiteral("See the deal&#x27;s products or plan above")) ||
                html.contains(QStringLiteral("See the deal's products or plan above")));
        // Each person says how they like to be reached.
        QVERIFY(html.contains(QStringLiteral("Prefers email")));
    }

    void namesInOtherScriptsPrint()
    {
        // Names in scripts and with emoji that DejaVu Sans lacks print through the fallback fonts of scripts/deps.sh.
        const QString arabic = QStringLiteral("شركة النور");
        const QString chinese = QStringLiteral("张伟");
        const QString hindi = QStringLiteral("राजेश ✅"); // an emoji DejaVu Sans lacks, below U+FFFF (see below)
        const QString rocket = QStringLiteral("🚀");
        World w;
        w.account = must(Seed<AccountStore>(w.db).create(Account{0, 0, arabic, {}, {}}), "account").id;
        w.contact =
            must(Seed<ContactStore>(w.db).create(Contact{0, 0, w.account, chinese, {}, {}, {}, Channel::Email, {}}),
                 "contact")
                .id;
        const qint64 dealId = w.deal(w.rep, kMonday);
        Deal deal = must(DealStore(w.db).get(dealId), "deal");
        deal.title = hindi + QLatin1Char(' ') + rocket;
        must(Seed<DealStore>(w.db).update(deal), "deal title");

        qint64 pages = 0;
        const QString pdf = pdfText(pdfOf(w, dealId, QPageSize(QPageSize::A4), &pages));
        QVERIFY2(!pdf.isEmpty(), "pdftotext read nothing");
        const auto missing = [](const QString& name) -> QString {
            return name + QStringLiteral(" did not print: are the fonts of scripts/deps.sh installed?");
        };
        // A character no font has prints as a box, which reads back as nothing. pdftotext gives Arabic back in the
        // order it was typed, but as the contextual forms drawn (U+FEB7 for the first letter of شركة, and so on)
        // between bidi embedding marks: compact() folds the forms back into letters (NFKC), and the marks stand
        // outside the name. The running head names account and deal on every page, the title block once more.
        QVERIFY2(occurrences(pdf, arabic) == pages + 1, qPrintable(missing(arabic)));
        QVERIFY2(occurrences(pdf, hindi) == pages + 1, qPrintable(missing(hindi)));
        QVERIFY2(occurrences(pdf, chinese) > 0, qPrintable(missing(chinese)));

        // Qt 6.4's PDF writer maps glyphs back to characters only up to U+FFFF, so no font brings 🚀 back through
        // pdftotext: that it prints is checked on the report's font instead, where glyph 0 is the box.
        for (const QString& name : {arabic, chinese, hindi, rocket}) {
            QTextLayout layout(name, reportFont());
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            for (const QGlyphRun& run : layout.glyphRuns()) {
                QVERIFY2(!run.glyphIndexes().contains(0u), qPrintable(missing(name)));
            }
        }
    }

    // A name with a lone right-to-left override (a file name's spoof) stays inside its isolate: the deal's title after
    // the account in the running head reads as typed, not backwards. A NUL stored before the doors refused it never
    // reaches the HTML.
    void namesCannotReorderWhatFollowsThem()
    {
        const QString spoof = QStringLiteral("Invoice\u202Egpj.exe");
        World w;
        w.account = must(Seed<AccountStore>(w.db).create(Account{0, 0, spoof, {}, {}}), "account").id;
        // A server's text cannot hold a NUL at all (libpq ends a parameter there), so there another control stands in.
        const QString job = QStringLiteral("Chief") + QChar(testsRunOnServer() ? 1 : 0) + QStringLiteral("Officer");
        w.contact =
            must(Seed<ContactStore>(w.db).create(Contact{0, 0, w.account, spoof, job, {}, {}, Channel::Email, {}}),
                 "contact")
                .id;
        const qint64 dealId = w.deal(w.rep, kMonday);
        Deal deal = must(DealStore(w.db).get(dealId), "deal");
        deal.title = QStringLiteral("Rollout plan");
        must(Seed<DealStore>(w.db).update(deal), "deal title");

        qint64 pages = 0;
        const QString pdf = compact(pdfText(pdfOf(w, dealId, QPageSize(QPageSize::A4), &pages)));
        QVERIFY2(!pdf.isEmpty(), "pdftotext read nothing");
        // Drawn, the override turns "gpj.exe" into "exe.jpg" inside the name, and no further.
        QVERIFY2(pdf.count(QStringLiteral("Handoffreport:Invoiceexe.jpg—Rolloutplan")) == pages, qPrintable(pdf));
        QVERIFY2(!pdf.contains(QStringLiteral("nalptuolloR")), qPrintable(pdf));

        const auto report = must(DealReport(w.db).build(dealId), "report");
        const QString html = QString::fromUtf8(ReportRenderer::html(report, kPrinted));
        const QString isolated = QChar(0x2068) + spoof + QChar(0x2069);
        QVERIFY(html.contains(QStringLiteral("<td>") + isolated + QStringLiteral("</td>")));
        QVERIFY(!html.contains(QChar(0)) && !html.contains(QChar(1)));
        QVERIFY(html.contains(QStringLiteral("Chief\uFFFDOfficer")));
    }

    void reportLoadsNoFileItDidNotMake()
    {
        // Even markup that names a file (which the reports never write: they escape all text) loads nothing.
        QTemporaryDir dir;
        QImage picture(333, 277, QImage::Format_RGB32);
        picture.fill(Qt::red);
        const QString file = dir.filePath(QStringLiteral("local.png"));
        QVERIFY(picture.save(file));
        ReportContent content;
        content.title = QStringLiteral("Images");
        content.html = QStringLiteral("<p>before</p><img src=\"%1\"><img src=\"file://%1\"><p>after</p>").arg(file);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        must(ReportRenderer::write(content, ReportRenderer::Format::Pdf, &buffer, QPageSize(QPageSize::A4), kPrinted),
             "pdf");
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(!bytes.contains("/Width 333"));
        // The same markup through a plain QTextDocument would have drawn it: the check above can fail.
        content.images.insert(QStringLiteral("own"), picture);
        content.html = QStringLiteral("<img src=\"%1\">").arg(ReportContent::imageSource(QStringLiteral("own")));
        bytes.clear();
        buffer.seek(0);
        must(ReportRenderer::write(content, ReportRenderer::Format::Pdf, &buffer, QPageSize(QPageSize::A4), kPrinted),
             "pdf");
        QVERIFY(bytes.contains("/Width 333"));
    }

    void everyPromiseOnceInOrder()
    {
        World w;
        const qint64 dealId = w.deal(w.rep, kMonday);
        const QStringList descriptions{
            QStringLiteral("Okta single sign-on by go-live"), QStringLiteral("Salesforce sync of closed tickets"),
            QStringLiteral("Two onsite training days in Lyon"), QStringLiteral("A 99.9 % uptime service level")};
        for (const QString& description : descriptions) {
            w.promise(dealId, kMonday.addDays(30), description.toUtf8().constData());
        }
        qint64 pages = 0;
        const QString pdf = pdfText(pdfOf(w, dealId, QPageSize(QPageSize::A4), &pages));
        qsizetype last = -1;
        for (const QString& description : descriptions) {
            QCOMPARE(occurrences(pdf, description), 1);
            const qsizetype at = compact(pdf).indexOf(compact(description));
            QVERIFY(at > last);
            last = at;
        }
        // The account "Acme" and the deal "Acme deal 1": once each in the title block and in every page's head.
        QCOMPARE(occurrences(pdf, QStringLiteral("Acme")), 2 * pages + 2);
    }

    void manyPromisesPaginateWithRepeatedHeaders()
    {
        World w;
        const qint64 dealId = w.deal(w.rep, kMonday);
        for (int i = 1; i <= 200; ++i) {
            w.promise(dealId, kMonday.addDays(10 + i % 50),
                      QStringLiteral("Promise number %1 of the big deal")
                          .arg(i, 3, 10, QLatin1Char('0'))
                          .toUtf8()
                          .constData());
        }
        QElapsedTimer timer;
        timer.start();
        qint64 pages = 0;
        const QString path = pdfOf(w, dealId, QPageSize(QPageSize::A4), &pages);
        qInfo("200-promise report: %lld pages in %lld ms", pages, timer.elapsed());
        QVERIFY(pages >= 5);
        int pagesWithPromises = 0;
        QString all;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(path, page);
            QVERIFY2(occurrences(text, QStringLiteral("Page %1 of %2").arg(page).arg(pages)) == 1,
                     qPrintable(QStringLiteral("page %1 has no number").arg(page)));
            if (text.contains(QStringLiteral("Promise number"))) {
                ++pagesWithPromises;
                // The promise table's header row is on every page its rows run over.
                for (const char* header : {"Promise", "Due", "Capability", "Feasibility", "Review", "Fulfilment"}) {
                    QVERIFY2(
                        occurrences(text, QString::fromLatin1(header)) > 0,
                        qPrintable(
                            QStringLiteral("page %1 lacks the header %2").arg(page).arg(QString::fromLatin1(header))));
                }
            }
            all += text;
        }
        QVERIFY(pagesWithPromises >= 4);
        for (int i = 1; i <= 200; ++i) {
            const QString description =
                QStringLiteral("Promise number %1 of the big deal").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY2(occurrences(all, description) == 1, qPrintable(description));
        }
    }

    void paperSizes()
    {
        World w;
        const qint64 dealId = w.deal(w.rep, kMonday);
        QVERIFY(pdfInfo(pdfOf(w, dealId, QPageSize(QPageSize::A4))).contains(QStringLiteral("595 x 842 pts (A4)")));
        QVERIFY(
            pdfInfo(pdfOf(w, dealId, QPageSize(QPageSize::Letter))).contains(QStringLiteral("612 x 792 pts (letter)")));
        QCOMPARE(ReportRenderer::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
                 QPageSize::Letter);
        QCOMPARE(ReportRenderer::defaultPageSize(QLocale(QLocale::French, QLocale::Canada)).id(), QPageSize::Letter);
        QCOMPARE(ReportRenderer::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
        QCOMPARE(ReportRenderer::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
                 QPageSize::A4);
    }

    void unknownDealIsNotFound()
    {
        World w;
        const auto report = DealReport(w.db).build(4242);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::NotFound);
    }
};

QTEST_MAIN(TestDealReport)
#include "tst_dealreport.moc"
