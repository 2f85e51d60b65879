#pragma once

#include "model/Capability.h"
#include "model/Promise.h"
#include "workflow/FeasibilityRules.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace handoff {

class CapabilityPicker;

// Records or changes one promise: kind, what was promised, the customer's own words, the due date and the
// capability it depends on. While the sales rep types it shows the feasibility the promise would get, with the
// reason, as core judges it. Required fields are marked next to them; a refusal from core keeps the dialog open
// with everything typed.
class PromiseEditorDialog : public QDialog {
    Q_OBJECT

public:
    // Saves the promise as typed; returns false (and has shown why) when it was not saved.
    using Saver = std::function<bool(const Promise&)>;

    // today and contractStart are what the feasibility is judged against (see FeasibilityRules::evaluate).
    PromiseEditorDialog(const QList<Capability>& catalog, QDate today, QDate contractStart, QWidget* parent = nullptr);

    // The promise to change; a new one only needs its dealId.
    void setPromise(const Promise& promise);
    // The promise as typed, over the one given to setPromise.
    Promise promise() const;
    FeasibilityResult feasibility() const;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDate dueDate() const;
    void updateFeasibility();
    // Shows every problem next to its field; true when there is none.
    bool validate();

    Promise m_base;
    QDate m_today;
    QDate m_contractStart;
    Saver m_saver;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_descriptionError = nullptr;
    QPlainTextEdit* m_customerWords = nullptr;
    QDateEdit* m_due = nullptr;
    QLabel* m_dueError = nullptr;
    CapabilityPicker* m_capability = nullptr;
    QLabel* m_capabilityError = nullptr;
    QLabel* m_feasibilityIcon = nullptr;
    QLabel* m_feasibilityText = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace handoff
