#pragma once

#include "Result.h"
#include "model/Deal.h"
#include "model/Promise.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace handoff {

class Database;

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
    // Support or a lead, on a submitted deal (a lead also on an accepted one); needs_clarification and cannot_fulfil
    // need a note.
    Result<Promise> review(const User& actor, qint64 promiseId, ReviewStatus status, const QString& note);
    // The sales rep of the deal or a lead answers support's question; the promise goes back to pending review.
    Result<Promise> answerClarification(const User& actor, qint64 promiseId, const QString& answer);
    // A lead releases the deal from a promise support cannot fulfil (or from any open promise of an accepted deal).
    Result<Promise> waive(const User& actor, qint64 promiseId, const QString& reason);
    // The support owner of the accepted deal or a lead; a broken promise kept late may still be marked fulfilled.
    Result<Promise> markFulfilled(const User& actor, qint64 promiseId, QDate on);

    // Open promises of accepted deals whose due date is before today become broken; returns how many.
    Result<int> markBrokenPastDue(QDate today);
    // Recomputes the feasibility of every open promise of a live deal (e.g. daily); returns how many changed.
    Result<int> reevaluateOpen(QDate today);
    // The same for the open promises that name one capability, after the catalog changed it. Call inside the
    // transaction of that change.
    Result<int> reevaluateCapability(qint64 capabilityId, QDate today);

    Result<QList<Promise>> forDeal(qint64 dealId) const;

private:
    Result<Promise> save(const User& actor, Promise promise, bool creating);

    Database& m_db;
};

} // namespace handoff
