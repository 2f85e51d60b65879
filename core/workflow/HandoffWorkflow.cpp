#include "workflow/HandoffWorkflow.h"

#include "model/UserText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DealSql.h"
#include "storage/PromiseSql.h"
#include "storage/Settings.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"
#include "workflow/HandoffGuards.h"
#include "workflow/SnapshotService.h"

#include <algorithm>

namespace handoff {

namespace {

QString actionKey(HandoffAction action)
{
    switch (action) {
    case HandoffAction::Submit:
        return QStringLiteral("submit");
    case HandoffAction::Return:
        return QStringLiteral("return");
    case HandoffAction::Accept:
        return QStringLiteral("accept");
    case HandoffAction::Cancel:
        return QStringLiteral("cancel");
    case HandoffAction::MarkFulfilled:
        return QStringLiteral("fulfil");
    }
    return QString();
}

QString refusedMessage(HandoffAction action, const Deal& deal)
{
    switch (action) {
    case HandoffAction::Submit:
        return HandoffWorkflow::tr("The handoff of \"%1\" cannot be submitted yet.").arg(deal.title);
    case HandoffAction::Return:
        return HandoffWorkflow::tr("The handoff of \"%1\" cannot be returned.").arg(deal.title);
    case HandoffAction::Accept:
        return HandoffWorkflow::tr("The handoff of \"%1\" cannot be accepted yet.").arg(deal.title);
    case HandoffAction::Cancel:
        return HandoffWorkflow::tr("The handoff of \"%1\" cannot be cancelled.").arg(deal.title);
    case HandoffAction::MarkFulfilled:
        return HandoffWorkflow::tr("The handoff of \"%1\" cannot be marked fulfilled yet.").arg(deal.title);
    }
    return QString();
}

constexpr HandoffAction kActions[] = {HandoffAction::Submit, HandoffAction::Return, HandoffAction::Accept,
                                      HandoffAction::Cancel, HandoffAction::MarkFulfilled};

} // namespace

HandoffWorkflow::HandoffWorkflow(Database& db)
    : m_db(db)
{}

Result<Deal> HandoffWorkflow::submit(const User& actor, qint64 dealId)
{
    return perform(actor, dealId, {HandoffAction::Submit, ReturnReason::Other, QString(), false});
}

Result<Deal> HandoffWorkflow::returnHandoff(const User& actor, qint64 dealId, ReturnReason reason, const QString& note)
{
    return perform(actor, dealId, {HandoffAction::Return, reason, note, false});
}

Result<Deal> HandoffWorkflow::accept(const User& actor, qint64 dealId)
{
    return perform(actor, dealId, {HandoffAction::Accept, ReturnReason::Other, QString(), false});
}

Result<Deal> HandoffWorkflow::cancel(const User& actor, qint64 dealId, const QString& reason)
{
    return perform(actor, dealId, {HandoffAction::Cancel, ReturnReason::Other, reason, false});
}

Result<Deal> HandoffWorkflow::markFulfilled(const User& actor, qint64 dealId)
{
    return perform(actor, dealId, {HandoffAction::MarkFulfilled, ReturnReason::Other, QString(), false});
}

Result<Deal> HandoffWorkflow::override(const User& lead, qint64 dealId, HandoffAction action, const QString& reason)
{
    if (!lead.active || lead.role != Role::Lead) {
        return makeError(Error::Code::Forbidden, tr("Only a team lead can override a handoff decision."),
                         {tr("Only a team lead can override a handoff decision.")});
    }
    return perform(lead, dealId, {action, ReturnReason::Other, reason, true});
}

QStringList HandoffWorkflow::refusals(const User& actor, qint64 dealId, HandoffAction action) const
{
    QStringList texts;
    for (const HandoffReason& reason : reasons(actor, dealId, action)) {
        texts.append(reason.text);
    }
    return texts;
}

QList<HandoffReason> HandoffWorkflow::reasons(const User& actor, qint64 dealId, HandoffAction action) const
{
    const auto unplaced = [](const QStringList& texts) {
        QList<HandoffReason> list;
        for (const QString& text : texts) {
            list.append({text, HandoffReason::Place::None, QString()});
        }
        return list;
    };
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return unplaced({deal.error().message});
    }
    if (QStringList found = HandoffGuards::roleRefusals(actor, *deal, action); !found.isEmpty()) {
        return unplaced(found);
    }
    if (QStringList found = HandoffGuards::stateRefusals(*deal, action); !found.isEmpty()) {
        return unplaced(found);
    }
    auto guards = HandoffGuards(m_db).dealReasons(*deal, action);
    return guards ? *guards : unplaced({guards.error().message});
}

QList<HandoffAction> HandoffWorkflow::allowedActions(const User& actor, qint64 dealId) const
{
    QList<HandoffAction> allowed;
    for (HandoffAction action : kActions) {
        if (refusals(actor, dealId, action).isEmpty()) {
            allowed.append(action);
        }
    }
    return allowed;
}

