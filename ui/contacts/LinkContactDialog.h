#pragma once

#include "model/Contact.h"

#include <QDialog>
#include <QList>

class QComboBox;

namespace handoff {

// Picks a person the customer's account already has (from another deal, an import) and the role they play on
// this deal.
class LinkContactDialog : public QDialog {
    Q_OBJECT

public:
    LinkContactDialog(const QList<Contact>& people, QWidget* parent = nullptr);

    Contact person() const;
    ContactRole role() const;

private:
    QList<Contact> m_people;
    QComboBox* m_person = nullptr;
    QComboBox* m_role = nullptr;
};

} // namespace handoff
