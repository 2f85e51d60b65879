#pragma once

#include "Result.h"
#include "io/DealImporter.h"

#include <QObject>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

class QThread;

namespace handoff {

struct ImportSession;

// Runs DealImporter in a worker thread on a connection of its own to the session's database file, so that the
// window stays alive without running the event loop inside the import's write transaction. The worker stops at a
// checkpoint about ten times a second (and once more before it commits) until the GUI has shown the progress: a
// Cancel clicked there is always seen, and makes the importer roll everything back.
class ImportRunner : public QObject {
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);
    // Cancels a run under way and waits for it to roll back.
    ~ImportRunner() override;

    bool isRunning() const { return m_thread != nullptr; }

    // What a run ended with, handed to the one who started it, in the GUI thread.
    using Done = std::function<void(const Result<ImportSummary>&)>;

    // Starts the session's file with its options, as a dry run or for real; done is called when it ends (not when
    // the runner is destroyed first). False (and nothing started) while a run is under way.
    bool start(const ImportSession& session, bool dryRun, Done done);

public slots:
    // Asks the run under way to stop; it rolls back and ends with Error::Code::Cancelled.
    void cancel();

signals:
    void runningChanged(bool running);
    // How far the run has read the file, 0 to 100.
    void progressed(int percent);

private:
    // In the worker: waits until the GUI has shown percent (or the run is cancelled); false to stop.
    bool checkpoint(int run, int percent);
    // In the GUI thread: shows a checkpoint's progress and lets the worker go on.
    void showCheckpoint(int run, int percent);
    void ended();

    QThread* m_thread = nullptr;
    int m_run = 0; // counts the runs, so that a checkpoint of an earlier run that arrives late is ignored
    Done m_done;
    std::optional<Result<ImportSummary>> m_workerResult; // written by the worker, read after it ends

    std::mutex m_mutex;
    std::condition_variable m_shown;
    bool m_waiting = false;   // the worker waits at a checkpoint
    bool m_cancelled = false; // guarded by m_mutex, like m_waiting
};

} // namespace handoff
