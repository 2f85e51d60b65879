#include "contacts/ContactsTab.h"

#include "contacts/ChannelDialog.h"
#include "contacts/ChannelTableModel.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactEdits.h"
#include "contacts/ContactTableModel.h"
#include "contacts/LinkContactDialog.h"
#include "deals/DealSession.h"
#include "widgets/RecordTable.h"
#include "workflow/ContactService.h"

#include <QAction>
#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace handoff {

namespace {

ContactsTab::UrlOpener& urlOpener()
{
    static ContactsTab::UrlOpener opener;
    return opener;
}

QTableView* makeTable(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    RecordTable::setUp(table);
    table->setShowGrid(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QAction* makeAction(QWidget* owner, const QString& text, const QString& tip, const QList<QKeySequence>& keys)
{
    auto* action = new QAction(text, owner);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        keys.isEmpty() ? tip : ContactsTab::tr("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

QHBoxLayout* buttonRow(QWidget* parent, const QList<QAction*>& actions)
{
    auto* row = new QHBoxLayout;
    for (QAction* action : actions) {
        auto* button = new QToolButton(parent);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
    row->addStretch(1);
    return row;
}

} // namespace

ContactsTab::ContactsTab(DealSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_edits(new ContactEdits(session))
    , m_contactModel(new ContactTableModel(this))
    , m_channelModel(new ChannelTableModel(this))
{
    setObjectName(QStringLiteral("contactsTab"));
    setAccessibleName(tr("Contacts and channels"));

    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    bannerLayout->addWidget(icon);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("readOnlyReason"));
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("contactsError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* people = new QGroupBox(tr("People on the deal"), this);
    m_contacts = makeTable(people, QStringLiteral("contactTable"), tr("People on the deal"));
    m_contacts->setModel(m_contactModel);
    // Email, phone and role by what they hold; the time zone takes what is left.
    RecordTable::fitColumns(m_contacts, QStringLiteral("contacts"), ContactTableModel::TimeZoneColumn, 56);
    m_contacts->setMouseTracking(true); // the pointing hand over email and phone
    m_addContact =
        makeAction(people, tr("&Add contact…"), tr("Add a person to the deal"), {QKeySequence(Qt::Key_Insert)});
    m_linkContact = makeAction(people, tr("Add &existing person…"),
                               tr("Put someone the customer's account already has on the deal"),
                               {QKeySequence(Qt::SHIFT | Qt::Key_Insert)});
    m_editContact =
        makeAction(people, tr("&Edit contact…"), tr("Change the selected person"), {QKeySequence(Qt::Key_F2)});
    m_removeContact = makeAction(people, tr("&Remove from deal"), tr("Take the selected person off the deal"),
                                 {QKeySequence::Delete});
    // Enter edits a person, or opens the link of the email or phone cell it is on.
    QAction* activate = makeAction(m_contacts, tr("Open"), tr("Edit the person or open the link"),
                                   {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    auto* peopleLayout = new QVBoxLayout(people);
    peopleLayout->addLayout(buttonRow(people, {m_addContact, m_linkContact, m_editContact, m_removeContact}));
    peopleLayout->addWidget(m_contacts);

    auto* channels = new QGroupBox(tr("Channels the customer uses to reach support"), this);
    m_channels = makeTable(channels, QStringLiteral("channelTable"), tr("Support channels"));
    m_channels->setModel(m_channelModel);
    RecordTable::fitColumns(m_channels, QStringLiteral("channels"), ChannelTableModel::AddressColumn);
    m_addChannel = makeAction(channels, tr("Add c&hannel…"), tr("Add a channel"), {QKeySequence(Qt::Key_Insert)});
    m_editChannel = makeAction(channels, tr("Edit cha&nnel…"), tr("Change the selected channel"),
                               {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_removeChannel =
        makeAction(channels, tr("Remove channe&l"), tr("Remove the selected channel"), {QKeySequence::Delete});
    m_makePreferred = makeAction(channels, tr("Make &preferred"), tr("Make the selected channel the preferred one"),
                                 {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    auto* channelLayout = new QVBoxLayout(channels);
    channelLayout->addLayout(buttonRow(channels, {m_addChannel, m_editChannel, m_removeChannel, m_makePreferred}));
    channelLayout->addWidget(m_channels);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(people);
    splitter->addWidget(channels);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_addContact, &QAction::triggered, this, &ContactsTab::addContact);
    connect(m_linkContact, &QAction::triggered, this, &ContactsTab::linkContact);
    connect(m_editContact, &QAction::triggered, this, &ContactsTab::editContact);
    connect(m_removeContact, &QAction::triggered, this, &ContactsTab::removeContact);
    connect(activate, &QAction::triggered, this, [this] {
        const QModelIndex current = m_contacts->currentIndex();
        if (current.data(ContactTableModel::LinkRole).toUrl().isValid()) {
            openLink(current);
        } else {
            editContact();
        }
    });
    connect(m_contacts, &QTableView::clicked, this, &ContactsTab::openLink);
    connect(m_contacts, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!index.data(ContactTableModel::LinkRole).toUrl().isValid()) {
            editContact();
        }
    });
    connect(m_contacts, &QTableView::entered, this, [this](const QModelIndex& index) {
        const bool link = index.data(ContactTableModel::LinkRole).toUrl().isValid();
        m_contacts->viewport()->setCursor(link ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
    connect(m_addChannel, &QAction::triggered, this, &ContactsTab::addChannel);
    connect(m_editChannel, &QAction::triggered, this, &ContactsTab::editChannel);
    connect(m_removeChannel, &QAction::triggered, this, &ContactsTab::removeChannel);
    connect(m_makePreferred, &QAction::triggered, this, &ContactsTab::makePreferred);
    connect(m_channels, &QTableView::doubleClicked, this, &ContactsTab::editChannel);
    connect(m_contacts->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsTab::updateActions);
    connect(m_channels->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsTab::updateActions);
    connect(&m_session, &DealSession::changed, this, &ContactsTab::reload);
    reload();
}

ContactsTab::~ContactsTab()
{
    delete m_edits;
}

void ContactsTab::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

void ContactsTab::reload()
{
    ContactService service(m_session.db());
    const qint64 dealId = m_session.dealId();
    QStringList problems;

    // The selection survives the reload: the same person in the same role, the same kind of channel.
    const int contactRow = m_contacts->currentIndex().row();
    const bool hadContact = contactRow >= 0 && contactRow < m_contactModel->rowCount();
    const DealContactRow selected = hadContact ? m_contactModel->row(contactRow) : DealContactRow();
    const int channelRow = m_channels->currentIndex().row();
    const bool hadChannel = channelRow >= 0 && channelRow < m_channelModel->rowCount();
    const Channel selectedChannel = hadChannel ? m_channelModel->channel(channelRow).channel : Channel::Email;

    if (auto rows = service.forDeal(dealId)) {
        m_contactModel->setRows(*rows);
    } else {
        problems << rows.error().fullText();
    }
    if (auto channels = service.channels(dealId)) {
        m_channelModel->setChannels(*channels);
    } else {
        problems << channels.error().fullText();
    }
    if (auto linkable = service.linkable(dealId)) {
        m_anyoneToLink = !linkable->isEmpty();
    } else {
        problems << linkable.error().fullText();
    }
    auto refusals = service.refusals(m_session.actor(), dealId);
    if (!refusals) {
        problems << refusals.error().fullText();
    }
    m_editable = refusals && refusals->isEmpty();
    m_bannerText->setText(
        m_editable ? QString() : tr("Read only: %1").arg(refusals ? refusals->join(QLatin1Char(' ')) : QString()));
    m_banner->setVisible(!m_editable);
    m_error->setText(problems.isEmpty()
                         ? QString()
                         : tr("The contacts could not be read completely: %1").arg(problems.join(QLatin1Char('\n'))));
    m_error->setVisible(!problems.isEmpty());

    if (hadContact) {
        if (const int row = m_contactModel->rowOf(selected.contact.id, selected.link.role); row >= 0) {
            m_contacts->setCurrentIndex(m_contactModel->index(row, 0));
        }
    }
    if (hadChannel) {
        if (const int row = m_channelModel->rowOf(selectedChannel); row >= 0) {
            m_channels->setCurrentIndex(m_channelModel->index(row, 0));
        }
    }
    updateActions();
}

void ContactsTab::updateActions()
{
    const bool person = m_contacts->currentIndex().isValid();
    const QModelIndex channel = m_channels->currentIndex();
    m_addContact->setEnabled(m_editable);
    m_linkContact->setEnabled(m_editable && m_anyoneToLink);
    m_editContact->setEnabled(m_editable && person);
    m_removeContact->setEnabled(m_editable && person);
    m_addChannel->setEnabled(m_editable);
    m_editChannel->setEnabled(m_editable && channel.isValid());
    m_removeChannel->setEnabled(m_editable && channel.isValid());
    m_makePreferred->setEnabled(m_editable && channel.isValid() && !m_channelModel->channel(channel.row()).preferred);
}

void ContactsTab::openLink(const QModelIndex& index)
{
    const QUrl url = index.data(ContactTableModel::LinkRole).toUrl();
    if (!url.isValid()) {
        return;
    }
    const UrlOpener& opener = urlOpener();
    const bool opened = opener ? opener(url) : QDesktopServices::openUrl(url);
    if (!opened) {
        QMessageBox::information(
            this, tr("Nothing opened the link"),
            tr("No program on this computer opens %1 links. The address is %2.").arg(url.scheme(), url.path()));
    }
}

void ContactsTab::addContact()
{
    if (!m_editable) {
        return;
    }
    ContactDialog dialog(this);
    // The dialog stays open when core refuses, so nothing typed is lost: fix the details and press OK again.
    while (dialog.exec() == QDialog::Accepted) {
        const DealContactRow row = dialog.row();
        if (const qint64 added = m_edits->add(this, row.contact, row.link.role); added != 0) {
            if (const int at = m_contactModel->rowOf(added, row.link.role); at >= 0) {
                m_contacts->setCurrentIndex(m_contactModel->index(at, 0));
            }
            return;
        }
    }
}

void ContactsTab::linkContact()
{
    if (!m_editable) {
        return;
    }
    auto people = ContactService(m_session.db()).linkable(m_session.dealId());
    if (!people || people->isEmpty()) {
        return;
    }
    LinkContactDialog dialog(*people, this);
    if (dialog.exec() == QDialog::Accepted && m_edits->link(this, dialog.person(), dialog.role())) {
        if (const int at = m_contactModel->rowOf(dialog.person().id, dialog.role()); at >= 0) {
            m_contacts->setCurrentIndex(m_contactModel->index(at, 0));
        }
    }
}

void ContactsTab::editContact()
{
    const QModelIndex current = m_contacts->currentIndex();
    if (!m_editable || !current.isValid()) {
        return;
    }
    const DealContactRow before = m_contactModel->row(current.row());
    ContactDialog dialog(this);
    dialog.setRow(before);
    while (dialog.exec() == QDialog::Accepted) {
        if (m_edits->edit(this, before, dialog.row())) {
            return;
        }
    }
}

void ContactsTab::removeContact()
{
    const QModelIndex current = m_contacts->currentIndex();
    if (m_editable && current.isValid()) {
        m_edits->remove(this, m_contactModel->row(current.row()));
    }
}

void ContactsTab::addChannel()
{
    if (!m_editable) {
        return;
    }
    ChannelDialog dialog(this);
    dialog.setWindowTitle(tr("Add channel"));
    while (dialog.exec() == QDialog::Accepted) {
        DealChannel channel = dialog.channel();
        channel.dealId = m_session.dealId();
        if (m_edits->addChannel(this, channel)) {
            return;
        }
    }
}

void ContactsTab::editChannel()
{
    const QModelIndex current = m_channels->currentIndex();
    if (!m_editable || !current.isValid()) {
        return;
    }
    const DealChannel before = m_channelModel->channel(current.row());
    ChannelDialog dialog(this);
    dialog.setChannel(before);
    while (dialog.exec() == QDialog::Accepted) {
        if (m_edits->editChannel(this, before, dialog.channel())) {
            return;
        }
    }
}

void ContactsTab::removeChannel()
{
    const QModelIndex current = m_channels->currentIndex();
    if (m_editable && current.isValid()) {
        m_edits->removeChannel(this, m_channelModel->channel(current.row()));
    }
}

void ContactsTab::makePreferred()
{
    const QModelIndex current = m_channels->currentIndex();
    if (!m_editable || !current.isValid()) {
        return;
    }
    std::optional<Channel> previous;
    for (const DealChannel& channel : m_channelModel->channels()) {
        if (channel.preferred) {
            previous = channel.channel;
        }
    }
    m_edits->makePreferred(this, m_channelModel->channel(current.row()), previous);
}

} // namespace handoff
