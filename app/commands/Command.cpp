#include "commands/Command.h"

#include "AppPaths.h"
#include "commands/BackupCommand.h"
#include "commands/CalendarCommand.h"
#include "commands/CheckCommand.h"
#include "commands/CsatCommand.h"
#include "commands/DealCommand.h"
#include "commands/DemoCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ImportCommand.h"
#include "commands/InitCommand.h"
#include "commands/MetricsCommand.h"
#include "commands/PromiseCommand.h"
#include "commands/ReportCommand.h"
#include "commands/StatusCommand.h"
#include "commands/UserCommand.h"
#include "io/ExportFile.h"
#include "metrics/MetricsTypes.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/Stores.h"
#include "storage/WaitNotice.h"
#include "workflow/PromiseService.h"
#include "workflow/UserService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <tuple>

#include <cstdio>

namespace handoff {

namespace {

const QString kDatabaseOption = QStringLiteral("database");

} // namespace

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{}

std::unique_ptr<Command> Command::create(const QString& name)
{
    if (name == QLatin1String("init")) {
        return std::make_unique<InitCommand>();
    }
    if (name == QLatin1String("user")) {
        return std::make_unique<UserCommand>();
    }
    if (name == QLatin1String("status")) {
        return std::make_unique<StatusCommand>();
    }
    if (name == QLatin1String("demo")) {
        return std::make_unique<DemoCommand>();
    }
    if (name == QLatin1String("check")) {
        return std::make_unique<CheckCommand>();
    }
    if (name == QLatin1String("backup")) {
        return std::make_unique<BackupCommand>();
    }
    if (name == QLatin1String("deal")) {
        return std::make_unique<DealCommand>();
    }
    if (name == QLatin1String("promise")) {
        return std::make_unique<PromiseCommand>();
    }
    if (name == QLatin1String("import")) {
        return std::make_unique<ImportCommand>();
    }
    if (name == QLatin1String("export")) {
        return std::make_unique<ExportCommand>();
    }
    if (name == QLatin1String("calendar")) {
        return std::make_unique<CalendarCommand>();
    }
    if (name == QLatin1String("metrics")) {
        return std::make_unique<MetricsCommand>();
    }
    if (name == QLatin1String("csat")) {
        return std::make_unique<CsatCommand>();
    }
    if (name == QLatin1String("report")) {
        return std::make_unique<ReportCommand>();
    }
    return nullptr;
}

bool Command::drawsText(const QString& name)
{
    return name == QLatin1String("report");
}

QStringList Command::names()
{
    return {QStringLiteral("init"),   QStringLiteral("user"),   QStringLiteral("status"),   QStringLiteral("demo"),
            QStringLiteral("check"),  QStringLiteral("backup"), QStringLiteral("deal"),     QStringLiteral("promise"),
            QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("metrics"),
            QStringLiteral("csat"),   QStringLiteral("report")};
}

int Command::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("d"), kDatabaseOption},
                      tr("The database: a file, or a team server's postgresql://[user@]host[:port]/name (default: %1).")
                          .arg(AppPaths::defaultDatabase()),
                      tr("FILE")});
    // Read by main before the command runs (it installs the translations); accepted here so that it may stand anywhere.
    parser.addOption(
        {QStringLiteral("language"), tr("The language of the user interface (de, es, fr, en)."), tr("CODE")});
    addOptions(parser);
    if (!parser.parse(arguments)) {
        printUsageError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names only the program; the usage line must name the subcommand too.
        const QString usage = QLatin1String("Usage: ") + QCoreApplication::arguments().constFirst();
        QTextStream(stdout) << parser.helpText().replace(usage, usage + QLatin1Char(' ') + m_name);
        return Success;
    }
    // A change that waits for another program says so, once; an error follows only when the command fails.
    WaitNotice::set([said = false]() mutable {
        if (!said) {
            said = true;
            printError(tr("The database is busy: waiting for another program to finish its change…"));
        }
    });
    return execute(parser);
}