Result<Deal> HandoffWorkflow::perform(const User& actor, qint64 dealId, const Request& request)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    // Read inside the write transaction: what the guards see is what the update changes.
    DealStore deals(m_db);
    auto deal = deals.get(dealId);
    if (!deal) {
        return deal.error();
    }
    // A role refusal stands alone: the rest of the list would be advice for someone else's job.
    if (QStringList reasons = HandoffGuards::roleRefusals(actor, *deal, request.action); !reasons.isEmpty()) {
        return makeError(Error::Code::Forbidden, refusedMessage(request.action, *deal), reasons);
    }
    if (QStringList reasons = HandoffGuards::stateRefusals(*deal, request.action); !reasons.isEmpty()) {
        return makeError(Error::Code::Invalid, refusedMessage(request.action, *deal), reasons);
    }
    QStringList reasons;
    if (request.overriding && request.text.trimmed().isEmpty()) {
        reasons.append(tr("An override needs a reason; it is kept in the deal's history."));
    } else if (request.action == HandoffAction::Return && request.text.trimmed().isEmpty()) {
        reasons.append(tr("Write a note that tells sales what to fix."));
    } else if (request.action == HandoffAction::Cancel && request.text.trimmed().isEmpty()) {
        reasons.append(tr("Give the reason the handoff is cancelled."));
    }
    if (const QString problem = UserText::controlProblem(request.text, tr("The note")); !problem.isEmpty()) {
        reasons.append(problem);
    }
    if (!request.overriding) {
        auto guards = HandoffGuards(m_db).dealRefusals(*deal, request.action);
        if (!guards) {
            return guards.error();
        }
        reasons += *guards;
    }
    if (!reasons.isEmpty()) {
        return makeError(Error::Code::Invalid, refusedMessage(request.action, *deal), reasons);
    }

    auto auditReason = applyEffects(*work, actor, *deal, request);
    if (!auditReason) {
        return auditReason.error();
    }
    AuditEntry entry;
    entry.action = request.overriding ? QStringLiteral("override") : actionKey(request.action);
    entry.entity = QStringLiteral("deals");
    entry.entityId = dealId;
    entry.dealId = dealId;
    entry.field = QStringLiteral("state");
    entry.oldValue = toKey(deal->state);
    entry.newValue = toKey(*HandoffGuards::target(deal->state, request.action));
    entry.reason = request.overriding ? request.text.trimmed() : *auditReason;
    if (auto logged = AuditLog::append(*work, entry); !logged) {
        return logged.error();
    }
    auto changed = deals.get(dealId);
    if (!changed) {
        return changed.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return changed;
}

// Writes the transition's effects without the stores' per-field audit rows, so that its one audit row is the only
// one; returns that row's reason.
Result<QString> HandoffWorkflow::applyEffects(UnitOfWork& work, const User& actor, const Deal& deal,
                                              const Request& request)
{
    DealTransition transition;
    transition.to = *HandoffGuards::target(deal.state, request.action);
    QString reason;
    switch (request.action) {
    case HandoffAction::Submit: {
        auto snapshot = SnapshotService(m_db).record(work, deal.id);
        if (!snapshot) {
            return snapshot.error();
        }
        transition.submittedAt = snapshot->submittedAt;
        break;
    }
    case HandoffAction::Return:
        reason = toKey(request.returnReason) + QStringLiteral(": ") + request.text.trimmed();
        break;
    case HandoffAction::Accept:
        transition.supportOwnerId = actor.id;
        transition.acceptedAt = work.now();
        break;
    case HandoffAction::Cancel:
        reason = request.text.trimmed();
        break;
    case HandoffAction::MarkFulfilled:
        break;
    }
    auto updated = DealSql::writeTransition(work, deal, transition);
    if (!updated) {
        return updated.error();
    }
    if (!*updated) {
        return makeError(Error::Code::Conflict,
                         tr("The deal \"%1\" was changed elsewhere while this was being done. Reload it and try again.")
                             .arg(deal.title));
    }
    if (request.action == HandoffAction::Accept) {
        auto generated = generateTasks(work, deal, actor.id);
        if (!generated) {
            return generated.error();
        }
        reason = QStringLiteral("generated %1 tasks").arg(*generated);
    }
    return reason;
}

// One task per accepted open promise, due the configured buffer before the promise but never in the past.
Result<int> HandoffWorkflow::generateTasks(UnitOfWork& work, const Deal& deal, qint64 ownerId)
{
    auto promises = PromiseSql::ofDeal(m_db, deal.id, PromiseSelection::AcceptedAndOpen);
    if (!promises) {
        return promises.error();
    }
    const int buffer = Settings(m_db).dueDateBufferDays();
    const QDate today = work.today();
    for (const Promise& promise : *promises) {
        QDate due;
        if (promise.dueOn.isValid()) {
            due = std::max(promise.dueOn.addDays(-buffer), today);
        }
        const QString title = tr("Deliver: %1").arg(promise.description.trimmed());
        if (auto inserted = PromiseSql::insertGeneratedTask(work, deal.id, promise.id, title, ownerId, due);
            !inserted) {
            return inserted.error();
        }
    }
    return static_cast<int>(promises->size());
}

} // namespace handoff
