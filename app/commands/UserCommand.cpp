#include "commands/UserCommand.h"

#include "commands/TerminalText.h"
#include "storage/Database.h"
#include "workflow/UserService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace handoff {

namespace {

const QString kJson = QStringLiteral("json");
const QString kAs = QStringLiteral("as");
const QString kName = QStringLiteral("name");
const QString kEmail = QStringLiteral("email");
const QString kRole = QStringLiteral("role");
const QString kLogin = QStringLiteral("login");

const QString kList = QStringLiteral("list");
const QString kAdd = QStringLiteral("add");
const QString kDeactivate = QStringLiteral("deactivate");
const QString kActivate = QStringLiteral("activate");
const QString kGiveLogin = QStringLiteral("login");

// The options each action reads; any other is a mistake worth telling the user about.
QStringList optionsOf(const QString& action)
{
    if (action == kList) {
        return {kJson};
    }
    if (action == kAdd || action == kGiveLogin) {
        return action == kAdd ? QStringList{kAs, kName, kEmail, kRole, kLogin} : QStringList{kAs, kLogin};
    }
    return {kAs};
}

} // namespace

UserCommand::UserCommand()
    : Command(QStringLiteral("user"), tr("Lists the team's people and lets a lead manage them: list, add --name NAME "
                                         "--email EMAIL --role ROLE, deactivate EMAIL, activate EMAIL, and on a "
                                         "team's server login EMAIL [--login LOGIN]."))
{}

void UserCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, add, deactivate, activate or login."),
                                 tr("ACTION"));
    parser.addPositionalArgument(kEmail, tr("deactivate, activate, login: the person's email."), tr("[EMAIL]"));
    parser.addOption({kJson, tr("list: print JSON instead of text.")});
    parser.addOption({kAs,
                      tr("add, deactivate, activate, login: the email of the team lead who acts (on a team's "
                         "server, the lead's own login is the lead)."),
                      tr("EMAIL")});
    parser.addOption({kName, tr("add: the person's name."), tr("NAME")});
    parser.addOption({kEmail, tr("add: the person's email address."), tr("EMAIL")});
    parser.addOption({kRole, tr("add: what the person does (%1).").arg(keyList<Role>()), tr("ROLE")});
    parser.addOption({kLogin,
                      tr("add, login, on a team's server: the person's login (default: their email's part before "
                         "'@')."),
                      tr("LOGIN")});
}

int UserCommand::execute(const QCommandLineParser& parser)
{
    const auto chosen = actionOf(parser, {kList, kAdd, kDeactivate, kActivate, kGiveLogin},
                                 {kJson, kAs, kName, kEmail, kRole, kLogin}, optionsOf);
    if (!chosen) {
        return UsageError;
    }
    const QString& action = *chosen;
    const QStringList allowed = optionsOf(action);
    const QStringList arguments = parser.positionalArguments();
    const bool takesEmail = action == kDeactivate || action == kActivate || action == kGiveLogin;
    if (arguments.size() != (takesEmail ? 2 : 1)) {
        printUsageError(takesEmail ? tr("user %1 needs exactly one email: the person's.").arg(action)
                                   : tr("user %1 takes no other argument.").arg(action));
        return UsageError;
    }
    if (allowed.contains(kAs) &&
        actorMissing(parser, tr("user %1 needs --as EMAIL: the team lead who acts.").arg(action))) {
        return UsageError;
    }
    if (action == kAdd) {
        if (!parser.isSet(kName) || !parser.isSet(kEmail) || !parser.isSet(kRole)) {
            printUsageError(tr("user add needs --name NAME, --email EMAIL and --role ROLE (%1).").arg(keyList<Role>()));
            return UsageError;
        }
        if (!fromKey<Role>(parser.value(kRole))) {
            printUsageError(tr("'%1' is not a role. Roles: %2.").arg(parser.value(kRole), keyList<Role>()));
            return UsageError;
        }
    }

    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    if (action == kList) {
        return list(db, parser.isSet(kJson));
    }
    const std::optional<User> lead = actingUser(db, parser.value(kAs));
    if (!lead) {
        return actorFailure(db, parser.value(kAs));
    }
    if (action == kAdd) {
        return add(parser, db, *lead);
    }
    if (action == kGiveLogin) {
        return giveLogin(db, *lead, arguments.at(1), parser.value(kLogin));
    }
    return setActive(db, *lead, arguments.at(1), action == kActivate);
}

