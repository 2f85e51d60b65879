#include "workflow/PromiseService.h"

#include "model/Labels.h"
#include "model/UserText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PromiseSql.h"
#include "storage/SqlValue.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"
#include "workflow/FeasibilityRefresh.h"
#include "workflow/FeasibilityRules.h"

#include <functional>
#include <optional>

namespace handoff {

namespace {

// Every reason an operation is refused, so the user can fix them all at once. A role problem makes it Forbidden.
struct Refusal {
    QStringList forbidden;
    QStringList invalid;

    bool any() const { return !forbidden.isEmpty() || !invalid.isEmpty(); }
    Error error(const QString& message) const
    {
        return makeError(forbidden.isEmpty() ? Error::Code::Invalid : Error::Code::Forbidden, message,
                         forbidden + invalid);
    }
};

bool isClosed(HandoffState state)
{
    return state == HandoffState::Cancelled || state == HandoffState::Fulfilled;
}

bool isSalesRepOf(const User& actor, const Deal& deal)
{
    return actor.role == Role::Sales && deal.salesRepId == actor.id;
}

template <typename E>
bool inRange(E value)
{
    return static_cast<std::size_t>(value) < enumCount<E>();
}

Error conflictError(qint64 promiseId)
{
    return makeError(
        Error::Code::Conflict,
        PromiseService::tr("The promise %1 was changed elsewhere at the same time; reload it and try again.")
            .arg(promiseId));
}

// Stores the review and fulfilment columns of after as one workflow action with its single audit row; the change
// of state is the action, so the generic per-field rows of PromiseStore would say it twice.
Result<Promise> writeWorkflow(UnitOfWork& work, Promise after, AuditEntry entry)
{
    auto written = PromiseSql::writeWorkflow(work, after);
    if (!written) {
        return written.error();
    }
    if (!*written) {
        return conflictError(after.id);
    }
    entry.entity = QStringLiteral("promises");
    entry.entityId = after.id;
    entry.dealId = after.dealId;
    if (auto logged = AuditLog::append(work, entry); !logged) {
        return logged.error();
    }
    after.version += 1;
    return after;
}

// The shape of review, clarify, waive and fulfil: in one transaction, load the promise and its deal, collect every
// reason to refuse, then let apply change the promise and name its audit row.
Result<Promise> act(Database& db, const User& actor, qint64 promiseId, int expectedVersion, const QString& refused,
                    const std::function<void(const Promise&, const Deal&, Refusal&)>& check,
                    const std::function<AuditEntry(Promise&)>& apply)
{
    auto work = UnitOfWork::begin(db, actor.id);
    if (!work) {
        return work.error();
    }
    auto promise = PromiseStore(db).get(promiseId);
    if (!promise) {
        return promise.error();
    }
    if (expectedVersion != 0 && promise->version != expectedVersion) {
        return conflictError(promiseId);
    }
    auto deal = DealStore(db).get(promise->dealId);
    if (!deal) {
        return deal.error();
    }
    Refusal refusal;
    check(*promise, *deal, refusal);
    if (refusal.any()) {
        return refusal.error(refused);
    }
    Promise after = *promise;
    const AuditEntry entry = apply(after);
    auto written = writeWorkflow(*work, after, entry);
    if (!written) {
        return written.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return written;
}

AuditEntry entryFor(const char* action, const char* field, const QString& oldValue, const QString& newValue,
                    const QString& reason = {})
{
    AuditEntry entry;
    entry.action = QLatin1String(action);
    entry.field = QLatin1String(field);
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.reason = reason;
    return entry;
}

QString closedReason(const Deal& deal)
{
    return PromiseService::tr("The deal is %1; its promises can no longer change.")
        .arg(Labels::inSentence(Labels::of(deal.state)));
}

// What the user gives an action. Absent when refusals() only asks whether the action is open to the actor now.
struct Given {
    ReviewStatus status = ReviewStatus::Pending;
    QString text; // the review note, the answer or the waiver's reason
    QDate on;
};

// Who records or changes a promise's description, and in which states of the deal.
void checkRecord(const User& actor, const Deal& deal, Refusal& refusal)
{
    if (actor.role == Role::Support) {
        refusal.forbidden.append(
            PromiseService::tr("Only the deal's sales rep or a lead can record or change its promises."));
    } else if (actor.role == Role::Sales && !isSalesRepOf(actor, deal)) {
        refusal.forbidden.append(PromiseService::tr("You are not the sales rep of this deal; only its sales rep or a "
                                                    "lead can record or change its promises."));
    }
    if (isClosed(deal.state)) {
        refusal.invalid.append(closedReason(deal));
    } else if (actor.role == Role::Sales && deal.state != HandoffState::Draft && deal.state != HandoffState::Returned) {
        refusal.invalid.append(PromiseService::tr("The handoff is %1; a sales rep can change promises only while it "
                                                  "is a draft or returned by support.")
                                   .arg(Labels::inSentence(Labels::of(deal.state))));
    }
}

void checkRemove(const User& actor, const Deal& deal, Refusal& refusal)
{
    if (actor.role == Role::Support) {
        refusal.forbidden.append(PromiseService::tr("Only the deal's sales rep or a lead can remove its promises."));
    } else if (actor.role == Role::Sales && !isSalesRepOf(actor, deal)) {
        refusal.forbidden.append(PromiseService::tr("You are not the sales rep of this deal; only its sales rep or a "
                                                    "lead can remove its promises."));
    }
    if (isClosed(deal.state)) {
        refusal.invalid.append(closedReason(deal));
    } else if (deal.state == HandoffState::Accepted) {
        refusal.invalid.append(PromiseService::tr("The handoff was accepted, so its promises are owed; a lead waives "
                                                  "a promise instead of removing it."));
    } else if (actor.role == Role::Sales && deal.state == HandoffState::Submitted) {
        refusal.invalid.append(PromiseService::tr("The handoff is submitted; a sales rep can remove promises only "
                                                  "while it is a draft or returned by support."));
    }
}

// The note, answer or reason given with an action holds no invisible control character.
void checkGivenText(const Given* given, Refusal& refusal)
{
    if (const QString problem =
            UserText::controlProblem(given ? given->text : QString(), PromiseService::tr("The note"));
        !problem.isEmpty()) {
        refusal.invalid.append(problem);
    }
}

void checkReview(const User& actor, const Promise& promise, const Deal& deal, const Given* given, Refusal& refusal)
{
    checkGivenText(given, refusal);
    if (actor.role == Role::Sales) {
        refusal.forbidden.append(PromiseService::tr("Only support or a lead can review promises."));
    }
    if (deal.state == HandoffState::Accepted) {
        if (actor.role != Role::Lead) {
            refusal.invalid.append(
                PromiseService::tr("The handoff was already accepted; only a lead can change a review now."));
        }
    } else if (deal.state != HandoffState::Submitted) {
        refusal.invalid.append(
            PromiseService::tr("Promises are reviewed while the handoff is submitted; this one is %1.")
                .arg(Labels::inSentence(Labels::of(deal.state))));
    }
    if (given) {
        if (given->status == ReviewStatus::Pending || !inRange(given->status)) {
            refusal.invalid.append(
                PromiseService::tr("Choose accepted, needs clarification or cannot fulfil as the review."));
        } else if (given->status == ReviewStatus::NeedsClarification && given->text.trimmed().isEmpty()) {
            refusal.invalid.append(PromiseService::tr("Write in the note what the sales rep should clarify."));
        } else if (given->status == ReviewStatus::CannotFulfil && given->text.trimmed().isEmpty()) {
            refusal.invalid.append(PromiseService::tr("Write in the note why the promise cannot be fulfilled."));
        }
    }
    if (promise.fulfilment != Fulfilment::Open) {
        refusal.invalid.append(PromiseService::tr("The promise is already %1; it needs no review.")
                                   .arg(Labels::inSentence(Labels::of(promise.fulfilment))));
    }
}

void checkAnswer(const User& actor, const Promise& promise, const Deal& deal, const Given* given, Refusal& refusal)
{
    checkGivenText(given, refusal);
    if (actor.role == Role::Support) {
        refusal.forbidden.append(
            PromiseService::tr("Only the deal's sales rep or a lead can answer support's question."));
    } else if (actor.role == Role::Sales && !isSalesRepOf(actor, deal)) {
        refusal.forbidden.append(PromiseService::tr("You are not the sales rep of this deal; only its sales rep or a "
                                                    "lead can answer support's question."));
    }
    if (isClosed(deal.state)) {
        refusal.invalid.append(closedReason(deal));
    }
    if (promise.reviewStatus != ReviewStatus::NeedsClarification) {
        refusal.invalid.append(PromiseService::tr("Support has not asked about this promise; its review is %1.")
                                   .arg(Labels::inSentence(Labels::of(promise.reviewStatus))));
    }
    if (given && given->text.trimmed().isEmpty()) {
        refusal.invalid.append(PromiseService::tr("Write the answer to support's question."));
    }
}

void checkWaiveRole(const User& actor, Refusal& refusal)
{
    if (actor.role != Role::Lead) {
        refusal.forbidden.append(
            PromiseService::tr("Waiving a promise needs a team lead's approval; ask your lead to waive it."));
    }
}

void checkWaive(const User& actor, const Promise& promise, const Deal& deal, const Given* given, Refusal& refusal)
{
    checkGivenText(given, refusal);
    checkWaiveRole(actor, refusal);
    const QString already =
        PromiseService::tr("The promise is already %1.").arg(Labels::inSentence(Labels::of(promise.fulfilment)));
    if (isClosed(deal.state)) {
        refusal.invalid.append(closedReason(deal));
    } else if (deal.state == HandoffState::Accepted) {
        // Broken is still owed: waiving it is how a lead records that the customer let it go.
        if (promise.fulfilment != Fulfilment::Open && promise.fulfilment != Fulfilment::Broken) {
            refusal.invalid.append(already);
        }
    } else if (promise.fulfilment != Fulfilment::Open) {
        refusal.invalid.append(already);
    } else if (promise.reviewStatus != ReviewStatus::CannotFulfil) {
        refusal.invalid.append(PromiseService::tr("Before acceptance only a promise support cannot fulfil can be "
                                                  "waived; this one's review is %1.")
                                   .arg(Labels::inSentence(Labels::of(promise.reviewStatus))));
    }
    if (given && given->text.trimmed().isEmpty()) {
        refusal.invalid.append(PromiseService::tr("Give the reason the promise is waived."));
    }
}

// Who marks a promise fulfilled, and when; shared by marking and by taking the mark back.
void checkFulfilRoleAndState(const User& actor, const Deal& deal, Refusal& refusal)
{
    if (actor.role == Role::Sales) {
        refusal.forbidden.append(
            PromiseService::tr("Only the deal's support owner or a lead can mark its promises fulfilled."));
    } else if (actor.role == Role::Support && deal.supportOwnerId != actor.id) {
        refusal.forbidden.append(PromiseService::tr("You are not the support owner of this deal; only its owner or a "
                                                    "lead can mark its promises fulfilled."));
    }
    if (deal.state != HandoffState::Accepted) {
        refusal.invalid.append(
            PromiseService::tr("Promises are fulfilled after support accepts the handoff; this one is %1.")
                .arg(Labels::inSentence(Labels::of(deal.state))));
    }
}

void checkFulfil(const User& actor, const Promise& promise, const Deal& deal, const Given* given, Refusal& refusal)
{
    checkFulfilRoleAndState(actor, deal, refusal);
    if (promise.fulfilment == Fulfilment::Fulfilled) {
        refusal.invalid.append(PromiseService::tr("The promise was already fulfilled on %1.")
                                   .arg(promise.fulfilledOn.toString(Qt::ISODate)));
    } else if (promise.fulfilment == Fulfilment::Waived) {
        refusal.invalid.append(PromiseService::tr("The promise was waived; there is nothing left to fulfil."));
    }
    if (given && !given->on.isValid()) {
        refusal.invalid.append(PromiseService::tr("Give the date the promise was fulfilled."));
    }
}

// What an undo may restore: a waiver or a fulfilment always started from an open or a broken promise.
void checkOwedBefore(const Promise& before, Refusal& refusal)
{
    if (before.fulfilment != Fulfilment::Open && before.fulfilment != Fulfilment::Broken) {
        refusal.invalid.append(PromiseService::tr("A promise can only go back to open or broken."));
    }
}

} // namespace

PromiseService::PromiseService(Database& db)
    : m_db(db)
{}

Result<Promise> PromiseService::add(const User& actor, Promise promise)
{
    return save(actor, std::move(promise), true);
}

Result<Promise> PromiseService::edit(const User& actor, const Promise& promise)
{
    return save(actor, promise, false);
}

Result<Promise> PromiseService::save(const User& actor, Promise promise, bool creating)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }

