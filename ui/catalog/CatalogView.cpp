#include "catalog/CatalogView.h"

#include "catalog/CapabilityDialog.h"
#include "catalog/CapabilityTableModel.h"
#include "widgets/Messages.h"
#include "widgets/RecordTable.h"
#include "widgets/ServiceCommand.h"
#include "workflow/CatalogService.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace handoff {

namespace {

using Step = ServiceCommand::Step;

// Whether two entries say the same; id and version aside. Names are compared as core stores them (trimmed).
bool sameEntry(const Capability& a, const Capability& b)
{
    return a.name.trimmed() == b.name.trimmed() && a.description == b.description && a.status == b.status &&
           a.leadTimeDays == b.leadTimeDays;
}

Result<Capability> stored(Database& db, qint64 id)
{
    auto all = CatalogService(db).all();
    if (!all) {
        return all.error();
    }
    for (const Capability& capability : std::as_const(*all)) {
        if (capability.id == id) {
            return capability;
        }
    }
    return makeError(Error::Code::NotFound,
                     CatalogView::tr("The capability is no longer in the catalog; someone may have removed it."));
}

Error changedElsewhere(const Capability& now)
{
    return makeError(Error::Code::Conflict,
                     CatalogView::tr("'%1' was changed elsewhere in the meantime; that change is kept.").arg(now.name));
}

// Turns the entry from `from` into `to`, provided it still reads `from`: an undo or redo never writes over a
// change that someone else made after this view's own step. The write itself is version-checked by core.
Result<Capability> change(Database& db, const User& actor, qint64 id, const Capability& from, const Capability& to)
{
    auto now = stored(db, id);
    if (!now) {
        return now.error();
    }
    if (!sameEntry(*now, from)) {
        return changedElsewhere(*now);
    }
    Capability next = to;
    next.id = now->id;
    next.version = now->version;
    return CatalogService(db).update(actor, next);
}

} // namespace

CatalogView::CatalogView(Database& db, const User& actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_canEdit(actor.role == Role::Lead && actor.active)
    , m_undoStack(new QUndoStack(this))
    , m_model(new CapabilityTableModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("catalogView"));
    setAccessibleName(tr("Capability catalog"));

    m_filter->setObjectName(QStringLiteral("catalogFilter"));
    m_filter->setAccessibleName(tr("Filter capabilities by name"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        const qint64 selected = selectedId();
        m_model->setNameFilter(text);
        select(selected);
        updateActions();
    });

    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setAccessibleName(tr("Capabilities"));
    m_table->setAccessibleDescription(tr("What the product can do, one capability per row. Click a column header "
                                         "to sort by it."));
    m_table->setModel(m_model);
    RecordTable::setUp(m_table);
    // Names, statuses and lead times whole; the description takes what is left.
    RecordTable::fitColumns(m_table, QStringLiteral("catalog"), CapabilityTableModel::DescriptionColumn, 48);
    m_table->horizontalHeader()->setSortIndicator(CapabilityTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Enter and a double-click both activate a row.
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_edit->isEnabled()) {
            editCapability();
        }
    });

    m_status->setObjectName(QStringLiteral("catalogStatus"));
    m_status->setAccessibleName(tr("Last change"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    setupActions();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    setTabOrder(m_filter, m_table);

    // An undo or redo changed the catalog behind the table's back.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &CatalogView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogView::updateActions);
    if (!m_canEdit) {
        m_status->setText(tr("Read-only: only team leads change the capability catalog."));
    }
    reload();
}

CatalogView::~CatalogView()
{
    // The stack is a child: deleting it clears it, and the indexChanged() that follows must not reach a view whose
    // members are already gone.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

void CatalogView::setupActions()
{
    m_add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add capability…"), this);
    m_add->setObjectName(QStringLiteral("addCapabilityAction"));
    // Ctrl+N as well, while the focus is in this view (see event()); it is New deal everywhere else.
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_add, &QAction::triggered, this, &CatalogView::addCapability);
    addAction(m_add);

    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit capability…"), this);
    m_edit->setObjectName(QStringLiteral("editCapabilityAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2)); // Enter comes through the table's activated()
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_edit, &QAction::triggered, this, &CatalogView::editCapability);
    addAction(m_edit);

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_add, m_edit});
    updateActions();
}

void CatalogView::updateActions()
{
    const QString onlyLeads = tr("Only team leads change the capability catalog.");
    m_add->setEnabled(m_canEdit);
    m_add->setToolTip(m_canEdit ? tr("Add a capability to the catalog (%1 or %2)")
                                      .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText),
                                           m_add->shortcut().toString(QKeySequence::NativeText))
                                : onlyLeads);
    m_edit->setEnabled(m_canEdit && selectedId() != 0);
    m_edit->setToolTip(m_canEdit ? tr("Edit the selected capability (Enter, F2 or double-click)") : onlyLeads);
}

void CatalogView::setActor(const User& actor)
{
    m_actor = actor;
    m_canEdit = actor.role == Role::Lead && actor.active;
    m_undoStack->clear();
    m_status->setText(m_canEdit ? QString() : tr("Read-only: only team leads change the capability catalog."));
    updateActions();
}

