#include "workflow/HandoffGuards.h"

#include "model/Labels.h"
#include "storage/ContactSql.h"
#include "storage/Database.h"
#include "storage/PromiseSql.h"
#include "storage/Stores.h"
#include "workflow/ChecklistService.h"

namespace handoff {

namespace {

QString promiseName(const Promise& promise)
{
    const QString description = promise.description.trimmed();
    return description.isEmpty() ? HandoffGuards::tr("#%1").arg(promise.id) : description;
}

HandoffReason about(const Promise& promise, const QString& text)
{
    return {text, HandoffReason::Place::Promises, QString::number(promise.id)};
}

} // namespace

HandoffReason HandoffGuards::fieldReason(const ChecklistItem& item)
{
    switch (item.dealField) {
    case AnsweringField::None:
        break;
    case AnsweringField::Channels:
    case AnsweringField::PreferredChannel:
        return {tr("The required checklist item \"%1\" (%2) is answered by the deal's %3, and the deal has none yet.")
                    .arg(item.label, item.section, Labels::inSentence(Labels::of(item.dealField))),
                HandoffReason::Place::Contacts, QString()};
    default:
        return {tr("The required checklist item \"%1\" (%2) is answered by the deal's field \"%3\", which is empty.")
                    .arg(item.label, item.section, Labels::of(item.dealField)),
                HandoffReason::Place::Overview, toKey(item.dealField)};
    }
    return {tr("The required checklist item \"%1\" (%2) is not answered.").arg(item.label, item.section),
            HandoffReason::Place::Checklist, item.key};
}

HandoffGuards::HandoffGuards(Database& db)
    : m_db(db)
{}

QStringList HandoffGuards::roleRefusals(const User& actor, const Deal& deal, HandoffAction action)
{
    if (!actor.active) {
        return {tr("%1's user account is inactive.").arg(actor.name)};
    }
    if (actor.role == Role::Lead) {
        return {};
    }
    switch (action) {
    case HandoffAction::Submit:
    case HandoffAction::Cancel:
        if (actor.role != Role::Sales || deal.salesRepId != actor.id) {
            return {action == HandoffAction::Submit
                        ? tr("Only the deal's sales rep or a team lead can submit the handoff.")
                        : tr("Only the deal's sales rep or a team lead can cancel the handoff.")};
        }
        return {};
    case HandoffAction::Return:
    case HandoffAction::Accept:
        if (actor.role != Role::Support) {
            return {action == HandoffAction::Return ? tr("Only support or a team lead can return a handoff.")
                                                    : tr("Only support or a team lead can accept a handoff.")};
        }
        return {};
    case HandoffAction::MarkFulfilled:
        if (actor.role != Role::Support || deal.supportOwnerId != actor.id) {
            return {tr("Only the deal's support owner or a team lead can mark the handoff fulfilled.")};
        }
        return {};
    }
    return {};
}

std::optional<HandoffState> HandoffGuards::target(HandoffState from, HandoffAction action)
{
    switch (action) {
    case HandoffAction::Submit:
        if (from == HandoffState::Draft || from == HandoffState::Returned) {
            return HandoffState::Submitted;
        }
        break;
    case HandoffAction::Return:
        if (from == HandoffState::Submitted) {
            return HandoffState::Returned;
        }
        break;
    case HandoffAction::Accept:
        if (from == HandoffState::Submitted) {
            return HandoffState::Accepted;
        }
        break;
    case HandoffAction::Cancel:
        if (from == HandoffState::Draft || from == HandoffState::Submitted || from == HandoffState::Returned) {
            return HandoffState::Cancelled;
        }
        break;
    case HandoffAction::MarkFulfilled:
        if (from == HandoffState::Accepted) {
            return HandoffState::Fulfilled;
        }
        break;
    }
    return std::nullopt;
}

QStringList HandoffGuards::stateRefusals(const Deal& deal, HandoffAction action)
{
    if (target(deal.state, action)) {
        return {};
    }
    const QString state = Labels::of(deal.state);
    switch (action) {
    case HandoffAction::Submit:
        return {tr("The handoff is \"%1\"; only a draft or a returned handoff can be submitted.").arg(state)};
    case HandoffAction::Return:
        return {tr("The handoff is \"%1\"; only a submitted handoff can be returned.").arg(state)};
    case HandoffAction::Accept:
        return {tr("The handoff is \"%1\"; only a submitted handoff can be accepted.").arg(state)};
    case HandoffAction::Cancel:
        return {tr("The handoff is \"%1\"; only a handoff that support has not accepted can be cancelled.").arg(state)};
    case HandoffAction::MarkFulfilled:
        return {tr("The handoff is \"%1\"; only an accepted handoff can be marked fulfilled.").arg(state)};
    }
    return {};
}

Result<QStringList> HandoffGuards::dealRefusals(const Deal& deal, HandoffAction action) const
{
    auto reasons = dealReasons(deal, action);
    if (!reasons) {
        return reasons.error();
    }
    QStringList texts;
    for (const HandoffReason& reason : *reasons) {
        texts.append(reason.text);
    }
    return texts;
}

Result<QList<HandoffReason>> HandoffGuards::dealReasons(const Deal& deal, HandoffAction action) const
{
    switch (action) {
    case HandoffAction::Submit:
        return submitReasons(deal);
    case HandoffAction::Accept:
        return acceptReasons(deal);
    case HandoffAction::MarkFulfilled:
        return fulfilReasons(deal);
    case HandoffAction::Return:
    case HandoffAction::Cancel:
        break; // only their inputs (note, reason) are required
    }
    return QList<HandoffReason>();
}

Result<QList<HandoffReason>> HandoffGuards::submitReasons(const Deal& deal) const
{
    QList<HandoffReason> reasons;
    auto checklist = ChecklistService(m_db).completeness(deal.id);
    if (!checklist) {
        return checklist.error();
    }
    for (const ChecklistItem& item : checklist->missingRequired) {
        reasons.append(fieldReason(item));
    }
    auto contacts = ContactSql::linkCount(m_db, deal.id);
    if (!contacts) {
        return contacts.error();
    }
    if (*contacts == 0) {
        reasons.append({tr("The deal has no contact; add at least one person support can talk to."),
                        HandoffReason::Place::Contacts, QString()});
    }
    auto promises = PromiseSql::ofDeal(m_db, deal.id);
    if (!promises) {
        return promises.error();
    }
    for (const Promise& promise : *promises) {
        if (promise.description.trimmed().isEmpty()) {
            reasons.append(about(promise, tr("Promise %1 has no description.").arg(promiseName(promise))));
        }
        if (!promise.dueOn.isValid()) {
            reasons.append(about(promise, tr("Promise \"%1\" has no due date.").arg(promiseName(promise))));
        }
        if (promise.feasibility == Feasibility::Blocked && promise.justification.trimmed().isEmpty()) {
            reasons.append(about(promise, tr("Promise \"%1\" is blocked (%2) and needs a justification.")
                                              .arg(promiseName(promise), promise.feasibilityReason)));
        }
    }
    return reasons;
}

Result<QList<HandoffReason>> HandoffGuards::acceptReasons(const Deal& deal) const
{
    auto promises = PromiseSql::ofDeal(m_db, deal.id, PromiseSelection::NotWaived);
    if (!promises) {
        return promises.error();
    }
    QList<HandoffReason> reasons;
    for (const Promise& promise : *promises) {
        switch (promise.reviewStatus) {
        case ReviewStatus::Pending:
            reasons.append(about(promise, tr("Promise \"%1\" has not been reviewed.").arg(promiseName(promise))));
            break;
        case ReviewStatus::NeedsClarification:
            reasons.append(
                about(promise, tr("Promise \"%1\" waits for sales to clarify it.").arg(promiseName(promise))));
            break;
        case ReviewStatus::CannotFulfil:
            reasons.append(about(
                promise, tr("Promise \"%1\" cannot be fulfilled: a lead must waive it or sales must renegotiate it.")
                             .arg(promiseName(promise))));
            break;
        case ReviewStatus::Accepted:
            break;
        }
    }
    return reasons;
}

Result<QList<HandoffReason>> HandoffGuards::fulfilReasons(const Deal& deal) const
{
    auto promises = PromiseSql::ofDeal(m_db, deal.id, PromiseSelection::Unsettled);
    if (!promises) {
        return promises.error();
    }
    QList<HandoffReason> reasons;
    for (const Promise& promise : *promises) {
        reasons.append(about(promise, promise.fulfilment == Fulfilment::Broken
                                          ? tr("Promise \"%1\" was broken; only fulfilled or waived promises close "
                                               "a handoff.")
                                                .arg(promiseName(promise))
                                          : tr("Promise \"%1\" is not fulfilled yet.").arg(promiseName(promise))));
    }
    auto tasks = PromiseSql::tasksOfDeal(m_db, deal.id, true);
    if (!tasks) {
        return tasks.error();
    }
    for (const FulfilmentTask& task : *tasks) {
        reasons.append(
            {tr("Task \"%1\" is not done.").arg(task.title), HandoffReason::Place::Tasks, QString::number(task.id)});
    }
    return reasons;
}

} // namespace handoff
