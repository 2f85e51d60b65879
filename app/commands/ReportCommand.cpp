#include "commands/ReportCommand.h"

#include "metrics/MetricsService.h"
#include "report/DealReport.h"
#include "report/ReportRenderer.h"
#include "report/TeamReport.h"
#include "storage/Database.h"
#include "workflow/DealService.h"

#include <QDir>
#include <QLocale>

namespace handoff {

namespace {

const QString kOutput = QStringLiteral("output");
const QString kForce = QStringLiteral("force");
const QString kFormat = QStringLiteral("format");
const QString kPaper = QStringLiteral("paper");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kRep = QStringLiteral("rep");

} // namespace

ReportCommand::ReportCommand()
    : Command(QStringLiteral("report"),
              tr("Makes a printable report as PDF or HTML: 'report deal ID|REF' for the handoff report of one deal, "
                 "'report team' for the team report of a period (this month unless --from and --to say otherwise)."))
{}

void ReportCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("kind"), tr("deal or team."), tr("deal|team"));
    parser.addPositionalArgument(QStringLiteral("deal"), tr("For a deal report: the deal's id or CRM reference."),
                                 tr("[ID|REF]"));
    parser.addOption({{QStringLiteral("o"), kOutput},
                      tr("Write to this file; .pdf makes a PDF, .html a web page. Without it the report goes to "
                         "standard output as HTML (or as PDF with --format pdf)."),
                      tr("FILE")});
    parser.addOption({kForce, tr("Replace the output file if it exists.")});
    parser.addOption({kFormat, tr("pdf or html, when the file name does not say it."), tr("FORMAT")});
    parser.addOption({kPaper, tr("a4 or letter (default: what the language and country use)."), tr("SIZE")});
    parser.addOption({kFrom,
                      tr("Team report: the first day of the period, YYYY-MM-DD (default: the 1st of this month)."),
                      tr("DATE")});
    parser.addOption({kTo,
                      tr("Team report: the last day of the period, YYYY-MM-DD (default: the last day of this month)."),
                      tr("DATE")});
    parser.addOption({kRep, tr("Team report: only this team member's figures."), tr("EMAIL")});
}

int ReportCommand::execute(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString kind = arguments.value(0).toLower();
    const bool dealReport = kind == QLatin1String("deal");
    if (!dealReport && kind != QLatin1String("team")) {
        printUsageError(arguments.isEmpty() ? tr("report needs a kind: deal ID|REF or team.")
                                            : tr("'%1' is not a kind of report; choose deal or team.").arg(kind));
        return UsageError;
    }
    if (dealReport && arguments.size() != 2) {
        printUsageError(tr("report deal needs the deal's id or CRM reference, and nothing else."));
        return UsageError;
    }
    if (!dealReport && arguments.size() != 1) {
        printUsageError(tr("report team takes no arguments, only options; see --help."));
        return UsageError;
    }
    if (parser.isSet(kForce) && !parser.isSet(kOutput)) {
        printUsageError(tr("--force only applies with -o FILE."));
        return UsageError;
    }

    std::optional<ReportRenderer::Format> format =
        parser.isSet(kOutput) ? ReportRenderer::formatOf(parser.value(kOutput)) : ReportRenderer::Format::Html;
    if (parser.isSet(kFormat)) {
        const QString name = parser.value(kFormat).trimmed().toLower();
        format = name == QLatin1String("pdf")    ? std::optional(ReportRenderer::Format::Pdf)
                 : name == QLatin1String("html") ? std::optional(ReportRenderer::Format::Html)
                                                 : std::nullopt;
        if (!format) {
            printUsageError(tr("'%1' is not a report format; choose pdf or html.").arg(parser.value(kFormat)));
            return UsageError;
        }
    } else if (!format) {
        printUsageError(
            tr("'%1' does not end in .pdf or .html; add --format pdf or --format html.").arg(parser.value(kOutput)));
        return UsageError;
    }
    QPageSize pageSize = ReportRenderer::defaultPageSize(QLocale());
    if (parser.isSet(kPaper)) {
        const QString paper = parser.value(kPaper).trimmed().toLower();
        if (paper != QLatin1String("a4") && paper != QLatin1String("letter")) {
            printUsageError(tr("'%1' is not a paper size; choose a4 or letter.").arg(parser.value(kPaper)));
            return UsageError;
        }
        pageSize = QPageSize(paper == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter);
    }
    const std::optional<MetricsPeriod> period = periodOption(parser);
    if (!period) {
        return UsageError;
    }

    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    markBrokenPromises(db);
    Result<ReportContent> content = makeError(Error::Code::Invalid, QString());
    if (dealReport) {
        const auto deal = DealService(db).find(arguments.at(1));
        if (!deal) {
            printError(deal.error().fullText());
            return Failure;
        }
        content = DealReport(db).build(deal->id);
    } else {
        MetricsQuery query;
        query.period = *period;
        query.today = db.today();
        const std::optional<qint64> rep = repOption(parser, db);
        if (!rep) {
            return Failure;
        }
        query.userId = *rep;
        content = TeamReport(db).build(query);
    }
    if (!content) {
        printError(content.error().fullText());
        return Failure;
    }
    const QDateTime now = QDateTime::currentDateTime();
    const auto pages = writeOutput(
        parser, [&](QIODevice* out) { return ReportRenderer::write(*content, *format, out, pageSize, now); });
    if (!pages) {
        return Failure;
    }
    if (parser.isSet(kOutput)) {
        printLine(*format == ReportRenderer::Format::Pdf
                      ? (*pages == 1 ? tr("Wrote %1 (1 page).") : tr("Wrote %1 (%2 pages)."))
                            .arg(QDir::toNativeSeparators(parser.value(kOutput)), QString::number(*pages))
                      : tr("Wrote %1.").arg(QDir::toNativeSeparators(parser.value(kOutput))));
    }
    return Success;
}

} // namespace handoff
