#include "transfer/ImportRunner.h"

#include "storage/Database.h"
#include "transfer/ImportSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <utility>

namespace handoff {

namespace {

// Often enough that the bar moves smoothly and Cancel answers at once, rarely enough to cost the import nothing.
constexpr qint64 kCheckpointEveryMs = 100;

} // namespace

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
{}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportRunner::start(const ImportSession& session, bool dryRun, Done done)
{
    if (m_thread) {
        return false;
    }
    ImportOptions options = session.options;
    options.dryRun = dryRun;
    const QString dbPath = session.db.path();
    const QString csvPath = session.path;
    const User user = session.user;
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = false;
        m_waiting = false;
    }
    m_done = std::move(done);
    m_workerResult.reset();
    const int run = ++m_run;
    m_thread = QThread::create([this, run, dbPath, csvPath, user, options] {
        if (dbPath.isEmpty() || dbPath == QLatin1String(":memory:")) { // a second connection would see another
            m_workerResult = makeError(Error::Code::Invalid,
                                       tr("Deals can be imported only into a database file, not into one held in "
                                          "memory."));
            return;
        }
        QFile file(csvPath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_workerResult =
                makeError(Error::Code::NotFound,
                          tr("Could not open '%1': %2.").arg(QDir::toNativeSeparators(csvPath), file.errorString()));
            return;
        }
        // One connection per thread: this Database lives and dies in the worker. The GUI's connection keeps reading
        // what was committed before; it sees the import once the worker commits.
        Database db;
        Database::Options dbOptions;
        dbOptions.create = false;
        if (auto opened = db.open(dbPath, dbOptions); !opened) {
            m_workerResult = opened.error();
            return;
        }
        QElapsedTimer sinceCheckpoint;
        sinceCheckpoint.start();
        const auto progress = [this, run, &sinceCheckpoint](qint64 read, qint64 total) {
            // The importer reports the end of the file once more before it commits: always a checkpoint.
            const bool last = total > 0 && read >= total;
            if (!last && sinceCheckpoint.elapsed() < kCheckpointEveryMs) {
                const std::lock_guard lock(m_mutex);
                return !m_cancelled;
            }
            sinceCheckpoint.restart();
            return checkpoint(run, total > 0 ? int(std::clamp<qint64>(read * 100 / total, 0, 100)) : 0);
        };
        m_workerResult = DealImporter(db).run(user, &file, options, progress);
    });
    connect(m_thread, &QThread::finished, this, &ImportRunner::ended);
    emit runningChanged(true);
    emit progressed(0);
    m_thread->start();
    return true;
}

bool ImportRunner::checkpoint(int run, int percent)
{
    std::unique_lock lock(m_mutex);
    if (m_cancelled) {
        return false;
    }
    m_waiting = true;
    QMetaObject::invokeMethod(
        this, [this, run, percent] { showCheckpoint(run, percent); }, Qt::QueuedConnection);
    m_shown.wait(lock, [this] { return !m_waiting || m_cancelled; });
    m_waiting = false;
    return !m_cancelled;
}

void ImportRunner::showCheckpoint(int run, int percent)
{
    if (run != m_run || !m_thread) {
        return;
    }
    emit progressed(percent); // a Cancel clicked here is seen by the worker when it goes on
    {
        const std::lock_guard lock(m_mutex);
        m_waiting = false;
    }
    m_shown.notify_all();
}

void ImportRunner::cancel()
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_thread) {
            return;
        }
        m_cancelled = true;
    }
    m_shown.notify_all();
}

void ImportRunner::ended()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const Result<ImportSummary> result = std::move(m_workerResult).value();
    m_workerResult.reset();
    const Done done = std::exchange(m_done, nullptr);
    if (result) {
        emit progressed(100);
    }
    emit runningChanged(false);
    if (done) {
        done(result);
    }
}

} // namespace handoff
