#include "commands/DealCommand.h"

#include "commands/TerminalText.h"
#include "io/DealJson.h"
#include "model/Labels.h"
#include "model/Money.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "workflow/HandoffWorkflow.h"
#include "workflow/HistoryFormatter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace handoff {

namespace {

const QString kState = QStringLiteral("state");
const QString kJson = QStringLiteral("json");
const QString kAs = QStringLiteral("as");
const QString kReason = QStringLiteral("reason");
const QString kNote = QStringLiteral("note");
const QString kLimit = QStringLiteral("limit");
const QString kAfter = QStringLiteral("after");

// Rows per page of the deal list: enough to keep SQLite busy, few enough that memory stays flat at any size.
constexpr int kPageSize = 500;

// The options each action reads; any other is a mistake worth telling the user about.
QStringList optionsOf(const QString& action)
{
    if (action == QLatin1String("list")) {
        return {kState, kJson, kLimit, kAfter};
    }
    if (action == QLatin1String("show")) {
        return {kJson};
    }
    if (action == QLatin1String("return")) {
        return {kAs, kReason, kNote};
    }
    return {kAs};
}

QString personText(const QJsonValue& person)
{
    if (!person.isObject()) {
        return QStringLiteral("—");
    }
    return QStringLiteral("%1 <%2>").arg(person[QLatin1String("name")].toString(),
                                         person[QLatin1String("email")].toString());
}

template <typename E>
QString labelOf(const QJsonValue& key)
{
    const auto value = fromKey<E>(key.toString());
    return value ? Labels::of(*value) : key.toString();
}

} // namespace

DealCommand::DealCommand()
    : Command(QStringLiteral("deal"), tr("Lists deals, shows one, and moves a handoff through its workflow: "
                                         "list, show ID, submit ID, return ID, accept ID, fulfil ID."))
{}

void DealCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show, submit, return, accept or fulfil."),
                                 tr("ACTION"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The deal's id (all actions but list)."), tr("[ID]"));
    parser.addOption({kState, tr("list: only deals in this state (%1).").arg(keyList<HandoffState>()), tr("STATE")});
    parser.addOption({kJson, tr("list, show: print JSON instead of text.")});
    addPagingOptions(parser, tr("deals"), QStringLiteral("list"));
    parser.addOption({kAs, tr("submit, return, accept, fulfil: the email of the user who acts."), tr("EMAIL")});
    parser.addOption({kReason, tr("return: why the handoff goes back (%1).").arg(keyList<ReturnReason>()), tr("CODE")});
    parser.addOption({kNote, tr("return: what sales has to do."), tr("TEXT")});
}

int DealCommand::execute(const QCommandLineParser& parser)
{
    const auto chosen = actionOf(parser,
                                 {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("submit"),
                                  QStringLiteral("return"), QStringLiteral("accept"), QStringLiteral("fulfil")},
                                 {kState, kJson, kLimit, kAfter, kAs, kReason, kNote}, optionsOf);
    if (!chosen) {
        return UsageError;
    }
    const QString& action = *chosen;
    const QStringList allowed = optionsOf(action);
    const QStringList arguments = parser.positionalArguments();
    const qsizetype expected = action == QLatin1String("list") ? 1 : 2;
    if (arguments.size() != expected) {
        printUsageError(expected == 1 ? tr("deal list takes no other argument.")
                                      : tr("deal %1 needs exactly one deal id.").arg(action));
        return UsageError;
    }
    bool isNumber = expected == 1;
    const qint64 dealId = expected == 1 ? 0 : arguments.at(1).toLongLong(&isNumber);
    if (!isNumber || (expected == 2 && dealId <= 0)) {
        printUsageError(tr("'%1' is not a deal id: ids are whole numbers above 0.").arg(arguments.at(1)));
        return UsageError;
    }
    if (allowed.contains(kAs) && actorMissing(parser, tr("deal %1 needs --as EMAIL: the user who acts.").arg(action))) {
        return UsageError;
    }
    if (action == QLatin1String("return") && !fromKey<ReturnReason>(parser.value(kReason))) {
        printUsageError(
            parser.value(kReason).isEmpty()
                ? tr("deal return needs --reason CODE, one of: %1.").arg(keyList<ReturnReason>())
                : tr("'%1' is not a return reason. Reasons: %2.").arg(parser.value(kReason), keyList<ReturnReason>()));
        return UsageError;
    }
    if (parser.isSet(kState) && !fromKey<HandoffState>(parser.value(kState))) {
        printUsageError(tr("'%1' is not a state. States: %2.").arg(parser.value(kState), keyList<HandoffState>()));
        return UsageError;
    }
    const auto paging = pagingOption(parser);
    if (!paging) {
        return UsageError;
    }

    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    markBrokenPromises(db);
    if (action == QLatin1String("list")) {
        return list(parser, *paging, db);
    }
    if (action == QLatin1String("show")) {
        return show(db, dealId, parser.isSet(kJson));
    }
    return transition(parser, db, action, dealId);
}