std::optional<QString> Command::actionOf(const QCommandLineParser& parser, const QStringList& actions,
                                         const QStringList& options,
                                         const std::function<QStringList(const QString&)>& optionsOf) const
{
    const QString action = parser.positionalArguments().value(0);
    const QString list = actions.join(QStringLiteral(", "));
    if (!actions.contains(action)) {
        printUsageError(action.isEmpty() ? tr("%1 needs an action: %2.").arg(m_name, list)
                                         : tr("'%1' is not an action of %2. Actions: %3.").arg(action, m_name, list));
        return std::nullopt;
    }
    const QStringList allowed = optionsOf(action);
    for (const QString& option : options) {
        if (parser.isSet(option) && !allowed.contains(option)) {
            printUsageError(tr("--%1 does not apply to '%2 %3'.").arg(option, m_name, action));
            return std::nullopt;
        }
    }
    return action;
}

bool Command::openDatabase(const QCommandLineParser& parser, Database& db, bool create, bool refuseDamaged) const
{
    const QString path = parser.isSet(kDatabaseOption) ? parser.value(kDatabaseOption) : AppPaths::defaultDatabase();
    Database::Options options;
    options.create = create;
    options.refuseDamaged = refuseDamaged;
    options.upgrading = [&path](int from, int to) {
        printError(tr("Upgrading '%1' from schema version %2 to %3. On a large database this takes minutes…")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(from)
                       .arg(to));
    };
    const auto opened = db.open(path, options);
    if (!opened) {
        QString message = opened.error().fullText();
        if (opened.error().code == Error::Code::NotFound && !create) {
            message += QLatin1Char('\n') + tr("Start a team's database with '%1 init --name NAME --email EMAIL'.")
                                               .arg(QCoreApplication::applicationName());
        }
        printError(message);
        return false;
    }
    for (const QString& warning : db.warnings()) {
        printError(warning);
    }
    return true;
}

void Command::printLoginAdvice(const Database& db, const User& person, const QString& login)
{
    auto address = ServerAddress::parse(db.path());
    QString own = db.path();
    if (address) {
        address->user = login;
        own = address->display();
    }
    printLine(tr("%1's login on the server is '%2'. It has no password yet: the server's administrator gives it one "
                 "(in psql: \\password %2) or lets it in by peer or certificate login (pg_hba.conf). %1 then changes "
                 "it with \\password in psql and opens the team's database with --database %3.")
                  .arg(person.name, login, own));
}

int Command::actorFailure(const Database& db, const QString& email)
{
    return db.sessionPerson() == 0 && email.trimmed().isEmpty() ? UsageError : Failure;
}

bool Command::actorMissing(const QCommandLineParser& parser, const QString& usage)
{
    // On a server the session's login may be the person who acts (team mode): only the database can tell.
    const QString path = parser.isSet(kDatabaseOption) ? parser.value(kDatabaseOption) : AppPaths::defaultDatabase();
    if (!parser.value(QStringLiteral("as")).isEmpty() || ServerAddress::isServerAddress(path)) {
        return false;
    }
    printUsageError(usage);
    return true;
}

std::optional<User> Command::actingUser(Database& db, const QString& email)
{
    if (db.sessionPerson() != 0) {
        // In team mode the login is the person: the server writes every audit entry in their name anyway.
        const auto me = UserService(db).get(db.sessionPerson());
        if (!me) {
            printError(me.error().fullText());
            return std::nullopt;
        }
        if (!email.trimmed().isEmpty() && email.trimmed().compare(me->email, Qt::CaseInsensitive) != 0) {
            printError(tr("You are connected to the team's server as %1 <%2>, so you act as yourself: --as cannot "
                          "name someone else.")
                           .arg(me->name, me->email));
            return std::nullopt;
        }
        if (!me->active) {
            printError(tr("%1 <%2> is deactivated and cannot act.").arg(me->name, me->email));
            return std::nullopt;
        }
        return *me;
    }
    if (email.trimmed().isEmpty()) {
        printUsageError(tr("Name the person who acts with --as EMAIL: on this database your login is no person of "
                           "the team."));
        return std::nullopt;
    }
    const auto found = UserService(db).byEmail(email);
    if (!found) {
        QString message = found.error().fullText();
        if (found.error().code == Error::Code::NotFound) {
            message += QLatin1Char('\n') +
                       tr("'%1 user list' shows the team's people; a team lead adds one with '%1 user add'.")
                           .arg(QCoreApplication::applicationName());
        }
        printError(message);
        return std::nullopt;
    }
    const User& user = *found;
    if (!user.active) {
        printError(tr("%1 <%2> is deactivated and cannot act.").arg(user.name, user.email));
        return std::nullopt;
    }
    return user;
}

