#include "template/TemplateView.h"

#include "model/Labels.h"
#include "workflow/ChecklistTemplateService.h"

#include <QAction>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace handoff {

namespace {

enum Column { LabelColumn, KindColumn, RequiredColumn, HelpColumn, ColumnCount };
constexpr int KeyRole = Qt::UserRole + 1;     // on item rows: the item's key
constexpr int SectionRole = Qt::UserRole + 2; // on every row: the section's name

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

TemplateView::TemplateView(Database& db, const User& actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_canEdit(actor.role == Role::Lead && actor.active)
    , m_undoStack(new QUndoStack(this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("templateView"));
    setAccessibleName(tr("Checklist template"));

    m_tree->setObjectName(QStringLiteral("templateTree"));
    m_tree->setAccessibleName(tr("Checklist items by section"));
    m_tree->setAccessibleDescription(tr("Every item a handoff asks for, grouped by section, in the order sales reps "
                                        "see them."));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Item"), tr("Kind"), tr("Required"), tr("Help")});
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->setUniformRowHeights(true);
    const int character = fontMetrics().averageCharWidth();
    m_tree->setColumnWidth(LabelColumn, 44 * character);
    m_tree->setColumnWidth(KindColumn, 26 * character); // "The deal's products or plan"
    m_tree->setColumnWidth(RequiredColumn, 12 * character);
    m_tree->header()->setStretchLastSection(true);
    // Enter and a double-click both activate a row; on a section row a double-click folds it.
    connect(m_tree, &QAbstractItemView::activated, this, [this] {
        if (m_edit->isEnabled()) {
            editItem();
        }
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TemplateView::updateActions);

    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setAccessibleName(tr("Last change"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    setupActions();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    // An undo or redo changed the template behind the tree's back.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &TemplateView::reload);
    setActor(actor);
    reload();
}

TemplateView::~TemplateView()
{
    // The stack is a child: deleting it clears it, and the indexChanged() that follows must not reach a view whose
    // members are already gone.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

void TemplateView::setupActions()
{
    const auto make = [this](const char* name, const QString& text, const QString& icon,
                             const QList<QKeySequence>& keys, void (TemplateView::*slot)()) {
        auto* action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    // Ctrl+N as well, while the focus is in this view (see event()); it is New deal everywhere else.
    m_add = make("addItemAction", tr("&Add item…"), QStringLiteral("list-add"), {QKeySequence(Qt::Key_Insert)},
                 &TemplateView::addItem);
    m_edit = make("editItemAction", tr("&Edit item…"), QStringLiteral("document-edit"), {QKeySequence(Qt::Key_F2)},
                  &TemplateView::editItem);
    m_up = make("moveUpAction", tr("Move &up"), QStringLiteral("go-up"), {QKeySequence(Qt::CTRL | Qt::Key_Up)},
                &TemplateView::moveUp);
    m_down = make("moveDownAction", tr("Move &down"), QStringLiteral("go-down"),
                  {QKeySequence(Qt::CTRL | Qt::Key_Down)}, &TemplateView::moveDown);
    m_remove = make("removeItemAction", tr("&Remove item…"), QStringLiteral("list-remove"),
                    {QKeySequence(QKeySequence::Delete)}, &TemplateView::removeItem);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_add, m_edit, m_up, m_down, m_remove});
}

void TemplateView::updateActions()
{
    const ChecklistItem item = selectedItem();
    const bool chosen = !item.key.isEmpty();
    int index = -1, count = 0;
    for (const ChecklistItem& other : std::as_const(m_items)) {
        if (chosen && other.section == item.section) {
            index = other.key == item.key ? count : index;
            ++count;
        }
    }
    m_add->setEnabled(m_canEdit);
    m_edit->setEnabled(m_canEdit && chosen);
    m_up->setEnabled(m_canEdit && chosen && index > 0);
    m_down->setEnabled(m_canEdit && chosen && index >= 0 && index < count - 1);
    m_remove->setEnabled(m_canEdit && chosen);
    const auto tip = [this](QAction* action, const QString& text) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(!m_canEdit ? tr("Only team leads change the checklist template.")
                                      : tr("%1 (%2)").arg(text, keys));
    };
    tip(m_add, tr("Add an item to the selected section"));
    tip(m_edit, tr("Edit the selected item (also Enter or double-click)"));
    tip(m_up, tr("Move the selected item up within its section"));
    tip(m_down, tr("Move the selected item down within its section"));
    tip(m_remove, tr("Remove the selected item from the template"));
}

void TemplateView::setActor(const User& actor)
{
    m_actor = actor;
    m_canEdit = actor.role == Role::Lead && actor.active;
    m_undoStack->clear();
    m_status->setText(m_canEdit ? QString() : tr("Read-only: only team leads change the checklist template."));
    updateActions();
}

QString TemplateView::statusText() const
{
    return m_status->text();
}

bool TemplateView::event(QEvent* event)
{
    // Ctrl+N is the window's New deal; inside the template it adds an item. Claiming the key here makes it arrive
    // as a key press (keyPressEvent) instead of starting the window's shortcut.
    if (event->type() == QEvent::ShortcutOverride && m_canEdit &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::New)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void TemplateView::keyPressEvent(QKeyEvent* event)
{
    if (m_canEdit && event->matches(QKeySequence::New)) {
        addItem();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TemplateView::reload()
{
    auto items = ChecklistTemplateService(m_db).items();
    if (!items) {
        m_status->setText(tr("Could not read the checklist template: %1").arg(items.error().fullText()));
        return;
    }
    const QString selectedKey = selectedItem().key;
    const QString selectedGroup = selectedSection();
    QSet<QString> folded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded()) {
            folded.insert(m_tree->topLevelItem(i)->data(0, SectionRole).toString());
        }
    }
    m_items = *items;
    m_tree->clear();
    QHash<QString, QTreeWidgetItem*> groups;
    for (const ChecklistItem& item : std::as_const(m_items)) {
        QTreeWidgetItem* group = groups.value(item.section);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {item.section});
            group->setData(0, SectionRole, item.section);
            group->setFont(0, boldFont(m_tree->font()));
            group->setFirstColumnSpanned(true);
            groups.insert(item.section, group);
        }
        auto* row = new QTreeWidgetItem(group);
        row->setText(LabelColumn, item.label);
        row->setData(0, KeyRole, item.key);
        row->setData(0, SectionRole, item.section);
        row->setToolTip(LabelColumn, tr("Key: %1").arg(item.key));
        if (item.dealField != AnsweringField::None) {
            // One fact, one field: the template says which of the deal's fields answers the item.
            row->setText(KindColumn, tr("The deal's %1").arg(Labels::inSentence(Labels::of(item.dealField))));
            row->setToolTip(KindColumn, tr("Answered by the deal's own field; the checklist shows it and goes to it."));
        } else {
            row->setText(KindColumn, Labels::of(item.kind));
        }
        if (item.dealField == AnsweringField::None && item.kind == ChecklistItemKind::Choice) {
            row->setToolTip(KindColumn, tr("Choices: %1").arg(item.choices.join(QStringLiteral(", "))));
        }
        // A word, in bold, rather than a colour: it reads the same on any palette and to a screen reader.
        row->setText(RequiredColumn, item.required ? tr("Required") : tr("Optional"));
        if (item.required) {
            row->setFont(RequiredColumn, boldFont(m_tree->font()));
        }
        row->setText(HelpColumn, item.help.section(QLatin1Char('\n'), 0, 0));
        row->setToolTip(HelpColumn, item.help);
    }
    for (QTreeWidgetItem* group : std::as_const(groups)) {
        group->setExpanded(!folded.contains(group->data(0, SectionRole).toString()));
    }
    if (!selectedKey.isEmpty()) {
        select(selectedKey);
    } else if (QTreeWidgetItem* group = groups.value(selectedGroup)) {
        m_tree->setCurrentItem(group);
    }
    updateActions();
}

QStringList TemplateView::sections() const
{
    QStringList names;
    for (const ChecklistItem& item : std::as_const(m_items)) {
        if (!names.contains(item.section)) {
            names.append(item.section);
        }
    }
    return names;
}

ChecklistItem TemplateView::selectedItem() const
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    const QString key = current && current->isSelected() ? current->data(0, KeyRole).toString() : QString();
    for (const ChecklistItem& item : std::as_const(m_items)) {
        if (!key.isEmpty() && item.key == key) {
            return item;
        }
    }
    return {};
}

QString TemplateView::selectedSection() const
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    return current ? current->data(0, SectionRole).toString() : QString();
}

void TemplateView::select(const QString& key)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->data(0, KeyRole).toString() == key) {
                group->setExpanded(true);
                m_tree->setCurrentItem(group->child(j));
                m_tree->scrollToItem(group->child(j));
                return;
            }
        }
    }
}

} // namespace handoff
