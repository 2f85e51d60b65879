#include "report/DealReport.h"

#include "metrics/CsatService.h"
#include "model/Labels.h"
#include "model/Money.h"
#include "model/UserText.h"
#include "report/DealReportData.h"
#include "report/ReportHtml.h"
#include "storage/Database.h"
#include "storage/ReadSnapshot.h"
#include "workflow/CatalogService.h"
#include "workflow/ChecklistService.h"
#include "workflow/DealService.h"
#include "workflow/PromiseService.h"
#include "workflow/TaskService.h"
#include "workflow/UserService.h"

#include <QLocale>

namespace handoff {

using namespace reporthtml;

Result<DealReportData> DealReportData::read(Database& db, qint64 dealId)
{
    const ReadSnapshot snapshot(db);
    DealReportData data;
    const DealService deals(db);
    auto deal = deals.get(dealId);
    if (!deal) {
        return deal.error();
    }
    data.deal = *deal;
    auto account = deals.accountName(deal->accountId);
    auto users = UserService(db).all();
    auto contacts = ContactService(db).forDeal(dealId);
    auto channels = ContactService(db).channels(dealId);
    const ChecklistService checklist(db);
    auto items = checklist.items();
    auto answers = checklist.answers(dealId);
    auto capabilities = CatalogService(db).all();
    auto promises = PromiseService(db).forDeal(dealId);
    auto tasks = TaskService(db).forDeal(dealId);
    auto events = HistoryFormatter(db).handoffEvents(dealId);
    auto csat = CsatService(db).forDeal(dealId);
    for (const Error* error :
         {account ? nullptr : &account.error(), users ? nullptr : &users.error(),
          contacts ? nullptr : &contacts.error(), channels ? nullptr : &channels.error(),
          items ? nullptr : &items.error(), answers ? nullptr : &answers.error(),
          capabilities ? nullptr : &capabilities.error(), promises ? nullptr : &promises.error(),
          tasks ? nullptr : &tasks.error(), events ? nullptr : &events.error(), csat ? nullptr : &csat.error()}) {
        if (error) {
            return *error;
        }
    }
    data.account = *account;
    for (const User& user : *users) {
        data.users.insert(user.id, user);
    }
    data.contacts = *contacts;
    data.channels = *channels;
    data.items = *items;
    for (const ChecklistAnswer& answer : *answers) {
        data.answers.insert(answer.itemId, answer);
    }
    for (const Capability& capability : *capabilities) {
        data.capabilities.insert(capability.id, capability);
    }
    data.promises = *promises;
    data.tasks = *tasks;
    data.events = *events;
    data.csat = *csat;
    data.today = db.today();
    return data;
}

QString DealReportData::userName(qint64 id) const
{
    return id == 0 ? QString() : users.value(id).name;
}

QString DealReportData::contactName(qint64 contactId) const
{
    for (const DealContactRow& row : contacts) {
        if (row.contact.id == contactId) {
            return row.contact.name;
        }
    }
    return {};
}

namespace dealreport {

QString titleBlock(const DealReportData& data)
{
    const Deal& deal = data.deal;
    QString html = QStringLiteral("<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n<p class=\"subtitle\">%3</p>\n")
                       .arg(text(DealReport::tr("Handoff report")), text(data.account), text(deal.title));
    // Two sentences rather than %n: English is the source language and has no translation to pick the plural.
    const QString term =
        deal.termMonths == 1 ? DealReport::tr("1 month") : DealReport::tr("%1 months").arg(deal.termMonths);
    QList<QPair<QString, QString>> fields{
        {DealReport::tr("Amount"), text(Money::format(deal.amountMinor, deal.currency))},
        {DealReport::tr("State"), text(Labels::of(deal.state))},
        {DealReport::tr("Closed won"), date(deal.closedOn)},
        {DealReport::tr("Sales rep"), textOrDash(data.userName(deal.salesRepId))},
        {DealReport::tr("Contract start"), date(deal.contractStart)},
        {DealReport::tr("Support owner"), textOrDash(data.userName(deal.supportOwnerId))},
        {DealReport::tr("Term"), text(term)},
        {DealReport::tr("Submitted"), dateTime(deal.submittedAt)},
        {DealReport::tr("Go-live target"), date(deal.goLiveTarget)},
        {DealReport::tr("Accepted"), dateTime(deal.acceptedAt)},
        {DealReport::tr("Products"), textOrDash(deal.products)},
        {DealReport::tr("CRM reference"), textOrDash(deal.externalRef)},
    };
    if (data.csat) {
        fields.append({DealReport::tr("Customer satisfaction"),
                       text(DealReport::tr("%1 of %2").arg(data.csat->score).arg(CsatService::kMaxScore)) +
                           QLatin1String(", ") + date(data.csat->ratedOn)});
    }
    return html + fieldsHtml(fields);
}

QString people(const DealReportData& data)
{
    QString html = heading(DealReport::tr("Contacts"));
    if (data.contacts.isEmpty()) {
        html += paragraph(DealReport::tr("No contacts are recorded for this deal."));
    } else {
        Table table({DealReport::tr("Name"), DealReport::tr("Role"), DealReport::tr("Job title"),
                     DealReport::tr("Email"), DealReport::tr("Phone"), DealReport::tr("Time zone")},
                    {19, 15, 17, 22, 14, 13});
        for (const DealContactRow& row : data.contacts) {
            // How the person likes to be reached, under their name.
            const QString name = text(row.contact.name) +
                                 QStringLiteral("<br><span class=\"small\">%1</span>")
                                     .arg(text(DealReport::tr("Prefers %1")
                                                   .arg(Labels::inSentence(Labels::of(row.contact.preferredChannel)))));
            table.addRow({name, text(Labels::of(row.link.role)), textOrDash(row.contact.title),
                          textOrDash(row.contact.email), textOrDash(row.contact.phone),
                          textOrDash(row.contact.timeZone)});
        }
        html += table.html();
    }
    if (!data.channels.isEmpty()) {
        html += subheading(DealReport::tr("Channels"));
        Table table({DealReport::tr("Channel"), DealReport::tr("Address"), DealReport::tr("Preferred")}, {20, 60, 20});
        for (const DealChannel& channel : data.channels) {
            table.addRow({text(Labels::of(channel.channel)), text(channel.address),
                          channel.preferred ? text(DealReport::tr("Preferred")) : QString()});
        }
        html += table.html();
    }
    return html;
}

QString story(const DealReportData& data)
{
    QString html = heading(DealReport::tr("Why they bought and how they judge success"));
    const QList<QPair<QString, QString>> parts{{DealReport::tr("Why they bought"), data.deal.whyBought},
                                               {DealReport::tr("Success criteria"), data.deal.successCriteria},
                                               {DealReport::tr("Known risks"), data.deal.knownRisks}};
    for (const auto& [title, value] : parts) {
        html += subheading(title);
        html += value.trimmed().isEmpty()
                    ? QStringLiteral("<p>%1</p>\n").arg(warningHtml(DealReport::tr("Not written down.")))
                    : paragraph(value);
    }
    return html;
}

} // namespace dealreport

DealReport::DealReport(Database& db)
    : m_db(db)
{}

Result<ReportContent> DealReport::build(qint64 dealId) const
{
    const auto data = DealReportData::read(m_db, dealId);
    if (!data) {
        return data.error();
    }
    ReportContent report;
    report.title = tr("Handoff report: %1 — %2").arg(UserText::shown(data->account), UserText::shown(data->deal.title));
    report.language = QLocale().bcp47Name();
    report.html = dealreport::titleBlock(*data) + dealreport::people(*data) + dealreport::story(*data) +
                  dealreport::checklist(*data) + dealreport::promises(*data) + dealreport::fulfilmentPlan(*data) +
                  dealreport::history(*data) + dealreport::signOff(*data);
    return report;
}

} // namespace handoff
