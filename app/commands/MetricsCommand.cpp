#include "commands/MetricsCommand.h"

#include "commands/TerminalText.h"
#include "metrics/MetricsFigures.h"
#include "metrics/MetricsJson.h"
#include "metrics/MetricsService.h"
#include "model/Labels.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace handoff {

namespace {

const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kRep = QStringLiteral("rep");
const QString kInterval = QStringLiteral("interval");
const QString kJson = QStringLiteral("json");
const QString kAuto = QStringLiteral("auto");

constexpr int kLabelWidth = 52;

QString noData()
{
    return MetricsCommand::tr("no data");
}

// A share: "50.0 % (1 of 2)".
QString percent(const Rate& rate)
{
    const auto value = rate.value();
    return value ? MetricsCommand::tr("%1 % (%2 of %3)")
                       .arg(QString::number(*value * 100.0, 'f', 1))
                       .arg(rate.numerator)
                       .arg(rate.denominator)
                 : noData();
}

// An average: "0.67 (2 / 3)".
QString average(const Rate& rate)
{
    const auto value = rate.value();
    return value ? MetricsCommand::tr("%1 (%2 / %3)")
                       .arg(QString::number(*value, 'f', 2))
                       .arg(rate.numerator)
                       .arg(rate.denominator)
                 : noData();
}

QString median(const Median& median)
{
    return median.value
               ? MetricsCommand::tr("%1 (median of %2)").arg(QString::number(*median.value, 'f', 1)).arg(median.count)
               : noData();
}

template <typename E, std::size_t N>
QString breakdown(const std::array<qint64, N>& counts)
{
    QStringList parts;
    for (E value : allValues<E>()) {
        parts.append(MetricsCommand::tr("%1 %2").arg(Labels::of(value)).arg(counts[std::size_t(value)]));
    }
    return parts.join(QStringLiteral(", "));
}

class Printer {
public:
    explicit Printer(QTextStream& out)
        : m_out(out)
    {}

    void line(Figure figure, const QString& value)
    {
        m_out << QStringLiteral("  ") << TerminalText::padded(MetricsFigures::info(figure).title, kLabelWidth) << value
              << Qt::endl;
    }
    void heading(const QString& text) { m_out << Qt::endl << text << Qt::endl; }

    void sales(const SalesFigures& f)
    {
        line(Figure::HandoffsSubmitted, QString::number(f.handoffsSubmitted));
        line(Figure::FirstPassAcceptance, percent(f.firstPassAcceptance));
        line(Figure::ChecklistCompleteness, percent(f.checklistCompleteness));
        line(Figure::ReturnsPerHandoff, average(f.returnsPerHandoff));
        line(Figure::ReturnReasons, breakdown<ReturnReason>(f.returnReasons));
        line(Figure::CannotFulfil, percent(f.cannotFulfil));
        line(Figure::PromisesKept, percent(f.promisesKept));
        line(Figure::PromisesBroken, percent(f.promisesBroken));
        line(Figure::BusinessDaysToFirstSubmit, median(f.businessDaysToFirstSubmit));
        line(Figure::LateFirstSubmissions, percent(f.lateFirstSubmissions));
        line(Figure::UnsubmittedOverdue, QString::number(f.unsubmittedOverdue));
        line(Figure::CsatSalesRep, average(f.csat));
    }

    void support(const SupportFigures& f)
    {
        line(Figure::ReviewTurnaroundHours, median(f.reviewTurnaroundHours));
        line(Figure::TasksOnTime, percent(f.tasksOnTime));
        line(Figure::PromisesFulfilledOnTime, percent(f.promisesFulfilledOnTime));
        line(Figure::OverdueTasks, QString::number(f.overdueTasks));
        line(Figure::BusinessDaysToKickoff, median(f.businessDaysToKickoff));
        line(Figure::CsatSupportOwner, average(f.csat));
    }

