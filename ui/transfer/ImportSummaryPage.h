#pragma once

#include <QList>
#include <QWizardPage>

class QLabel;

namespace handoff {

struct ImportSession;

// The last page of the import wizard: what the import did, row by row kind, and what it created along the way.
class ImportSummaryPage : public QWizardPage {
    Q_OBJECT

public:
    ImportSummaryPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;

private:
    ImportSession& m_session;
    QList<QLabel*> m_values; // in the order the constructor adds them
    QLabel* m_next = nullptr;
};

} // namespace handoff
