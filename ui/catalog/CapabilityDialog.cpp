#include "catalog/CapabilityDialog.h"

#include "model/Labels.h"
#include "widgets/CountSuffix.h"
#include "widgets/ProblemLabel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace handoff {

namespace {

constexpr int kMaxLeadTimeDays = 3650;

} // namespace

CapabilityDialog::CapabilityDialog(const QString& title, const Capability& capability, Save save, QWidget* parent)
    : QDialog(parent)
    , m_original(capability)
    , m_save(std::move(save))
    , m_name(new QLineEdit(capability.name, this))
    , m_nameProblem(makeProblemLabel(QStringLiteral("nameProblem"), this))
    , m_status(new QComboBox(this))
    , m_leadTime(new QSpinBox(this))
    , m_description(new QPlainTextEdit(capability.description, this))
    , m_problem(makeProblemLabel(QStringLiteral("problem"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("capabilityDialog"));
    setWindowTitle(title);
    setAccessibleName(title);

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. SAML single sign-on"));

    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Planned and beta capabilities give promises a warning; unsupported ones block them."));
    for (const CapabilityStatus status : allValues<CapabilityStatus>()) {
        m_status->addItem(Labels::of(status), toKey(status));
    }
    m_status->setCurrentIndex(static_cast<int>(capability.status));

    m_leadTime->setObjectName(QStringLiteral("leadTimeSpin"));
    m_leadTime->setAccessibleName(tr("Standard lead time in days"));
    m_leadTime->setToolTip(tr("How long delivering it usually takes; promises due sooner get a warning."));
    m_leadTime->setRange(0, kMaxLeadTimeDays);
    setCountSuffix(m_leadTime, tr(" day"), tr(" days"));
    m_leadTime->setValue(capability.leadTimeDays);

    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Lead time:"), m_leadTime);
    form->addRow(tr("&Description:"), m_description);
    m_impact = new QLabel(this);
    m_impact->setObjectName(QStringLiteral("impactLabel"));
    m_impact->setWordWrap(true);
    m_impact->setTextFormat(Qt::PlainText);
    m_impact->hide();
    form->addRow(QString(), m_impact);

    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CapabilityDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CapabilityDialog::updateImpact);
    connect(m_leadTime, &QSpinBox::valueChanged, this, &CapabilityDialog::updateImpact);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_name->setFocus();
}

Capability CapabilityDialog::capability() const
{
    Capability result = m_original;
    result.name = m_name->text();
    result.status = static_cast<CapabilityStatus>(m_status->currentIndex());
    result.leadTimeDays = m_leadTime->value();
    result.description = m_description->toPlainText();
    return result;
}

void CapabilityDialog::setImpact(std::function<Result<FeasibilityImpact>(const Capability&)> impact)
{
    m_impactOf = std::move(impact);
    updateImpact();
}

void CapabilityDialog::updateImpact()
{
    // Said before saving: how many open promises name the capability, and which of them the change would move.
    if (!m_impactOf || m_original.id == 0) {
        m_impact->hide();
        return;
    }
    auto impact = m_impactOf(capability());
    if (!impact) {
        m_impact->setText(tr("Which promises this changes could not be read: %1").arg(impact.error().message));
        m_impact->show();
        return;
    }
    QString text = impact->promises == 1 ? tr("1 open promise names this capability.")
                                         : tr("%L1 open promises name this capability.").arg(impact->promises);
    if (impact->promises > 0) {
        QStringList moves;
        if (impact->toBlocked > 0) {
            moves << tr("%L1 become blocked").arg(impact->toBlocked);
        }
        if (impact->toWarning > 0) {
            moves << tr("%L1 get a warning").arg(impact->toWarning);
        }
        if (impact->toOk > 0) {
            moves << tr("%L1 become feasible").arg(impact->toOk);
        }
        text += QLatin1Char(' ') + (moves.isEmpty() ? tr("Saving leaves their feasibility as it is.")
                                                    : tr("Saving: %1.").arg(locale().createSeparatedList(moves)));
    }
    m_impact->setText(text);
    m_impact->show();
}

void CapabilityDialog::accept()
{
    auto saved = m_save(capability());
    if (saved) {
        QDialog::accept();
    } else if (saved.error().code == Error::Code::Cancelled) {
        reject();
    } else {
        showProblems(saved.error());
    }
}

void CapabilityDialog::showProblems(const Error& error)
{
    // The status is a list and the lead time cannot go below zero, so whatever core finds wrong in an entry
    // is about its name; anything else (the role, the file) goes under the form.
    const bool aboutName = error.code == Error::Code::Invalid && !error.details.isEmpty();
    m_nameProblem->setText(aboutName ? error.details.join(QLatin1Char('\n')) : QString());
    m_nameProblem->setVisible(aboutName);
    m_problem->setText(aboutName ? QString() : error.fullText());
    m_problem->setVisible(!aboutName);
    if (aboutName) {
        m_name->setFocus();
        m_name->selectAll();
    }
}

} // namespace handoff
