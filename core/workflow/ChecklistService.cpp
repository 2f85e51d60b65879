#include "workflow/ChecklistService.h"

#include "model/Labels.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

#include <QSqlQuery>

namespace handoff {

namespace {

// Whether the answer row `a` counts for its item; a check only counts when ticked. Used inside SQL written here.
const QLatin1String kAnswered("(CASE WHEN checklist_items.kind = 'check' THEN COALESCE(a.value, '') = 'true' "
                              "ELSE trim(COALESCE(a.value, '')) <> '' END)");

} // namespace

ChecklistService::ChecklistService(Database& db)
    : m_db(db)
{}

Result<QList<ChecklistItem>> ChecklistService::items() const
{
    return ChecklistItemStore(m_db).where(QStringLiteral("1 = 1"), {}, QStringLiteral("position, id"));
}

Result<ChecklistCompleteness> ChecklistService::completeness(qint64 dealId) const
{
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return deal.error();
    }
    auto query =
        m_db.exec(QStringLiteral("SELECT checklist_items.section, MIN(checklist_items.position) AS first, "
                                 "SUM(checklist_items.required), SUM(CASE WHEN checklist_items.required = 1 AND ") +
                      kAnswered + QStringLiteral(" THEN 1 ELSE 0 END), COUNT(*), SUM(CASE WHEN ") + kAnswered +
                      QStringLiteral(" THEN 1 ELSE 0 END) FROM checklist_items LEFT JOIN checklist_answers a "
                                     "ON a.item_id = checklist_items.id AND a.deal_id = ? "
                                     "GROUP BY checklist_items.section ORDER BY first, checklist_items.section"),
                  {dealId});
    if (!query) {
        return query.error();
    }
    ChecklistCompleteness result;
    while (query->next()) {
        SectionCompleteness section;
        section.section = query->value(0).toString();
        section.requiredTotal = query->value(2).toInt();
        section.requiredAnswered = query->value(3).toInt();
        section.total = query->value(4).toInt();
        section.answered = query->value(5).toInt();
        result.overall.requiredTotal += section.requiredTotal;
        result.overall.requiredAnswered += section.requiredAnswered;
        result.overall.total += section.total;
        result.overall.answered += section.answered;
        result.sections.append(section);
    }
    auto missing =
        ChecklistItemStore(m_db).where(QStringLiteral("required = 1 AND NOT EXISTS (SELECT 1 FROM checklist_answers a "
                                                      "WHERE a.item_id = checklist_items.id AND a.deal_id = ? AND ") +
                                           kAnswered + QStringLiteral(")"),
                                       {dealId}, QStringLiteral("position, id"));
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
        auto onDeal =
            m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM deal_contacts WHERE deal_id = ? AND contact_id = ?"),
                        {dealId, contactId});
        if (!onDeal) {
            return onDeal.error();
        }
        if (!isNumber || onDeal->toInt() == 0) {
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
    return ChecklistAnswerStore(m_db).where(QStringLiteral("deal_id = ?"), {dealId});
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
    auto items = ChecklistItemStore(m_db).where(QStringLiteral("key = ?"), {itemKey});
    if (!items) {
        return items.error();
    }
    if (items->isEmpty()) {
        return makeError(Error::Code::NotFound, tr("The checklist has no item \"%1\".").arg(itemKey));
    }
    const ChecklistItem item = items->constFirst();
    auto text = normalised(item, dealId, value);
    if (!text) {
        return text.error();
    }
    ChecklistAnswerStore answers(m_db);
    auto existing = answers.where(QStringLiteral("deal_id = ? AND item_id = ?"), {dealId, item.id});
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
