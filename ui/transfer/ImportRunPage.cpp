#include "transfer/ImportRunPage.h"

#include "transfer/ImportRunner.h"
#include "transfer/ImportSession.h"
#include "widgets/ProblemLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace handoff {

ImportRunPage::ImportRunPage(ImportSession& session, ImportRunner& runner, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_runner(runner)
{
    setTitle(tr("Import"));
    setSubTitle(tr("The deals are written in one step: until it completes, the database stays as it was."));
    // Once imported there is no going back to run it again.
    setCommitPage(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Importing"));
    connect(&m_runner, &ImportRunner::progressed, this, [this](int percent) {
        if (m_runner.isRunning() && isVisible()) {
            m_progress->setValue(percent);
        }
    });
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, &m_runner, &ImportRunner::cancel);
    connect(&m_runner, &ImportRunner::runningChanged, m_cancel, &QPushButton::setEnabled);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_message = makeProblemLabel(QStringLiteral("importMessage"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

void ImportRunPage::initializePage()
{
    reset();
    QTimer::singleShot(0, this, &ImportRunPage::start);
}

void ImportRunPage::cleanupPage()
{
    reset();
}

void ImportRunPage::reset()
{
    m_finished = false;
    m_session.result.reset();
    m_progress->setValue(0);
    m_status->setText(tr("Importing…"));
    m_message->hide();
    emit completeChanged();
}

void ImportRunPage::start()
{
    if (m_finished || m_runner.isRunning() || !wizard() || wizard()->currentPage() != this) {
        return;
    }
    m_runner.start(m_session, false, [this](const Result<ImportSummary>& result) { showResult(result); });
}

void ImportRunPage::showResult(const Result<ImportSummary>& result)
{
    m_finished = true;
    if (!result) {
        if (result.error().code == Error::Code::Cancelled) {
            m_status->setText(tr("Import cancelled; nothing was changed."));
        } else {
            m_status->setText(tr("The import failed; nothing was changed."));
            m_message->setText(result.error().fullText());
            m_message->show();
        }
        emit completeChanged();
        return;
    }
    if (result->rejected > 0) {
        // The file changed since the check.
        m_status->setText(tr("Nothing was imported: the file changed since it was checked and now has rejected "
                             "rows. Go Back to check it again."));
        emit completeChanged();
        return;
    }
    m_session.result = *result;
    m_status->setText(tr("Imported."));
    emit completeChanged();
    emit imported();
    wizard()->next();
}

bool ImportRunPage::isComplete() const
{
    return m_finished && m_session.result.has_value() && !m_runner.isRunning();
}

} // namespace handoff
