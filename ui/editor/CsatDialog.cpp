#include "editor/CsatDialog.h"

#include "deals/DealSession.h"
#include "metrics/CsatService.h"
#include "model/UserText.h"
#include "storage/Database.h"
#include "widgets/DateFields.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace handoff {

CsatDialog::CsatDialog(DealSession& session, const QString& dealTitle, QDate closedOn,
                       const std::optional<CsatScore>& current, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_score(new QSpinBox(this))
    , m_meaning(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("csatDialog"));
    setWindowTitle(tr("Customer satisfaction with “%1”").arg(UserText::shown(dealTitle)));

    // 0 stands for "not chosen yet": the user picks a score on purpose, and nothing outside 1 to 5 can be typed.
    m_score->setObjectName(QStringLiteral("csatScore"));
    m_score->setAccessibleName(tr("Score from 1 to 5"));
    m_score->setRange(0, CsatService::kMaxScore);
    m_score->setSpecialValueText(tr("Choose 1 to 5"));
    m_score->setValue(current ? current->score : 0);
    m_meaning->setObjectName(QStringLiteral("csatMeaning"));
    auto* scoreRow = new QWidget(this);
    auto* scoreLayout = new QHBoxLayout(scoreRow);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->addWidget(m_score);
    scoreLayout->addWidget(m_meaning, 1);

    const QDate today = session.db().today();
    m_date->setObjectName(QStringLiteral("csatDate"));
    m_date->setAccessibleName(tr("Day the customer gave the score"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateFields::displayFormat());
    m_date->setMaximumDate(today);
    if (closedOn.isValid() && closedOn <= today) {
        m_date->setMinimumDate(closedOn);
    }
    m_date->setDate(current ? current->ratedOn : today);
    m_note->setObjectName(QStringLiteral("csatNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What the customer said, how the score was asked for…"));
    m_note->setPlainText(current ? current->note : QString());

    auto* form = new QFormLayout;
    form->addRow(tr("&Score:"), scoreRow);
    form->addRow(tr("&Given on:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    auto* hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("csatHint"));
    hint->setWordWrap(true);
    hint->setText(current ? tr("This replaces the score of %1 given on %2; the deal's history keeps it.")
                                .arg(current->score)
                                .arg(current->ratedOn.toString(Qt::ISODate))
                          : tr("1 is very dissatisfied, 5 very satisfied. The score counts for the deal's sales rep "
                               "and support owner on the dashboard."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record score"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CsatDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_score, &QSpinBox::valueChanged, this, &CsatDialog::updateOk);
    updateOk();
    m_score->setFocus();
    resize(460, sizeHint().height());
}

QString CsatDialog::meaning(int score)
{
    switch (score) {
    case 1:
        return tr("Very dissatisfied");
    case 2:
        return tr("Dissatisfied");
    case 3:
        return tr("Neither satisfied nor dissatisfied");
    case 4:
        return tr("Satisfied");
    case 5:
        return tr("Very satisfied");
    default:
        return QString();
    }
}

void CsatDialog::updateOk()
{
    const int score = m_score->value();
    m_meaning->setText(meaning(score));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(score >= CsatService::kMinScore && score <= CsatService::kMaxScore);
}

void CsatDialog::accept()
{
    const int score = m_score->value();
    const QDate on = m_date->date();
    const QString note = m_note->toPlainText().trimmed();
    // Not undoable: every score recorded stays in the deal's history, and a later one replaces it.
    const bool recorded = m_session.run(this, tr("The score was not recorded"), [&]() -> Result<void> {
        auto saved = CsatService(m_session.db()).record(m_session.actor(), m_session.dealId(), score, on, note);
        return saved ? Result<void>() : Result<void>(saved.error());
    });
    if (recorded) {
        QDialog::accept();
    }
}

} // namespace handoff
