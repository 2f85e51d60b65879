// The team report's lists of deals with overdue promises and of deals at risk.
#include "metrics/FigureText.h"
#include "metrics/MetricsFigures.h"
#include "metrics/MetricsService.h"
#include "model/Labels.h"
#include "report/ReportHtml.h"
#include "report/TeamReport.h"
#include "workflow/DealService.h"
#include "workflow/PromiseService.h"

namespace handoff {

using namespace reporthtml;

namespace {

struct DealLine {
    Deal deal;
    QString account;
    int promises = 0; // overdue, or due soon
    QDate firstDue;
};

// Reads the deals, counting the promises of each that are not kept yet (open, or broken by their date passing) and
// due from `from` (when valid) to before `before`.
Result<QList<DealLine>> linesOf(Database& db, const QList<qint64>& ids, QDate from, QDate before)
{
    const DealService deals(db);
    const PromiseService promises(db);
    QList<DealLine> lines;
    for (qint64 id : ids) {
        auto deal = deals.get(id);
        if (!deal) {
            return deal.error();
        }
        auto account = deals.accountName(deal->accountId);
        auto dealPromises = promises.forDeal(id);
        if (!account || !dealPromises) {
            return account ? dealPromises.error() : account.error();
        }
        DealLine line{*deal, *account, 0, {}};
        for (const Promise& promise : *dealPromises) {
            const bool notKept = promise.fulfilment == Fulfilment::Open || promise.fulfilment == Fulfilment::Broken;
            if (notKept && promise.dueOn.isValid() && (!from.isValid() || promise.dueOn >= from) &&
                promise.dueOn < before) {
                ++line.promises;
                if (!line.firstDue.isValid() || promise.dueOn < line.firstDue) {
                    line.firstDue = promise.dueOn;
                }
            }
        }
        lines.append(line);
    }
    return lines;
}

QString listHtml(const QList<DealLine>& lines, qint64 total, const QHash<qint64, QString>& names,
                 const QString& countHeader, const QString& dueHeader)
{
    Table table({TeamReport::tr("Account"), TeamReport::tr("Deal"), TeamReport::tr("Sales rep"),
                 TeamReport::tr("Support owner"), countHeader, dueHeader},
                {21, 25, 15, 15, 11, 13});
    for (const DealLine& line : lines) {
        table.addRow({text(line.account), text(line.deal.title), textOrDash(names.value(line.deal.salesRepId)),
                      textOrDash(names.value(line.deal.supportOwnerId)), text(FigureText::count(line.promises)),
                      date(line.firstDue)});
    }
    if (total > lines.size()) {
        table.addSpanningRow(text(TeamReport::tr("… and %1 more deals: open the dashboard to see them all.")
                                      .arg(FigureText::count(total - lines.size()))));
    }
    return table.html();
}

} // namespace

Result<QString> TeamReport::dealLists(const MetricsQuery& query, const QHash<qint64, QString>& names, QDate today) const
{
    const MetricsService metrics(m_db);
    QString html;
    const struct {
        Figure figure;
        QDate from, before;
        QString empty, countHeader, dueHeader;
    } lists[] = {
        {Figure::OverduePromises, QDate(), today, tr("No promise is overdue."), tr("Overdue promises"),
         tr("Oldest due date")},
        {Figure::AtRiskDeals, today, today.addDays(query.atRiskDays + 1), tr("No deal is at risk."),
         tr("Promises due soon"), tr("Next due date")},
    };
    for (const auto& list : lists) {
        html += heading(MetricsFigures::info(list.figure).title);
        html += note(MetricsFigures::info(list.figure).definition);
        const auto behind = metrics.dealsBehind(list.figure, query, 0, {}, FigurePart::Counted, kListLimit);
        if (!behind) {
            return behind.error();
        }
        if (behind->total == 0) {
            html += paragraph(list.empty);
            continue;
        }
        const auto lines = linesOf(m_db, behind->dealIds, list.from, list.before);
        if (!lines) {
            return lines.error();
        }
        html += listHtml(*lines, behind->total, names, list.countHeader, list.dueHeader);
    }
    return html;
}

} // namespace handoff
