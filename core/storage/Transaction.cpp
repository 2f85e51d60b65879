#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/KeptFigures.h"
#include "storage/WaitNotice.h"

#include <QSqlQuery>

namespace handoff {

namespace {

QString savepointName(int depth)
{
    return QStringLiteral("handoff_sp_%1").arg(depth);
}

// On a server, writers take turns as on a file: the outermost transaction first takes a transaction-level advisory
// lock (held until COMMIT or ROLLBACK), so what it reads before it writes cannot change under it, and a second writer
// waits for it (up to lock_timeout) instead of failing half-way. Readers never wait. Number: the application id. The
// lock is first only tried, so that a wait can be announced (WaitNotice) before it begins.
constexpr auto kServerTryLock = "SELECT pg_try_advisory_xact_lock(1212239428)";
constexpr auto kServerLock = "SELECT pg_advisory_xact_lock(1212239428)";

// BEGIN and the writers' lock on a server.
Result<void> beginOnServer(Database& db, const QString& doing)
{
    if (auto begun = db.run(QStringLiteral("BEGIN"), doing); !begun) {
        return begun;
    }
    auto locked = db.scalar(QLatin1String(kServerTryLock));
    if (!locked) {
        return locked.error();
    }
    if (locked->toBool()) {
        return {};
    }
    WaitNotice::waiting();
    return db.run(QLatin1String(kServerLock), doing);
}

Result<void> send(Database& db, const QString& sql, const QString& doing)
{
    if (db.isServer()) {
        return db.run(sql, doing);
    }
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        return db.errorFrom(query, doing);
    }
    return {};
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
    const QString doing = Database::tr("start a change");
    const QString sql =
        depth == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepointName(depth);
    if (auto started = db.isServer() && depth == 1 ? beginOnServer(db, doing) : send(db, sql, doing); !started) {
        if (db.isServer() && depth == 1) {
            (void)db.run(QStringLiteral("ROLLBACK"), {});
        }
        return started.error();
    }
    db.transactionDepth() = depth;
    return Transaction(&db, depth);
}

Result<void> Transaction::commit()
{
    if (!m_open) {
        return makeError(Error::Code::Storage, Database::tr("The change was already finished."));
    }
    if (m_db->transactionFailed()) {
        // A server answers COMMIT of a failed transaction by rolling it back without an error: say it here.
        rollback();
        return makeError(Error::Code::Storage, Database::tr("The change was not saved: one of its steps failed on "
                                                            "the server, so all of it was taken back."));
    }
    if (m_depth == 1 && !m_db->touchedDeals().empty()) {
        // Part of the change: the kept figures move with it, or nothing is saved.
        if (auto kept = KeptFigures::refreshTouched(*m_db); !kept) {
            rollback();
            return kept.error();
        }
    }
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName(m_depth);
    if (auto saved = send(*m_db, sql, Database::tr("save the change")); !saved) {
        rollback();
        return saved.error();
    }
    m_open = false;
    finished();
    return {};
}

void Transaction::rollback()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    if (m_depth == 1) {
        (void)send(*m_db, QStringLiteral("ROLLBACK"), {});
    } else {
        const QString name = savepointName(m_depth);
        (void)send(*m_db, QStringLiteral("ROLLBACK TO ") + name, {});
        (void)send(*m_db, QStringLiteral("RELEASE ") + name, {});
    }
    finished();
}

void Transaction::finished()
{
    m_db->transactionDepth() = m_depth - 1;
    if (m_depth == 1) {
        m_db->workStarted() = {};
        m_db->touchedDeals().clear();
    }
}

} // namespace handoff
