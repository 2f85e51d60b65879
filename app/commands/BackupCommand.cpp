#include "commands/BackupCommand.h"

#include "storage/Database.h"

#include <QDir>

namespace handoff {

BackupCommand::BackupCommand()
    : Command(QStringLiteral("backup"), tr("Writes a consistent copy of the database to a new file, even while "
                                           "the workstation is using it. Never overwrites an existing file. A "
                                           "database on a server is copied by pg_dump into an archive that "
                                           "pg_restore reads."))
{}

void BackupCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The new backup file."), tr("FILE"));
}

int BackupCommand::execute(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        printUsageError(tr("backup needs exactly one argument: the file to write."));
        return UsageError;
    }
    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    const QString target = parser.positionalArguments().constFirst();
    if (const auto saved = db.backupTo(target); !saved) {
        printError(saved.error().fullText());
        return Failure;
    }
    printLine(tr("Backed up '%1' to '%2'.").arg(QDir::toNativeSeparators(db.path()), QDir::toNativeSeparators(target)));
    return Success;
}

} // namespace handoff
