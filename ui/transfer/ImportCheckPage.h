#pragma once

#include "Result.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace handoff {

struct ImportSummary;
class ImportRunner;
struct ImportSession;

// The third page of the import wizard: a dry run of the whole file that says what the import would do and lists
// every rejected row with its line and reason. Since an import is all or nothing, any rejection keeps the user here
// (to fix the file and go back).
class ImportCheckPage : public QWizardPage {
    Q_OBJECT

public:
    ImportCheckPage(ImportSession& session, ImportRunner& runner, QWidget* parent = nullptr);

    bool isFinished() const { return m_finished; }
    QTableWidget* rejections() const { return m_rejections; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void start();
    // Shows how the run this page started ended.
    void showResult(const Result<ImportSummary>& result);
    void reset();

    ImportSession& m_session;
    ImportRunner& m_runner;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QList<QLabel*> m_counts; // would import, update, leave, skip, reject
    QTableWidget* m_rejections = nullptr;
    QLabel* m_message = nullptr;
    bool m_finished = false;
    bool m_passed = false;
};

} // namespace handoff
