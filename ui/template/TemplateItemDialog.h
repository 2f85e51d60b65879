#pragma once

#include "Result.h"
#include "model/ChecklistItem.h"
#include "workflow/ChecklistTemplateService.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace handoff {

// Adds or edits one item of the checklist template: section, label, help, kind, choices (one per line) and whether
// it is required. OK first asks core what is wrong and shows each reason next to its field; only a clean item is
// handed to the save function, and the dialog closes only once it is saved.
class TemplateItemDialog : public QDialog {
    Q_OBJECT

public:
    using Check = std::function<Result<QList<TemplateProblem>>(const ChecklistItem&)>;
    // Saves the item; Error::Code::Cancelled closes the dialog without a message (the user dropped the edit).
    using Save = std::function<Result<void>(const ChecklistItem&)>;

    TemplateItemDialog(const QString& title, const ChecklistItem& item, const QStringList& sections, Check check,
                       Save save, QWidget* parent = nullptr);

    // The item as filled in, with the id, version, key and position it was opened with.
    ChecklistItem item() const;
    // How many open drafts would wait for the item as filled in; the dialog says so while the item is required, before
    // it is saved.
    void setImpact(std::function<Result<int>(const ChecklistItem&)> impact);

public slots:
    void accept() override;

private:
    void showProblems(const QList<TemplateProblem>& problems, const QString& other = QString());
    void updateChoices();
    void updateImpact();

    ChecklistItem m_original;
    Check m_check;
    Save m_save;
    QComboBox* m_section = nullptr;
    QLineEdit* m_label = nullptr;
    QPlainTextEdit* m_help = nullptr;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_choices = nullptr;
    QComboBox* m_answeredBy = nullptr;
    QCheckBox* m_required = nullptr;
    QLabel* m_impact = nullptr;
    std::function<Result<int>(const ChecklistItem&)> m_impactOf;
    QMap<TemplateField, QLabel*> m_problems;
    QLabel* m_problem = nullptr; // what belongs to no field: the role, the file, a conflict
};

} // namespace handoff
