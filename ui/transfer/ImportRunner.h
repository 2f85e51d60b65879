#pragma once

#include "Result.h"
#include "io/DealImporter.h"

#include <QObject>

namespace handoff {

struct ImportSession;

// Runs DealImporter on the GUI thread's database and keeps the window alive meanwhile: the progress callback lets
// the event loop run now and then, and a cancel request makes the importer roll everything back.
class ImportRunner : public QObject {
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);

    bool isRunning() const { return m_running; }

    // The session's file with its options, as a dry run or for real. Refused while a run is under way: the event
    // loop runs during one, so a second click could otherwise start another inside it.
    Result<ImportSummary> run(const ImportSession& session, bool dryRun);

public slots:
    // Asks the run under way to stop; it rolls back and returns Error::Code::Cancelled.
    void cancel();

signals:
    void runningChanged(bool running);
    // How far the run has read the file, 0 to 100.
    void progressed(int percent);

private:
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace handoff
