#include "dialogs/ProfileDialog.h"

#include "model/Labels.h"
#include "widgets/Messages.h"
#include "workflow/UserService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace handoff {

ProfileDialog::ProfileDialog(Database& db, qint64 currentUserId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_people(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Who is working?"));
    m_people->setObjectName(QStringLiteral("peopleList"));
    m_people->setAccessibleName(tr("People in this database"));
    auto users = UserService(db).all();
    if (users) {
        for (const User& user : *users) {
            if (!user.active) {
                continue;
            }
            auto* item =
                new QListWidgetItem(tr("%1 — %2 <%3>").arg(user.name, Labels::of(user.role), user.email), m_people);
            item->setData(Qt::UserRole, user.id);
            if (user.id == currentUserId) {
                m_people->setCurrentItem(item);
            }
        }
    }
    auto* existing = new QGroupBox(tr("&I am one of these people"), this);
    auto* existingLayout = new QVBoxLayout(existing);
    existingLayout->addWidget(m_people);

    m_name->setObjectName(QStringLiteral("profileName"));
    m_email->setObjectName(QStringLiteral("profileEmail"));
    m_role->setObjectName(QStringLiteral("profileRole"));
    m_name->setAccessibleName(tr("Name"));
    m_email->setAccessibleName(tr("Email"));
    m_role->setAccessibleName(tr("Role"));
    for (Role role : allValues<Role>()) {
        m_role->addItem(Labels::of(role), int(role));
    }
    m_problems->setObjectName(QStringLiteral("profileProblems"));
    m_problems->setWordWrap(true);
    m_problems->setForegroundRole(QPalette::Link); // readable on light and dark palettes
    auto* create = new QGroupBox(tr("Or create a &new profile"), this);
    auto* form = new QFormLayout(create);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(m_problems);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Start working"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(existing, 1);
    layout->addWidget(create);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_people, &QListWidget::itemActivated, this, &ProfileDialog::accept);
    connect(m_people, &QListWidget::currentRowChanged, this, &ProfileDialog::updateOk);
    // A click on the row that is current already (the list makes its first row current when it takes the focus)
    // selects it without changing the current row.
    connect(m_people, &QListWidget::itemSelectionChanged, this, &ProfileDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_name->text().isEmpty()) {
            m_people->clearSelection();
            m_people->setCurrentRow(-1);
        }
        updateOk();
    });
    connect(m_email, &QLineEdit::textChanged, this, &ProfileDialog::updateOk);
    updateOk();
    resize(520, 480);
}

void ProfileDialog::updateOk()
{
    const bool picked = m_people->currentItem() != nullptr && m_people->currentItem()->isSelected();
    const bool typed = !m_name->text().trimmed().isEmpty() && !m_email->text().trimmed().isEmpty();
    m_ok->setEnabled(picked || typed);
}

void ProfileDialog::accept()
{
    UserService users(m_db);
    QListWidgetItem* item = m_people->currentItem();
    if (item && item->isSelected() && m_name->text().trimmed().isEmpty()) {
        auto user = users.get(item->data(Qt::UserRole).toLongLong());
        if (!user) {
            Messages::showError(this, tr("Cannot use this profile"), user.error());
            return;
        }
        m_user = *user;
        QDialog::accept();
        return;
    }
    auto created = users.create(m_name->text(), m_email->text(), static_cast<Role>(m_role->currentData().toInt()));
    if (!created) {
        // Shown beside the fields, which keep what was typed.
        m_problems->setText(created.error().details.isEmpty() ? created.error().message
                                                              : created.error().details.join(QLatin1Char('\n')));
        return;
    }
    m_user = *created;
    QDialog::accept();
}

} // namespace handoff
