#include "mainwindow/BackgroundFileCheck.h"

#include "storage/Database.h"

#include <QThread>

namespace handoff {

BackgroundFileCheck::BackgroundFileCheck(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{}

BackgroundFileCheck::~BackgroundFileCheck()
{
    if (m_thread) {
        m_thread->wait(); // the check only reads; waiting is safe and keeps its connection from outliving us
    }
}

bool BackgroundFileCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundFileCheck::start()
{
    if (isRunning()) {
        return;
    }
    delete m_thread;
    const QString path = m_path;
    m_thread = QThread::create([this, path] {
        // One connection per thread: this Database lives and dies in the worker.
        Database db;
        Database::Options options;
        options.create = false;
        options.quickCheck = true;
        const auto opened = db.open(path, options);
        if (!opened) {
            QMetaObject::invokeMethod(this, "damaged", Qt::QueuedConnection, Q_ARG(QString, opened.error().fullText()));
        }
    });
    connect(m_thread, &QThread::finished, this, &BackgroundFileCheck::finished);
    m_thread->start(QThread::LowPriority);
}

} // namespace handoff
