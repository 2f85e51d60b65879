#pragma once

#include "Result.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace handoff {

class Database;

// What other people changed on a team's server: the deals they touched, and the kinds of other rows (users,
// capabilities, checklist items ...) their changes wrote. everything is set when a change was too large to list (an
// import).
struct Changes {
    QList<qint64> deals;
    QStringList kinds;
    bool everything = false;
};

// Hears every change committed on a server database by another session (schema 10 announces each on the channel
// handoff_changes) and passes them on, gathered over a moment so that a burst of commits arrives as one. It listens on
// a connection of its own, which the event loop of the thread it lives in serves; changes made on the database it
// was started for (the program's own) are left out, since the program already shows them. A file has no other
// sessions to hear: start() does nothing there.
class ChangeFeed : public QObject {
    Q_OBJECT

public:
    explicit ChangeFeed(QObject* parent = nullptr);
    ~ChangeFeed() override;

    // Starts listening for the changes of others on db's server. Listening needs a second connection; when it cannot
    // be made the error says why and the program goes on without live updates.
    Result<void> start(const Database& db);
    bool isListening() const;
    // Whether the listening connection still reaches the server; with ask, it asks the server (one round trip),
    // which also finds a connection that the network dropped without a word.
    bool isAlive(bool ask) const;
    // Closes the listening connection (start() opens a new one).
    void stop();
    // How long changes are gathered before they are passed on.
    void setDelay(int ms) { m_gather.setInterval(ms); }

signals:
    void changed(const handoff::Changes& changes);

private:
    void heard(const QString& name, const QVariant& payload);
    void passOn();

    QString m_connectionName;
    qint64 m_ownPid = 0;
    QSet<qint64> m_deals;
    QSet<QString> m_kinds;
    bool m_everything = false;
    QTimer m_gather;
};

} // namespace handoff
