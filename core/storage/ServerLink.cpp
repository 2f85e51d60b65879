#include "storage/ServerLink.h"

#include "storage/Database.h"

#include <algorithm>

namespace handoff {

namespace {

constexpr int kAskEvery = 5; // looks: one round trip to the server every five seconds
constexpr int kCheckMs = 1000;

} // namespace

ServerLink::ServerLink(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    m_check.setInterval(kCheckMs);
    m_retry.setSingleShot(true);
    connect(&m_check, &QTimer::timeout, this, &ServerLink::check);
    connect(&m_retry, &QTimer::timeout, this, &ServerLink::tryAgain);
    connect(&m_feed, &ChangeFeed::changed, this, &ServerLink::changed);
}

Result<void> ServerLink::start()
{
    if (!m_db.isServer()) {
        return {};
    }
    m_check.start();
    return m_feed.start(m_db);
}

void ServerLink::check()
{
    if (!m_connected) {
        return;
    }
    const bool ask = ++m_looks % kAskEvery == 0;
    // Without a listening connection (live updates were refused at the start) only the program's own connection
    // tells; it is looked at either way, since a statement of the program's may have found the server gone first.
    const bool listening = m_feed.isListening();
    if ((listening && !m_feed.isAlive(ask)) || m_db.connectionLost()) {
        m_connected = false;
        m_feed.stop();
        m_delayMs = kFirstRetryMs;
        emit lost(tr("The connection to the team's server '%1' is lost.").arg(m_db.path()));
        scheduleRetry();
    }
}

void ServerLink::scheduleRetry()
{
    m_retry.start(m_delayMs);
    emit retrying((m_delayMs + 999) / 1000);
    m_delayMs = std::min(m_delayMs * 2, kLongestRetryMs);
}

void ServerLink::tryAgain()
{
    if (auto reconnected = m_db.reconnect(); !reconnected) {
        scheduleRetry();
        return;
    }
    if (auto listening = m_feed.start(m_db); !listening) {
        // The program's connection is back but the listener is not: the next look finds out whether the server went
        // away again; until then the others' changes show on View ▸ Refresh.
        m_feed.stop();
    }
    m_connected = true;
    m_looks = 0;
    emit restored();
}

} // namespace handoff
