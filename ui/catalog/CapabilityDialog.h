#pragma once

#include "Result.h"
#include "model/Capability.h"

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

public slots:
    void accept() override;

private:
    void showProblems(const Error& error);

    Capability m_original;
    Save m_save;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameProblem = nullptr;
    QComboBox* m_status = nullptr;
    QSpinBox* m_leadTime = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace handoff
