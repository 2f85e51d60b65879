#include "editor/HandoffActionsPanel.h"

#include "deals/DealSession.h"
#include "editor/CsatDialog.h"
#include "editor/TransitionDialog.h"
#include "metrics/CsatService.h"
#include "model/Labels.h"
#include "storage/Database.h"
#include "widgets/Messages.h"
#include "widgets/ProblemLabel.h"
#include "workflow/DealService.h"
#include "workflow/HandoffGuards.h"
#include "workflow/TaskService.h"
#include "workflow/UserService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <array>

namespace handoff {

namespace {

constexpr std::array kActions{HandoffAction::Submit, HandoffAction::Accept, HandoffAction::Return,
                              HandoffAction::MarkFulfilled, HandoffAction::Cancel};

QString buttonText(HandoffAction action)
{
    switch (action) {
    case HandoffAction::Submit:
        return HandoffActionsPanel::tr("&Submit to support");
    case HandoffAction::Return:
        return HandoffActionsPanel::tr("&Return to sales…");
    case HandoffAction::Accept:
        return HandoffActionsPanel::tr("&Accept handoff");
    case HandoffAction::Cancel:
        return HandoffActionsPanel::tr("Cancel &handoff…");
    case HandoffAction::MarkFulfilled:
        return HandoffActionsPanel::tr("Mark &fulfilled");
    }
    return {};
}

QString buttonObjectName(HandoffAction action)
{
    switch (action) {
    case HandoffAction::Submit:
        return QStringLiteral("submitButton");
    case HandoffAction::Return:
        return QStringLiteral("returnButton");
    case HandoffAction::Accept:
        return QStringLiteral("acceptButton");
    case HandoffAction::Cancel:
        return QStringLiteral("cancelButton");
    case HandoffAction::MarkFulfilled:
        return QStringLiteral("fulfilButton");
    }
    return {};
}

} // namespace

HandoffActionsPanel::HandoffActionsPanel(DealSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_state(new QLabel(this))
    , m_reasonsHeading(new QLabel(this))
    , m_reasons(new QListWidget(this))
{
    setObjectName(QStringLiteral("handoffActions"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setTextFormat(Qt::RichText);
    m_state->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    for (HandoffAction action : kActions) {
        auto* button = new QPushButton(buttonText(action), this);
        button->setObjectName(buttonObjectName(action));
        connect(button, &QPushButton::clicked, this, [this, action] { perform(action); });
        buttons->addWidget(button);
        m_buttons.insert(action, button);
    }
    m_buttons[HandoffAction::Submit]->setToolTip(tr("Hand the deal to support for review"));
    m_buttons[HandoffAction::Accept]->setToolTip(tr("Take the account: you become its support owner and tasks are "
                                                    "made from the accepted promises"));
    m_buttons[HandoffAction::Return]->setToolTip(tr("Send the handoff back to sales with a reason"));
    m_buttons[HandoffAction::Cancel]->setToolTip(tr("End this handoff for good, with a reason"));
    m_buttons[HandoffAction::MarkFulfilled]->setToolTip(
        tr("Close the handoff: every promise is fulfilled or waived and every task is done"));
    m_override = new QPushButton(tr("&Override…"), this);
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_override->setToolTip(tr("As a lead, take a step although its checks fail (the reason is recorded)"));
    connect(m_override, &QPushButton::clicked, this, &HandoffActionsPanel::override);
    buttons->addWidget(m_override);
    m_csat = new QPushButton(tr("Record customer sat&isfaction…"), this);
    m_csat->setObjectName(QStringLiteral("csatButton"));
    connect(m_csat, &QPushButton::clicked, this, &HandoffActionsPanel::recordCsat);
    buttons->addWidget(m_csat);
    buttons->addStretch();

    m_reasonsHeading->setObjectName(QStringLiteral("reasonsHeading"));
    m_reasonsHeading->setWordWrap(true);
    m_reasons->setObjectName(QStringLiteral("reasonsList"));
    m_reasons->setAccessibleName(tr("Reasons the next step is refused"));
    m_reasons->setToolTip(tr("Double-click or press Enter on a reason to go where it is fixed"));
    // Long reasons wrap instead of running off to the side; the list grows to about eight of them, then scrolls.
    m_reasons->setWordWrap(true);
    m_reasons->setTextElideMode(Qt::ElideNone);
    m_reasons->setResizeMode(QListView::Adjust);
    m_reasons->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_reasons->setMaximumHeight(fontMetrics().lineSpacing() * 12);
    connect(m_reasons, &QListWidget::itemActivated, this, &HandoffActionsPanel::activateReason);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_reasonsHeading);
    layout->addWidget(m_reasons);
    reload();
}

void HandoffActionsPanel::reload()
{
    auto deal = DealService(m_session.db()).get(m_session.dealId());
    if (!deal) {
        m_state->setText(deal.error().message.toHtmlEscaped());
        return;
    }
    m_dealTitle = deal->title;
    const auto name = [this](qint64 id) {
        auto user = UserService(m_session.db()).get(id);
        return user ? user->name : tr("nobody yet");
    };
    m_state->setText(tr("Handoff: <b>%1</b> · Sales rep: %2 · Support owner: %3")
                         .arg(Labels::of(deal->state).toHtmlEscaped(), name(deal->salesRepId).toHtmlEscaped(),
                              deal->supportOwnerId ? name(deal->supportOwnerId).toHtmlEscaped() : tr("nobody yet")));
    const User& actor = m_session.actor();
    // A button shows when the user's role and the deal's state allow its step; the deal's own checks are listed
    // below instead of hiding the button, so the user sees what is missing.
    HandoffWorkflow workflow(m_session.db());
    QList<HandoffReason> nextReasons;
    HandoffAction next = HandoffAction::Submit;
    bool haveNext = false;
    for (HandoffAction action : kActions) {
        const bool possible = HandoffGuards::roleRefusals(actor, *deal, action).isEmpty() &&
                              HandoffGuards::stateRefusals(*deal, action).isEmpty();
        m_buttons[action]->setVisible(possible);
        m_buttons[action]->setText(buttonText(action));
        if (possible && !haveNext && action != HandoffAction::Cancel && action != HandoffAction::Return) {
            next = action;
            haveNext = true;
            nextReasons = workflow.reasons(actor, deal->id, action);
        }
    }
    const bool closed = deal->state == HandoffState::Fulfilled || deal->state == HandoffState::Cancelled;
    m_override->setVisible(actor.role == Role::Lead && !closed);
    // Satisfaction is asked once the work is done; whoever may not record it sees why on the disabled button.
    const QStringList csatRefusals = CsatService(m_session.db()).refusals(actor, deal->id);
    m_csat->setVisible(deal->state == HandoffState::Fulfilled);
    m_csat->setEnabled(csatRefusals.isEmpty());
    m_csat->setToolTip(csatRefusals.isEmpty() ? tr("Record the customer's satisfaction with this handoff (CSAT, 1 "
                                                   "to 5)")
                                              : csatRefusals.join(QLatin1Char('\n')));
    if (haveNext && !nextReasons.isEmpty() && next == HandoffAction::MarkFulfilled) {
        // An accepted handoff's open promises and tasks are the work itself, not mistakes to fix.
        m_buttons[next]->setText(tr("%1 (%L2 left)").arg(buttonText(next)).arg(nextReasons.size()));
        showReasons(tr("Work left before the handoff is fulfilled (%L1):").arg(nextReasons.size()), nextReasons);
    } else if (haveNext && !nextReasons.isEmpty()) {
        // The button says how much stands in its way, so that nobody presses it to find out.
        m_buttons[next]->setText(tr("%1 (%L2 to fix)").arg(buttonText(next)).arg(nextReasons.size()));
        showReasons(tr("Before you can %1, fix these (reasons: %2):")
                        .arg(Labels::inSentence(TransitionDialog::actionName(next)))
                        .arg(nextReasons.size()),
                    nextReasons);
    } else {
        showReasons(QString(), {});
    }
}

void HandoffActionsPanel::showReasons(const QString& heading, const QList<HandoffReason>& reasons, bool refused)
{
    // A step just refused is said in the error colour; the reasons that wait for the next step, in the plain one.
    m_reasonsHeading->setStyleSheet(
        refused ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(QLatin1String(kErrorColour))
                : QString());
    m_reasonsHeading->setAccessibleDescription(refused ? tr("refused") : QString());
    m_reasons->clear();
    for (const HandoffReason& reason : reasons) {
        auto* item = new QListWidgetItem(reason.text, m_reasons);
        item->setData(Qt::UserRole, int(reason.place));
        item->setData(Qt::UserRole + 1, reason.key);
        item->setIcon(style()->standardIcon(reason.place == HandoffReason::Place::None ? QStyle::SP_MessageBoxWarning
                                                                                       : QStyle::SP_ArrowForward));
    }
    m_reasonsHeading->setText(heading);
    m_reasonsHeading->setVisible(!reasons.isEmpty());
    m_reasons->setVisible(!reasons.isEmpty());
}

void HandoffActionsPanel::showOutcome(HandoffAction action)
{
    QString outcome;
    switch (action) {
    case HandoffAction::Submit:
        outcome = tr("Submitted: support sees it in the review queue now, and what they decide lands in your inbox.");
        break;
    case HandoffAction::Accept: {
        const auto tasks = TaskService(m_session.db()).forDeal(m_session.dealId());
        const qsizetype made = tasks ? tasks->size() : 0;
        // Two sentences rather than %n: English is the source language and has no translation to pick the plural.
        outcome = made == 1 ? tr("Accepted: you own this handoff now; 1 task was made from the accepted promises "
                                 "(Tasks tab).")
                            : tr("Accepted: you own this handoff now; %L1 tasks were made from the accepted promises "
                                 "(Tasks tab).")
                                  .arg(made);
        break;
    }
    case HandoffAction::Return:
        outcome = tr("Returned: the sales rep finds your reason in their inbox and on top of the deal.");
        break;
    case HandoffAction::Cancel:
        outcome = tr("Cancelled: the handoff is closed, with your reason in its history.");
        break;
    case HandoffAction::MarkFulfilled:
        outcome = tr("Fulfilled: the handoff is closed. Record the customer's satisfaction when you hear it.");
        break;
    }
    // Said where the reasons were, in the colour of what went well, until the deal changes again.
    m_reasons->clear();
    m_reasons->hide();
    m_reasonsHeading->setStyleSheet(QStringLiteral("QLabel { color: #1e8449; font-weight: bold; }"));
    m_reasonsHeading->setText(outcome);
    m_reasonsHeading->show();
}

void HandoffActionsPanel::activateReason(QListWidgetItem* item)
{
    const auto place = static_cast<HandoffReason::Place>(item->data(Qt::UserRole).toInt());
    if (place != HandoffReason::Place::None) {
        emit jumpRequested(place, item->data(Qt::UserRole + 1).toString());
    }
}

void HandoffActionsPanel::perform(HandoffAction action)
{
    HandoffWorkflow workflow(m_session.db());
    const User& actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    Result<Deal> done = makeError(Error::Code::Cancelled, QString());
    switch (action) {
    case HandoffAction::Submit:
        done = workflow.submit(actor, dealId);
        break;
    case HandoffAction::Accept:
        done = workflow.accept(actor, dealId);
        break;
    case HandoffAction::MarkFulfilled:
        done = workflow.markFulfilled(actor, dealId);
        break;
    case HandoffAction::Return:
    case HandoffAction::Cancel: {
        TransitionDialog dialog(action == HandoffAction::Return ? TransitionDialog::Kind::Return
                                                                : TransitionDialog::Kind::Cancel,
                                m_dealTitle, this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        done = action == HandoffAction::Return
                   ? workflow.returnHandoff(actor, dealId, dialog.returnReason(), dialog.text())
                   : workflow.cancel(actor, dealId, dialog.text());
        break;
    }
    }
    if (done) {
        m_session.movedOn();
    } else if (action == HandoffAction::Submit && done.error().code == Error::Code::Invalid) {
        m_session.markMissing(); // the tabs mark the fields the submit waits for as they read the deal again
    }
    m_session.notifyChanged();
    if (done) {
        showOutcome(action);
    }
    if (!done && done.error().code == Error::Code::Invalid) {
        // The deal's own checks failed: list them where the user can jump to each.
        showReasons(done.error().message, workflow.reasons(actor, dealId, action), true);
    } else if (!done) {
        Messages::showError(this, tr("%1 was refused").arg(TransitionDialog::actionName(action)), done.error());
    }
}

void HandoffActionsPanel::override()
{
    auto deal = DealService(m_session.db()).get(m_session.dealId());
    if (!deal) {
        Messages::showError(this, tr("Cannot read the deal"), deal.error());
        return;
    }
    QList<HandoffAction> possible;
    for (HandoffAction action : kActions) {
        if (HandoffGuards::target(deal->state, action)) {
            possible.append(action);
        }
    }
    TransitionDialog dialog(TransitionDialog::Kind::Override, deal->title, this);
    dialog.setOverridableActions(possible);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (m_session.run(this, tr("The override was refused"), [&] {
            auto done = HandoffWorkflow(m_session.db())
                            .override(m_session.actor(), deal->id, dialog.overrideAction(), dialog.text());
            return done ? Result<void>() : Result<void>(done.error());
        })) {
        m_session.movedOn();
    }
}

void HandoffActionsPanel::recordCsat()
{
    DealService deals(m_session.db());
    auto deal = deals.get(m_session.dealId());
    if (!deal) {
        Messages::showError(this, tr("Cannot read the deal"), deal.error());
        return;
    }
    auto current = CsatService(m_session.db()).forDeal(deal->id);
    if (!current) {
        Messages::showError(this, tr("Cannot read the customer's satisfaction"), current.error());
        return;
    }
    CsatDialog dialog(m_session, deal->title, deal->closedOn, *current, this);
    dialog.exec();
}

} // namespace handoff
