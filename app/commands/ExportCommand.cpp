#include "commands/ExportCommand.h"

#include "io/TableExporter.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace handoff {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kForce = QStringLiteral("force");

QString exportedText(ExportTable table, qint64 rows, const QString& path)
{
    switch (table) {
    case ExportTable::Deals:
        return ExportCommand::tr("Deals exported to '%1': %2.").arg(path).arg(rows);
    case ExportTable::Promises:
        return ExportCommand::tr("Promises exported to '%1': %2.").arg(path).arg(rows);
    case ExportTable::Tasks:
        return ExportCommand::tr("Tasks exported to '%1': %2.").arg(path).arg(rows);
    }
    return {};
}

} // namespace

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
              tr("Exports deals, promises or fulfilment tasks as CSV (UTF-8 with a byte-order mark, safe to open in a "
                 "spreadsheet) or JSON (an array of objects with snake_case keys), to standard output or a file."))
{}

void ExportCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("table"), tr("What to export: deals, promises or tasks."),
                                 tr("deals|promises|tasks"));
    parser.addOption({kFormat, tr("csv or json (default: csv)."), tr("FORMAT"), QStringLiteral("csv")});
    parser.addOption({{QStringLiteral("o"), kOutput},
                      tr("Write to this file instead of standard output. The file appears only once the export is "
                         "complete."),
                      tr("FILE")});
    parser.addOption({kForce, tr("Replace the output file if it exists.")});
    addPagingOptions(parser, tr("rows"));
}

int ExportCommand::execute(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        printUsageError(tr("export needs exactly one table: deals, promises or tasks."));
        return UsageError;
    }
    const auto table = TableExporter::tableFromName(arguments.constFirst());
    if (!table) {
        printUsageError(tr("'%1' cannot be exported; choose deals, promises or tasks.").arg(arguments.constFirst()));
        return UsageError;
    }
    const QString formatName = parser.value(kFormat).toLower();
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("json")) {
        printUsageError(tr("'%1' is not an export format; choose csv or json.").arg(parser.value(kFormat)));
        return UsageError;
    }
    const ExportFormat format = formatName == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Json;
    if (parser.isSet(kForce) && !parser.isSet(kOutput)) {
        printUsageError(tr("--force only applies together with -o FILE."));
        return UsageError;
    }

    const auto paging = pagingOption(parser);
    if (!paging) {
        return UsageError;
    }

    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    const TableExporter exporter(db);
    const auto produce = [&](QIODevice* out) {
        return exporter.write(*table, format, out, paging->after, paging->limit);
    };

    const auto written = writeOutput(parser, produce);
    if (!written) {
        return Failure;
    }
    if (parser.isSet(kOutput)) {
        printLine(exportedText(*table, *written, QDir::toNativeSeparators(parser.value(kOutput))));
    }
    return Success;
}

} // namespace handoff
