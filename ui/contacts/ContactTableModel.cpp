#include "contacts/ContactTableModel.h"

#include "model/Labels.h"
#include "model/UserText.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace handoff {

ContactTableModel::ContactTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QUrl ContactTableModel::mailUrl(const QString& email)
{
    if (email.trimmed().isEmpty()) {
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(email.trimmed());
    return url;
}

QUrl ContactTableModel::phoneUrl(const QString& phone)
{
    // tel: takes the digits and a leading +; the separators people write are for reading only.
    QString number;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == QLatin1Char('+') && number.isEmpty())) {
            number += c;
        } else if (c.isLetter()) {
            break; // "ext 12": dialling the main number is what a link can do
        }
    }
    if (number.isEmpty() || number == QLatin1String("+")) {
        return {};
    }
    return QUrl(QStringLiteral("tel:") + number);
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DealContactRow& row = m_rows.at(index.row());
    const Contact& c = row.contact;
    const int column = index.column();
    const bool isLink = (column == EmailColumn && !c.email.isEmpty()) || (column == PhoneColumn && !c.phone.isEmpty());
    // What the person typed, shown so that it cannot reorder the cell around it; a screen reader and the editor get
    // the text itself.
    const auto typed = [role](const QString& text) {
        return role == Qt::DisplayRole ? UserText::shown(text) : UserText::withoutControls(text);
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case NameColumn:
            return typed(c.name);
        case TitleColumn:
            return typed(c.title);
        case RoleColumn:
            return Labels::of(row.link.role);
        case EmailColumn:
            return typed(c.email);
        case PhoneColumn:
            return typed(c.phone);
        case PreferredChannelColumn:
            return Labels::of(c.preferredChannel);
        case TimeZoneColumn:
            return typed(c.timeZone);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == EmailColumn && isLink) {
            return tr("Write to %1 (opens your mail program)").arg(c.email);
        }
        if (column == PhoneColumn && isLink) {
            return tr("Call %1 (opens your phone program)").arg(c.phone);
        }
        return {};
    case Qt::ForegroundRole:
        if (isLink) {
            return QGuiApplication::palette().brush(QPalette::Link);
        }
        return {};
    case Qt::FontRole:
        if (isLink) {
            QFont font;
            font.setUnderline(true); // a link reads as one without colour too
            return font;
        }
        return {};
    case LinkRole:
        if (column == EmailColumn) {
            return mailUrl(c.email);
        }
        if (column == PhoneColumn) {
            return phoneUrl(c.phone);
        }
        return QUrl();
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Job title");
    case RoleColumn:
        return tr("Role on the deal");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case PreferredChannelColumn:
        return tr("Preferred channel");
    case TimeZoneColumn:
        return tr("Time zone");
    default:
        return {};
    }
}

void ContactTableModel::setRows(const QList<DealContactRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ContactTableModel::rowOf(qint64 contactId, ContactRole role) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).contact.id == contactId && m_rows.at(i).link.role == role) {
            return i;
        }
    }
    return -1;
}

} // namespace handoff