    void trend(const QList<TrendPoint>& points)
    {
        const QStringList columns{MetricsCommand::tr("From"),
                                  MetricsCommand::tr("To"),
                                  MetricsFigures::info(Figure::HandoffsSubmitted).title,
                                  MetricsFigures::info(Figure::FirstPassAcceptance).title,
                                  MetricsFigures::info(Figure::PromisesKept).title,
                                  MetricsFigures::info(Figure::PromisesBroken).title,
                                  MetricsFigures::info(Figure::TasksOnTime).title,
                                  MetricsFigures::info(Figure::TasksLate).title};
        m_out << QStringLiteral("  ") << columns.join(QStringLiteral(" | ")) << Qt::endl;
        for (const TrendPoint& p : points) {
            m_out << QStringLiteral("  ")
                  << QStringList{p.period.from.toString(Qt::ISODate),
                                 p.period.to.toString(Qt::ISODate),
                                 QString::number(p.handoffsSubmitted),
                                 percent(p.firstPassAcceptance),
                                 percent(p.promisesKept),
                                 percent(p.promisesBroken),
                                 percent(p.tasksOnTime),
                                 percent(p.tasksLate)}
                         .join(QStringLiteral(" | "))
                  << Qt::endl;
        }
    }

private:
    QTextStream& m_out;
};

QString trendHeading(TrendInterval interval)
{
    switch (interval) {
    case TrendInterval::Week:
        return MetricsCommand::tr("Trend by week");
    case TrendInterval::Month:
        return MetricsCommand::tr("Trend by month");
    case TrendInterval::Quarter:
        return MetricsCommand::tr("Trend by quarter");
    }
    return MetricsCommand::tr("Trend by week");
}

void printReport(const MetricsReport& report)
{
    QTextStream out(stdout);
    Printer print(out);
    const MetricsQuery& query = report.query;
    out << MetricsCommand::tr("Handoff metrics from %1 to %2, as of %3.")
               .arg(query.period.from.toString(Qt::ISODate), query.period.to.toString(Qt::ISODate),
                    query.today.toString(Qt::ISODate))
        << Qt::endl
        << MetricsCommand::tr("Submit target in business days: %1. Handoffs by state, unsubmitted and overdue work and "
                              "deals at risk are counted as of today, whatever the period.")
               .arg(report.submitTargetBusinessDays)
        << Qt::endl;

    print.heading(query.userId == 0 ? MetricsCommand::tr("Team") : MetricsCommand::tr("Team (the chosen rep's deals)"));
    print.sales(report.team.sales);
    print.support(report.team.support);
    print.line(Figure::HandoffsByState, breakdown<HandoffState>(report.team.handoffsByState));
    print.line(Figure::PromisesByFeasibility, breakdown<Feasibility>(report.team.promisesByFeasibility));
    print.line(Figure::PromisesByReview, breakdown<ReviewStatus>(report.team.promisesByReview));
    print.line(Figure::OverduePromises, QString::number(report.team.overduePromises));
    print.line(Figure::AtRiskDeals, QString::number(report.team.atRiskDeals));

    for (const SalesRepRow& row : report.salesReps) {
        print.heading(MetricsCommand::tr("Sales rep: %1 <%2>").arg(row.user.name, row.user.email));
        print.sales(row.figures);
    }
    for (const SupportRepRow& row : report.supportReps) {
        print.heading(MetricsCommand::tr("Support rep: %1 <%2>").arg(row.user.name, row.user.email));
        print.support(row.figures);
    }
    print.heading(trendHeading(query.interval));
    print.trend(report.trend);
}

} // namespace

MetricsCommand::MetricsCommand()
    : Command(QStringLiteral("metrics"),
              tr("Prints the handoff quality figures of a period (this month unless --from and --to say otherwise) "
                 "for the team, each sales rep and each support rep, with a trend by week, month or quarter, as text "
                 "or JSON. Counts as of today (handoffs by state, open and overdue work) ignore the period."))
{}

void MetricsCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {kFrom, tr("The first day of the period, YYYY-MM-DD (default: the 1st of this month)."), tr("DATE")});
    parser.addOption(
        {kTo, tr("The last day of the period, YYYY-MM-DD (default: the last day of this month)."), tr("DATE")});
    parser.addOption({kRep, tr("Only this team member's figures, and the team's over their deals."), tr("EMAIL")});
    parser.addOption({kInterval,
                      tr("The step of the trend: week, month, quarter or auto (default: auto, which takes weeks for "
                         "periods of up to 92 days, months for up to three years and quarters beyond)."),
                      tr("STEP"), kAuto});
    parser.addOption({kJson, tr("Print JSON (snake_case keys; every rate as numerator, denominator and value, null "
                                "without data) instead of text.")});
}

int MetricsCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        printUsageError(tr("metrics takes no arguments, only options; see --help."));
        return UsageError;
    }
    const std::optional<MetricsPeriod> period = periodOption(parser);
    if (!period) {
        return UsageError;
    }
    const QString interval = parser.value(kInterval).trimmed().toLower();
    const std::optional<TrendInterval> step =
        interval == kAuto ? trendIntervalFor(*period) : fromKey<TrendInterval>(interval);
    if (!step) {
        printUsageError(
            tr("'%1' is not a trend step; choose week, month, quarter or auto.").arg(parser.value(kInterval)));
        return UsageError;
    }

    Database db;
    if (!openDatabase(parser, db, false)) {
        return Failure;
    }
    MetricsQuery query;
    query.period = *period;
    query.today = db.today();
    query.interval = *step;
    const std::optional<qint64> rep = repOption(parser, db);
    if (!rep) {
        return Failure;
    }
    query.userId = *rep;
    const auto report = MetricsService(db).report(query);
    if (!report) {
        printError(report.error().fullText());
        return Failure;
    }
    if (parser.isSet(kJson)) {
        QTextStream(stdout) << QString::fromUtf8(QJsonDocument(MetricsJson::report(*report)).toJson());
    } else {
        printReport(*report);
    }
    return Success;
}

} // namespace handoff