int DealCommand::list(const QCommandLineParser& parser, const Paging& paging, Database& db) const
{
    std::optional<HandoffState> state;
    if (parser.isSet(kState)) {
        state = fromKey<HandoffState>(parser.value(kState));
    }
    const bool json = parser.isSet(kJson);
    QTextStream out(stdout);
    if (json) {
        out << "[";
    } else {
        out << tr("ID").rightJustified(8) << "  " << TerminalText::padded(tr("STATE"), 10) << "  "
            << TerminalText::padded(tr("ACCOUNT"), 30) << "  " << tr("SALES REP") << '\n';
    }
    DealJson deals(db);
    // Deals in id order, so that --after LAST_ID of one part and the same --limit give the next part.
    qint64 after = paging.after;
    qint64 left = paging.limit;
    bool first = true;
    while (left > 0) {
        const int wanted = int(std::min<qint64>(kPageSize, left));
        const auto page = deals.listPage(state, after, wanted);
        if (!page) {
            out.flush();
            printError(page.error().fullText());
            return Failure;
        }
        for (const DealListEntry& entry : *page) {
            if (json) {
                out << (first ? "\n" : ",\n") << QJsonDocument(DealJson::toJson(entry)).toJson(QJsonDocument::Compact);
            } else {
                out << QString::number(entry.id).rightJustified(8) << "  " << toKey(entry.state).leftJustified(10)
                    << "  " << TerminalText::fitted(entry.account, 30) << "  " << entry.salesRepEmail << '\n';
            }
            first = false;
        }
        out.flush();
        left -= page->size();
        if (page->size() < wanted) {
            break;
        }
        after = page->constLast().id;
    }
    if (json) {
        out << (first ? "]\n" : "\n]\n");
    }
    return Success;
}

namespace {

// SnapshotChange::area is a key; people read it in their language.
QString changeArea(const QString& area)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("deal"), QT_TRANSLATE_NOOP("DealCommand", "Deal")},
        {QStringLiteral("checklist"), QT_TRANSLATE_NOOP("DealCommand", "Checklist")},
        {QStringLiteral("promise added"), QT_TRANSLATE_NOOP("DealCommand", "Promise added")},
        {QStringLiteral("promise removed"), QT_TRANSLATE_NOOP("DealCommand", "Promise removed")},
        {QStringLiteral("promise changed"), QT_TRANSLATE_NOOP("DealCommand", "Promise changed")},
        {QStringLiteral("contact added"), QT_TRANSLATE_NOOP("DealCommand", "Contact added")},
        {QStringLiteral("contact removed"), QT_TRANSLATE_NOOP("DealCommand", "Contact removed")},
        {QStringLiteral("channel added"), QT_TRANSLATE_NOOP("DealCommand", "Channel added")},
        {QStringLiteral("channel removed"), QT_TRANSLATE_NOOP("DealCommand", "Channel removed")},
        {QStringLiteral("channel changed"), QT_TRANSLATE_NOOP("DealCommand", "Channel changed")}};
    const char* label = labels.value(area);
    return label ? DealCommand::tr(label) : area;
}

} // namespace

