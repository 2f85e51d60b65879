#pragma once

#include "model/Enums.h"
#include "workflow/HandoffWorkflow.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace handoff {

// Asks for what a transition needs besides a click: the reason code and note of a return, the reason of a cancel,
// the action and mandatory reason of a lead's override. OK stays disabled until the required text is there.
class TransitionDialog : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Return, Cancel, Override };

    TransitionDialog(Kind kind, const QString& dealTitle, QWidget* parent = nullptr);

    // For Override: the actions that exist from the deal's state.
    void setOverridableActions(const QList<HandoffAction>& actions);

    ReturnReason returnReason() const;
    HandoffAction overrideAction() const;
    QString text() const;

    static QString actionName(HandoffAction action);

private:
    void updateOk();

    Kind m_kind;
    QComboBox* m_choice = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace handoff
