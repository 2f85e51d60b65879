#include "promises/PromisesTab.h"

#include "deals/DealSession.h"
#include "model/Labels.h"
#include "promises/PromiseActionPanel.h"
#include "promises/PromiseEditorDialog.h"
#include "promises/PromiseTableModel.h"
#include "promises/StatusIcons.h"
#include "storage/Database.h"
#include "widgets/RecordTable.h"
#include "workflow/CatalogService.h"
#include "workflow/DealService.h"
#include "workflow/PromiseService.h"
#include "workflow/UserService.h"

#include <QAction>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace handoff {

namespace {

template <typename E>
int widestLabel(const QFontMetrics& metrics)
{
    int widest = 0;
    for (std::size_t value = 0; value < enumCount<E>(); ++value) {
        widest = std::max(widest, metrics.horizontalAdvance(Labels::of(E(value))));
    }
    return widest;
}

const char* const kBaseToolTip = "baseToolTip";

QLabel* alarmLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusIcons::alarmText(palette));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

PromisesTab::PromisesTab(DealSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_edits(session)
    , m_model(new PromiseTableModel(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_loadError(alarmLabel(QStringLiteral("promiseLoadError"), this))
    , m_detailIcon(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("promisesTab"));
    setAccessibleName(tr("Promises"));

    const auto keys = [](std::initializer_list<QKeySequence> list) { return QList<QKeySequence>(list); };
    m_add = makeAction(QStringLiteral("addPromiseAction"), tr("&Add promise"), tr("Record a new promise"),
                       keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)}));
    m_edit = makeAction(QStringLiteral("editPromiseAction"), tr("&Edit"), tr("Change the selected promise"),
                        keys({QKeySequence(Qt::Key_F2)}));
    m_remove = makeAction(QStringLiteral("removePromiseAction"), tr("&Remove"), tr("Remove the selected promise"),
                          keys({QKeySequence(QKeySequence::Delete)}));
    m_accept = makeAction(QStringLiteral("acceptPromiseAction"), tr("Acce&pt"),
                          tr("Accept the selected promise: support can keep it"),
                          keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}));
    m_acceptFeasible = makeAction(QStringLiteral("acceptFeasibleAction"), tr("Accept all feasi&ble"),
                                  tr("Accept every promise waiting for review whose feasibility is OK, each on its own "
                                     "in the history"),
                                  {});
    m_clarify = makeAction(QStringLiteral("clarifyPromiseAction"), tr("Needs &clarification"),
                           tr("Ask the sales rep about the selected promise; write the question in the note"),
                           keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)}));
    m_cannotFulfil = makeAction(QStringLiteral("cannotFulfilPromiseAction"), tr("Cannot &fulfil"),
                                tr("Say support cannot keep the selected promise; write why in the note"),
                                keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)}));
    m_answer = makeAction(QStringLiteral("answerPromiseAction"), tr("A&nswer"),
                          tr("Answer support's question about the selected promise with the note"),
                          keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}));
    m_waive = makeAction(QStringLiteral("waivePromiseAction"), tr("&Waive"),
                         tr("Release the deal from the selected promise; write the reason in the note"),
                         keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)}));
    m_fulfil = makeAction(QStringLiteral("fulfilPromiseAction"), tr("&Mark fulfilled"),
                          tr("Record that the selected promise was kept today"),
                          keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_edit->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_accept->setIcon(StatusIcons::of(ReviewStatus::Accepted));
    m_clarify->setIcon(StatusIcons::of(ReviewStatus::NeedsClarification));
    m_cannotFulfil->setIcon(StatusIcons::of(ReviewStatus::CannotFulfil));
    m_waive->setIcon(StatusIcons::of(Fulfilment::Waived));
    m_fulfil->setIcon(StatusIcons::of(Fulfilment::Fulfilled));

    m_panel = new PromiseActionPanel({{m_accept, QStringLiteral("acceptButton")},
                                      {m_clarify, QStringLiteral("clarifyButton")},
                                      {m_cannotFulfil, QStringLiteral("cannotFulfilButton")},
                                      {m_answer, QStringLiteral("answerButton")},
                                      {m_waive, QStringLiteral("waiveButton")},
                                      {m_fulfil, QStringLiteral("fulfilButton")}},
                                     this);

    m_toolBar->setObjectName(QStringLiteral("promiseToolBar"));
    m_toolBar->setAccessibleName(tr("Promise actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_add);
    m_toolBar->addAction(m_edit);
    m_toolBar->addAction(m_remove);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_acceptFeasible);
    m_acceptFeasible->setIcon(StatusIcons::of(ReviewStatus::Accepted));

    m_table->setObjectName(QStringLiteral("promiseTable"));
    m_table->setAccessibleName(tr("Promises of the deal"));
    m_table->setModel(m_model);
    RecordTable::setUp(m_table);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* columns = m_table->horizontalHeader();
    const int character = fontMetrics().averageCharWidth();
    const int widths[] = {12, 36, 28, 12, 22, 12, 20, 14};
    for (int column = 0; column < PromiseTableModel::ColumnCount; ++column) {
        columns->resizeSection(column, widths[column] * character);
    }
    // The columns of a fixed set of labels fit their widest label in the user's language, with its icon.
    const int iconAndMargins = m_table->iconSize().width() + 16 + 3 * character;
    const auto fit = [&](int column, int labelWidth) {
        columns->resizeSection(column, std::max(columns->sectionSize(column), labelWidth + iconAndMargins));
    };
    const QFontMetrics metrics = m_table->fontMetrics();
    fit(PromiseTableModel::KindColumn, widestLabel<PromiseKind>(metrics));
    fit(PromiseTableModel::FeasibilityColumn, widestLabel<Feasibility>(metrics));
    fit(PromiseTableModel::ReviewColumn, widestLabel<ReviewStatus>(metrics));
    fit(PromiseTableModel::FulfilmentColumn, widestLabel<Fulfilment>(metrics));
    // A date in the user's format, whole.
    fit(PromiseTableModel::DueColumn,
        std::max(
            metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 30), QLocale::ShortFormat)),
            metrics.horizontalAdvance(m_model->headerData(PromiseTableModel::DueColumn, Qt::Horizontal).toString())));
    columns->setSectionResizeMode(PromiseTableModel::DescriptionColumn, QHeaderView::Stretch);

    m_detailIcon->setObjectName(QStringLiteral("promiseDetailIcon"));
    m_detail->setObjectName(QStringLiteral("promiseDetail"));
    m_detail->setAccessibleName(tr("Selected promise"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* detail = new QHBoxLayout;
    detail->addWidget(m_detailIcon, 0, Qt::AlignTop);
    detail->addWidget(m_detail, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_loadError);
    layout->addWidget(m_table, 1);
    layout->addLayout(detail);
    layout->addWidget(m_panel);

    connect(m_add, &QAction::triggered, this, [this] { openEditor(true); });
    connect(m_edit, &QAction::triggered, this, [this] { openEditor(false); });
    connect(m_remove, &QAction::triggered, this, &PromisesTab::removeSelected);
    connect(m_accept, &QAction::triggered, this, [this] { review(ReviewStatus::Accepted); });
    connect(m_acceptFeasible, &QAction::triggered, this, &PromisesTab::acceptAllFeasible);
    connect(m_clarify, &QAction::triggered, this, [this] { review(ReviewStatus::NeedsClarification); });
    connect(m_cannotFulfil, &QAction::triggered, this, [this] { review(ReviewStatus::CannotFulfil); });
    connect(m_answer, &QAction::triggered, this, &PromisesTab::answerClarification);
    connect(m_waive, &QAction::triggered, this, &PromisesTab::waive);
    connect(m_fulfil, &QAction::triggered, this, &PromisesTab::markFulfilled);
    // Enter and a double click open the promise, as in any list of records.
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled()) {
            m_edit->trigger();
        }
    });
    // The selection, not the current row: a click makes the row current before it selects it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_panel->hideProblem();
        updateDetail();
        updateActions();
    });
    connect(&m_session, &DealSession::changed, this, &PromisesTab::reload);
    reload();
}