std::optional<qint64> Command::writeOutput(const QCommandLineParser& parser,
                                           const std::function<Result<qint64>(QIODevice*)>& produce) const
{
    const QString output = QStringLiteral("output");
    const QString force = QStringLiteral("force");
    if (!parser.isSet(output)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            printError(tr("Could not write to standard output: %1.").arg(out.errorString()));
            return std::nullopt;
        }
        const auto written = produce(&out);
        out.close();
        if (!written) {
            printError(written.error().fullText());
            return std::nullopt;
        }
        return *written;
    }
    const QString path = parser.value(output);
    const auto written = ExportFile::write(path, parser.isSet(force), produce);
    if (!written) {
        QString message = written.error().fullText();
        if (QFileInfo::exists(path) && !parser.isSet(force)) {
            message += QLatin1Char(' ') + tr("Add --force to replace it.");
        }
        printError(message);
        return std::nullopt;
    }
    return *written;
}

void Command::markBrokenPromises(Database& db) const
{
    // Housekeeping before the command's own work. While another program holds the database, the next program to
    // open it marks them; the command goes on and says only what it does.
    if (const auto marked = PromiseService(db).markBrokenPastDue(db.today());
        !marked && marked.error().code != Error::Code::Locked) {
        printError(marked.error().fullText());
    }
}

std::optional<MetricsPeriod> Command::periodOption(const QCommandLineParser& parser)
{
    const MetricsPeriod thisMonth = MetricsPeriod::monthOf(QDate::currentDate());
    MetricsPeriod period;
    for (const auto& [date, name, fallback] : {std::tuple{&period.from, QStringLiteral("from"), thisMonth.from},
                                               std::tuple{&period.to, QStringLiteral("to"), thisMonth.to}}) {
        *date = parser.isSet(name) ? QDate::fromString(parser.value(name).trimmed(), Qt::ISODate) : fallback;
        if (!date->isValid()) {
            printUsageError(tr("'%1' is not a date for --%2; write it as YYYY-MM-DD.").arg(parser.value(name), name));
            return std::nullopt;
        }
    }
    if (period.from > period.to) {
        printUsageError(tr("The period starts on %1, after its last day %2.")
                            .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
        return std::nullopt;
    }
    return period;
}

void Command::addPagingOptions(QCommandLineParser& parser, const QString& what, const QString& forAction)
{
    const auto forThe = [&](const QString& text) {
        return forAction.isEmpty()
                   ? text
                   : tr("%1: %2", "an action of a command, what an option does for it").arg(forAction, text);
    };
    parser.addOption({QStringLiteral("limit"), forThe(tr("at most this many %1.").arg(what)), tr("N")});
    parser.addOption({QStringLiteral("after"),
                      forThe(tr("only the %1 after this id (the last id of the previous part).").arg(what)), tr("ID")});
}

std::optional<Command::Paging> Command::pagingOption(const QCommandLineParser& parser)
{
    Paging paging;
    for (const auto& [option, lowest, value] : {std::tuple{QStringLiteral("limit"), 1, &paging.limit},
                                                std::tuple{QStringLiteral("after"), 0, &paging.after}}) {
        if (!parser.isSet(option)) {
            continue;
        }
        bool whole = false;
        *value = parser.value(option).toLongLong(&whole);
        if (!whole || *value < lowest) {
            printUsageError(tr("'%1' is not a number for --%2: write a whole number of %3 or more.")
                                .arg(parser.value(option), option)
                                .arg(lowest));
            return std::nullopt;
        }
    }
    return paging;
}

std::optional<qint64> Command::repOption(const QCommandLineParser& parser, Database& db)
{
    const QString rep = QStringLiteral("rep");
    if (!parser.isSet(rep)) {
        return qint64(0);
    }
    const auto user = UserService(db).byEmail(parser.value(rep));
    if (!user) {
        printError(user.error().fullText());
        return std::nullopt;
    }
    return user->id;
}

void Command::printError(const QString& message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
}

void Command::printLine(const QString& line)
{
    QTextStream(stdout) << line << Qt::endl;
}

void Command::printUsageError(const QString& message)
{
    printError(message);
    QTextStream(stderr) << tr("Try '%1 --help'.").arg(QCoreApplication::applicationName()) << Qt::endl;
}

} // namespace handoff
