#include "commands/CalendarCommand.h"

#include "io/CalendarWriter.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "workflow/UserService.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace handoff {

namespace {

const QString kOutput = QStringLiteral("output");
const QString kUser = QStringLiteral("user");
const QString kForce = QStringLiteral("force");

} // namespace

CalendarCommand::CalendarCommand()
    : Command(QStringLiteral("calendar"),
              tr("Writes open fulfilment tasks and promise due dates as an iCalendar (.ics) file that calendar "
                 "programs import; importing a newer file updates the events instead of adding copies."))
{}

void CalendarCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({{QStringLiteral("o"), kOutput},
                      tr("Write to this file instead of standard output. The file appears only once it is complete."),
                      tr("FILE.ics")});
    parser.addOption({kUser,
                      tr("Only this user's calendar: the tasks assigned to them and the promises of the deals they "
                         "sold or own in support."),
                      tr("EMAIL")});
    parser.addOption({kForce, tr("Replace the output file if it exists.")});
}

int CalendarCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        printUsageError(tr("calendar takes no arguments; name the file with -o FILE.ics."));
        return UsageError;
    }
    if (parser.isSet(kForce) && !parser.isSet(kOutput)) {
        printUsageError(tr("--force only applies together with -o FILE.ics."));
        return UsageError;
    }
    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    qint64 userId = 0;
    if (parser.isSet(kUser)) {
        const QString email = parser.value(kUser).trimmed();
        const auto user = UserService(db).byEmail(email);
        if (!user) {
            printError(user.error().fullText());
            return Failure;
        }
        userId = user->id;
    }
    const CalendarWriter writer(db);
    const QDateTime now = db.now();
    const auto produce = [&](QIODevice* out) { return writer.write(out, userId, now); };

    const auto written = writeOutput(parser, produce);
    if (!written) {
        return Failure;
    }
    if (parser.isSet(kOutput)) {
        printLine(tr("Events written to '%1': %2.").arg(QDir::toNativeSeparators(parser.value(kOutput))).arg(*written));
    }
    return Success;
}

} // namespace handoff
