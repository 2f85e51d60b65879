#include "LoadLedger.h"

#include <QMutexLocker>

namespace handoff::bench {

void LoadLedger::timed(const QString& operation, double ms)
{
    const QMutexLocker lock(&m_mutex);
    m_times[operation].append(ms);
}

void LoadLedger::failed(const QString& message)
{
    const QMutexLocker lock(&m_mutex);
    if (m_failures.size() < 20) {
        m_failures.append(message);
    }
}

void LoadLedger::raised(qint64 dealId)
{
    const QMutexLocker lock(&m_mutex);
    ++m_raises[dealId];
}

void LoadLedger::commented(qint64 commentId)
{
    const QMutexLocker lock(&m_mutex);
    m_comments.append(commentId);
}

void LoadLedger::acknowledged(qint64 pid, qint64 dealId, LoadClock::time_point at)
{
    const QMutexLocker lock(&m_mutex);
    m_acknowledged[{pid, dealId}].append(at);
}

QHash<QString, QList<double>> LoadLedger::times() const
{
    const QMutexLocker lock(&m_mutex);
    return m_times;
}

QHash<qint64, qint64> LoadLedger::raises() const
{
    const QMutexLocker lock(&m_mutex);
    return m_raises;
}

QList<qint64> LoadLedger::comments() const
{
    const QMutexLocker lock(&m_mutex);
    return m_comments;
}

QHash<QPair<qint64, qint64>, QList<LoadClock::time_point>> LoadLedger::acknowledgements() const
{
    const QMutexLocker lock(&m_mutex);
    return m_acknowledged;
}

QStringList LoadLedger::failures() const
{
    const QMutexLocker lock(&m_mutex);
    return m_failures;
}

} // namespace handoff::bench
