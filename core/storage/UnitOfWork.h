#pragma once

#include "Result.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace handoff {

class Database;

// One change to the database: its write transaction, the user who makes it and the time it happens. Every audited
// write takes a unit of work, so its audit rows name the unit's actor (never one left behind on the connection) and
// all rows of one change carry the same time. Rolls back unless committed; a unit begun inside another is part of it
// (a savepoint) and shares its time.
class UnitOfWork {
public:
    // The actor of changes that no person makes: migrations, housekeeping, the demo's setup.
    static constexpr qint64 System = 0;

    // at: the time of the change when it is already known (a unit inside another keeps the outer one's); otherwise
    // the database's clock is read.
    static Result<UnitOfWork> begin(Database& db, qint64 actorId, const QDateTime& at = {});

    UnitOfWork(UnitOfWork&& other) noexcept = default;
    UnitOfWork& operator=(UnitOfWork&&) = delete;

    Database& database() const { return *m_db; }
    qint64 actorId() const { return m_actorId; }
    // The database clock's time when the outermost unit began.
    QDateTime now() const { return m_now; }
    // The local day of now().
    QDate today() const { return m_now.toLocalTime().date(); }

    Result<void> commit() { return m_transaction.commit(); }
    void rollback() { m_transaction.rollback(); }

private:
    UnitOfWork(Database& db, Transaction transaction, qint64 actorId, QDateTime now);

    Database* m_db;
    Transaction m_transaction;
    qint64 m_actorId;
    QDateTime m_now;
};

} // namespace handoff
