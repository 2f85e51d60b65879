#include "tasks/TaskEditorDialog.h"

#include "model/Labels.h"
#include "promises/StatusIcons.h"
#include "widgets/FieldWidth.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace handoff {

TaskEditorDialog::TaskEditorDialog(const FulfilmentTask& task, const QList<User>& assignees,
                                   const QList<Promise>& promises, QWidget* parent)
    : QDialog(parent)
    , m_base(task)
    , m_title(new QLineEdit(this))
    , m_titleError(new QLabel(this))
    , m_due(new QDateEdit(this))
    , m_assignee(new QComboBox(this))
    , m_promise(new QComboBox(this))
{
    setObjectName(QStringLiteral("taskEditor"));
    setWindowTitle(tr("New task"));

    m_title->setObjectName(QStringLiteral("taskTitleEdit"));
    m_title->setAccessibleName(tr("Task"));
    m_title->setPlaceholderText(tr("Required, e.g. Configure SSO with the customer's IT"));
    fitPlaceholder(m_title);
    m_title->setText(task.title);
    m_titleError->setObjectName(QStringLiteral("taskTitleError"));
    QPalette palette = m_titleError->palette();
    palette.setColor(QPalette::WindowText, StatusIcons::alarmText(palette));
    m_titleError->setPalette(palette);
    m_titleError->hide();
    m_due->setObjectName(QStringLiteral("taskDueEdit"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDate(task.dueOn);
    m_assignee->setObjectName(QStringLiteral("taskAssigneeCombo"));
    m_assignee->setAccessibleName(tr("Assignee"));
    for (const User& user : assignees) {
        m_assignee->addItem(tr("%1 (%2)").arg(user.name, Labels::of(user.role)), user.id);
    }
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(task.assigneeId)));
    m_promise->setObjectName(QStringLiteral("taskPromiseCombo"));
    m_promise->setAccessibleName(tr("For promise"));
    m_promise->addItem(tr("No promise"), qint64(0));
    for (const Promise& promise : promises) {
        m_promise->addItem(promise.description, promise.id);
    }
    m_promise->setCurrentIndex(qMax(0, m_promise->findData(task.promiseId)));

    auto* titleBox = new QWidget(this);
    auto* titleLayout = new QVBoxLayout(titleBox);
    titleLayout->setContentsMargins(0, 0, 0, 0);
    titleLayout->addWidget(m_title);
    titleLayout->addWidget(m_titleError);

    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field, QWidget* buddy) {
        auto* text = new QLabel(label, this);
        text->setBuddy(buddy);
        form->addRow(text, field);
    };
    row(tr("&Task:"), titleBox, m_title);
    row(tr("&Due:"), m_due, m_due);
    row(tr("&Assignee:"), m_assignee, m_assignee);
    row(tr("For &promise:"), m_promise, m_promise);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &TaskEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskEditorDialog::reject);
    connect(m_title, &QLineEdit::textEdited, m_titleError, &QLabel::hide);
    m_title->setFocus();
}

FulfilmentTask TaskEditorDialog::task() const
{
    FulfilmentTask task = m_base;
    task.title = m_title->text().trimmed();
    task.dueOn = m_due->date();
    task.assigneeId = m_assignee->currentData().toLongLong();
    task.promiseId = m_promise->currentData().toLongLong();
    return task;
}

void TaskEditorDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        m_titleError->setText(tr("Say what is to be done."));
        m_titleError->show();
        m_title->setFocus();
        return;
    }
    if (m_saver && !m_saver(task())) {
        return; // core refused and said why; everything typed stays
    }
    QDialog::accept();
}

} // namespace handoff