QAction* PromisesTab::makeAction(const QString& name, const QString& text, const QString& toolTip,
                                 const QList<QKeySequence>& shortcuts)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    // The editor shows several tabs with their own actions; a key works in the tab that has the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString keys = shortcuts.isEmpty() ? QString() : shortcuts.first().toString(QKeySequence::NativeText);
    const QString tip = keys.isEmpty() ? toolTip : tr("%1 (%2)").arg(toolTip, keys);
    action->setProperty(kBaseToolTip, tip);
    action->setToolTip(tip);
    action->setStatusTip(toolTip);
    addAction(action);
    return action;
}

void PromisesTab::reload()
{
    const Promise* current = selected();
    const qint64 keep = current ? current->id : 0;
    Database& db = m_session.db();
    QStringList problems;
    auto promises = PromiseService(db).forDeal(m_session.dealId());
    auto catalog = CatalogService(db).all();
    auto users = UserService(db).all();
    QHash<qint64, QString> names;
    if (users) {
        for (const User& user : *users) {
            names.insert(user.id, user.name);
        }
    }
    for (const Error* error : {promises ? nullptr : &promises.error(), catalog ? nullptr : &catalog.error(),
                               users ? nullptr : &users.error()}) {
        if (error) {
            problems.append(error->message);
        }
    }
    m_model->setPromises(promises ? *promises : QList<Promise>(), catalog ? *catalog : QList<Capability>(), names);
    m_loadError->setText(tr("The promises could not be read: %1").arg(problems.join(QLatin1Char(' '))));
    m_loadError->setVisible(!problems.isEmpty());
    select(keep);
    updateDetail();
    updateActions();
}

