#include "commands/StatusCommand.h"

#include "model/Labels.h"
#include "storage/Database.h"
#include "storage/DatabaseContents.h"
#include "storage/Migrator.h"
#include "storage/TeamSql.h"
#include "workflow/UserService.h"

#include <QLocale>
#include <QMap>

namespace handoff {

StatusCommand::StatusCommand()
    : Command(QStringLiteral("status"), tr("Says where the database is, its schema version, whether the server holds "
                                           "a team to its roles, the team's people and who is connected."))
{}

void StatusCommand::addOptions(QCommandLineParser&) {}

int StatusCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        printUsageError(tr("status takes no argument."));
        return UsageError;
    }
    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    const auto version = DatabaseContents::engineVersion(db);
    const auto schema = Migrator::currentVersion(db);
    UserService service(db);
    const auto people = service.all();
    const auto sessions = TeamSql::sessions(db);
    const auto owner = TeamSql::owner(db);
    for (const Error* error :
         {version ? nullptr : &version.error(), schema ? nullptr : &schema.error(), people ? nullptr : &people.error(),
          sessions ? nullptr : &sessions.error(), owner ? nullptr : &owner.error()}) {
        if (error != nullptr) {
            printError(error->fullText());
            return Failure;
        }
    }
    printLine(db.isServer() ? tr("Database: %1, on PostgreSQL %2").arg(db.path(), *version)
                            : tr("Database: %1, a file (SQLite %2)").arg(db.path(), *version));
    printLine(tr("Schema version: %1").arg(*schema));
    if (db.inTeamMode()) {
        printLine(tr("Team mode: each person connects with their own login and the server holds them to their "
                     "role; the login '%1' administers the database.")
                      .arg(*owner));
        if (db.sessionPerson() != 0) {
            const auto me = service.get(db.sessionPerson());
            const auto login = service.loginOf(db.sessionPerson());
            if (me && login) {
                printLine(tr("You: %1 <%2>, %3, login '%4'.")
                              .arg(me->name, me->email, Labels::inSentence(Labels::of(me->role)), *login));
            }
        } else {
            printLine(tr("You: the login that administers the database, no person of the team."));
        }
    } else if (db.isServer()) {
        printLine(tr("Team mode: off. One login serves everyone, who say who they are; 'handoff init' on an empty "
                     "database starts a team in team mode."));
    } else {
        printLine(tr("Team mode: a file has none; whoever sits at it picks their profile, and Handoff enforces the "
                     "roles."));
    }
    int active = 0;
    QMap<Role, int> byRole;
    for (const User& user : *people) {
        if (user.active) {
            ++active;
            ++byRole[user.role];
        }
    }
    // Counts after a colon read right in every number, without plural forms that English has no catalogue for.
    printLine(tr("People: %1 active (sales reps: %2, support reps: %3, team leads: %4); deactivated: %5.")
                  .arg(active)
                  .arg(byRole.value(Role::Sales))
                  .arg(byRole.value(Role::Support))
                  .arg(byRole.value(Role::Lead))
                  .arg(people->size() - active));
    if (db.isServer()) {
        QStringList connected;
        for (const TeamSql::Session& session : *sessions) {
            connected.append(tr("%1 (sessions: %2, since %3)")
                                 .arg(session.login)
                                 .arg(session.connections)
                                 .arg(QLocale().toString(session.since.toLocalTime(), QLocale::ShortFormat)));
        }
        printLine(tr("Connected now: %1").arg(connected.join(QStringLiteral(", "))));
    }
    return Success;
}

} // namespace handoff
