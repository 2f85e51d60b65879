#pragma once

#include "Result.h"
#include "model/Capability.h"
#include "workflow/FeasibilityRefresh.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace handoff {

// Adds or edits one capability of the catalog. OK hands the entry to a save function; the dialog closes only when
// it is saved, and otherwise shows core's reasons next to the fields, keeping what was typed.
class CapabilityDialog : public QDialog {
    Q_OBJECT

public:
    // Saves the entry; Error::Code::Cancelled closes the dialog without a message (the user dropped the edit).
    using Save = std::function<Result<void>(const Capability&)>;

    CapabilityDialog(const QString& title, const Capability& capability, Save save, QWidget* parent = nullptr);

    // The entry as filled in, with the id and version it was opened with.
    Capability capability() const;
    // What saving the entry as filled in would do to the open promises that name it; the dialog says so as the status
    // or lead time changes, before it is saved.
    void setImpact(std::function<Result<FeasibilityImpact>(const Capability&)> impact);

public slots:
    void accept() override;

private:
    void showProblems(const Error& error);
    void updateImpact();

    Capability m_original;
    Save m_save;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameProblem = nullptr;
    QComboBox* m_status = nullptr;
    QSpinBox* m_leadTime = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_impact = nullptr;
    std::function<Result<FeasibilityImpact>(const Capability&)> m_impactOf;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace handoff
