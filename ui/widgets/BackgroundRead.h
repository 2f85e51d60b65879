#pragma once

#include "Result.h"

#include <QObject>

#include <functional>

class QThread;

namespace handoff {

class Database;

// Runs read-only work on a database file in a worker thread, on a connection of its own to the same file, and then
// a continuation in this object's thread: the metrics and the status bar's counts read for longer than a frame at
// 100,000 deals. On an in-memory database (no second connection can see it) both run at once on the given
// connection. One piece of work at a time.
class BackgroundRead : public QObject {
    Q_OBJECT

public:
    // In the worker, with its connection or the reason it could not be opened; must not touch widgets.
    using Work = std::function<void(const Result<const Database*>& db)>;
    using Done = std::function<void()>; // in this object's thread, after the work

    explicit BackgroundRead(const Database& db, QObject* parent = nullptr);
    ~BackgroundRead() override;

    // Starts work; false (and nothing runs) while earlier work is still running.
    bool run(Work work, Done done);
    bool isRunning() const { return m_running; }

private:
    const Database& m_db;
    QThread* m_thread = nullptr;
    bool m_running = false;
};

} // namespace handoff
