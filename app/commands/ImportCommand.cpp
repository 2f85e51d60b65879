#include "commands/ImportCommand.h"

#include "commands/ProgressLine.h"
#include "io/DealImporter.h"
#include "io/ImportPresets.h"
#include "storage/Database.h"

#include <QFile>

namespace handoff {

namespace {

const QString kPreset = QStringLiteral("preset");
const QString kMap = QStringLiteral("map");
const QString kWonStage = QStringLiteral("won-stage");
const QString kDateFormat = QStringLiteral("date-format");
const QString kSeparator = QStringLiteral("separator");
const QString kEncoding = QStringLiteral("encoding");
const QString kDryRun = QStringLiteral("dry-run");
const QString kAs = QStringLiteral("as");

std::optional<QChar> separatorFrom(const QString& text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t")) {
        return QLatin1Char('\t');
    }
    if (text == QLatin1String(",") || text == QLatin1String(";")) {
        return text.at(0);
    }
    return std::nullopt;
}

std::optional<QString> encodingFrom(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8")) {
        return QStringLiteral("utf-8");
    }
    if (key == QLatin1String("windows-1252") || key == QLatin1String("cp1252")) {
        return QStringLiteral("windows-1252");
    }
    if (key == QLatin1String("latin-1") || key == QLatin1String("latin1") || key == QLatin1String("iso-8859-1")) {
        return QStringLiteral("latin-1");
    }
    return std::nullopt;
}

} // namespace

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"),
              tr("Imports the closed-won deals of a CRM export (CSV) as drafts ready for handoff. Accounts, sales "
                 "reps and contacts are matched by name or email, or created; deals imported before are updated "
                 "by their CRM reference. All or nothing: if any row is rejected, nothing is imported and every "
                 "rejected row is listed."))
{}

void ImportCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file to import."));
    parser.addOption(
        {kPreset, tr("The export's layout: %1.").arg(ImportPresets::names().join(QStringLiteral(", "))), tr("PRESET")});
    parser.addOption({kMap,
                      tr("Your own mapping instead of a preset, as field=column,field=column (fields: %1).")
                          .arg(ImportMapping::fieldKeys().join(QStringLiteral(", "))),
                      tr("MAPPING")});
    parser.addOption({kWonStage,
                      tr("A stage value that means closed-won; repeat for several. Replaces the preset's "
                         "(Salesforce: Closed Won; HubSpot: Closed Won, closedwon). Without any, every row is won."),
                      tr("VALUE")});
    parser.addOption({kDateFormat,
                      tr("How to read slash dates: mdy (3/14/2026) or dmy (14/3/2026). Without it the other rows "
                         "decide, and a date that reads both ways in a file that does not tell is rejected."),
                      tr("FORMAT")});
    parser.addOption({kSeparator, tr("The field separator: ',', ';' or tab (default: detected)."), tr("C")});
    parser.addOption(
        {kEncoding, tr("The file's encoding: utf-8, windows-1252 or latin-1 (default: detected)."), tr("ENCODING")});
    parser.addOption({kDryRun, tr("Check and count everything, then change nothing.")});
    parser.addOption({kAs,
                      tr("Required: the email of the sales rep or team lead who imports; the audit log names "
                         "them."),
                      tr("EMAIL")});
}