    Promise stored;
    if (!creating) {
        auto current = PromiseStore(m_db).get(promise.id);
        if (!current) {
            return current.error();
        }
        stored = *current;
    }

    Refusal refusal;
    const qint64 dealId = creating ? promise.dealId : stored.dealId;
    std::optional<Deal> deal;
    if (auto found = DealStore(m_db).get(dealId)) {
        deal = *found;
    } else if (found.error().code == Error::Code::NotFound) {
        refusal.invalid.append(tr("There is no deal with id %1.").arg(dealId));
    } else {
        return found.error();
    }
    if (deal) {
        checkRecord(actor, *deal, refusal);
    }
    if (!creating && promise.dealId != 0 && promise.dealId != stored.dealId) {
        refusal.invalid.append(tr("A promise cannot move to another deal."));
    }
    if (promise.description.trimmed().isEmpty()) {
        refusal.invalid.append(tr("Describe what was promised."));
    }
    for (const auto& [text, what] : {std::pair{&promise.description, tr("The description")},
                                     std::pair{&promise.customerWords, tr("The customer's words")},
                                     std::pair{&promise.justification, tr("The justification")}}) {
        if (const QString problem = UserText::controlProblem(*text, what); !problem.isEmpty()) {
            refusal.invalid.append(problem);
        }
    }
    if (!inRange(promise.kind)) {
        refusal.invalid.append(tr("Choose the kind of promise (feature, integration, timeline ...)."));
    }
    if (!promise.dueOn.isValid()) {
        refusal.invalid.append(tr("Give the date the promise is due."));
    }
    std::optional<Capability> capability;
    if (promise.capabilityId != 0) {
        if (auto found = CapabilityStore(m_db).get(promise.capabilityId)) {
            capability = *found;
        } else if (found.error().code == Error::Code::NotFound) {
            refusal.invalid.append(
                tr("There is no capability with id %1 in the catalog; choose one that exists or none.")
                    .arg(promise.capabilityId));
        } else {
            return found.error();
        }
    }
    if (refusal.any()) {
        return refusal.error(creating ? tr("The promise was not recorded.") : tr("The promise was not saved."));
    }

