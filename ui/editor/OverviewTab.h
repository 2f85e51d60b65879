#pragma once

#include "model/Deal.h"
#include "model/Enums.h"

#include <QWidget>

#include <functional>

class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;

namespace handoff {

class DealSession;
class HandoffActionsPanel;
class StateBanner;

// The first tab of a deal: its fields (why they bought, success criteria, risks …) saved one at a time as the
// user leaves each, with undo, and the handoff's state and next steps above them.
class OverviewTab : public QWidget {
    Q_OBJECT

public:
    explicit OverviewTab(DealSession& session, QWidget* parent = nullptr);

    HandoffActionsPanel* actions() const { return m_actions; }
    StateBanner* banner() const { return m_banner; }
    // The customer's satisfaction as recorded (shown on fulfilled deals and wherever a score exists).
    QLabel* csatLabel() const { return m_csat; }

    // Reads the deal again and shows it; a field being edited keeps what the user typed.
    void reload();
    // Gives the field of a deal-field key (model/Enums.h, AnsweringField) the focus and highlights it for a moment.
    void focusField(const QString& key);
    // The field that shows a deal field answering checklist items, or nullptr.
    QWidget* fieldOf(AnsweringField field) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using Setter = std::function<void(Deal&)>;

    QLineEdit* lineEdit(const QString& name, const QString& accessible);
    QDateEdit* dateEdit(const QString& name, const QString& accessible);
    QPlainTextEdit* textEdit(const QString& name, const QString& accessible);
    void connectEditors();
    // Saves one field: setNew writes the edit into a deal, setOld writes back the value it replaced (for undo).
    void saveField(const QString& text, Setter setNew, Setter setOld);
    void saveAmount();
    void saveText(QPlainTextEdit* edit);
    void showCsat();
    // Marks the empty fields that answer required checklist items, once a submit was refused for them.
    void markMissing();

    DealSession& m_session;
    Deal m_deal;
    bool m_loading = false;
    bool m_saving = false;
    StateBanner* m_banner = nullptr;
    HandoffActionsPanel* m_actions = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_csat = nullptr;
    QFormLayout* m_form = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_externalRef = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_currency = nullptr;
    QDateEdit* m_closedOn = nullptr;
    QDateEdit* m_contractStart = nullptr;
    QSpinBox* m_termMonths = nullptr;
    QLineEdit* m_products = nullptr;
    QDateEdit* m_goLive = nullptr;
    QPlainTextEdit* m_whyBought = nullptr;
    QPlainTextEdit* m_successCriteria = nullptr;
    QPlainTextEdit* m_knownRisks = nullptr;
};

} // namespace handoff
