#include "transfer/ImportSummaryPage.h"

#include "transfer/ImportSession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace handoff {

ImportSummaryPage::ImportSummaryPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Imported"));
    setSubTitle(tr("What the import did."));

    auto* form = new QFormLayout;
    const auto add = [this, form](const char* name, const QString& label) {
        auto* value = new QLabel(this);
        value->setObjectName(QLatin1StringView(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        m_values.append(value);
    };
    add("importedCount", tr("New deals:"));
    add("updatedCount", tr("Updated deals:"));
    add("unchangedCount", tr("Already up to date:"));
    add("skippedCount", tr("Skipped (not won):"));
    add("rejectedCount", tr("Rejected:"));
    add("accountsCount", tr("Accounts created:"));
    add("usersCount", tr("Sales reps created:"));
    add("contactsCount", tr("Contacts created:"));
    add("durationLabel", tr("Time:"));

    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("summaryNext"));
    m_next->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_next);
    layout->addStretch(1);
}

void ImportSummaryPage::initializePage()
{
    if (!m_session.result) {
        return;
    }
    const ImportSummary& summary = *m_session.result;
    const QLocale locale;
    const QList<qint64> counts{summary.imported,     summary.updated,        summary.unchanged,
                               summary.skipped,      summary.rejected,       summary.accountsCreated,
                               summary.usersCreated, summary.contactsCreated};
    for (int i = 0; i < counts.size(); ++i) {
        m_values.at(i)->setText(locale.toString(counts.at(i)));
    }
    m_values.last()->setText(summary.milliseconds < 1000
                                 ? tr("%1 ms").arg(locale.toString(summary.milliseconds))
                                 : tr("%1 s").arg(locale.toString(double(summary.milliseconds) / 1000.0, 'f', 1)));
    QString next = tr("New deals are drafts, ready for their handoff: All deals lists them, and each sales rep finds "
                      "their own under My handoffs.");
    if (summary.usersCreated > 0) {
        next += QLatin1Char(' ') + tr("Sales reps the file named but Handoff did not know yet were added as users.");
    }
    for (const QString& note : summary.notes) {
        next += QLatin1Char(' ') + note;
    }
    m_next->setText(next);
}

} // namespace handoff