    Promise row;
    if (creating) {
        row = promise;
        row.id = 0;
        row.version = 0;
        row.promisedById = actor.id;
        row.reviewStatus = ReviewStatus::Pending;
        row.reviewerId = 0;
        row.reviewNote.clear();
        row.fulfilment = Fulfilment::Open;
        row.fulfilledOn = QDate();
        row.createdAt = QDateTime();
    } else {
        // Only what the sales rep describes changes here; review and fulfilment have their own audited actions.
        row = stored;
        row.version = promise.version;
        row.kind = promise.kind;
        row.capabilityId = promise.capabilityId;
        row.description = promise.description;
        row.customerWords = promise.customerWords;
        row.dueOn = promise.dueOn;
        row.justification = promise.justification;
        // A changed commitment is a new one to support: whatever it said of the old one (accepted included, or
        // support would accept a promise it never saw), it reviews again. After acceptance only a lead edits, and
        // the review stands.
        const bool commitmentChanged = row.kind != stored.kind || row.capabilityId != stored.capabilityId ||
                                       row.description != stored.description ||
                                       row.customerWords != stored.customerWords || row.dueOn != stored.dueOn;
        if (commitmentChanged && stored.reviewStatus != ReviewStatus::Pending &&
            deal->state != HandoffState::Accepted) {
            row.reviewStatus = ReviewStatus::Pending;
            row.reviewerId = 0;
            row.reviewNote.clear();
        }
    }
    const FeasibilityResult feasibility =
        FeasibilityRules::evaluate(row, capability, work->today(), deal->contractStart);
    row.feasibility = feasibility.level;
    row.feasibilityReason = feasibility.reason;

