#include "storage/UnitOfWork.h"

#include "storage/Database.h"

namespace handoff {

UnitOfWork::UnitOfWork(Database& db, Transaction transaction, qint64 actorId, QDateTime now)
    : m_db(&db)
    , m_transaction(std::move(transaction))
    , m_actorId(actorId)
    , m_now(std::move(now))
{}

Result<UnitOfWork> UnitOfWork::begin(Database& db, qint64 actorId, const QDateTime& at)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    if (!db.workStarted().isValid()) {
        db.workStarted() = at.isValid() ? at : db.now();
    }
    return UnitOfWork(db, std::move(*transaction), actorId, db.workStarted());
}

} // namespace handoff
