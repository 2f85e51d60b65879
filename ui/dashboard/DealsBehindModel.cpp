#include "dashboard/DealsBehindModel.h"

#include "model/Labels.h"
#include "workflow/DealService.h"
#include "workflow/UserService.h"

#include <algorithm>

namespace handoff {

DealsBehindModel::DealsBehindModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void DealsBehindModel::setDealIds(const QList<qint64>& ids)
{
    // The first page is read inside the reset: a view that fetches more while it hears of the reset would
    // otherwise insert rows in the middle of it.
    beginResetModel();
    m_ids = ids;
    m_rows.clear();
    for (qsizetype i = 0; i < std::min(m_ids.size(), qsizetype(kPage)); ++i) {
        m_rows.append(read(m_ids.at(i)));
    }
    endResetModel();
}

qint64 DealsBehindModel::dealIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QString DealsBehindModel::errorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).error : QString();
}

int DealsBehindModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealsBehindModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DealsBehindModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_ids.size();
}

void DealsBehindModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const int first = int(m_rows.size());
    const int last = int(std::min(m_ids.size(), qsizetype(first + kPage))) - 1;
    QList<Row> page;
    for (int i = first; i <= last; ++i) {
        page.append(read(m_ids.at(i)));
    }
    beginInsertRows({}, first, last);
    m_rows.append(page);
    endInsertRows();
}

DealsBehindModel::Row DealsBehindModel::read(qint64 dealId)
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

QString DealsBehindModel::userName(qint64 userId)
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
    const Row& row = m_rows.at(index.row());
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
