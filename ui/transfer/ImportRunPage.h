#pragma once

#include "Result.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace handoff {

struct ImportSummary;
class ImportRunner;
struct ImportSession;

// The fourth page of the import wizard: the import itself, with a bar and a Cancel button that rolls it back. On
// success the wizard moves on to the summary by itself.
class ImportRunPage : public QWizardPage {
    Q_OBJECT

public:
    ImportRunPage(ImportSession& session, ImportRunner& runner, QWidget* parent = nullptr);

    QPushButton* cancelButton() const { return m_cancel; }
    bool isFinished() const { return m_finished; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

signals:
    // The import was committed.
    void imported();

private:
    void start();
    // Shows how the run this page started ended.
    void showResult(const Result<ImportSummary>& result);
    void reset();

    ImportSession& m_session;
    ImportRunner& m_runner;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    bool m_finished = false;
};

} // namespace handoff
