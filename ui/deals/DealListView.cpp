#include "deals/DealListView.h"

#include "deals/DealListDelegate.h"
#include "deals/DealListFilterBar.h"
#include "models/DealListModel.h"

#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace handoff {

namespace {

const QString kHeaderKey = QStringLiteral("header");
const QString kColumnsKey = QStringLiteral("columns");

// Settings keys of each list's sort; stable, unlike the enum's numbers.
QString sortKeyOf(DealListKind kind)
{
    switch (kind) {
    case DealListKind::MyHandoffs:
        return QStringLiteral("sort/myHandoffs");
    case DealListKind::ReviewQueue:
        return QStringLiteral("sort/reviewQueue");
    case DealListKind::Fulfilment:
        return QStringLiteral("sort/fulfilment");
    case DealListKind::AllDeals:
        break;
    }
    return QStringLiteral("sort/allDeals");
}

// Settings keys of each list's columns.
QString layoutKeyOf(DealListKind kind)
{
    return QStringLiteral("layout/") + sortKeyOf(kind).section(QLatin1Char('/'), 1);
}

constexpr DealListKind kKinds[] = {DealListKind::MyHandoffs, DealListKind::ReviewQueue, DealListKind::Fulfilment,
                                   DealListKind::AllDeals};

} // namespace

DealListView::DealListView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_model(new DealListModel(db, this))
    , m_filterBar(new DealListFilterBar(db, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("dealListView"));
    setAccessibleName(tr("Deal list"));
    connect(m_model, &DealListModel::errorOccurred, this, &DealListView::errorOccurred);
    connect(m_filterBar, &DealListFilterBar::filterChanged, this, &DealListView::applyFilter);

    m_table->setObjectName(QStringLiteral("dealTable"));
    m_table->setAccessibleName(tr("Deals"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DealListDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // activated: Enter or Return, and a double-click (a single click where the platform opens items that way).
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->dealId(index.row()); id > 0) {
            emit dealActivated(id);
        }
    });

    // Every row the same height, fixed: the view then finds a row's position by arithmetic instead of measuring
    // each row, which is what keeps scrolling instant with many rows loaded.
    QHeaderView* rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->hide();

    // Widths are set, never measured from the contents (ResizeToContents reads every row).
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionsMovable(true);
    columns->setSectionsClickable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false); // a stretched clock column looks broken; the deal title takes the room
    columns->setSortIndicatorShown(true);
    setDefaultColumnWidths();
    columns->setSectionResizeMode(DealListModel::TitleColumn, QHeaderView::Stretch);
    // Not QTableView's sorting: a click on a computed column must not move the sort indicator to it.
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &DealListView::sortRequested);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &DealListView::showHeaderMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DealListView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DealListView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DealListView::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table);

    // Until the host picks a list: every deal, as a lead sees them.
    User everyone;
    everyone.role = Role::Lead;
    setKind(DealListKind::AllDeals, everyone);
}

void DealListView::setKind(DealListKind kind, const User& actor)
{
    showLayoutOf(kind);
    m_kind = kind;
    m_actor = actor;
    const DealListScope scope = DealListScope::of(kind, actor);
    if (auto reps = m_filterBar->setBase(scope.filter); !reps) {
        emit errorOccurred(reps.error().fullText());
    }
    int column = DealListModel::columnOf(scope.sort);
    auto order = scope.order;
    if (const auto chosen = m_sorts.constFind(int(kind)); chosen != m_sorts.cend()) {
        column = chosen->first;
        order = Qt::SortOrder(chosen->second);
    }
    m_table->setAccessibleDescription(DealListScope::description(kind, actor.role) + QLatin1Char(' ') +
                                      tr("Double-click a deal or press Enter to open it."));
    m_model->setScope(m_filterBar->filter(), column, order);
    showSort();
}

qint64 DealListView::currentDealId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->dealId(current.row()) : 0;
}

void DealListView::applyFilter()
{
    m_model->setFilter(m_filterBar->filter());
}

