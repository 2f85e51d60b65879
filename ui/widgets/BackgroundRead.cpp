#include "widgets/BackgroundRead.h"

#include "storage/Database.h"

#include <QThread>

namespace handoff {

BackgroundRead::BackgroundRead(const Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

BackgroundRead::~BackgroundRead()
{
    if (m_thread) {
        m_thread->wait(); // the work only reads; its connection must not outlive us
    }
}

bool BackgroundRead::run(Work work, Done done)
{
    if (m_running) {
        return false;
    }
    const QString path = m_db.path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        work(Result<const Database*>(&m_db));
        done();
        return true;
    }
    if (m_thread) {
        m_thread->wait(); // it has delivered; only its last instructions may still run
        delete m_thread;
    }
    m_running = true;
    m_thread = QThread::create([this, path, work = std::move(work), done = std::move(done)] {
        {
            // One connection per thread: this Database lives and dies in the worker.
            Database db;
            Database::Options options;
            options.create = false;
            const auto opened = db.open(path, options);
            work(opened ? Result<const Database*>(&db) : Result<const Database*>(opened.error()));
        }
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                m_running = false;
                done();
            },
            Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
    return true;
}

} // namespace handoff
