#include "inbox/InboxModel.h"

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLocale>

namespace handoff {

InboxModel::InboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const InboxItem& item = m_items.at(index.row());
    const bool due = item.dueOn.isValid();
    if (role == Qt::ToolTipRole && index.column() == When && !due) {
        return QLocale().toString(item.at.toLocalTime(), QLocale::LongFormat);
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case What:
            return Inbox::kindLabel(item.kind);
        case Deal:
            return item.dealTitle;
        case About:
            return item.text;
        case When: {
            const QLocale locale;
            if (!due) {
                // Today's by the time, the rest by the day; the tool tip has both.
                const QDateTime local = item.at.toLocalTime();
                return local.date() == m_today ? locale.toString(local.time(), QLocale::ShortFormat)
                                               : locale.toString(local.date(), QLocale::ShortFormat);
            }
            const QString day = locale.toString(item.dueOn, QLocale::ShortFormat);
            if (item.dueOn < m_today) {
                return tr("overdue since %1").arg(day);
            }
            return item.dueOn == m_today ? tr("due today") : tr("due %1").arg(day);
        }
        default:
            return {};
        }
    case Qt::SizeHintRole:
        // As airy as the deal list: a person reads these one by one.
        return QSize(0, QFontMetrics(QGuiApplication::font()).height() + 10);
    case Qt::FontRole:
        if (item.unread) {
            QFont bold = QGuiApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (due && item.dueOn < m_today && (index.column() == What || index.column() == When)) {
            return QColor(192, 57, 43); // the deal list's colour of what is late
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return item.unread ? tr("unread") : tr("read");
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case What:
        return tr("What");
    case Deal:
        return tr("Deal");
    case About:
        return tr("About");
    case When:
        return tr("When");
    default:
        return {};
    }
}

void InboxModel::setItems(const QList<InboxItem>& items, const QDate& today)
{
    beginResetModel();
    m_items = items;
    m_today = today;
    endResetModel();
}

int InboxModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).key == key) {
            return row;
        }
    }
    return -1;
}

void InboxModel::setUnread(const QStringList& keys, bool unread)
{
    for (const QString& key : keys) {
        const int row = rowOf(key);
        if (row >= 0 && m_items[row].unread != unread) {
            m_items[row].unread = unread;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

} // namespace handoff