const Promise* PromisesTab::selected() const
{
    const int row = RecordTable::selectedRow(m_table);
    return row < 0 ? nullptr : &m_model->promise(row);
}

void PromisesTab::select(qint64 promiseId)
{
    RecordTable::selectRow(m_table, m_model->rowOf(promiseId), PromiseTableModel::DescriptionColumn);
}

void PromisesTab::updateDetail()
{
    const Promise* promise = selected();
    if (!promise) {
        m_detailIcon->clear();
        m_detail->setText(m_model->rowCount() == 0 ? tr("No promises recorded for this deal yet.")
                                                   : tr("Select a promise to see why it is flagged and how it was "
                                                        "reviewed."));
        return;
    }
    m_detailIcon->setPixmap(StatusIcons::of(promise->feasibility).pixmap(16, 16));
    QStringList lines;
    lines.append(
        promise->feasibilityReason.isEmpty()
            ? tr("%1: no problem found with the catalog or the due date.").arg(Labels::of(promise->feasibility))
            : tr("%1: %2").arg(Labels::of(promise->feasibility), promise->feasibilityReason));
    if (!promise->justification.isEmpty()) {
        lines.append(tr("Justification: %1").arg(promise->justification));
    }
    lines.append(tr("Review: %1").arg(m_model->reviewText(*promise)));
    if (!promise->customerWords.isEmpty()) {
        lines.append(tr("The customer said: “%1”").arg(promise->customerWords));
    }
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void PromisesTab::updateActions()
{
    PromiseService service(m_session.db());
    const User& actor = m_session.actor();
    setAllowed(m_add, service.refusalsToAdd(actor, m_session.dealId()));
    const Promise* promise = selected();
    const QStringList none{tr("Select a promise first.")};
    const auto refusals = [&](PromiseAction action) {
        return promise ? service.refusals(actor, promise->id, action) : none;
    };
    setAllowed(m_edit, refusals(PromiseAction::Edit));
    setAllowed(m_remove, refusals(PromiseAction::Remove));
    const QStringList review = refusals(PromiseAction::Review);
    setAllowed(m_accept, review);
    setAllowed(m_clarify, review);
    setAllowed(m_cannotFulfil, review);
    setAllowed(m_answer, refusals(PromiseAction::AnswerClarification));
    // As many as it would accept. Whether a review may be made of an open promise depends on the user and the deal
    // alone, so the first one answers for all (one read, not one per promise, at every change of selection).
    const QList<Promise> feasible = feasiblePending();
    setAllowed(m_acceptFeasible, feasible.isEmpty()
                                     ? QStringList{tr("No promise with an OK feasibility waits for review.")}
                                     : service.refusals(actor, feasible.first().id, PromiseAction::Review));
    m_acceptFeasible->setText(feasible.isEmpty() ? tr("Accept all feasi&ble")
                                                 : tr("Accept all feasi&ble (%L1)").arg(feasible.size()));
    setAllowed(m_waive, refusals(PromiseAction::Waive));
    setAllowed(m_fulfil, refusals(PromiseAction::MarkFulfilled));
}

void PromisesTab::setAllowed(QAction* action, const QStringList& refusals)
{
    const QString base = action->property(kBaseToolTip).toString();
    action->setEnabled(refusals.isEmpty());
    action->setToolTip(
        refusals.isEmpty() ? base : tr("%1\nNot possible now:\n%2").arg(base, refusals.join(QLatin1Char('\n'))));
}

void PromisesTab::openEditor(bool creating)
{
    const Promise* current = selected();
    if (!creating && !current) {
        return;
    }
    Promise base;
    base.dealId = m_session.dealId();
    if (!creating) {
        base = *current;
    }
    Database& db = m_session.db();
    auto catalog = CatalogService(db).all();
    auto deal = DealService(db).get(m_session.dealId());
    auto* dialog = new PromiseEditorDialog(catalog ? *catalog : QList<Capability>(), db.today(),
                                           deal ? deal->contractStart : QDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPromise(base);
    dialog->setSaver([this, dialog, base](const Promise& typed) {
        if (base.id == 0) {
            const qint64 id = m_edits.add(dialog, typed);
            select(id);
            return id != 0;
        }
        const bool unchanged = typed.kind == base.kind && typed.description == base.description &&
                               typed.customerWords == base.customerWords && typed.dueOn == base.dueOn &&
                               typed.capabilityId == base.capabilityId && typed.justification == base.justification;
        return unchanged || m_edits.edit(dialog, base, typed);
    });
    dialog->open();
}

void PromisesTab::removeSelected()
{
    if (const Promise* promise = selected()) {
        const Promise removed = *promise; // the reload inside the removal replaces the rows
        m_edits.remove(this, removed);
    }
}

void PromisesTab::review(ReviewStatus status)
{
    const Promise* promise = selected();
    if (!promise) {
        return;
    }
    const bool required = status != ReviewStatus::Accepted;
    const QString note = m_panel->note(required, status == ReviewStatus::NeedsClarification
                                                     ? tr("Write in the note what the sales rep should clarify.")
                                                     : tr("Write in the note why the promise cannot be fulfilled."));
    if ((!required || !note.isEmpty()) && m_edits.review(this, Promise(*promise), status, note)) {
        m_panel->clear();
    }
}

QList<Promise> PromisesTab::feasiblePending() const
{
    QList<Promise> found;
    for (const Promise& promise : m_model->promises()) {
        if (promise.reviewStatus == ReviewStatus::Pending && promise.feasibility == Feasibility::Ok &&
            promise.fulfilment == Fulfilment::Open) {
            found.append(promise);
        }
    }
    return found;
}

void PromisesTab::acceptAllFeasible()
{
    const QList<Promise> feasible = feasiblePending();
    if (feasible.isEmpty()) {
        return;
    }
    QUndoStack* stack = m_session.undoStack();
    // Two sentences rather than %n: English is the source language and has no translation to pick the plural.
    stack->beginMacro(feasible.size() == 1 ? tr("Accept 1 feasible promise")
                                           : tr("Accept %L1 feasible promises").arg(feasible.size()));
    for (const Promise& promise : feasible) {
        if (!m_edits.review(this, promise, ReviewStatus::Accepted, QString())) {
            break; // the refusal was shown; those accepted so far stay, each in the history
        }
    }
    stack->endMacro();
}

void PromisesTab::answerClarification()
{
    const Promise* promise = selected();
    if (!promise) {
        return;
    }
    const QString answer = m_panel->note(true, tr("Write your answer to support's question in the note."));
    if (!answer.isEmpty() && m_edits.answerClarification(this, Promise(*promise), answer)) {
        m_panel->clear();
    }
}

void PromisesTab::waive()
{
    const Promise* promise = selected();
    if (!promise) {
        return;
    }
    const QString reason = m_panel->note(true, tr("Write in the note why the promise is waived."));
    if (!reason.isEmpty() && m_edits.waive(this, Promise(*promise), reason)) {
        m_panel->clear();
    }
}

void PromisesTab::markFulfilled()
{
    if (const Promise* promise = selected()) {
        m_edits.markFulfilled(this, Promise(*promise), m_session.db().today());
    }
}

} // namespace handoff
