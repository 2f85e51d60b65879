#pragma once

#include "Result.h"
#include "storage/ChangeFeed.h"

#include <QObject>
#include <QTimer>

namespace handoff {

class Database;

// A workstation's link to the team's server. It passes on what the others change (ChangeFeed), notices within about
// a second that the server can no longer be reached, and then connects again by itself: after 1 s, then after twice
// as long each time a try fails, at most 30 s apart. Once back, it listens again and says so, so that the window
// reads again what it shows. Nothing is queued meanwhile: a change made while the server is gone fails with a
// message that says so (PostgresStatement::connectionLost), and the server keeps nothing of it.
class ServerLink : public QObject {
    Q_OBJECT

public:
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kLongestRetryMs = 30000;

    explicit ServerLink(Database& db, QObject* parent = nullptr);

    // Starts listening and watching; the error says why live updates are off (the link still watches and retries).
    Result<void> start();
    bool isConnected() const { return m_connected; }
    // How often the connections are looked at (ms); every fifth look asks the server.
    void setCheckInterval(int ms) { m_check.setInterval(ms); }

signals:
    void changed(const handoff::Changes& changes);
    // The server cannot be reached; reason is what the connection said, for a tool tip.
    void lost(const QString& reason);
    // The next try to connect again is in this many seconds.
    void retrying(int seconds);
    // Connected again and listening: everything on screen may be out of date.
    void restored();

private:
    void check();
    void tryAgain();
    void scheduleRetry();

    Database& m_db;
    ChangeFeed m_feed;
    QTimer m_check;
    QTimer m_retry;
    int m_delayMs = kFirstRetryMs;
    int m_looks = 0;
    bool m_connected = true;
};

} // namespace handoff
