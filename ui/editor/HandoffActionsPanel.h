#pragma once

#include "workflow/HandoffWorkflow.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace handoff {

class DealSession;

// The handoff's state and the transitions the user may take from it (Submit, Return, Accept, Cancel, Mark
// fulfilled, and a lead's Override), with every reason the next step is refused listed as links to the part of
// the deal that fixes it.
class HandoffActionsPanel : public QWidget {
    Q_OBJECT

public:
    explicit HandoffActionsPanel(DealSession& session, QWidget* parent = nullptr);

    // Reads the deal's state and the reasons again.
    void reload();
    QPushButton* button(HandoffAction action) const { return m_buttons.value(action); }
    // Records the customer's satisfaction; shown on fulfilled deals, enabled for their support owner and leads.
    QPushButton* csatButton() const { return m_csat; }

signals:
    // A reason was activated: show the place where it is fixed (a checklist item's key, a promise's id ...).
    void jumpRequested(HandoffReason::Place place, const QString& key);

private:
    void perform(HandoffAction action);
    void override();
    void recordCsat();
    // refused: a step the user took was just refused for these reasons.
    void showReasons(const QString& heading, const QList<HandoffReason>& reasons, bool refused = false);
    void activateReason(QListWidgetItem* item);
    // What a step the user just took did, and what follows.
    void showOutcome(HandoffAction action);

    DealSession& m_session;
    QLabel* m_state = nullptr;
    QLabel* m_reasonsHeading = nullptr;
    QListWidget* m_reasons = nullptr;
    QHash<HandoffAction, QPushButton*> m_buttons;
    QPushButton* m_override = nullptr;
    QPushButton* m_csat = nullptr;
    QString m_dealTitle;
};

} // namespace handoff