void DealListView::sortRequested(int column, Qt::SortOrder order)
{
    if (!DealListModel::isSortable(column)) {
        showSort(); // computed columns do not sort: the indicator goes back where the list is sorted
        return;
    }
    m_sorts.insert(int(m_kind), {column, int(order)});
    if (column != m_model->sortColumn() || order != m_model->sortOrder()) {
        m_model->sort(column, order);
    }
}

void DealListView::showSort()
{
    QHeaderView* columns = m_table->horizontalHeader();
    const QSignalBlocker block(columns);
    columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void DealListView::updateCount()
{
    const auto total = m_model->totalCount();
    if (total) {
        m_filterBar->setCountText(tr("Deals: %L1").arg(*total));
    } else if (m_model->canFetchMore(QModelIndex())) {
        // Counting flagged or overdue deals would probe every open deal: the list says how far it has read.
        m_filterBar->setCountText(tr("Deals: %L1 or more").arg(m_model->rowCount()));
    } else {
        m_filterBar->setCountText(tr("Deals: %L1").arg(m_model->rowCount()));
    }
}

QList<int> DealListView::defaultColumns(DealListKind kind)
{
    using M = DealListModel;
    switch (kind) {
    case DealListKind::ReviewQueue:
        // Every row is submitted and nobody owns it yet; what support weighs is the risk and how complete it is. The
        // title names the account in practice, so the account waits in the header's menu.
        return {M::TitleColumn,        M::SalesRepColumn, M::FlaggedColumn,   M::NextDueColumn,
                M::CompletenessColumn, M::ClockColumn,    M::SubmittedColumn, M::AmountColumn};
    case DealListKind::Fulfilment:
        // Accepted handoffs being worked: whose account, who owns it, what is due next.
        return {M::AccountColumn, M::TitleColumn,   M::SupportOwnerColumn,
                M::NextDueColumn, M::FlaggedColumn, M::AmountColumn};
    case DealListKind::MyHandoffs:
    case DealListKind::AllDeals:
        break;
    }
    QList<int> all;
    for (int column = 0; column < M::ColumnCount; ++column) {
        all.append(column);
    }
    return all;
}

void DealListView::showLayoutOf(DealListKind kind)
{
    QHeaderView* columns = m_table->horizontalHeader();
    if (m_kindShown) {
        m_layouts.insert(int(m_kind), columns->saveState());
    }
    m_kindShown = true;
    const QSignalBlocker block(columns);
    const auto saved = m_layouts.constFind(int(kind));
    if (saved == m_layouts.cend() || !columns->restoreState(*saved)) {
        applyDefaultLayout(kind);
    }
    // The saved state also carries resize modes, which are ours to choose: never ResizeToContents.
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(DealListModel::TitleColumn, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
}

void DealListView::applyDefaultLayout(DealListKind kind)
{
    QHeaderView* columns = m_table->horizontalHeader();
    setDefaultColumnWidths();
    const QList<int> shown = defaultColumns(kind);
    for (int column = 0; column < DealListModel::ColumnCount; ++column) {
        columns->setSectionHidden(column, !shown.contains(column));
    }
    for (int place = 0; place < shown.size(); ++place) {
        columns->moveSection(columns->visualIndex(shown.at(place)), place);
    }
}

void DealListView::showHeaderMenu(const QPoint& at)
{
    QHeaderView* columns = m_table->horizontalHeader();
    QMenu menu(this);
    for (int visual = 0; visual < DealListModel::ColumnCount; ++visual) {
        const int column = columns->logicalIndex(visual);
        QAction* toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!columns->isSectionHidden(column));
        // The deal's title stays: without it a row says nothing.
        toggle->setEnabled(column != DealListModel::TitleColumn);
        connect(toggle, &QAction::toggled, this,
                [columns, column](bool on) { columns->setSectionHidden(column, !on); });
    }
    menu.addSeparator();
    QAction* reset = menu.addAction(tr("&Reset Columns"));
    reset->setToolTip(tr("Show this list's columns in their first order and widths"));
    connect(reset, &QAction::triggered, this, [this] { applyDefaultLayout(m_kind); });
    menu.exec(columns->viewport()->mapToGlobal(at));
}

void DealListView::saveState(QSettings& settings) const
{
    settings.remove(kHeaderKey); // one layout for every list, before each list had its own
    QHash<int, QByteArray> layouts = m_layouts;
    layouts.insert(int(m_kind), m_table->horizontalHeader()->saveState());
    for (auto it = layouts.cbegin(); it != layouts.cend(); ++it) {
        settings.setValue(layoutKeyOf(DealListKind(it.key())), it.value());
    }
    settings.setValue(kColumnsKey, int(DealListModel::ColumnCount));
    for (auto it = m_sorts.cbegin(); it != m_sorts.cend(); ++it) {
        settings.setValue(sortKeyOf(DealListKind(it.key())),
                          QStringLiteral("%1,%2").arg(it.value().first).arg(it.value().second));
    }
}

void DealListView::restoreState(const QSettings& settings)
{
    for (const DealListKind kind : kKinds) {
        const QStringList saved = settings.value(sortKeyOf(kind)).toString().split(QLatin1Char(','));
        bool columnOk = false;
        bool orderOk = false;
        const int column = saved.value(0).toInt(&columnOk);
        const int order = saved.value(1).toInt(&orderOk);
        if (columnOk && orderOk && DealListModel::isSortable(column) && (order == 0 || order == 1)) {
            m_sorts.insert(int(kind), {column, order});
        }
    }
    // A header saved by a version with other columns would put widths on the wrong ones.
    if (settings.value(kColumnsKey).toInt() == DealListModel::ColumnCount) {
        for (const DealListKind kind : kKinds) {
            const QByteArray layout = settings.value(layoutKeyOf(kind)).toByteArray();
            if (!layout.isEmpty()) {
                m_layouts.insert(int(kind), layout);
            }
        }
    }
    m_kindShown = false; // the layout on screen is not the user's: show the saved one of the current list
    showLayoutOf(m_kind);
    if (const auto chosen = m_sorts.constFind(int(m_kind)); chosen != m_sorts.cend()) {
        sortRequested(chosen->first, Qt::SortOrder(chosen->second));
    }
    showSort();
}

void DealListView::setDefaultColumnWidths()
{
    const int character = fontMetrics().averageCharWidth();
    QHeaderView* columns = m_table->horizontalHeader();
    const int arrowAndMargins = columns->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 4 * character;
    const auto widen = [&](int column, int characters) {
        // At least the header's own text with its sort arrow: measuring the header is cheap, the rows never are.
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int header = columns->fontMetrics().horizontalAdvance(title) + arrowAndMargins;
        columns->resizeSection(column, std::max(characters * character, header));
    };
    widen(DealListModel::AccountColumn, 28);
    widen(DealListModel::TitleColumn, 36);
    widen(DealListModel::StateColumn, 14);
    widen(DealListModel::SalesRepColumn, 18);
    widen(DealListModel::SupportOwnerColumn, 18);
    widen(DealListModel::AmountColumn, 16);
    // Digits are wider than the average character: room for a seven-figure amount as this locale writes it.
    const QString amount = QLocale().toString(9999999.99, 'f', 2) + QStringLiteral(" USD");
    columns->resizeSection(DealListModel::AmountColumn,
                           std::max(columns->sectionSize(DealListModel::AmountColumn),
                                    m_table->fontMetrics().horizontalAdvance(amount) + 2 * character));
    widen(DealListModel::ClosedOnColumn, 12);
    widen(DealListModel::SubmittedColumn, 12);
    widen(DealListModel::CompletenessColumn, 12);
    widen(DealListModel::FlaggedColumn, 8);
    widen(DealListModel::NextDueColumn, 12);
    widen(DealListModel::ClockColumn, 12);
    // Dates as the model writes them, in this locale's short form, whole.
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    for (const int column :
         {DealListModel::ClosedOnColumn, DealListModel::SubmittedColumn, DealListModel::NextDueColumn}) {
        columns->resizeSection(column, std::max(columns->sectionSize(column),
                                                m_table->fontMetrics().horizontalAdvance(date) + 2 * character));
    }
}

} // namespace handoff