int UserCommand::list(Database& db, bool json) const
{
    const UserService service(db);
    const auto users = service.all();
    if (!users) {
        printError(users.error().fullText());
        return Failure;
    }
    QHash<qint64, QString> logins;
    if (db.inTeamMode()) {
        auto found = service.logins();
        if (!found) {
            printError(found.error().fullText());
            return Failure;
        }
        logins = *found;
    }
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const User& user : *users) {
            QJsonObject object{{QStringLiteral("id"), user.id},
                               {QStringLiteral("name"), user.name},
                               {QStringLiteral("email"), user.email},
                               {QStringLiteral("role"), toKey(user.role)},
                               {QStringLiteral("active"), user.active}};
            if (db.inTeamMode()) {
                object.insert(kLogin, logins.value(user.id));
            }
            array.append(object);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    out << TerminalText::padded(tr("NAME"), 24) << "  " << TerminalText::padded(tr("EMAIL"), 32) << "  "
        << TerminalText::padded(tr("ROLE"), 8) << "  ";
    if (db.inTeamMode()) {
        out << TerminalText::padded(tr("LOGIN"), 16) << "  ";
    }
    out << tr("STATE") << '\n';
    for (const User& user : *users) {
        out << TerminalText::fitted(user.name, 24) << "  " << TerminalText::padded(user.email, 32) << "  "
            << toKey(user.role).leftJustified(8) << "  ";
        if (db.inTeamMode()) {
            out << TerminalText::padded(logins.value(user.id), 16) << "  ";
        }
        out << (user.active ? tr("active") : tr("deactivated")) << '\n';
    }
    return Success;
}

int UserCommand::add(const QCommandLineParser& parser, Database& db, const User& lead) const
{
    UserService service(db);
    const auto added = service.add(lead, parser.value(kName), parser.value(kEmail), *fromKey<Role>(parser.value(kRole)),
                                   parser.value(kLogin));
    if (!added) {
        printError(added.error().fullText());
        return Failure;
    }
    printLine(tr("Added %1 <%2> as %3.").arg(added->name, added->email, toKey(added->role)));
    if (db.inTeamMode()) {
        const auto login = service.loginOf(added->id);
        printLoginAdvice(db, *added, login ? *login : QString());
        return Success;
    }
    // There is no password to set: whoever opens the database picks their profile in "Who is working?".
    printLine(tr("They open %1 in the workstation and pick their profile.").arg(db.path()));
    return Success;
}

int UserCommand::giveLogin(Database& db, const User& lead, const QString& email, const QString& login) const
{
    UserService users(db);
    const auto person = users.byEmail(email);
    if (!person) {
        printError(person.error().fullText());
        return Failure;
    }
    const auto given = users.addLogin(lead, person->id, login);
    if (!given) {
        printError(given.error().fullText());
        return Failure;
    }
    printLoginAdvice(db, *person, *given);
    return Success;
}

int UserCommand::setActive(Database& db, const User& lead, const QString& email, bool active) const
{
    UserService users(db);
    const auto user = users.byEmail(email);
    if (!user) {
        printError(user.error().fullText());
        return Failure;
    }
    const auto changed = users.setActive(lead, user->id, active);
    if (!changed) {
        printError(changed.error().fullText());
        return Failure;
    }
    printLine(active ? tr("%1 <%2> is active again.").arg(changed->name, changed->email)
                     : tr("%1 <%2> is deactivated: they can no longer act; their deals and history stay theirs.")
                           .arg(changed->name, changed->email));
    return Success;
}

} // namespace handoff
