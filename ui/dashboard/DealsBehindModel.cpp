#include "dashboard/DealsBehindModel.h"

#include "model/Labels.h"
#include "workflow/DealService.h"
#include "workflow/UserService.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace handoff {

DealsBehindModel::DealsBehindModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void DealsBehindModel::setDealIds(const QList<qint64>& ids)
{
    // The first page is read inside the reset, and no fetch runs until the reset ends: a view or a tester that fetches
    // more while it hears of the reset would otherwise insert rows in the middle of it.
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_ids = ids;
    m_pages.clear();
    m_window.clear();
    m_rowCount = int(std::min(m_ids.size(), qsizetype(kPage)));
    if (m_rowCount > 0) {
        m_pages.resize(1);
        readPage(0);
    }
    endResetModel();
}

qint64 DealsBehindModel::dealIdAt(int row) const
{
    return row >= 0 && row < m_rowCount ? m_ids.at(row) : 0;
}

QString DealsBehindModel::errorAt(int row) const
{
    return row >= 0 && row < m_rowCount ? rowAt(row).error : QString();
}

int DealsBehindModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DealsBehindModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DealsBehindModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rowCount < m_ids.size();
}

void DealsBehindModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_fetching) {
        return;
    }
    const QScopedValueRollback fetching(m_fetching, true);
    const int first = m_rowCount;
    const int last = int(std::min(m_ids.size(), qsizetype(first + kPage))) - 1;
    beginInsertRows({}, first, last);
    m_rowCount = last + 1;
    m_pages.resize(m_rowCount / kPage + (m_rowCount % kPage ? 1 : 0));
    readPage(int(m_pages.size()) - 1);
    endInsertRows();
}

const DealsBehindModel::Row& DealsBehindModel::rowAt(int row) const
{
    const int number = row / kPage;
    if (m_pages.at(number).rows.isEmpty()) {
        readPage(number);
    }
    Page& page = m_pages[number];
    page.used = ++m_uses;
    return page.rows.at(row % kPage);
}

void DealsBehindModel::readPage(int number) const
{
    Page& page = m_pages[number];
    const int first = number * kPage;
    const int last = std::min(m_rowCount, first + kPage) - 1;
    page.rows.reserve(last - first + 1);
    for (int i = first; i <= last; ++i) {
        page.rows.append(read(m_ids.at(i)));
    }
    page.used = ++m_uses;
    m_window.append(number);
    while (m_window.size() > kWindowPages) {
        const auto oldest = std::min_element(m_window.begin(), m_window.end(),
                                             [this](int a, int b) { return m_pages.at(a).used < m_pages.at(b).used; });
        m_pages[*oldest].rows = QList<Row>();
        m_window.erase(oldest);
    }
}

DealsBehindModel::Row DealsBehindModel::read(qint64 dealId) const
{
    Row row;
    row.id = dealId;
    DealService deals(m_db);
    const auto deal = deals.get(dealId);
    if (!deal) {
        row.error = deal.error().message;
        return row;
    }
    row.title = deal->title;
    row.state = deal->state;
    if (!m_accountNames.contains(deal->accountId)) {
        const auto account = deals.accountName(deal->accountId);
        m_accountNames.insert(deal->accountId, account ? *account : QString());
    }
    row.account = m_accountNames.value(deal->accountId);
    row.salesRep = userName(deal->salesRepId);
    row.supportOwner = userName(deal->supportOwnerId);
    return row;
}

QString DealsBehindModel::userName(qint64 userId) const
{
    if (userId == 0) {
        return QString();
    }
    auto known = m_userNames.constFind(userId);
    if (known != m_userNames.constEnd()) {
        return *known;
    }
    const auto user = UserService(m_db).get(userId);
    const QString name = user ? user->name : QString();
    m_userNames.insert(userId, name);
    return name;
}

QVariant DealsBehindModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row& row = rowAt(index.row());
    if (role == DealIdRole) {
        return row.id;
    }
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        return row.error.isEmpty() ? tr("Double-click or press Enter to open the deal")
                                   : QStringLiteral("<p>%1</p>").arg(row.error.toHtmlEscaped());
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return row.id;
    case AccountColumn:
        return row.account;
    case TitleColumn:
        return row.error.isEmpty() ? row.title : row.error;
    case StateColumn:
        return row.error.isEmpty() ? Labels::of(row.state) : QString();
    case SalesRepColumn:
        return row.salesRep;
    case SupportOwnerColumn:
        return row.supportOwner;
    default:
        return {};
    }
}

QVariant DealsBehindModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IdColumn:
        return tr("Deal");
    case AccountColumn:
        return tr("Account");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case SalesRepColumn:
        return tr("Sales rep");
    case SupportOwnerColumn:
        return tr("Support owner");
    default:
        return {};
    }
}

} // namespace handoff
