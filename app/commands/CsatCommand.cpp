#include "commands/CsatCommand.h"

#include "metrics/CsatService.h"
#include "storage/Database.h"

namespace handoff {

namespace {

const QString kAs = QStringLiteral("as");
const QString kNote = QStringLiteral("note");
const QString kDate = QStringLiteral("date");

} // namespace

CsatCommand::CsatCommand()
    : Command(QStringLiteral("csat"), tr("Records the customer's satisfaction (1 to 5) with a fulfilled deal: DEAL_ID "
                                         "SCORE --as EMAIL [--note TEXT] [--date DATE]. A new score replaces the "
                                         "deal's earlier one, which stays in its history."))
{}

void CsatCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("deal"), tr("The deal's id."), tr("DEAL_ID"));
    parser.addPositionalArgument(QStringLiteral("score"), tr("The score, a whole number from 1 to 5."), tr("SCORE"));
    parser.addOption(
        {kAs, tr("The email of the user who records it: the deal's support owner or a lead."), tr("EMAIL")});
    parser.addOption({kNote, tr("What the customer said."), tr("TEXT")});
    parser.addOption({kDate, tr("The day the customer gave the score, YYYY-MM-DD (default: today)."), tr("DATE")});
}

int CsatCommand::execute(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2) {
        printUsageError(tr("csat needs a deal id and a score."));
        return UsageError;
    }
    bool isNumber = false;
    const qint64 dealId = arguments.at(0).toLongLong(&isNumber);
    if (!isNumber || dealId <= 0) {
        printUsageError(tr("'%1' is not a deal id: ids are whole numbers above 0.").arg(arguments.at(0)));
        return UsageError;
    }
    const int score = arguments.at(1).toInt(&isNumber);
    if (!isNumber) {
        printUsageError(tr("'%1' is not a score: give a whole number from %2 to %3.")
                            .arg(arguments.at(1))
                            .arg(CsatService::kMinScore)
                            .arg(CsatService::kMaxScore));
        return UsageError;
    }
    QDate date;
    if (parser.isSet(kDate)) {
        date = QDate::fromString(parser.value(kDate).trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            printUsageError(tr("'%1' is not a date for --date; write it as YYYY-MM-DD.").arg(parser.value(kDate)));
            return UsageError;
        }
    }
    if (actorMissing(parser, tr("csat needs --as EMAIL: the user who records the score."))) {
        return UsageError;
    }

    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    const std::optional<User> actor = actingUser(db, parser.value(kAs));
    if (!actor) {
        return actorFailure(db, parser.value(kAs));
    }
    const auto recorded = CsatService(db).record(*actor, dealId, score, date, parser.value(kNote));
    if (!recorded) {
        printError(recorded.error().fullText());
        return Failure;
    }
    printLine(tr("Deal %1: customer satisfaction %2 of %3, given on %4.")
                  .arg(dealId)
                  .arg(recorded->score)
                  .arg(CsatService::kMaxScore)
                  .arg(recorded->ratedOn.toString(Qt::ISODate)));
    return Success;
}

} // namespace handoff
