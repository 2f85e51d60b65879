#include "promises/PromiseActionPanel.h"

#include "promises/StatusIcons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace handoff {

PromiseActionPanel::PromiseActionPanel(const QList<std::pair<QAction*, QString>>& actions, QWidget* parent)
    : QWidget(parent)
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("promiseActionPanel"));
    setAccessibleName(tr("Review and follow-up"));
    m_note->setObjectName(QStringLiteral("promiseNoteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Your question, why it cannot be fulfilled, your answer, or why it is waived"));
    m_note->setClearButtonEnabled(true);
    m_problem->setObjectName(QStringLiteral("promiseNoteError"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, StatusIcons::alarmText(palette));
    m_problem->setPalette(palette);
    m_problem->hide();
    connect(m_note, &QLineEdit::textEdited, m_problem, &QLabel::hide);
    auto* label = new QLabel(tr("N&ote:"), this);
    label->setBuddy(m_note);

    auto* note = new QHBoxLayout;
    note->setContentsMargins(0, 0, 0, 0);
    note->addWidget(label);
    note->addWidget(m_note, 1);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (const auto& [action, name] : actions) {
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(note);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
}

QString PromiseActionPanel::note(bool required, const QString& problem)
{
    const QString text = m_note->text().trimmed();
    if (required && text.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        m_note->setFocus();
    }
    return text;
}

void PromiseActionPanel::clear()
{
    m_note->clear();
    m_problem->hide();
}

void PromiseActionPanel::hideProblem()
{
    m_problem->hide();
}

} // namespace handoff
