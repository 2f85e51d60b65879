#include "report/TeamReport.h"

#include "metrics/FigureText.h"
#include "metrics/MetricsFigures.h"
#include "metrics/MetricsService.h"
#include "model/Labels.h"
#include "report/ReportChart.h"
#include "report/ReportHtml.h"
#include "storage/ReadSnapshot.h"
#include "workflow/UserService.h"

#include <QLocale>

#include <array>

namespace handoff {

using namespace reporthtml;

namespace {

const QColor kBlue(0x3b, 0x6e, 0xa8);
const QColor kGreen(0x2e, 0x8b, 0x57);
const QColor kRed(0xc0, 0x39, 0x2b);

QString title(Figure figure)
{
    return MetricsFigures::info(figure).title;
}

QString periodText(const MetricsPeriod& period)
{
    return text(TeamReport::tr("%1 to %2")).arg(date(period.from), date(period.to));
}

QString imageHtml(ReportContent& report, const QString& name, const ReportChart& chart)
{
    report.images.insert(name, chart.render());
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
        .arg(ReportContent::imageSource(name))
        .arg(ReportChart::kWidth)
        .arg(chart.height())
        .arg(text(chart.title));
}

QString headlines(const MetricsReport& report)
{
    const TeamFigures& team = report.team;
    QList<QPair<QString, QString>> fields;
    for (Figure figure : {Figure::HandoffsSubmitted, Figure::FirstPassAcceptance, Figure::ReturnsPerHandoff,
                          Figure::PromisesKept, Figure::PromisesBroken, Figure::CsatSalesRep}) {
        fields.append({title(figure), text(FigureText::of(figure, team.sales, true))});
    }
    for (Figure figure : {Figure::ReviewTurnaroundHours, Figure::TasksOnTime}) {
        fields.append({title(figure), text(FigureText::of(figure, team.support, true))});
    }
    fields.append({title(Figure::OverduePromises), team.overduePromises > 0
                                                       ? warningHtml(FigureText::count(team.overduePromises))
                                                       : text(FigureText::count(team.overduePromises))});
    fields.append({title(Figure::AtRiskDeals), team.atRiskDeals > 0 ? warningHtml(FigureText::count(team.atRiskDeals))
                                                                    : text(FigureText::count(team.atRiskDeals))});
    return heading(TeamReport::tr("Headline figures")) + fieldsHtml(fields);
}

QString trendTitle(TrendInterval interval)
{
    switch (interval) {
    case TrendInterval::Week:
        return TeamReport::tr("Promises due per week: kept and broken");
    case TrendInterval::Month:
        return TeamReport::tr("Promises due per month: kept and broken");
    case TrendInterval::Quarter:
        return TeamReport::tr("Promises due per quarter: kept and broken");
    }
    return TeamReport::tr("Promises due per week: kept and broken");
}

QString charts(ReportContent& content, const MetricsReport& report)
{
    QString html = heading(TeamReport::tr("Charts"));
    ReportChart states;
    states.title = title(Figure::HandoffsByState);
    ReportChart::Series handoffs{TeamReport::tr("Handoffs"), kBlue, {}, {}};
    for (HandoffState state : allValues<HandoffState>()) {
        states.categories.append(Labels::of(state));
        const qint64 count = report.team.handoffsByState.at(qsizetype(state));
        handoffs.values.append(double(count));
        handoffs.valueTexts.append(FigureText::count(count));
    }
    states.series.append(handoffs);
    html += imageHtml(content, QStringLiteral("states"), states);

    ReportChart acceptance;
    acceptance.title = TeamReport::tr("%1 per sales rep").arg(title(Figure::FirstPassAcceptance));
    acceptance.maximum = 100;
    ReportChart::Series share{title(Figure::FirstPassAcceptance), kGreen, {}, {}};
    for (const SalesRepRow& row : report.salesReps) {
        acceptance.categories.append(row.user.name);
        const Rate& rate = row.figures.firstPassAcceptance;
        share.values.append(rate.hasData() ? *rate.value() * 100.0 : -1.0);
        share.valueTexts.append(FigureText::percent(rate));
    }
    acceptance.series.append(share);
    if (!acceptance.categories.isEmpty()) {
        html += imageHtml(content, QStringLiteral("acceptance"), acceptance);
    }

    ReportChart trend;
    trend.title = trendTitle(report.query.interval);
    ReportChart::Series kept{title(Figure::PromisesKept), kGreen, {}, {}};
    ReportChart::Series broken{title(Figure::PromisesBroken), kRed, {}, {}};
    for (const TrendPoint& point : report.trend) {
        trend.categories.append(FigureText::step(report.query.interval, point.period));
        kept.values.append(double(point.promisesKept.numerator));
        kept.valueTexts.append(FigureText::count(point.promisesKept.numerator));
        broken.values.append(double(point.promisesBroken.numerator));
        broken.valueTexts.append(FigureText::count(point.promisesBroken.numerator));
    }
    trend.series = {kept, broken};
    if (!trend.categories.isEmpty()) {
        html += imageHtml(content, QStringLiteral("trend"), trend);
    }
    return html;
}

template <typename Row, typename Figures>
QString scorecard(const QList<Row>& rows, const Figures& team, const QList<Figure>& figures)
{
    QStringList headers{TeamReport::tr("Rep")};
    QList<int> widths{22};
    const int width = 78 / int(figures.size());
    for (Figure figure : figures) {
        headers.append(title(figure));
        widths.append(width);
    }
    Table table(headers, widths);
    const auto cells = [&figures](const QString& name, const Figures& values, bool bold) {
        QStringList row{bold ? QStringLiteral("<b>%1</b>").arg(text(name)) : text(name)};
        for (Figure figure : figures) {
            row.append(text(FigureText::of(figure, values)));
        }
        return row;
    };
    for (const Row& row : rows) {
        table.addRow(cells(row.user.name, row.figures, false));
    }
    table.addRow(cells(TeamReport::tr("Team"), team, true));
    return table.html();
}

// A scorecard too wide for the page is printed as several tables of at most four figures, as even as can be.
QList<QList<Figure>> inParts(const QList<Figure>& figures)
{
    constexpr qsizetype kMostPerTable = 4;
    const qsizetype tables = (figures.size() + kMostPerTable - 1) / kMostPerTable;
    const qsizetype perTable = (figures.size() + tables - 1) / std::max<qsizetype>(tables, 1);
    QList<QList<Figure>> parts;
    for (qsizetype at = 0; at < figures.size(); at += perTable) {
        parts.append(figures.mid(at, perTable));
    }
    return parts;
}

QString scorecards(const MetricsReport& report)
{
    QString html = heading(TeamReport::tr("Sales reps"));
    html +=
        note(TeamReport::tr("Each rate shows the counts it was taken from; \"no data\" means nothing was counted."));
    for (const QList<Figure>& part : inParts(MetricsFigures::salesScorecard())) {
        html += scorecard(report.salesReps, report.team.sales, part);
    }
    html += heading(TeamReport::tr("Support reps"));
    for (const QList<Figure>& part : inParts(MetricsFigures::supportScorecard())) {
        html += scorecard(report.supportReps, report.team.support, part);
    }
    return html;
}

template <typename E, std::size_t N>
QString breakdown(const QString& header, const std::array<qint64, N>& counts)
{
    Table table({header, TeamReport::tr("Count")}, {70, 30});
    for (E value : allValues<E>()) {
        table.addRow({text(Labels::of(value)), text(FigureText::count(counts.at(qsizetype(value))))});
    }
    return table.html();
}

QString standing(const MetricsReport& report)
{
    QString html = heading(TeamReport::tr("Where the work stands today"));
    html += note(TeamReport::tr("As of %1, whatever the period.").arg(dateText(report.query.today)));
    html += breakdown<HandoffState>(TeamReport::tr("Handoff state"), report.team.handoffsByState);
    html += breakdown<Feasibility>(TeamReport::tr("Open promises by feasibility"), report.team.promisesByFeasibility);
    html += breakdown<ReviewStatus>(TeamReport::tr("Open promises by review"), report.team.promisesByReview);
    return html;
}

QString definitions()
{
    QString html = heading(TeamReport::tr("What the figures mean"));
    for (const FigureInfo& info : MetricsFigures::all()) {
        html += QStringLiteral("<p><b>%1.</b> %2</p>\n").arg(text(info.title), text(info.definition));
    }
    return html;
}

} // namespace

TeamReport::TeamReport(Database& db)
    : m_db(db)
{}

Result<ReportContent> TeamReport::build(const MetricsQuery& query) const
{
    const ReadSnapshot snapshot(m_db);
    MetricsQuery stepped = query;
    stepped.interval = trendIntervalFor(query.period);
    const auto report = MetricsService(m_db).report(stepped);
    if (!report) {
        return report.error();
    }
    const auto users = UserService(m_db).all();
    if (!users) {
        return users.error();
    }
    QHash<qint64, QString> names;
    for (const User& user : *users) {
        names.insert(user.id, user.name);
    }
    const auto lists = dealLists(report->query, names, report->query.today);
    if (!lists) {
        return lists.error();
    }

    ReportContent content;
    content.language = QLocale().bcp47Name();
    const QString period =
        TeamReport::tr("%1 to %2").arg(dateText(report->query.period.from), dateText(report->query.period.to));
    const QString whose = query.userId != 0 ? names.value(query.userId) : TeamReport::tr("The whole team");
    content.title = tr("Team handoff report: %1").arg(period);
    QString html = QStringLiteral("<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n<p class=\"subtitle\">%3</p>\n")
                       .arg(text(tr("Team handoff report")), periodText(query.period),
                            text(tr("%1 · figures as of %2").arg(whose, dateText(report->query.today))));
    html += headlines(*report);
    html += charts(content, *report);
    html += scorecards(*report);
    html += standing(*report);
    html += *lists;
    html += definitions();
    content.html = html;
    return content;
}

} // namespace handoff
