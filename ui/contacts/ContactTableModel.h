#pragma once

#include "workflow/ContactService.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUrl>

namespace handoff {

// The people on a deal as a table, one row per person and role. A deal has a handful of contacts, so the model
// holds them all and is reset when the deal changes.
class ContactTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TitleColumn,
        RoleColumn,
        EmailColumn,
        PhoneColumn,
        PreferredChannelColumn,
        TimeZoneColumn,
        ColumnCount
    };
    // The mailto: or tel: link of an email or phone cell; an invalid QUrl elsewhere.
    enum Role { LinkRole = Qt::UserRole + 1 };

    explicit ContactTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<DealContactRow>& rows);
    const DealContactRow& row(int index) const { return m_rows.at(index); }
    // The row of the person in that role; -1 when they are not on the deal in it.
    int rowOf(qint64 contactId, ContactRole role) const;

    static QUrl mailUrl(const QString& email);
    static QUrl phoneUrl(const QString& phone);

private:
    QList<DealContactRow> m_rows;
};

} // namespace handoff
