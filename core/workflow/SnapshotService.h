#pragma once

#include "Result.h"
#include "model/HandoffSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace handoff {

class Database;
class UnitOfWork;

// One difference between two snapshots of a handoff, in words support reads on a resubmission.
struct SnapshotChange {
    QString area; // "deal" | "checklist" | "promise added" | "promise removed" | "promise changed" | "contact added" |
                  // "contact removed" | "channel added" | "channel removed" | "channel changed"
    QString item; // what changed: a field, a checklist item's label, a promise ("description: field"), a contact
    QString before;
    QString after;
};

// The handoff as sales submitted it, kept per submission, and what changed between two submissions.
class SnapshotService {
    Q_DECLARE_TR_FUNCTIONS(SnapshotService)

public:
    explicit SnapshotService(Database& db);

    // JSON of the deal as it is now: its fields, checklist answers by item key, contacts, promises and channels.
    Result<QByteArray> capture(qint64 dealId) const;
    Result<QList<SnapshotChange>> diff(const QByteArray& before, const QByteArray& after) const;
    // Between the two newest snapshots of the deal; empty when it was submitted fewer than two times.
    Result<QList<SnapshotChange>> changesSinceLastSubmission(qint64 dealId) const;

    // Captures the deal and stores it as its next submission, with no audit row of its own: it is part of the submit
    // transition, whose single audit row records it. Call inside that transaction.
    Result<HandoffSnapshot> record(UnitOfWork& work, qint64 dealId);

private:
    Database& m_db;
};

} // namespace handoff
