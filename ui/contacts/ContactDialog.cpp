#include "contacts/ContactDialog.h"

#include "model/Labels.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

namespace handoff {

ContactDialog::ContactDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(tr("Add contact"));
    auto* form = new QFormLayout;
    const auto addRow = [form](const QString& label, QWidget* field, QWidget* error = nullptr) {
        form->addRow(label, field);
        if (error) {
            form->addRow(QString(), error);
        }
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_fields.insert(int(ContactField::Name), m_name);
    addRow(tr("&Name:"), m_name, errorRow(ContactField::Name, QStringLiteral("nameError")));
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_errorRows.value(int(ContactField::Name))->hide(); });

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Job title"));
    m_fields.insert(int(ContactField::Title), m_title);
    addRow(tr("Job &title:"), m_title, errorRow(ContactField::Title, QStringLiteral("titleError")));
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_errorRows.value(int(ContactField::Title))->hide(); });

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role on the deal"));
    for (const ContactRole role : allValues<ContactRole>()) {
        m_role->addItem(Labels::of(role), int(role));
    }
    m_role->setCurrentIndex(m_role->findData(int(ContactRole::DayToDay)));
    addRow(tr("&Role on the deal:"), m_role);

    m_email = addLine(tr("&Email:"), QStringLiteral("email"), ContactField::Email);
    m_email->setPlaceholderText(tr("name@example.com"));
    addRow(tr("&Email:"), m_email, m_errorRows.value(int(ContactField::Email)));
    m_phone = addLine(tr("&Phone:"), QStringLiteral("phone"), ContactField::Phone);
    m_phone->setPlaceholderText(tr("+1 555 0100 ext 12"));
    addRow(tr("&Phone:"), m_phone, m_errorRows.value(int(ContactField::Phone)));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setAccessibleName(tr("Preferred channel"));
    for (const Channel channel : allValues<Channel>()) {
        m_channel->addItem(Labels::of(channel), int(channel));
    }
    addRow(tr("Preferred &channel:"), m_channel);

    m_timeZone = addLine(tr("Time &zone:"), QStringLiteral("timeZone"), ContactField::TimeZone);
    m_timeZone->setPlaceholderText(tr("Europe/Berlin"));
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        zones.append(QString::fromUtf8(id));
    }
    auto* completer = new QCompleter(zones, m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_timeZone->setCompleter(completer);
    addRow(tr("Time &zone:"), m_timeZone, m_errorRows.value(int(ContactField::TimeZone)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_name->setFocus();
}

QWidget* ContactDialog::errorRow(ContactField field, const QString& name)
{
    // An icon and the sentence: the problem reads without colour, on any palette.
    auto* row = new QWidget(this);
    row->setObjectName(name + QStringLiteral("Row"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    layout->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QLabel(row);
    text->setObjectName(name);
    text->setWordWrap(true);
    layout->addWidget(text, 1);
    row->hide();
    m_errorRows.insert(int(field), row);
    m_errorTexts.insert(int(field), text);
    return row;
}

QLineEdit* ContactDialog::addLine(const QString& label, const QString& name, ContactField field)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name + QStringLiteral("Edit"));
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    errorRow(field, name + QStringLiteral("Error"));
    m_fields.insert(int(field), edit);
    // A problem disappears as soon as the field is changed; OK judges again.
    connect(edit, &QLineEdit::textEdited, this, [this, field] { m_errorRows.value(int(field))->hide(); });
    return edit;
}

void ContactDialog::setRow(const DealContactRow& row)
{
    m_row = row;
    setWindowTitle(tr("Edit contact"));
    const Contact& c = row.contact;
    m_name->setText(c.name);
    m_title->setText(c.title);
    m_role->setCurrentIndex(m_role->findData(int(row.link.role)));
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_channel->setCurrentIndex(m_channel->findData(int(c.preferredChannel)));
    m_timeZone->setText(c.timeZone);
}

DealContactRow ContactDialog::row() const
{
    DealContactRow row = m_row;
    row.contact.name = m_name->text();
    row.contact.title = m_title->text();
    row.contact.email = m_email->text();
    row.contact.phone = m_phone->text();
    row.contact.preferredChannel = Channel(m_channel->currentData().toInt());
    row.contact.timeZone = m_timeZone->text();
    row.link.role = ContactRole(m_role->currentData().toInt());
    return row;
}

bool ContactDialog::showProblems(const QList<ContactProblem>& problems)
{
    for (QWidget* row : std::as_const(m_errorRows)) {
        row->hide();
    }
    QWidget* first = nullptr;
    for (const ContactProblem& problem : problems) {
        const int field = int(problem.field);
        m_errorTexts.value(field)->setText(problem.message);
        m_errorRows.value(field)->show();
        m_fields.value(field)->setAccessibleDescription(problem.message);
        if (!first) {
            first = m_fields.value(field);
        }
    }
    if (first) {
        first->setFocus();
    }
    return !problems.isEmpty();
}

void ContactDialog::accept()
{
    if (!showProblems(ContactService::problems(row().contact))) {
        QDialog::accept();
    }
}

} // namespace handoff
