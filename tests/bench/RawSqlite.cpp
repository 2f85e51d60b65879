#include "RawSqlite.h"

#include "model/Enums.h"
#include "storage/SqlValue.h"
#include "views/DealListFacts.h"

#include <QHash>

namespace handoff::bench {

QString text(sqlite3_stmt* stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

Deal rawDeal(sqlite3_stmt* stmt, qint64 id)
{
    sqlite3_bind_int64(stmt, 1, id);
    Deal d;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        d.id = sqlite3_column_int64(stmt, 0);
        d.version = sqlite3_column_int(stmt, 1);
        d.accountId = sqlite3_column_int64(stmt, 2);
        d.title = text(stmt, 3);
        d.externalRef = text(stmt, 4);
        d.amountMinor = sqlite3_column_int64(stmt, 5);
        d.currency = text(stmt, 6);
        d.closedOn = QDate::fromString(text(stmt, 7), Qt::ISODate);
        d.contractStart = QDate::fromString(text(stmt, 8), Qt::ISODate);
        d.termMonths = sqlite3_column_int(stmt, 9);
        d.products = text(stmt, 10);
        d.salesRepId = sqlite3_column_int64(stmt, 11);
        d.supportOwnerId = sqlite3_column_int64(stmt, 12);
        d.goLiveTarget = QDate::fromString(text(stmt, 13), Qt::ISODate);
        d.successCriteria = text(stmt, 14);
        d.whyBought = text(stmt, 15);
        d.knownRisks = text(stmt, 16);
        d.state = fromKey<HandoffState>(text(stmt, 17)).value_or(HandoffState::Draft);
        d.createdAt = sql::toTime(text(stmt, 18));
        d.submittedAt = sql::toTime(text(stmt, 19));
        d.acceptedAt = sql::toTime(text(stmt, 20));
    }
    sqlite3_reset(stmt);
    return d;
}

void bindValues(sqlite3_stmt* stmt, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else if (value.isNull()) {
            sqlite3_bind_null(stmt, i + 1);
        } else {
            sqlite3_bind_int64(stmt, i + 1, value.toLongLong());
        }
    }
}

QList<DealListRow> rawPage(sqlite3_stmt* stmt, const QVariantList& values)
{
    bindValues(stmt, values);
    QList<DealListRow> rows;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        DealListRow page;
        page.id = sqlite3_column_int64(stmt, 0);
        page.accountId = sqlite3_column_int64(stmt, 1);
        page.account = text(stmt, 2);
        page.title = text(stmt, 3);
        page.state = fromKey<HandoffState>(text(stmt, 4)).value_or(HandoffState::Draft);
        page.salesRepId = sqlite3_column_int64(stmt, 5);
        page.salesRep = text(stmt, 6);
        page.amountMinor = sqlite3_column_int64(stmt, 7);
        page.currency = text(stmt, 8);
        page.closedOn = QDate::fromString(text(stmt, 9), Qt::ISODate);
        page.supportOwnerId = sqlite3_column_int64(stmt, 10);
        page.supportOwner = text(stmt, 11);
        page.submittedAt = text(stmt, 12);
        rows.append(std::move(page));
    }
    sqlite3_reset(stmt);
    return rows;
}

void rawFacts(sqlite3_stmt* stmt, QList<DealListRow>& rows)
{
    QHash<qint64, qsizetype> rowOf;
    for (int i = 0; i < DealListFacts::kBatch; ++i) {
        const qint64 id = i < rows.size() ? rows.at(i).id : 0;
        sqlite3_bind_int64(stmt, i + 1, id);
        rowOf.insert(id, i);
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        DealListRow& row = rows[rowOf.value(sqlite3_column_int64(stmt, 0))];
        row.requiredTotal = sqlite3_column_int(stmt, 1);
        row.requiredAnswered = sqlite3_column_int(stmt, 2);
        row.flaggedPromises = sqlite3_column_int(stmt, 3);
        row.nextDue = QDate::fromString(text(stmt, 4), Qt::ISODate);
    }
    sqlite3_reset(stmt);
}

} // namespace handoff::bench