int ImportCommand::execute(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        printUsageError(tr("import needs exactly one file to import."));
        return UsageError;
    }
    if (actorMissing(parser, tr("import needs --as EMAIL: the sales rep or team lead who imports."))) {
        return UsageError;
    }
    ImportOptions options;
    if (parser.isSet(kPreset) == parser.isSet(kMap)) {
        printUsageError(tr("import needs either --preset (%1) or --map field=column,...")
                            .arg(ImportPresets::names().join(QStringLiteral(", "))));
        return UsageError;
    }
    if (parser.isSet(kPreset)) {
        const auto preset = ImportPresets::preset(parser.value(kPreset));
        if (!preset) {
            printUsageError(tr("'%1' is not a preset. Presets: %2.")
                                .arg(parser.value(kPreset), ImportPresets::names().join(QStringLiteral(", "))));
            return UsageError;
        }
        options.mapping = *preset;
    } else {
        const auto mapping = ImportPresets::parseMap(parser.value(kMap));
        if (!mapping) {
            printUsageError(mapping.error().fullText());
            return UsageError;
        }
        options.mapping = *mapping;
    }
    if (parser.isSet(kWonStage)) {
        options.mapping.wonStages = parser.values(kWonStage);
    }
    if (parser.isSet(kDateFormat)) {
        const QString format = parser.value(kDateFormat).trimmed().toLower();
        if (format == QLatin1String("mdy")) {
            options.dateOrder = DateOrder::MonthFirst;
        } else if (format == QLatin1String("dmy")) {
            options.dateOrder = DateOrder::DayFirst;
        } else {
            printUsageError(tr("--date-format is mdy or dmy, not '%1'.").arg(parser.value(kDateFormat)));
            return UsageError;
        }
    }
    if (parser.isSet(kSeparator)) {
        const auto separator = separatorFrom(parser.value(kSeparator));
        if (!separator) {
            printUsageError(tr("--separator is ',', ';' or tab, not '%1'.").arg(parser.value(kSeparator)));
            return UsageError;
        }
        options.csv.separator = *separator;
    }
    if (parser.isSet(kEncoding)) {
        const auto encoding = encodingFrom(parser.value(kEncoding));
        if (!encoding) {
            printUsageError(tr("--encoding is utf-8, windows-1252 or latin-1, not '%1'.").arg(parser.value(kEncoding)));
            return UsageError;
        }
        options.csv.encoding = *encoding;
    }
    options.dryRun = parser.isSet(kDryRun);

    QFile file(arguments.constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString()));
        return Failure;
    }
    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    const std::optional<User> actor = actingUser(db, parser.value(kAs));
    if (!actor) {
        return actorFailure(db, parser.value(kAs));
    }

    ProgressLine line;
    const auto progress = [&](qint64 done, qint64 total) {
        line.show(tr("Importing %1: %2%").arg(file.fileName()).arg(total > 0 ? int(done * 100 / total) : 100));
        return true;
    };
    const auto summary = DealImporter(db).run(*actor, &file, options,
                                              line.shown() ? std::function<bool(qint64, qint64)>(progress) : nullptr);
    line.clear();
    if (!summary) {
        printError(summary.error().fullText());
        return Failure;
    }
    printLine(tr("imported %1, updated %2, skipped %3 (not won), rejected %4")
                  .arg(summary->imported)
                  .arg(summary->updated)
                  .arg(summary->skipped)
                  .arg(summary->rejected));
    for (const QString& note : summary->notes) {
        printLine(note);
    }
    for (const RejectedRow& row : summary->rejections) {
        printLine(row.line > 0 ? tr("  line %1: %2").arg(row.line).arg(row.reason) : QLatin1String("  ") + row.reason);
    }
    if (summary->rejected > 0) {
        printLine(tr("Nothing was imported: correct the rejected rows (or leave them out) and import again."));
        return Failure;
    }
    if (summary->unchanged > 0) {
        printLine(tr("Deals already up to date: %1.").arg(summary->unchanged));
    }
    if (summary->accountsCreated + summary->usersCreated + summary->contactsCreated > 0) {
        printLine(tr("New accounts: %1; new sales reps: %2; new contacts: %3.")
                      .arg(summary->accountsCreated)
                      .arg(summary->usersCreated)
                      .arg(summary->contactsCreated));
    }
    if (options.dryRun) {
        printLine(tr("Dry run: nothing was saved."));
    }
    printLine(tr("Took %1 s.").arg(double(summary->milliseconds) / 1000.0, 0, 'f', 2));
    return Success;
}

} // namespace handoff
