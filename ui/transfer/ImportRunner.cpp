#include "transfer/ImportRunner.h"

#include "transfer/ImportSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace handoff {

namespace {

// Often enough that the window repaints and the Cancel button answers, rarely enough to cost the import nothing.
constexpr qint64 kEventsEveryMs = 100;

} // namespace

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
{}

Result<ImportSummary> ImportRunner::run(const ImportSession& session, bool dryRun)
{
    if (m_running) {
        return makeError(Error::Code::Invalid, tr("An import is already running."));
    }
    QFile file(session.path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Code::NotFound,
            tr("Could not open '%1': %2.").arg(QDir::toNativeSeparators(session.path), file.errorString()));
    }
    ImportOptions options = session.options;
    options.dryRun = dryRun;
    m_running = true;
    m_cancelled = false;
    emit runningChanged(true);
    emit progressed(0);
    QCoreApplication::processEvents(); // show the page and its bar before the first rows are read

    QElapsedTimer sinceEvents;
    sinceEvents.start();
    const auto progress = [this, &sinceEvents](qint64 done, qint64 total) {
        emit progressed(total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0);
        if (sinceEvents.elapsed() >= kEventsEveryMs) {
            QCoreApplication::processEvents();
            sinceEvents.restart();
        }
        return !m_cancelled;
    };
    auto result = DealImporter(session.db).run(session.user, &file, options, progress);

    m_running = false;
    emit runningChanged(false);
    if (result) {
        emit progressed(100);
    }
    return result;
}

void ImportRunner::cancel()
{
    if (m_running) {
        m_cancelled = true;
    }
}

} // namespace handoff
