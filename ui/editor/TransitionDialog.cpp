#include "editor/TransitionDialog.h"

#include "model/Labels.h"
#include "model/UserText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace handoff {

TransitionDialog::TransitionDialog(Kind kind, const QString& dealTitle, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_text(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("transitionDialog"));
    auto* form = new QFormLayout;
    m_text->setObjectName(QStringLiteral("transitionText"));
    m_text->setTabChangesFocus(true);
    m_hint->setWordWrap(true);
    switch (kind) {
    case Kind::Return:
        setWindowTitle(tr("Return “%1” to sales").arg(UserText::shown(dealTitle)));
        m_choice = new QComboBox(this);
        for (ReturnReason reason : allValues<ReturnReason>()) {
            m_choice->addItem(Labels::of(reason), int(reason));
        }
        form->addRow(tr("&Reason:"), m_choice);
        form->addRow(tr("&Note for the sales rep:"), m_text);
        m_hint->setText(tr("Say what sales must fix; the note is required."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Return handoff"));
        break;
    case Kind::Cancel:
        setWindowTitle(tr("Cancel the handoff of “%1”").arg(UserText::shown(dealTitle)));
        form->addRow(tr("&Why is it cancelled?"), m_text);
        m_hint->setText(tr("Cancelling ends the handoff for good; the reason is required and kept in the history."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel &handoff"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep it"));
        break;
    case Kind::Override:
        setWindowTitle(tr("Override the rules for “%1”").arg(UserText::shown(dealTitle)));
        m_choice = new QComboBox(this);
        form->addRow(tr("&Action:"), m_choice);
        form->addRow(tr("&Reason for the override:"), m_text);
        m_hint->setText(tr("The action is done although its checks fail. The reason is required and recorded with "
                           "your name."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Override"));
        break;
    }
    if (m_choice) {
        m_choice->setObjectName(QStringLiteral("transitionChoice"));
    }
    m_text->setAccessibleName(tr("Reason"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TransitionDialog::updateOk);
    updateOk();
    m_text->setFocus();
    resize(460, sizeHint().height());
}

void TransitionDialog::setOverridableActions(const QList<HandoffAction>& actions)
{
    if (!m_choice) {
        return;
    }
    m_choice->clear();
    for (HandoffAction action : actions) {
        m_choice->addItem(actionName(action), int(action));
    }
    updateOk();
}

QString TransitionDialog::actionName(HandoffAction action)
{
    switch (action) {
    case HandoffAction::Submit:
        return tr("Submit");
    case HandoffAction::Return:
        return tr("Return");
    case HandoffAction::Accept:
        return tr("Accept");
    case HandoffAction::Cancel:
        return tr("Cancel handoff");
    case HandoffAction::MarkFulfilled:
        return tr("Mark fulfilled");
    }
    return {};
}

ReturnReason TransitionDialog::returnReason() const
{
    return m_choice ? static_cast<ReturnReason>(m_choice->currentData().toInt()) : ReturnReason::Other;
}

HandoffAction TransitionDialog::overrideAction() const
{
    return m_choice ? static_cast<HandoffAction>(m_choice->currentData().toInt()) : HandoffAction::Submit;
}

QString TransitionDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void TransitionDialog::updateOk()
{
    const bool choiceOk = m_kind != Kind::Override || (m_choice && m_choice->count() > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(choiceOk && !text().isEmpty());
}

} // namespace handoff
