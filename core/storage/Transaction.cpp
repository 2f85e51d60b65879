#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace handoff {

namespace {

QString savepointName(int depth)
{
    return QStringLiteral("handoff_sp_%1").arg(depth);
}

} // namespace

Transaction::Transaction(Database* db, int depth)
    : m_db(db)
    , m_depth(depth)
    , m_open(true)
{}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    rollback();
}

Result<Transaction> Transaction::begin(Database& db)
{
    const int depth = db.transactionDepth() + 1;
    const QString sql =
        depth == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepointName(depth);
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        return db.errorFrom(query, Database::tr("start a change"));
    }
    db.transactionDepth() = depth;
    return Transaction(&db, depth);
}

Result<void> Transaction::commit()
{
    if (!m_open) {
        return makeError(Error::Code::Storage, Database::tr("The change was already finished."));
    }
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName(m_depth);
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql)) {
        Error error = m_db->errorFrom(query, Database::tr("save the change"));
        rollback();
        return error;
    }
    m_open = false;
    m_db->transactionDepth() = m_depth - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    QSqlQuery query(m_db->connection());
    if (m_depth == 1) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        const QString name = savepointName(m_depth);
        query.exec(QStringLiteral("ROLLBACK TO ") + name);
        query.exec(QStringLiteral("RELEASE ") + name);
    }
    m_db->transactionDepth() = m_depth - 1;
}

} // namespace handoff
