#pragma once

#include "workflow/ContactService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace handoff {

// Asks for a person on the deal: name, job title, role, email, phone, preferred channel and time zone. OK checks
// the details with core's rules and shows each problem beside its field; the dialog stays open until they are fixed.
class ContactDialog : public QDialog {
    Q_OBJECT

public:
    explicit ContactDialog(QWidget* parent = nullptr);

    // Fills the fields from a person already on the deal (editing); without it the dialog adds someone new.
    void setRow(const DealContactRow& row);
    // The row as typed: ids and versions from setRow(), everything else from the fields.
    DealContactRow row() const;

    // Shows each problem beside the field it is about; returns whether there were any.
    bool showProblems(const QList<ContactProblem>& problems);

    void accept() override;

private:
    QLineEdit* addLine(const QString& label, const QString& name, ContactField field);
    QWidget* errorRow(ContactField field, const QString& name);

    DealContactRow m_row;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_timeZone = nullptr;
    QHash<int, QWidget*> m_errorRows; // by ContactField
    QHash<int, QLabel*> m_errorTexts; // by ContactField
    QHash<int, QLineEdit*> m_fields;  // by ContactField
};

} // namespace handoff
