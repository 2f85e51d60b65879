#include "contacts/ChannelDialog.h"

#include "model/Labels.h"
#include "workflow/ContactService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace handoff {

ChannelDialog::ChannelDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("channelDialog"));
    setWindowTitle(tr("Add channel"));
    auto* form = new QFormLayout;

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("channelKindCombo"));
    m_kind->setAccessibleName(tr("Channel"));
    for (const Channel channel : allValues<Channel>()) {
        m_kind->addItem(Labels::of(channel), int(channel));
    }
    form->addRow(tr("&Channel:"), m_kind);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Number, address or link"));
    m_address->setToolTip(tr("The phone number, email address, or the link to the web form, chat, social account, "
                             "forum or portal"));
    form->addRow(tr("&Address:"), m_address);

    m_errorRow = new QWidget(this);
    auto* errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(m_errorRow);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    errorLayout->addWidget(icon, 0, Qt::AlignTop);
    m_error = new QLabel(m_errorRow);
    m_error->setObjectName(QStringLiteral("addressError"));
    m_error->setWordWrap(true);
    errorLayout->addWidget(m_error, 1);
    m_errorRow->hide();
    form->addRow(QString(), m_errorRow);
    connect(m_address, &QLineEdit::textEdited, m_errorRow, &QWidget::hide);

    m_preferred = new QCheckBox(tr("&Preferred for day-to-day questions"), this);
    m_preferred->setObjectName(QStringLiteral("preferredCheck"));
    form->addRow(QString(), m_preferred);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChannelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChannelDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ChannelDialog::setChannel(const DealChannel& channel)
{
    m_channel = channel;
    setWindowTitle(tr("Edit channel"));
    m_kind->setCurrentIndex(m_kind->findData(int(channel.channel)));
    m_address->setText(channel.address);
    m_preferred->setChecked(channel.preferred);
    m_preferred->hide();
    m_address->setFocus();
}

DealChannel ChannelDialog::channel() const
{
    DealChannel channel = m_channel;
    channel.channel = Channel(m_kind->currentData().toInt());
    channel.address = m_address->text().trimmed();
    channel.preferred = m_preferred->isChecked();
    return channel;
}

void ChannelDialog::accept()
{
    const QStringList problems = ContactService::channelProblems(channel());
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_address->setAccessibleDescription(m_error->text());
        m_errorRow->show();
        m_address->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace handoff