int DealCommand::show(Database& db, qint64 dealId, bool json) const
{
    const auto deal = DealJson(db).deal(dealId);
    if (!deal) {
        printError(deal.error().fullText());
        return Failure;
    }
    if (json) {
        QTextStream(stdout) << QJsonDocument(*deal).toJson(QJsonDocument::Indented);
        return Success;
    }
    const auto history = HistoryFormatter(db).dealHistory(dealId);
    if (!history) {
        printError(history.error().fullText());
        return Failure;
    }
    const QJsonObject& d = *deal;
    const QJsonObject checklist = d[QLatin1String("checklist")].toObject();
    QStringList lines;
    lines << tr("Deal %1: %2 (%3)")
                 .arg(QString::number(dealId), d[QLatin1String("title")].toString(),
                      d[QLatin1String("account")].toString())
          << tr("State: %1").arg(labelOf<HandoffState>(d[QLatin1String("state")]))
          << tr("Sales rep: %1").arg(personText(d[QLatin1String("sales_rep")]))
          << tr("Support owner: %1").arg(personText(d[QLatin1String("support_owner")]))
          << tr("Closed won: %1, amount %2")
                 .arg(d[QLatin1String("closed_on")].toString(),
                      Money::format(d[QLatin1String("amount_minor")].toInteger(),
                                    d[QLatin1String("currency")].toString()))
          << tr("Checklist: %1 of %2 required items answered, %3 of %4 in all")
                 .arg(checklist[QLatin1String("required_answered")].toInt())
                 .arg(checklist[QLatin1String("required_total")].toInt())
                 .arg(checklist[QLatin1String("answered")].toInt())
                 .arg(checklist[QLatin1String("total")].toInt());
    lines << tr("Contacts:");
    for (const QJsonValue& c : d[QLatin1String("contacts")].toArray()) {
        lines << QStringLiteral("  %1, %2 (%3) %4")
                     .arg(c[QLatin1String("name")].toString(), c[QLatin1String("title")].toString(),
                          labelOf<ContactRole>(c[QLatin1String("role")]), c[QLatin1String("email")].toString());
    }
    lines << tr("Promises:");
    for (const QJsonValue& p : d[QLatin1String("promises")].toArray()) {
        lines << tr("  #%1 %2: %3, due %4; feasibility %5; review %6; %7")
                     .arg(QString::number(p[QLatin1String("id")].toInteger()),
                          labelOf<PromiseKind>(p[QLatin1String("kind")]), p[QLatin1String("description")].toString(),
                          p[QLatin1String("due_on")].toString(), labelOf<Feasibility>(p[QLatin1String("feasibility")]),
                          labelOf<ReviewStatus>(p[QLatin1String("review_status")]),
                          labelOf<Fulfilment>(p[QLatin1String("fulfilment")]));
    }
    lines << tr("Tasks:");
    for (const QJsonValue& t : d[QLatin1String("tasks")].toArray()) {
        lines << tr("  #%1 %2, %3, due %4; %5")
                     .arg(QString::number(t[QLatin1String("id")].toInteger()), t[QLatin1String("title")].toString(),
                          personText(t[QLatin1String("assignee")]), t[QLatin1String("due_on")].toString(),
                          labelOf<TaskStatus>(t[QLatin1String("status")]));
    }
    const QJsonArray changes = d[QLatin1String("changes_since_last_submission")].toArray();
    if (!changes.isEmpty()) {
        lines << tr("Changes since the last submission:");
        for (const QJsonValue& c : changes) {
            lines << tr("  %1 %2: %3 → %4")
                         .arg(changeArea(c[QLatin1String("area")].toString()), c[QLatin1String("item")].toString(),
                              c[QLatin1String("before")].toString(), c[QLatin1String("after")].toString());
        }
    }
    lines << tr("History:");
    for (const QString& line : *history) {
        lines << QLatin1String("  ") + line;
    }
    printLine(lines.join(QLatin1Char('\n')));
    return Success;
}

int DealCommand::transition(const QCommandLineParser& parser, Database& db, const QString& action, qint64 dealId) const
{
    const std::optional<User> actor = actingUser(db, parser.value(kAs));
    if (!actor) {
        return actorFailure(db, parser.value(kAs));
    }
    HandoffWorkflow workflow(db);
    Result<Deal> done = makeError(Error::Code::Invalid, QString());
    if (action == QLatin1String("submit")) {
        done = workflow.submit(*actor, dealId);
    } else if (action == QLatin1String("return")) {
        done =
            workflow.returnHandoff(*actor, dealId, *fromKey<ReturnReason>(parser.value(kReason)), parser.value(kNote));
    } else if (action == QLatin1String("accept")) {
        done = workflow.accept(*actor, dealId);
    } else {
        done = workflow.markFulfilled(*actor, dealId);
    }
    if (!done) {
        printError(done.error().fullText());
        return Failure;
    }
    printLine(tr("Deal %1 '%2' is now %3.").arg(QString::number(dealId), done->title, Labels::of(done->state)));
    return Success;
}

} // namespace handoff
