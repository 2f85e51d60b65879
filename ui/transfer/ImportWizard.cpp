#include "transfer/ImportWizard.h"

#include "transfer/ImportCheckPage.h"
#include "transfer/ImportColumnsPage.h"
#include "transfer/ImportFilePage.h"
#include "transfer/ImportRunPage.h"
#include "transfer/ImportRunner.h"
#include "transfer/ImportSession.h"
#include "transfer/ImportSummaryPage.h"

#include <QAbstractButton>

namespace handoff {

ImportWizard::ImportWizard(Database& db, const User& user, QWidget* parent)
    : QWizard(parent)
    , m_session(std::make_unique<ImportSession>(ImportSession{db, user, {}, {}, {}, {}, {}}))
    , m_runner(new ImportRunner(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import deals"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    m_filePage = new ImportFilePage(*m_session, this);
    m_columnsPage = new ImportColumnsPage(*m_session, this);
    m_checkPage = new ImportCheckPage(*m_session, *m_runner, this);
    m_runPage = new ImportRunPage(*m_session, *m_runner, this);
    m_summaryPage = new ImportSummaryPage(*m_session, this);
    setPage(FilePage, m_filePage);
    setPage(ColumnsPage, m_columnsPage);
    setPage(CheckPage, m_checkPage);
    setPage(RunPage, m_runPage);
    setPage(SummaryPage, m_summaryPage);
    setStartId(FilePage);

    connect(m_runPage, &ImportRunPage::imported, this, &ImportWizard::imported);
    connect(m_runner, &ImportRunner::runningChanged, this, &ImportWizard::setRunning);
    resize(1040, 760);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString& path)
{
    m_filePage->setPath(path);
}

void ImportWizard::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::setRunning(bool running)
{
    // The event loop runs during a check or an import: nothing but Cancel may start anything meanwhile. When the run
    // ends, the page's completeChanged lets QWizard set the buttons as the page allows.
    if (running) {
        for (const WizardButton which : {BackButton, NextButton, CommitButton, FinishButton}) {
            if (QAbstractButton* b = button(which)) {
                b->setEnabled(false);
            }
        }
    }
}

} // namespace handoff