    auto saved = creating ? PromiseStore(m_db).create(*work, row) : PromiseStore(m_db).update(*work, row);
    if (!saved) {
        return saved.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

Result<Promise> PromiseService::review(const User& actor, qint64 promiseId, ReviewStatus status, const QString& note,
                                       int expectedVersion)
{
    const Given given{status, note, {}};
    const auto check = [&](const Promise& promise, const Deal& deal, Refusal& refusal) {
        checkReview(actor, promise, deal, &given, refusal);
    };
    return act(m_db, actor, promiseId, expectedVersion, tr("The promise was not reviewed."), check,
               [&](Promise& promise) {
                   const QString before = toKey(promise.reviewStatus);
                   promise.reviewStatus = status;
                   promise.reviewerId = actor.id;
                   promise.reviewNote = note;
                   return entryFor("review", "review_status", before, toKey(status), note);
               });
}

Result<Promise> PromiseService::answerClarification(const User& actor, qint64 promiseId, const QString& answer,
                                                    int expectedVersion)
{
    const Given given{ReviewStatus::Pending, answer, {}};
    const auto check = [&](const Promise& promise, const Deal& deal, Refusal& refusal) {
        checkAnswer(actor, promise, deal, &given, refusal);
    };
    // The reviewer and the question stay, so support sees what it asked next to the answer in the history.
    return act(m_db, actor, promiseId, expectedVersion, tr("The clarification was not sent."), check,
               [&](Promise& promise) {
                   promise.reviewStatus = ReviewStatus::Pending;
                   return entryFor("clarify", "review_status", toKey(ReviewStatus::NeedsClarification),
                                   toKey(ReviewStatus::Pending), answer);
               });
}

Result<Promise> PromiseService::waive(const User& actor, qint64 promiseId, const QString& reason, int expectedVersion)
{
    const Given given{ReviewStatus::Pending, reason, {}};
    const auto check = [&](const Promise& promise, const Deal& deal, Refusal& refusal) {
        checkWaive(actor, promise, deal, &given, refusal);
    };
    return act(m_db, actor, promiseId, expectedVersion, tr("The promise was not waived."), check,
               [&](Promise& promise) {
                   const QString before = toKey(promise.fulfilment);
                   promise.fulfilment = Fulfilment::Waived;
                   return entryFor("waive", "fulfilment", before, toKey(Fulfilment::Waived), reason);
               });
}

Result<Promise> PromiseService::markFulfilled(const User& actor, qint64 promiseId, QDate on, int expectedVersion)
{
    const Given given{ReviewStatus::Pending, {}, on};
    const auto check = [&](const Promise& promise, const Deal& deal, Refusal& refusal) {
        checkFulfil(actor, promise, deal, &given, refusal);
    };
    return act(m_db, actor, promiseId, expectedVersion, tr("The promise was not marked fulfilled."), check,
               [&](Promise& promise) {
                   const QString before = toKey(promise.fulfilment);
                   promise.fulfilment = Fulfilment::Fulfilled;
                   promise.fulfilledOn = on;
                   return entryFor("fulfil", "fulfilment", before, toKey(Fulfilment::Fulfilled));
               });
}

Result<void> PromiseService::remove(const User& actor, qint64 promiseId, int expectedVersion)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    PromiseStore promises(m_db);
    auto promise = promises.get(promiseId);
    if (!promise) {
        return promise.error();
    }
    if (expectedVersion != 0 && promise->version != expectedVersion) {
        return conflictError(promiseId);
    }
    auto deal = DealStore(m_db).get(promise->dealId);
    if (!deal) {
        return deal.error();
    }
    Refusal refusal;
    checkRemove(actor, *deal, refusal);
    if (refusal.any()) {
        return refusal.error(tr("The promise was not removed."));
    }
    // The store writes the audit row ("delete", with every field of the promise) under the actor's scope.
    if (auto removed = promises.remove(*work, *promise); !removed) {
        return removed.error();
    }
    return work->commit();
}

Result<Promise> PromiseService::revert(const User& actor, PromiseAction action, const Promise& before,
                                       int expectedVersion)
{
    const auto check = [&](const Promise& promise, const Deal& deal, Refusal& refusal) {
        switch (action) {
        case PromiseAction::Review:
            checkReview(actor, promise, deal, nullptr, refusal);
            if (promise.reviewStatus == ReviewStatus::Pending) {
                refusal.invalid.append(tr("The promise has no review to take back."));
            } else if (promise.reviewerId != actor.id) {
                refusal.invalid.append(tr("Someone else reviewed the promise since; only their review stands."));
            }
            if (!inRange(before.reviewStatus)) {
                refusal.invalid.append(tr("Choose the review the promise goes back to."));
            }
            break;
        case PromiseAction::Waive:
            checkWaiveRole(actor, refusal);
            if (isClosed(deal.state)) {
                refusal.invalid.append(closedReason(deal));
            }
            if (promise.fulfilment != Fulfilment::Waived) {
                refusal.invalid.append(tr("The promise is not waived; there is no waiver to take back."));
            }
            checkOwedBefore(before, refusal);
            break;
        case PromiseAction::MarkFulfilled:
            checkFulfilRoleAndState(actor, deal, refusal);
            if (promise.fulfilment != Fulfilment::Fulfilled) {
                refusal.invalid.append(tr("The promise is not marked fulfilled; there is no mark to take back."));
            }
            checkOwedBefore(before, refusal);
            break;
        case PromiseAction::Edit:
        case PromiseAction::Remove:
        case PromiseAction::AnswerClarification:
            refusal.invalid.append(tr("Only a review, a waiver or a fulfilment can be taken back this way."));
            break;
        }
    };
    const auto apply = [&](Promise& promise) {
        if (action == PromiseAction::Review) {
            const QString current = toKey(promise.reviewStatus);
            promise.reviewStatus = before.reviewStatus;
            promise.reviewerId = before.reviewerId;
            promise.reviewNote = before.reviewNote;
            return entryFor("undo_review", "review_status", current, toKey(before.reviewStatus), before.reviewNote);
        }
        const QString current = toKey(promise.fulfilment);
        promise.fulfilment = before.fulfilment;
        if (action == PromiseAction::MarkFulfilled) {
            promise.fulfilledOn = before.fulfilledOn;
        }
        return entryFor(action == PromiseAction::Waive ? "undo_waive" : "undo_fulfil", "fulfilment", current,
                        toKey(before.fulfilment));
    };
    return act(m_db, actor, before.id, expectedVersion, tr("The change was not taken back."), check, apply);
}

QStringList PromiseService::refusals(const User& actor, qint64 promiseId, PromiseAction action) const
{
    auto promise = PromiseStore(m_db).get(promiseId);
    if (!promise) {
        return {promise.error().message};
    }
    auto deal = DealStore(m_db).get(promise->dealId);
    if (!deal) {
        return {deal.error().message};
    }
    Refusal refusal;
    switch (action) {
    case PromiseAction::Edit:
        checkRecord(actor, *deal, refusal);
        break;
    case PromiseAction::Remove:
        checkRemove(actor, *deal, refusal);
        break;
    case PromiseAction::Review:
        checkReview(actor, *promise, *deal, nullptr, refusal);
        break;
    case PromiseAction::AnswerClarification:
        checkAnswer(actor, *promise, *deal, nullptr, refusal);
        break;
    case PromiseAction::Waive:
        checkWaive(actor, *promise, *deal, nullptr, refusal);
        break;
    case PromiseAction::MarkFulfilled:
        checkFulfil(actor, *promise, *deal, nullptr, refusal);
        break;
    }
    return refusal.forbidden + refusal.invalid;
}

QStringList PromiseService::refusalsToAdd(const User& actor, qint64 dealId) const
{
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return {deal.error().message};
    }
    Refusal refusal;
    checkRecord(actor, *deal, refusal);
    return refusal.forbidden + refusal.invalid;
}

