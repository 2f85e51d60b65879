#pragma once

#include "Result.h"
#include "model/User.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

class QIODevice;

namespace handoff {

class Database;
struct MetricsPeriod;

// What every subcommand shares: its own parser with --help and --database, opening the database, and printing
// errors to stderr with a non-zero exit code.
class Command {
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    Command(QString name, QString description);
    virtual ~Command() = default;

    // arguments: the program name followed by everything after the subcommand's name.
    int run(const QStringList& arguments);

    QString name() const { return m_name; }
    QString description() const { return m_description; }

    // The subcommand for a name, or null.
    static std::unique_ptr<Command> create(const QString& name);
    static QStringList names();
    // Whether the command lays out text or draws (a PDF): it then needs fonts, so a GUI application on the
    // offscreen platform, and no display.
    static bool drawsText(const QString& name);

protected:
    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual int execute(const QCommandLineParser& parser) = 0;

    // Opens the database named by --database (or the default one); prints the error and returns false on failure.
    // refuseDamaged: false opens a file even when it looks damaged ('handoff check' only).
    bool openDatabase(const QCommandLineParser& parser, Database& db, bool create, bool refuseDamaged = true) const;

    // Writes what produce() makes to the file named by the option "output" (-o) (a new file, replaced only with
    // --force; never half-written) or, without -o, to standard output. The count produce() returns, or nothing after
    // printing why.
    std::optional<qint64> writeOutput(const QCommandLineParser& parser,
                                      const std::function<Result<qint64>(QIODevice*)>& produce) const;

    // Records as broken the open promises of accepted deals whose due date has passed, so that what a workflow
    // command shows or checks is true today. A failure is printed and does not stop the command.
    void markBrokenPromises(Database& db) const;

    // The person who acts in a workflow command: on a team's server the session's login, whom --as may only name
    // again; elsewhere the active user with this email (--as). Prints why not and returns nothing.
    static std::optional<User> actingUser(Database& db, const QString& email);
    // The exit code after actingUser() found nobody: a usage error when --as was needed and not given.
    static int actorFailure(const Database& db, const QString& email);
    // Whether --as is missing where it is needed before the database is opened (a file; on a server the login may be
    // the person); prints usage then.
    static bool actorMissing(const QCommandLineParser& parser, const QString& usage);

    // The period named by --from and --to (YYYY-MM-DD, each defaulting to this month's first or last day), or
    // nothing after printing why it is not one.
    static std::optional<MetricsPeriod> periodOption(const QCommandLineParser& parser);
    // The id of the team member --rep names by email (0 without --rep), or nothing after printing why there is none.
    static std::optional<qint64> repOption(const QCommandLineParser& parser, Database& db);

    // --after ID and --limit N of a command that lists in id order, so that a script can take a long list in parts:
    // the next part is --after the last id of the previous one, with the same --limit.
    struct Paging {
        qint64 after = 0;
        qint64 limit = std::numeric_limits<qint64>::max();
    };
    static void addPagingOptions(QCommandLineParser& parser, const QString& what, const QString& forAction = {});
    // The paging the options ask for, or nothing after printing why they are not whole numbers in range.
    static std::optional<Paging> pagingOption(const QCommandLineParser& parser);

    // The action a command with actions was given (its first argument), when it is one of actions and every option
    // set among options is one the action reads (optionsOf); else nothing, after printing the usage error.
    std::optional<QString> actionOf(const QCommandLineParser& parser, const QStringList& actions,
                                    const QStringList& options,
                                    const std::function<QStringList(const QString&)>& optionsOf) const;

    // The keys of an enumeration, as options take them: "sales, support, lead".
    template <typename E>
    static QString keyList()
    {
        QStringList keys;
        for (const E value : allValues<E>()) {
            keys.append(toKey(value));
        }
        return keys.join(QStringLiteral(", "));
    }

    // How a person who has just been given a login on a team's server starts to use it: the password, the address.
    static void printLoginAdvice(const Database& db, const User& person, const QString& login);

    static void printError(const QString& message);
    static void printLine(const QString& line);
    static void printUsageError(const QString& message);

private:
    QString m_name;
    QString m_description;
};

} // namespace handoff
