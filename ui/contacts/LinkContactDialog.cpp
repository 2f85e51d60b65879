#include "contacts/LinkContactDialog.h"

#include "model/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace handoff {

LinkContactDialog::LinkContactDialog(const QList<Contact>& people, QWidget* parent)
    : QDialog(parent)
    , m_people(people)
{
    setObjectName(QStringLiteral("linkContactDialog"));
    setWindowTitle(tr("Add a person of the account"));
    auto* form = new QFormLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_person->setAccessibleName(tr("Person"));
    for (const Contact& contact : people) {
        m_person->addItem(contact.title.isEmpty() ? contact.name : tr("%1, %2").arg(contact.name, contact.title));
    }
    form->addRow(tr("&Person:"), m_person);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role on the deal"));
    for (const ContactRole role : allValues<ContactRole>()) {
        m_role->addItem(Labels::of(role), int(role));
    }
    m_role->setCurrentIndex(m_role->findData(int(ContactRole::DayToDay)));
    form->addRow(tr("&Role on the deal:"), m_role);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Contact LinkContactDialog::person() const
{
    const int index = m_person->currentIndex();
    return index >= 0 && index < m_people.size() ? m_people.at(index) : Contact();
}

ContactRole LinkContactDialog::role() const
{
    return ContactRole(m_role->currentData().toInt());
}

} // namespace handoff