Result<int> PromiseService::markBrokenPastDue(QDate today)
{
    // Read without the write lock: a change committed after this read is found by the next sweep.
    if (auto swept = PromiseSql::sweptSinceLastChange(m_db, today); !swept || *swept) {
        return swept ? Result<int>(0) : Result<int>(swept.error());
    }
    auto work = UnitOfWork::begin(m_db, UnitOfWork::System);
    if (!work) {
        return work.error();
    }
    auto due = PromiseSql::openPastDue(m_db, today);
    if (!due) {
        return due.error();
    }
    for (Promise promise : *due) {
        const QString before = toKey(promise.fulfilment);
        promise.fulfilment = Fulfilment::Broken;
        if (auto written =
                writeWorkflow(*work, promise, entryFor("break", "fulfilment", before, toKey(Fulfilment::Broken)));
            !written) {
            return written.error();
        }
    }
    if (auto recorded = PromiseSql::recordSweep(*work, today); !recorded) {
        return recorded.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return static_cast<int>(due->size());
}

Result<int> PromiseService::reevaluateOpen(QDate today)
{
    auto work = UnitOfWork::begin(m_db, UnitOfWork::System);
    if (!work) {
        return work.error();
    }
    auto changed = FeasibilityRefresh(m_db).all(*work, today);
    if (!changed) {
        return changed.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return changed;
}

Result<int> PromiseService::reevaluateCapability(UnitOfWork& work, qint64 capabilityId, QDate today)
{
    return FeasibilityRefresh(m_db).naming(work, capabilityId, today);
}

Result<QList<Promise>> PromiseService::forDeal(qint64 dealId) const
{
    return PromiseSql::ofDeal(m_db, dealId);
}

Result<Promise> PromiseService::get(qint64 promiseId) const
{
    return PromiseStore(m_db).get(promiseId);
}

} // namespace handoff
