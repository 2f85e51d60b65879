#include "commands/InitCommand.h"

#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "workflow/UserService.h"

namespace handoff {

namespace {

const QString kName = QStringLiteral("name");
const QString kEmail = QStringLiteral("email");
const QString kLogin = QStringLiteral("login");

} // namespace

InitCommand::InitCommand()
    : Command(QStringLiteral("init"), tr("Makes a new database for a team, with its first person as team lead: "
                                         "--name NAME --email EMAIL. The lead then adds the others with 'user add'."))
{}

void InitCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({kName, tr("The name of the team's first lead, who will add the others."), tr("NAME")});
    parser.addOption({kEmail, tr("The lead's email address, which commands take with --as."), tr("EMAIL")});
    parser.addOption({kLogin,
                      tr("On a server: the lead's own login (default: their email's part before '@'). The login that "
                         "runs init administers the team's database."),
                      tr("LOGIN")});
}

int InitCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        printUsageError(tr("init takes no argument; name the database with --database FILE."));
        return UsageError;
    }
    const QString name = parser.value(kName);
    const QString email = parser.value(kEmail);
    if (!parser.isSet(kName) || !parser.isSet(kEmail)) {
        printUsageError(tr("init needs --name NAME and --email EMAIL: the team's first lead."));
        return UsageError;
    }
    // Checked before the database is made, so that a mistyped email leaves no file behind.
    if (const QStringList problems = UserService::shapeProblems(name, email); !problems.isEmpty()) {
        printUsageError(problems.join(QLatin1Char(' ')));
        return UsageError;
    }
    if (parser.isSet(kLogin) && !ServerAddress::isServerAddress(parser.value(QStringLiteral("database")))) {
        printUsageError(tr("--login is for a team's server: a file has no logins, whoever sits at it picks their "
                           "profile."));
        return UsageError;
    }
    Database db;
    if (!openDatabase(parser, db, true)) {
        return Failure;
    }
    UserService users(db);
    const auto lead = users.createFirstLead(name, email, parser.value(kLogin));
    if (!lead) {
        printError(tr("%1 was not started: %2").arg(db.path(), lead.error().fullText()));
        return Failure;
    }
    printLine(tr("Started %1 with %2 <%3> as team lead.").arg(db.path(), lead->name, lead->email));
    if (db.isServer()) {
        const auto login = users.loginOf(lead->id);
        printLine(tr("The team works in team mode: each person connects with a login of their own, and the server "
                     "holds each login to its role."));
        printLoginAdvice(db, *lead, login ? *login : QString());
        printLine(tr("Next: %1 adds people with '%2 user add --name NAME --email EMAIL --role ROLE', connected as "
                     "themselves.")
                      .arg(lead->name, QCoreApplication::applicationName()));
        return Success;
    }
    printLine(tr("Next: add people with '%1 user add --name NAME --email EMAIL --role ROLE --as %2', or import a "
                 "CRM export with '%1 import FILE.csv --preset NAME --as %2'.")
                  .arg(QCoreApplication::applicationName(), lead->email));
    return Success;
}

} // namespace handoff
