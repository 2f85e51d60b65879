#include "mainwindow/BackgroundFileCheck.h"

#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/IntegrityCheck.h"

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
    const auto report = [this](const QString& message) {
        QMetaObject::invokeMethod(this, "damaged", Qt::QueuedConnection, Q_ARG(QString, message));
    };
    m_thread = QThread::create([path, report] {
        // One connection per thread: this Database lives and dies in the worker.
        Database db;
        Database::Options options;
        options.create = false;
        const auto opened = db.open(path, options);
        if (!opened) {
            report(opened.error().fullText());
            return;
        }
        const auto problems = IntegrityCheck::checkPages(db);
        if (!problems) {
            report(problems.error().fullText());
            return;
        }
        if (!problems->isEmpty()) {
            report(DatabaseFile::damaged(path, *problems).fullText());
        }
    });
    connect(m_thread, &QThread::finished, this, &BackgroundFileCheck::finished);
    m_thread->start(QThread::LowPriority);
}

} // namespace handoff
