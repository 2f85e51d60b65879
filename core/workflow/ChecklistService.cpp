#include "workflow/ChecklistService.h"

#include "model/Labels.h"
#include "model/UserText.h"
#include "storage/ChecklistSql.h"
#include "storage/ContactSql.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

namespace handoff {

ChecklistService::ChecklistService(Database& db)
    : m_db(db)
{}

Result<QList<ChecklistItem>> ChecklistService::items() const
{
    return ChecklistSql::items(m_db);
}

Result<ChecklistCompleteness> ChecklistService::completeness(qint64 dealId) const
{
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return deal.error();
    }
    auto counts = ChecklistSql::sectionCounts(m_db, dealId);
    if (!counts) {
        return counts.error();
    }
    ChecklistCompleteness result;
    for (const ChecklistSectionCounts& count : *counts) {
        SectionCompleteness section;
        section.section = count.section;
        section.requiredTotal = count.requiredTotal;
        section.requiredAnswered = count.requiredAnswered;
        section.total = count.total;
        section.answered = count.answered;
        result.overall.requiredTotal += section.requiredTotal;
        result.overall.requiredAnswered += section.requiredAnswered;
        result.overall.total += section.total;
        result.overall.answered += section.answered;
        result.sections.append(section);
    }
    auto missing = ChecklistSql::missingRequired(m_db, dealId);
    if (!missing) {
        return missing.error();
    }
    result.missingRequired = *missing;
    return result;
}

Result<QString> ChecklistService::normalised(const ChecklistItem& item, qint64 dealId, const QString& value) const
{
    const QString text = value.trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    if (const QString problem = UserText::controlProblem(value, tr("The answer to \"%1\"").arg(item.label));
        !problem.isEmpty()) {
        return makeError(Error::Code::Invalid, problem);
    }
    switch (item.kind) {
    case ChecklistItemKind::Text:
        return value;
    case ChecklistItemKind::Check:
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            return QStringLiteral("true");
        }
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            return QStringLiteral("false");
        }
        return makeError(Error::Code::Invalid,
                         tr("\"%1\" is a yes-or-no item; answer it with true or false.").arg(item.label));
    case ChecklistItemKind::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return makeError(Error::Code::Invalid,
                             tr("\"%1\" needs a date written as YYYY-MM-DD; \"%2\" is not one.").arg(item.label, text));
        }
        return date.toString(Qt::ISODate);
    }
    case ChecklistItemKind::Choice:
        for (const QString& choice : item.choices) {
            if (choice.compare(text, Qt::CaseInsensitive) == 0) {
                return choice;
            }
        }
        return makeError(Error::Code::Invalid, tr("\"%1\" is not one of the choices of \"%2\".").arg(text, item.label),
                         item.choices);
    case ChecklistItemKind::Contact: {
        bool isNumber = false;
        const qint64 contactId = text.toLongLong(&isNumber);
        auto onDeal = ContactSql::roleCount(m_db, dealId, contactId);
        if (!onDeal) {
            return onDeal.error();
        }
        if (!isNumber || *onDeal == 0) {
            return makeError(Error::Code::Invalid,
                             tr("\"%1\" must name one of the deal's contacts; add the person to the deal's contacts "
                                "first.")
                                 .arg(item.label));
        }
        return QString::number(contactId);
    }
    }
    return value;
}

std::optional<Error> ChecklistService::refusal(const User& actor, const Deal& deal)
{
    const bool isLead = actor.active && actor.role == Role::Lead;
    const bool isRep = actor.active && actor.role == Role::Sales && deal.salesRepId == actor.id;
    if (!isLead && !isRep) {
        return makeError(
            Error::Code::Forbidden,
            tr("Only the deal's sales rep or a team lead can fill in the checklist of \"%1\".").arg(deal.title));
    }
    const HandoffState state = deal.state;
    const bool open = isLead ? (state != HandoffState::Fulfilled && state != HandoffState::Cancelled)
                             : (state == HandoffState::Draft || state == HandoffState::Returned);
    if (!open) {
        return makeError(Error::Code::Invalid,
                         isLead
                             ? tr("The handoff is \"%1\"; its checklist can no longer change.").arg(Labels::of(state))
                             : tr("The handoff is \"%1\"; the checklist can change again "
                                  "only while it is a draft or after support returns it.")
                                   .arg(Labels::of(state)));
    }
    return std::nullopt;
}

Result<QStringList> ChecklistService::refusals(const User& actor, qint64 dealId) const
{
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return deal.error();
    }
    if (auto refused = refusal(actor, *deal)) {
        return QStringList{refused->message};
    }
    return QStringList();
}

Result<QList<ChecklistAnswer>> ChecklistService::answers(qint64 dealId) const
{
    return ChecklistSql::answers(m_db, dealId);
}

Result<ChecklistAnswer> ChecklistService::answer(const User& actor, qint64 dealId, const QString& itemKey,
                                                 const QString& value)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return deal.error();
    }
    if (auto refused = refusal(actor, *deal)) {
        return *refused;
    }
    auto items = ChecklistSql::itemsWithKey(m_db, itemKey);
    if (!items) {
        return items.error();
    }
    if (items->isEmpty()) {
        return makeError(Error::Code::NotFound, tr("The checklist has no item \"%1\".").arg(itemKey));
    }
    const ChecklistItem item = items->constFirst();
    if (item.dealField != AnsweringField::None) {
        return makeError(Error::Code::Invalid,
                         tr("\"%1\" is answered by the deal's %2; change it there, not on the checklist.")
                             .arg(item.label, Labels::inSentence(Labels::of(item.dealField))));
    }
    auto text = normalised(item, dealId, value);
    if (!text) {
        return text.error();
    }
    ChecklistAnswerStore answers(m_db);
    auto existing = ChecklistSql::answersTo(m_db, dealId, item.id);
    if (!existing) {
        return existing.error();
    }
    Result<ChecklistAnswer> saved = ChecklistAnswer{0, 0, dealId, item.id, QString(), 0, QDateTime()};
    if (!existing->isEmpty()) {
        ChecklistAnswer answer = existing->constFirst();
        if (answer.value == *text) {
            return answer; // nothing changed: no audit rows about nothing
        }
        answer.value = *text;
        answer.answeredById = actor.id;
        answer.answeredAt = work->now();
        saved = answers.update(*work, answer);
    } else if (!text->isEmpty()) {
        saved = answers.create(*work, ChecklistAnswer{0, 0, dealId, item.id, *text, actor.id, work->now()});
    } else {
        return saved; // clearing an item that was never answered
    }
    if (!saved) {
        return saved.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

} // namespace handoff
