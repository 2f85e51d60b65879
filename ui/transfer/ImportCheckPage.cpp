#include "transfer/ImportCheckPage.h"

#include "transfer/ImportRunner.h"
#include "transfer/ImportSession.h"
#include "widgets/ProblemLabel.h"
#include "widgets/RecordTable.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace handoff {

ImportCheckPage::ImportCheckPage(ImportSession& session, ImportRunner& runner, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_runner(runner)
{
    setTitle(tr("Check the file"));
    setSubTitle(tr("Every row is read as the import would read it; nothing is changed yet."));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Checking"));
    connect(&m_runner, &ImportRunner::progressed, this, [this](int percent) {
        if (m_runner.isRunning() && isVisible()) {
            m_progress->setValue(percent);
        }
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    auto* counts = new QFormLayout;
    const auto addCount = [this, counts](const char* name, const QString& label) {
        auto* value = new QLabel(this);
        value->setObjectName(QLatin1StringView(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        counts->addRow(label, value);
        m_counts.append(value);
    };
    addCount("wouldImport", tr("Would import (new deals):"));
    addCount("wouldUpdate", tr("Would update:"));
    addCount("wouldLeave", tr("Already up to date:"));
    addCount("wouldSkip", tr("Skipped (not won):"));
    addCount("wouldReject", tr("Rejected:"));

    m_rejections = new QTableWidget(0, 2, this);
    m_rejections->setObjectName(QStringLiteral("rejectionsTable"));
    m_rejections->setAccessibleName(tr("Rejected rows"));
    m_rejections->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    RecordTable::setUp(m_rejections);
    m_rejections->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejections->horizontalHeader()->setStretchLastSection(true);

    m_message = makeProblemLabel(QStringLiteral("checkMessage"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(counts);
    layout->addWidget(m_rejections, 1);
    layout->addWidget(m_message);
    layout->addStretch(); // takes the room while there is no table of rejections
}

void ImportCheckPage::initializePage()
{
    reset();
    // After the page is shown, so that its bar is seen moving.
    QTimer::singleShot(0, this, &ImportCheckPage::start);
}

void ImportCheckPage::cleanupPage()
{
    m_runner.cancel();
    reset();
}

void ImportCheckPage::reset()
{
    m_finished = false;
    m_passed = false;
    m_session.check.reset();
    m_progress->setValue(0);
    m_status->setText(tr("Checking…"));
    for (QLabel* count : std::as_const(m_counts)) {
        count->clear();
    }
    m_rejections->setRowCount(0);
    m_rejections->hide();
    m_message->hide();
    emit completeChanged();
}

void ImportCheckPage::start()
{
    if (m_finished || m_runner.isRunning() || !wizard() || wizard()->currentPage() != this) {
        return;
    }
    m_runner.start(m_session, true, [this](const Result<ImportSummary>& result) { showResult(result); });
}

void ImportCheckPage::showResult(const Result<ImportSummary>& result)
{
    m_finished = true;
    if (!result) {
        m_status->setText(result.error().code == Error::Code::Cancelled ? tr("The check was cancelled.")
                                                                        : tr("The file could not be checked."));
        m_message->setText(result.error().code == Error::Code::Cancelled ? tr("Go back and forth to check again.")
                                                                         : result.error().fullText());
        m_message->show();
        emit completeChanged();
        return;
    }
    const ImportSummary& summary = *result;
    m_session.check = summary;
    const QLocale locale;
    m_status->setText(tr("The whole file was checked."));
    const QList<qint64> values{summary.imported, summary.updated, summary.unchanged, summary.skipped, summary.rejected};
    for (int i = 0; i < values.size() && i < m_counts.size(); ++i) {
        m_counts.at(i)->setText(locale.toString(values.at(i)));
    }
    for (const RejectedRow& row : summary.rejections) {
        const int at = m_rejections->rowCount();
        m_rejections->insertRow(at);
        auto* line = new QTableWidgetItem(row.line > 0 ? locale.toString(row.line) : tr("end"));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejections->setItem(at, 0, line);
        auto* reason = new QTableWidgetItem(row.reason);
        reason->setToolTip(row.reason);
        m_rejections->setItem(at, 1, reason);
    }
    m_rejections->setVisible(!summary.rejections.isEmpty());
    if (summary.rejected > 0) {
        m_message->setText(tr("Nothing can be imported while any row is rejected: an import is all or nothing. Fix "
                              "these rows in the file (or the mapping), save it and go Back to check again."));
        m_message->show();
    } else if (summary.imported + summary.updated == 0) {
        m_message->setText(summary.unchanged > 0
                               ? tr("Every won deal in the file is already in Handoff as the file has it: there is "
                                    "nothing to import.")
                               : tr("The file holds no won deal to import: check the won stages on the previous "
                                    "page."));
        m_message->show();
    } else {
        m_passed = true;
        if (!summary.notes.isEmpty()) {
            m_message->setText(summary.notes.join(QLatin1Char('\n')));
            m_message->show();
        }
    }
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_finished && m_passed && !m_runner.isRunning();
}

bool ImportCheckPage::validatePage()
{
    return isComplete();
}

} // namespace handoff
