#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <chrono>

namespace handoff::bench {

using LoadClock = std::chrono::steady_clock;

// What the load program's clients did, shared between their threads: every operation's time by kind, the writes the
// server acknowledged (to find lost updates in the final state), conflicts and the moment each write was acknowledged
// (to time the notification that announces it).
class LoadLedger {
public:
    void timed(const QString& operation, double ms);
    void conflict() { ++m_conflicts; }
    void failed(const QString& message);
    // A deal's amount was raised by one and the server acknowledged it.
    void raised(qint64 dealId);
    void commented(qint64 commentId);
    // A write by the session pid on dealId was acknowledged now.
    void acknowledged(qint64 pid, qint64 dealId, LoadClock::time_point at);

    QHash<QString, QList<double>> times() const;
    QHash<qint64, qint64> raises() const;
    QList<qint64> comments() const;
    QHash<QPair<qint64, qint64>, QList<LoadClock::time_point>> acknowledgements() const;
    int conflicts() const { return m_conflicts.loadRelaxed(); }
    QStringList failures() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QList<double>> m_times;
    QHash<qint64, qint64> m_raises;
    QList<qint64> m_comments;
    QHash<QPair<qint64, qint64>, QList<LoadClock::time_point>> m_acknowledged;
    QStringList m_failures;
    QAtomicInt m_conflicts;
};

} // namespace handoff::bench
