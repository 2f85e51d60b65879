// The checklist, promises, fulfilment plan, history and sign-off parts of a deal's handoff report.
#include "model/Labels.h"
#include "report/DealReport.h"
#include "report/DealReportData.h"
#include "report/ReportHtml.h"
#include "workflow/AnsweringFields.h"

#include <QLocale>

#include <optional>

namespace handoff::dealreport {

using namespace reporthtml;

namespace {

QString small(const QString& plain)
{
    return plain.trimmed().isEmpty() ? QString()
                                     : QStringLiteral("<br><span class=\"small\">%1</span>").arg(text(plain));
}

QString answerHtml(const DealReportData& data, const ChecklistItem& item, const QString& value)
{
    switch (item.kind) {
    case ChecklistItemKind::Check:
        return text(value == QLatin1String("true") ? DealReport::tr("Yes") : DealReport::tr("No"));
    case ChecklistItemKind::Date:
        return date(QDate::fromString(value, Qt::ISODate));
    case ChecklistItemKind::Contact: {
        bool isId = false;
        const qint64 id = value.toLongLong(&isId);
        const QString name = isId ? data.contactName(id) : QString();
        return text(name.isEmpty() ? value : name);
    }
    case ChecklistItemKind::Text:
    case ChecklistItemKind::Choice:
        break;
    }
    return text(value);
}

// The item's answer as stored, or for an item a deal field answers, that field's value.
QString valueOf(const DealReportData& data, const ChecklistItem& item)
{
    return item.dealField == AnsweringField::None ? data.answers.value(item.id).value
                                                  : AnsweringFields::text(item.dealField, data.deal, data.channels);
}

bool answered(const ChecklistItem& item, const QString& value)
{
    return item.kind == ChecklistItemKind::Check ? value == QLatin1String("true") : !value.trimmed().isEmpty();
}

QString feasibilityHtml(const Promise& promise)
{
    const char* tone = promise.feasibility == Feasibility::Ok        ? "ok"
                       : promise.feasibility == Feasibility::Warning ? "caution"
                                                                     : "warning";
    QString html =
        QStringLiteral("<span class=\"%1\">%2</span>").arg(QLatin1String(tone), text(Labels::of(promise.feasibility)));
    html += small(promise.feasibilityReason);
    if (!promise.justification.trimmed().isEmpty()) {
        html += small(DealReport::tr("Justification: %1").arg(promise.justification));
    }
    return html;
}

QString reviewHtml(const DealReportData& data, const Promise& promise)
{
    QString html =
        promise.reviewStatus == ReviewStatus::CannotFulfil || promise.reviewStatus == ReviewStatus::NeedsClarification
            ? warningHtml(Labels::of(promise.reviewStatus))
            : text(Labels::of(promise.reviewStatus));
    if (promise.reviewerId != 0) {
        html += small(DealReport::tr("by %1").arg(data.userName(promise.reviewerId)));
    }
    return html + small(promise.reviewNote);
}

QString fulfilmentHtml(const DealReportData& data, const Promise& promise)
{
    if (promise.fulfilment == Fulfilment::Open && promise.dueOn.isValid() && promise.dueOn < data.today) {
        return warningHtml(DealReport::tr("Overdue"));
    }
    QString html = promise.fulfilment == Fulfilment::Broken ? warningHtml(Labels::of(promise.fulfilment))
                                                            : text(Labels::of(promise.fulfilment));
    if (promise.fulfilledOn.isValid()) {
        html += QStringLiteral("<br><span class=\"small\">%1</span>").arg(date(promise.fulfilledOn));
    }
    return html;
}

QString promiseNumber(int index)
{
    return DealReport::tr("P%1").arg(index + 1);
}

} // namespace

QString checklist(const DealReportData& data)
{
    QString html = heading(DealReport::tr("Handoff checklist"));
    int required = 0;
    QStringList missing;
    for (const ChecklistItem& item : data.items) {
        if (item.required) {
            ++required;
            if (!answered(item, valueOf(data, item))) {
                missing.append(item.label);
            }
        }
    }
    html +=
        paragraph(DealReport::tr("Required items answered: %1 of %2.").arg(required - missing.size()).arg(required));
    if (!missing.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(warningHtml(DealReport::tr("Missing: %1.").arg(QLocale().createSeparatedList(missing))));
    }
    QString section;
    std::optional<Table> table;
    const auto flush = [&] {
        if (table) {
            html += table->html();
        }
    };
    for (const ChecklistItem& item : data.items) {
        if (!table || item.section != section) {
            flush();
            section = item.section;
            html += subheading(section);
            table.emplace(QStringList{DealReport::tr("Item"), DealReport::tr("Answer")}, QList<int>{45, 55});
        }
        const QString value = valueOf(data, item);
        QString label = text(item.label);
        if (item.required) {
            label += QStringLiteral(" <span class=\"small\">(%1)</span>").arg(text(DealReport::tr("required")));
        }
        QString answer;
        if (item.dealField != AnsweringField::None) {
            // One fact, printed once: the deal's own field stands in the parts above.
            answer =
                !value.isEmpty()
                    ? text(
                          DealReport::tr("See the deal's %1 above").arg(Labels::inSentence(Labels::of(item.dealField))))
                : item.required ? warningHtml(DealReport::tr("Missing (required)"))
                                : textOrDash({});
        } else if (answered(item, value) ||
                   (item.kind == ChecklistItemKind::Check && !item.required && !value.isEmpty())) {
            answer = answerHtml(data, item, value);
        } else if (item.required) {
            answer = warningHtml(DealReport::tr("Missing (required)"));
        } else {
            answer = textOrDash({});
        }
        table->addRow({label, answer});
    }
    flush();
    return html;
}

QString promises(const DealReportData& data)
{
    QString html = heading(DealReport::tr("Promises made to the customer (%1)").arg(data.promises.size()));
    if (data.promises.isEmpty()) {
        return html + paragraph(DealReport::tr("No promises are recorded for this deal."));
    }
    int blocked = 0, refused = 0, open = 0;
    for (const Promise& promise : data.promises) {
        blocked += promise.feasibility == Feasibility::Blocked ? 1 : 0;
        refused += promise.reviewStatus == ReviewStatus::CannotFulfil ? 1 : 0;
        open += promise.fulfilment == Fulfilment::Open ? 1 : 0;
    }
    html += note(DealReport::tr("%1 blocked by the capability catalog, %2 that support cannot fulfil, %3 still open.")
                     .arg(blocked)
                     .arg(refused)
                     .arg(open));
    Table table({QStringLiteral("#"), DealReport::tr("Promise"), DealReport::tr("Due"), DealReport::tr("Capability"),
                 DealReport::tr("Feasibility"), DealReport::tr("Review"), DealReport::tr("Fulfilment")},
                {5, 29, 12, 14, 14, 15, 11});
    for (int i = 0; i < data.promises.size(); ++i) {
        const Promise& promise = data.promises.at(i);
        QString what = QStringLiteral("<span class=\"small\">%1</span><br>%2")
                           .arg(text(Labels::of(promise.kind)), text(promise.description));
        if (!promise.customerWords.trimmed().isEmpty()) {
            what += QStringLiteral("<br><span class=\"words\">%1</span>")
                        .arg(text(DealReport::tr("Customer's words: “%1”").arg(promise.customerWords)));
        }
        QString capability = textOrDash({});
        if (const auto found = data.capabilities.constFind(promise.capabilityId); found != data.capabilities.cend()) {
            capability = text(found->name) + small(Labels::of(found->status));
        }
        table.addRow({text(promiseNumber(i)), what, date(promise.dueOn), capability, feasibilityHtml(promise),
                      reviewHtml(data, promise), fulfilmentHtml(data, promise)});
    }
    return html + table.html();
}

QString fulfilmentPlan(const DealReportData& data)
{
    QString html = heading(DealReport::tr("Fulfilment plan"));
    if (data.tasks.isEmpty()) {
        return html +
               paragraph(DealReport::tr("No fulfilment tasks yet: support plans them when it accepts the handoff."));
    }
    Table table({DealReport::tr("Task"), DealReport::tr("For promise"), DealReport::tr("Assignee"),
                 DealReport::tr("Due"), DealReport::tr("Status")},
                {40, 13, 19, 13, 15});
    for (const FulfilmentTask& task : data.tasks) {
        QString promise = textOrDash({});
        for (int i = 0; i < data.promises.size(); ++i) {
            if (data.promises.at(i).id == task.promiseId) {
                promise = text(promiseNumber(i));
            }
        }
        QString status = text(Labels::of(task.status));
        if (task.status == TaskStatus::Done && task.doneOn.isValid()) {
            status += QStringLiteral("<br><span class=\"small\">%1</span>").arg(date(task.doneOn));
        } else if (task.status != TaskStatus::Done && task.dueOn.isValid() && task.dueOn < data.today) {
            status += QStringLiteral("<br>") + warningHtml(DealReport::tr("Overdue"));
        }
        table.addRow({text(task.title), promise, textOrDash(data.userName(task.assigneeId)), date(task.dueOn), status});
    }
    return html + table.html();
}

QString history(const DealReportData& data)
{
    QString html = heading(DealReport::tr("Handoff history"));
    if (data.events.isEmpty()) {
        return html + paragraph(DealReport::tr("The handoff has not been submitted yet."));
    }
    Table table({DealReport::tr("When"), DealReport::tr("What happened")}, {20, 80});
    for (const HandoffEvent& event : data.events) {
        table.addRow({dateTime(event.at), text(event.sentence)});
    }
    return html + table.html();
}

QString signOff(const DealReportData& data)
{
    const QString line = QStringLiteral("_______________________");
    QString html = heading(DealReport::tr("Sign-off"));
    html += note(DealReport::tr("By signing, sales confirms that every promise made to the customer is listed above, "
                                "and support confirms that it has reviewed them and takes the account."));
    html += QStringLiteral("<table class=\"signoff\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\">\n");
    const QList<QPair<QString, QString>> signers{
        {DealReport::tr("Sales rep"), data.userName(data.deal.salesRepId)},
        {DealReport::tr("Support owner"), data.userName(data.deal.supportOwnerId)},
        {DealReport::tr("Team lead"), QString()}};
    for (const auto& [role, name] : signers) {
        html += QStringLiteral("<tr><td width=\"18%\"><b>%1</b></td><td width=\"26%\">%2</td>"
                               "<td width=\"34%\">%3 %4</td><td width=\"22%\">%5 %6</td></tr>\n")
                    .arg(text(role), name.isEmpty() ? text(line) : text(name), text(DealReport::tr("Signature")), line,
                         text(DealReport::tr("Date")), QStringLiteral("__________"));
    }
    return html + QLatin1String("</table>\n");
}

} // namespace handoff::dealreport