bool CatalogView::event(QEvent* event)
{
    // Ctrl+N is the window's New deal; inside the catalog it adds a capability. Claiming the key here makes it
    // arrive as a key press (keyPressEvent) instead of starting the window's shortcut.
    if (event->type() == QEvent::ShortcutOverride && m_canEdit &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::New)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void CatalogView::keyPressEvent(QKeyEvent* event)
{
    if (m_canEdit && event->matches(QKeySequence::New)) {
        addCapability();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString CatalogView::statusText() const
{
    return m_status->text();
}

void CatalogView::reload()
{
    auto all = CatalogService(m_db).all();
    if (!all) {
        m_status->setText(tr("Could not read the catalog: %1").arg(all.error().fullText()));
        return;
    }
    const qint64 selected = selectedId();
    m_model->setCapabilities(*all);
    select(selected);
}

void CatalogView::addCapability()
{
    if (!m_canEdit) {
        return;
    }
    Capability fresh;
    fresh.status = CapabilityStatus::Available;
    CapabilityDialog dialog(
        tr("Add capability"), fresh, [this](const Capability& wanted) { return saveNew(wanted); }, this);
    dialog.exec();
}

void CatalogView::editCapability()
{
    const qint64 id = selectedId();
    if (!m_canEdit || id == 0) {
        return;
    }
    const Capability before = m_model->capability(m_model->rowOf(id));
    CapabilityDialog dialog(
        tr("Edit capability"), before,
        [this, before](const Capability& wanted) { return saveEdit(before, wanted, true); }, this);
    dialog.setImpact([this](const Capability& wanted) { return CatalogService(m_db).impactOf(wanted); });
    dialog.exec();
}

Result<void> CatalogView::saveNew(const Capability& wanted)
{
    Database* db = &m_db;
    const User actor = m_actor;
    const IdCells cells = m_cells;
    const IdCell cell = std::make_shared<qint64>(0);
    const auto added = std::make_shared<Capability>(); // as core stored it, for undo to recognise
    const QPointer<CatalogView> view(this);
    const Step doIt = [db, actor, cells, cell, added, view, wanted]() -> Result<void> {
        auto created = CatalogService(*db).add(actor, wanted);
        if (!created) {
            return created.error();
        }
        *added = *created;
        *cell = created->id;
        cells->insert(created->id, cell);
        if (view) {
            view->announce(tr("Added '%1' to the catalog").arg(created->name));
        }
        return {};
    };
    const Step undoIt = [db, actor, cells, cell, added, view]() -> Result<void> {
        auto now = stored(*db, *cell);
        if (!now) {
            return now.error();
        }
        if (!sameEntry(*now, *added)) {
            return changedElsewhere(*now);
        }
        if (auto removed = CatalogService(*db).remove(actor, *now); !removed) {
            return removed;
        }
        cells->remove(*cell);
        if (view) {
            view->announce(tr("Removed '%1' from the catalog again").arg(now->name));
        }
        return {};
    };
    const QString text = tr("Add '%1'").arg(wanted.name.trimmed());
    auto done = ServiceCommand::apply(m_undoStack, text, doIt, undoIt, [view, text](const Error& error) {
        if (view) {
            view->showStepError(text, error);
        }
    });
    if (done) {
        select(*cell);
    }
    return done;
}

Result<void> CatalogView::saveEdit(const Capability& before, const Capability& wanted, bool mayAsk)
{
    if (sameEntry(before, wanted)) {
        return {}; // nothing changed: nothing to save or undo
    }
    Database* db = &m_db;
    const User actor = m_actor;
    const IdCell cell = cellFor(before.id);
    const QPointer<CatalogView> view(this);
    Capability after = wanted;
    after.name = wanted.name.trimmed();
    const Step doIt = [db, actor, cell, view, before, after]() -> Result<void> {
        auto changed = change(*db, actor, *cell, before, after);
        if (!changed) {
            return changed.error();
        }
        if (view) {
            view->announce(tr("Updated '%1'; feasibility of open promises re-checked").arg(changed->name));
        }
        return {};
    };
    const Step undoIt = [db, actor, cell, view, before, after]() -> Result<void> {
        auto changed = change(*db, actor, *cell, after, before);
        if (!changed) {
            return changed.error();
        }
        if (view) {
            view->announce(tr("Undid the change to '%1'; feasibility of open promises re-checked").arg(changed->name));
        }
        return {};
    };
    const QString text = tr("Edit '%1'").arg(before.name);
    auto done = ServiceCommand::apply(m_undoStack, text, doIt, undoIt, [view, text](const Error& error) {
        if (view) {
            view->showStepError(text, error);
        }
    });
    if (!done && done.error().code == Error::Code::Conflict && mayAsk) {
        if (Messages::askConflict(this, tr("the capability '%1'").arg(before.name)) ==
            Messages::ConflictChoice::Reload) {
            reload();
            return makeError(Error::Code::Cancelled, tr("The edit was dropped for the other version."));
        }
        // Overwrite: the same edit over what is stored now, so that undo brings back their version.
        auto now = stored(m_db, *cell);
        if (!now) {
            return now.error();
        }
        return saveEdit(*now, wanted, false);
    }
    if (done) {
        select(*cell);
    }
    return done;
}

void CatalogView::announce(const QString& text)
{
    m_status->setText(text);
    emit statusMessage(text);
}

void CatalogView::showStepError(const QString& title, const Error& error)
{
    Messages::showError(this, tr("Could not undo or redo “%1”").arg(title), error);
    reload();
}

CatalogView::IdCell CatalogView::cellFor(qint64 id)
{
    IdCell cell = m_cells->value(id);
    if (!cell) {
        cell = std::make_shared<qint64>(id);
        m_cells->insert(id, cell);
    }
    return cell;
}

qint64 CatalogView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(CapabilityTableModel::CapabilityIdRole).toLongLong();
}

void CatalogView::select(qint64 id)
{
    const int row = id == 0 ? -1 : m_model->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

} // namespace handoff
