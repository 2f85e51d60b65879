#include "inbox/InboxView.h"

#include "inbox/InboxModel.h"
#include "storage/Database.h"
#include "widgets/Actions.h"
#include "widgets/BackgroundRead.h"
#include "workflow/Inbox.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

namespace handoff {

InboxView::InboxView(Database& db, const User& actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_model(new InboxModel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_read(new BackgroundRead(db, this))
{
    setObjectName(QStringLiteral("inboxView"));
    m_view->setObjectName(QStringLiteral("inboxList"));
    m_view->setAccessibleName(tr("Inbox"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(InboxModel::About, QHeaderView::Stretch);
    m_view->setColumnWidth(InboxModel::Deal, fontMetrics().averageCharWidth() * 32);
    // Unread rows are bold: the widest label in bold, in the user's language, must fit.
    QFont bold = font();
    bold.setBold(true);
    int what = 0;
    for (const auto kind :
         {InboxItem::Kind::Returned, InboxItem::Kind::Accepted, InboxItem::Kind::Clarification,
          InboxItem::Kind::Answered, InboxItem::Kind::PromiseDue, InboxItem::Kind::TaskDue, InboxItem::Kind::Mention}) {
        what = std::max(what, QFontMetrics(bold).horizontalAdvance(Inbox::kindLabel(kind)));
    }
    m_view->setColumnWidth(InboxModel::What, what + 24);
    m_view->setColumnWidth(
        InboxModel::When,
        QFontMetrics(bold).horizontalAdvance(InboxModel::tr("overdue since %1").arg(QStringLiteral("30 Sep 2026"))) +
            24);
    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Nothing needs you right now. Handoffs of yours that support returns or accepts, questions "
                        "about your promises, what falls due within a week and comments that mention you "
                        "(@ and your email's name) show here."));
    m_empty->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);

    QAction* open = makeAction(this, QStringLiteral("inboxOpenAction"), tr("&Open Deal"), {},
                               tr("Open the deal of the item and mark it read"));
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* read = makeAction(this, QStringLiteral("inboxReadAction"), tr("Mark as &Read"),
                               QKeySequence(Qt::CTRL | Qt::Key_R), tr("Mark the selected items read"));
    QAction* unread = makeAction(this, QStringLiteral("inboxUnreadAction"), tr("Mark as &Unread"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Mark the selected items unread"));
    QAction* all = makeAction(this, QStringLiteral("inboxAllReadAction"), tr("Mark &All Read"), {},
                              tr("Mark every item of the inbox read"));
    for (QAction* action : {read, unread}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(open, &QAction::triggered, this, &InboxView::openCurrent);
    connect(read, &QAction::triggered, this, [this] { markSelected(true); });
    connect(unread, &QAction::triggered, this, [this] { markSelected(false); });
    connect(all, &QAction::triggered, this, &InboxView::markAllRead);
    m_view->addActions({open, read, unread, all});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The tool bar shows the view's actions while the inbox is in front.
    addAction(all);
    connect(m_view, &QTreeView::activated, this, &InboxView::openCurrent);
}

void InboxView::setActor(const User& actor)
{
    m_actor = actor;
    m_model->setItems({}, m_db.today());
    reload();
}

void InboxView::reload()
{
    if (m_read->isRunning()) {
        m_again = true; // the read under way may have begun before the change that asks for this one
        return;
    }
    const User person = m_actor;
    const QDate today = m_db.today();
    auto found = std::make_shared<std::optional<Result<QList<InboxItem>>>>();
    m_read->run(
        [found, person, today](const Result<const Database*>& db) {
            *found = db ? Inbox(**db).itemsOf(person, today) : Result<QList<InboxItem>>(db.error());
        },
        [this, found, today] {
            if (**found) {
                showItems(***found, today);
            } else {
                emit errorOccurred((*found)->error().fullText());
            }
            if (std::exchange(m_again, false)) {
                reload();
            }
        });
}

void InboxView::showItems(const QList<InboxItem>& items, const QDate& today)
{
    const QStringList selected = selectedKeys();
    const QString current =
        m_view->currentIndex().isValid() ? m_model->item(m_view->currentIndex().row()).key : QString();
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->setItems(items, today);
    for (const QString& key : selected) {
        if (const int row = m_model->rowOf(key); row >= 0) {
            m_view->selectionModel()->select(m_model->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    if (const int row = m_model->rowOf(current); row >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    m_view->verticalScrollBar()->setValue(scroll);
    m_view->setVisible(!items.isEmpty());
    m_empty->setVisible(items.isEmpty());
    updateUnread();
}

QStringList InboxView::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        keys.append(m_model->item(index.row()).key);
    }
    return keys;
}

void InboxView::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const InboxItem item = m_model->item(index.row());
    mark({item.key}, true);
    emit dealActivated(item.dealId);
}

void InboxView::markSelected(bool read)
{
    mark(selectedKeys(), read);
}

void InboxView::markAllRead()
{
    QStringList keys;
    for (const InboxItem& item : m_model->items()) {
        if (item.unread) {
            keys.append(item.key);
        }
    }
    mark(keys, true);
}

void InboxView::mark(const QStringList& keys, bool read)
{
    if (keys.isEmpty()) {
        return;
    }
    const auto marked = read ? Inbox::markRead(m_db, m_actor, keys) : Inbox::markUnread(m_db, m_actor, keys);
    if (!marked) {
        emit errorOccurred(marked.error().fullText());
        return;
    }
    m_model->setUnread(keys, !read);
    updateUnread();
}

void InboxView::updateUnread()
{
    const int unread = Inbox::unreadCount(m_model->items());
    if (unread != m_unread) {
        m_unread = unread;
        emit unreadCountChanged(unread);
    }
}

} // namespace handoff
