#pragma once

#include "Result.h"
#include "model/Deal.h"
#include "model/Promise.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace handoff {

class Database;
class UnitOfWork;

// What a user can do to a recorded promise; refusals() says whether and why not.
enum class PromiseAction { Edit, Remove, Review, AnswerClarification, Waive, MarkFulfilled };

// The promise register's rules: who may record, review, waive and fulfil a promise and in which state of the deal,
// with the feasibility of every open promise kept current. Every operation is one transaction with its audit rows;
// a refusal lists every reason and writes nothing.
class PromiseService {
    Q_DECLARE_TR_FUNCTIONS(PromiseService)

public:
    explicit PromiseService(Database& db);

    // The sales rep of the deal or a lead; promisedBy becomes the actor, review and fulfilment start afresh.
    Result<Promise> add(const User& actor, Promise promise);
    // Same roles; recomputes feasibility. Editing a promise support could not fulfil or asked about is a
    // renegotiation: its review goes back to pending and the reviewer and note are cleared.
    Result<Promise> edit(const User& actor, const Promise& promise);
    // The sales rep of the deal while the handoff is a draft or returned; a lead also while it is submitted. After
    // acceptance a promise is owed and is waived instead. Its tasks keep their work without it. expectedVersion 0
    // removes whatever is stored; any other version that is no longer the stored one is a conflict.
    Result<void> remove(const User& actor, qint64 promiseId, int expectedVersion = 0);

    // The workflow actions below check expectedVersion the same way when it is not 0 (an undo or redo names the
    // version it produced, so it never overwrites someone else's newer change).

    // Support or a lead, on a submitted deal (a lead also on an accepted one); needs_clarification and cannot_fulfil
    // need a note.
    Result<Promise> review(const User& actor, qint64 promiseId, ReviewStatus status, const QString& note,
                           int expectedVersion = 0);
    // The sales rep of the deal or a lead answers support's question; the promise goes back to pending review.
    Result<Promise> answerClarification(const User& actor, qint64 promiseId, const QString& answer,
                                        int expectedVersion = 0);
    // A lead releases the deal from a promise support cannot fulfil (or from any open promise of an accepted deal).
    Result<Promise> waive(const User& actor, qint64 promiseId, const QString& reason, int expectedVersion = 0);
    // The support owner of the accepted deal or a lead; a broken promise kept late may still be marked fulfilled.
    Result<Promise> markFulfilled(const User& actor, qint64 promiseId, QDate on, int expectedVersion = 0);
    // Takes back the actor's own review, waiver or fulfilment (an undo): what that action changed returns to the
    // values in before (review status, reviewer and note; or fulfilment and its date). Allowed while the actor may
    // still take the action on the deal, the promise still shows it (a review: made by the actor) and nobody changed
    // the promise since expectedVersion. Audited as "undo_review", "undo_waive" or "undo_fulfil".
    Result<Promise> revert(const User& actor, PromiseAction action, const Promise& before, int expectedVersion);

    // Every reason the actor may not take action on the promise now (role, the deal's state, the promise's own
    // state); empty: allowed. What the action is given (a status, a note, a date) is not judged here.
    QStringList refusals(const User& actor, qint64 promiseId, PromiseAction action) const;
    // The same for recording a new promise on a deal.
    QStringList refusalsToAdd(const User& actor, qint64 dealId) const;

    // Open promises of accepted deals whose due date is before today become broken; returns how many.
    Result<int> markBrokenPastDue(QDate today);
    // Recomputes the feasibility of every open promise of a live deal (e.g. daily); returns how many changed.
    Result<int> reevaluateOpen(QDate today);
    // The same for the open promises that name one capability, after the catalog changed it. Call inside the
    // transaction of that change.
    Result<int> reevaluateCapability(UnitOfWork& work, qint64 capabilityId, QDate today);

    Result<QList<Promise>> forDeal(qint64 dealId) const;
    Result<Promise> get(qint64 promiseId) const;

private:
    Result<Promise> save(const User& actor, Promise promise, bool creating);

    Database& m_db;
};

} // namespace handoff
