#include "commands/PromiseCommand.h"

#include "model/Labels.h"
#include "storage/Database.h"
#include "workflow/PromiseService.h"

namespace handoff {

namespace {

const QString kAs = QStringLiteral("as");
const QString kStatus = QStringLiteral("status");
const QString kNote = QStringLiteral("note");

// What a reviewer may decide. On the command line the keys are written with hyphens (needs-clarification).
const QList<ReviewStatus> kDecisions{ReviewStatus::Accepted, ReviewStatus::NeedsClarification,
                                     ReviewStatus::CannotFulfil};

QString decisionList()
{
    QStringList names;
    for (const ReviewStatus status : kDecisions) {
        names.append(toKey(status).replace(QLatin1Char('_'), QLatin1Char('-')));
    }
    return names.join(QStringLiteral(", "));
}

std::optional<ReviewStatus> decisionFrom(QString text)
{
    const auto status = fromKey<ReviewStatus>(text.replace(QLatin1Char('-'), QLatin1Char('_')));
    return status && kDecisions.contains(*status) ? status : std::nullopt;
}

} // namespace

PromiseCommand::PromiseCommand()
    : Command(QStringLiteral("promise"), tr("Reviews a promise for support: review ID --as EMAIL --status STATUS "
                                            "[--note TEXT]."))
{}

void PromiseCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("The action; for now only: review."), tr("ACTION"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The promise's id."), tr("ID"));
    parser.addOption({kAs, tr("The email of the user who reviews."), tr("EMAIL")});
    parser.addOption({kStatus, tr("The decision: %1.").arg(decisionList()), tr("STATUS")});
    parser.addOption({kNote, tr("Why; required for needs-clarification and cannot-fulfil."), tr("TEXT")});
}

int PromiseCommand::execute(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.value(0) != QLatin1String("review")) {
        printUsageError(arguments.isEmpty()
                            ? tr("promise needs an action: review.")
                            : tr("'%1' is not an action of promise. Actions: review.").arg(arguments.constFirst()));
        return UsageError;
    }
    if (arguments.size() != 2) {
        printUsageError(tr("promise review needs exactly one promise id."));
        return UsageError;
    }
    bool isNumber = false;
    const qint64 promiseId = arguments.at(1).toLongLong(&isNumber);
    if (!isNumber || promiseId <= 0) {
        printUsageError(tr("'%1' is not a promise id: ids are whole numbers above 0.").arg(arguments.at(1)));
        return UsageError;
    }
    if (actorMissing(parser, tr("promise review needs --as EMAIL: the user who reviews."))) {
        return UsageError;
    }
    const std::optional<ReviewStatus> status = decisionFrom(parser.value(kStatus));
    if (!status) {
        printUsageError(
            parser.value(kStatus).isEmpty()
                ? tr("promise review needs --status, one of: %1.").arg(decisionList())
                : tr("'%1' is not a review decision. Decisions: %2.").arg(parser.value(kStatus), decisionList()));
        return UsageError;
    }

    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    markBrokenPromises(db);
    const std::optional<User> actor = actingUser(db, parser.value(kAs));
    if (!actor) {
        return actorFailure(db, parser.value(kAs));
    }
    const auto reviewed = PromiseService(db).review(*actor, promiseId, *status, parser.value(kNote));
    if (!reviewed) {
        printError(reviewed.error().fullText());
        return Failure;
    }
    printLine(tr("Promise %1 '%2' is now reviewed: %3.")
                  .arg(QString::number(promiseId), reviewed->description, Labels::of(reviewed->reviewStatus)));
    return Success;
}

} // namespace handoff
