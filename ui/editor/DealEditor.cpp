#include "editor/DealEditor.h"

#include "activity/ActivityTab.h"
#include "checklist/ChecklistTab.h"
#include "contacts/ContactsTab.h"
#include "deals/DealSession.h"
#include "editor/HandoffActionsPanel.h"
#include "editor/OverviewTab.h"
#include "model/Labels.h"
#include "model/UserText.h"
#include "promises/PromisesTab.h"
#include "tasks/TasksTab.h"
#include "workflow/DealService.h"

#include <QGuiApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace handoff {

DealEditor::DealEditor(Database& db, const User& actor, qint64 dealId, QWidget* parent)
    : QWidget(parent)
    , m_session(new DealSession(db, actor, dealId, this))
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("dealEditor"));
    m_heading->setObjectName(QStringLiteral("dealHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("dealTabs"));
    m_tabs->setDocumentMode(true);

    m_overview = new OverviewTab(*m_session, this);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_contacts = new ContactsTab(*m_session, this);
    m_checklist = new ChecklistTab(*m_session, this);
    m_promises = new PromisesTab(*m_session, this);
    m_tasks = new TasksTab(*m_session, this);
    m_activity = new ActivityTab(*m_session, this);
    m_tabs->addTab(m_contacts, tr("&Contacts && channels"));
    m_tabs->addTab(m_checklist, tr("Check&list"));
    m_tabs->addTab(m_promises, tr("&Promises"));
    m_tabs->addTab(m_tasks, tr("&Tasks"));
    m_tabs->addTab(m_activity, tr("Acti&vity"));
    // Alt+1 … Alt+6 reach the tabs from anywhere in the editor.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_tabs->setTabToolTip(i, tr("Alt+%1").arg(i + 1));
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);

    connect(m_overview->actions(), &HandoffActionsPanel::jumpRequested, this, &DealEditor::showPlace);
    connect(m_checklist, &ChecklistTab::jumpRequested, this, &DealEditor::showPlace);
    connect(m_session, &DealSession::changed, this, &DealEditor::refreshTitle);
    refreshTitle();
}

qint64 DealEditor::dealId() const
{
    return m_session->dealId();
}

QUndoStack* DealEditor::undoStack() const
{
    return m_session->undoStack();
}

void DealEditor::refreshTitle()
{
    DealService deals(m_session->db());
    auto deal = deals.get(m_session->dealId());
    if (!deal) {
        m_heading->setText(deal.error().message);
        return;
    }
    const auto account = deals.accountName(deal->accountId);
    // "Acme – Acme rollout" says the account twice: a title that starts with the account's name stands alone, also
    // without its legal form ("Moera Health – Starter" of "Moera Health Pty Ltd").
    const bool named =
        account && !account->isEmpty() && deal->title.startsWith(withoutLegalForm(*account), Qt::CaseInsensitive);
    const QString title =
        named ? UserText::shown(deal->title)
              : tr("%1 – %2").arg(UserText::shown(account ? *account : QString()), UserText::shown(deal->title));
    // The heading reads in the interface's direction, even when it starts with an account's name in Arabic.
    const QChar direction(QGuiApplication::isRightToLeft() ? 0x200F : 0x200E);
    m_heading->setText(direction + tr("%1   [%2]").arg(title, Labels::of(deal->state)));
    if (title != m_title) {
        m_title = title;
        emit titleChanged(m_title);
    }
}

QString DealEditor::withoutLegalForm(const QString& account)
{
    static const QRegularExpression legalForm(
        QStringLiteral("[,\\s]+(pty\\.? ltd\\.?|ltd\\.?|llc|inc\\.?|corp\\.?|co\\.?|gmbh|ag|s\\.?a\\.?|s\\.?l\\.?|"
                       "b\\.?v\\.?|n\\.?v\\.?|plc|sarl|s\\.?a\\.?s\\.?|oy|ab|as|a/s|kk|k\\.k\\.)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString core = account.trimmed();
    core.remove(legalForm);
    return core.isEmpty() ? account : core;
}

void DealEditor::showPlace(HandoffReason::Place place, const QString& key)
{
    switch (place) {
    case HandoffReason::Place::None:
        break;
    case HandoffReason::Place::Overview:
        m_tabs->setCurrentWidget(m_overview);
        m_overview->focusField(key);
        break;
    case HandoffReason::Place::Checklist:
        m_tabs->setCurrentWidget(m_checklist);
        m_checklist->focusItem(key);
        break;
    case HandoffReason::Place::Contacts:
        m_tabs->setCurrentWidget(m_contacts);
        break;
    case HandoffReason::Place::Promises:
        m_tabs->setCurrentWidget(m_promises);
        m_promises->select(key.toLongLong());
        break;
    case HandoffReason::Place::Tasks:
        m_tabs->setCurrentWidget(m_tasks);
        m_tasks->select(key.toLongLong());
        break;
    }
}

} // namespace handoff
