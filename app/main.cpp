// Entry point: runs a subcommand headless, or opens the workstation.

#include "GuiLauncher.h"
#include "Translations.h"
#include "commands/Command.h"
#include "widgets/Appearance.h"
#include "widgets/InteractionProfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace handoff;

namespace {

// The subcommand is the first argument that is neither an option nor the value of one.
QString findCommand(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--database") || argument == QLatin1String("-d") ||
            argument == QLatin1String("--language")) {
            ++i;
        } else if (!argument.startsWith(QLatin1Char('-'))) {
            return argument;
        }
    }
    return {};
}

bool asksForHelpOrVersion(const QStringList& arguments)
{
    static const QStringList flags{QStringLiteral("-h"), QStringLiteral("--help"),    QStringLiteral("--help-all"),
                                   QStringLiteral("-v"), QStringLiteral("--version"), QStringLiteral("-?")};
    return std::any_of(arguments.begin(), arguments.end(), [](const QString& a) { return flags.contains(a); });
}

class Main {
    Q_DECLARE_TR_FUNCTIONS(Main)

public:
    static void describe(QCommandLineParser& parser)
    {
        QString commands;
        for (const QString& name : Command::names()) {
            commands += QLatin1String("\n  ") + name.leftJustified(10) + Command::create(name)->description();
        }
        parser.setApplicationDescription(tr("Handoff: hand closed deals from sales to support, with every promise "
                                            "reviewed.\n\nWithout a command, opens the workstation. Commands (each "
                                            "has --help):") +
                                         commands);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(
            {{QStringLiteral("d"), QStringLiteral("database")}, tr("Open this database file."), tr("FILE")});
        parser.addOption({QStringLiteral("demo"), tr("Open the demo database, made and filled on first use.")});
        parser.addOption(
            {QStringLiteral("language"), tr("The language of the user interface (de, es, fr, en)."), tr("CODE")});
        parser.addOption({QStringLiteral("profile"),
                          tr("Print how long each key press, click and wheel turn keeps the workstation busy, and a "
                             "summary when it closes.")});
        parser.addPositionalArgument(QStringLiteral("command"), tr("A command to run instead of the workstation."),
                                     tr("[command]"));
    }

    static int unknownCommand(const QString& command)
    {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << tr("'%1' is not a command. Commands: %2. See '%3 --help'.")
                                   .arg(command, Command::names().join(QStringLiteral(", ")),
                                        QCoreApplication::applicationName())
                            << Qt::endl;
        return Command::UsageError;
    }
};

QString languageFrom(const QStringList& arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--language"));
    if (at >= 0 && at + 1 < arguments.size()) {
        return arguments.at(at + 1);
    }
    return QSettings().value(QStringLiteral("language")).toString();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Handoff"));
    QCoreApplication::setApplicationName(QStringLiteral("handoff"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANDOFF_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const QString command = findCommand(arguments);

    if (!command.isEmpty() || asksForHelpOrVersion(arguments)) {
        std::unique_ptr<QCoreApplication> application;
        // A private runtime folder for a command run outside a login session (cron, ssh, a container), which the
        // toolkit would otherwise make up with a warning; it goes when the command ends.
        std::unique_ptr<QTemporaryDir> runtime;
        if (Command::drawsText(command)) {
            qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts without a display
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                runtime = std::make_unique<QTemporaryDir>();
                if (runtime->isValid()) {
                    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
                }
            }
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication& app = *application;
        Translations::install(app, languageFrom(arguments));
        if (!command.isEmpty()) {
            const std::unique_ptr<Command> subcommand = Command::create(command);
            if (!subcommand) {
                return Main::unknownCommand(command);
            }
            QStringList rest = arguments;
            rest.removeAt(arguments.indexOf(command, 1));
            return subcommand->run(rest);
        }
        QCommandLineParser parser;
        Main::describe(parser);
        parser.process(app); // prints help or version and exits
        return 0;
    }

    if (const QString reason = GuiLauncher::missingDisplayReason(arguments.constFirst()); !reason.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << reason << Qt::endl;
        return Command::UsageError;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Handoff"));
    Translations::install(app, languageFrom(arguments));
    Appearance::applySaved();
    QCommandLineParser parser;
    Main::describe(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("demo")) && parser.isSet(QStringLiteral("database"))) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << Main::tr("--demo and --database cannot be used together.") << Qt::endl;
        return Command::UsageError;
    }
    std::unique_ptr<InteractionProfile> profile;
    if (parser.isSet(QStringLiteral("profile"))) {
        profile = std::make_unique<InteractionProfile>([](const QString& line) {
            QTextStream(stderr) << QCoreApplication::applicationName() << " --profile: " << line << Qt::endl;
        });
    }
    return GuiLauncher::run(app, parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("demo")));
}
