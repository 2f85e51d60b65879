#include "commands/DemoCommand.h"

#include "commands/ProgressLine.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

namespace handoff {

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"), tr("Fills an empty database with realistic generated deals, promises and "
                                         "tasks. The same seed gives the same data."))
{}

void DemoCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("deals"), tr("How many deals to generate (default: 200)."), tr("N"), QStringLiteral("200")});
    parser.addOption(
        {QStringLiteral("seed"), tr("Seed of the random generator (default: 1)."), tr("S"), QStringLiteral("1")});
}

int DemoCommand::execute(const QCommandLineParser& parser)
{
    bool dealsOk = false;
    bool seedOk = false;
    DemoOptions options;
    options.deals = parser.value(QStringLiteral("deals")).toInt(&dealsOk);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!dealsOk || options.deals < 1 || options.deals > 10'000'000) {
        printUsageError(tr("--deals takes a whole number from 1 to 10000000, not '%1'.")
                            .arg(parser.value(QStringLiteral("deals"))));
        return UsageError;
    }
    if (!seedOk) {
        printUsageError(tr("--seed takes a whole number from 0 to 4294967295, not '%1'.")
                            .arg(parser.value(QStringLiteral("seed"))));
        return UsageError;
    }
    Database db;
    if (!openDatabase(parser, db, true)) {
        return Failure;
    }
    ProgressLine line;
    const auto progress = [&](qint64 done, qint64 total) {
        line.show(tr("Generating demo data: %1%").arg(total > 0 ? int(done * 100 / total) : 100));
        return true;
    };
    const auto summary = DemoGenerator::generate(db, options, progress);
    line.clear();
    if (!summary) {
        printError(summary.error().fullText());
        return Failure;
    }
    printLine(tr("Generated %1 deals, %2 promises, %3 tasks, %4 contacts, %5 audit entries in %6 s into %7.")
                  .arg(summary->deals)
                  .arg(summary->promises)
                  .arg(summary->tasks)
                  .arg(summary->contacts)
                  .arg(summary->auditEntries)
                  .arg(double(summary->milliseconds) / 1000.0, 0, 'f', 1)
                  .arg(db.path()));
    return Success;
}

} // namespace handoff
