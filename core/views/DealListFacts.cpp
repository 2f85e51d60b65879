#include "views/DealListFacts.h"

#include "storage/Database.h"
#include "storage/DealListSql.h"
#include "workflow/HandoffClock.h"

#include <QHash>

#include <algorithm>

namespace handoff {

DealListFacts::DealListFacts(const Database& db)
    : m_db(db)
{}

QString DealListFacts::batchSql()
{
    return DealListSql::factsBatch(kBatch);
}

Result<void> DealListFacts::fill(QList<DealListRow>& rows, QDate today, int submitTarget) const
{
    for (DealListRow& row : rows) {
        // The clock runs until the handoff is submitted; a returned one is waiting for its sales rep again.
        row.clockRunning = row.state == HandoffState::Draft || row.state == HandoffState::Returned;
        row.clockDays = row.clockRunning ? HandoffClock::businessDaysBetween(row.closedOn, today) : 0;
        row.clockTarget = submitTarget;
    }
    for (qsizetype first = 0; first < rows.size(); first += kBatch) {
        if (auto done = fillBatch(rows, first, std::min<qsizetype>(kBatch, rows.size() - first), today); !done) {
            return done;
        }
    }
    return {};
}

Result<void> DealListFacts::fillBatch(QList<DealListRow>& rows, qsizetype first, qsizetype count, QDate today) const
{
    auto query = m_db.statement(batchSql());
    if (!query) {
        return query.error();
    }
    Statement& facts = **query;
    QHash<qint64, qsizetype> rowOf;
    rowOf.reserve(count);
    for (int i = 0; i < kBatch; ++i) {
        const qint64 id = i < count ? rows.at(first + i).id : 0;
        facts.bind(i + 1, id);
        if (i < count) {
            rowOf.insert(id, first + i);
        }
    }
    for (;;) {
        auto more = facts.next();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            return {};
        }
        const auto found = rowOf.constFind(facts.int64(0));
        if (found == rowOf.cend()) {
            continue;
        }
        DealListRow& row = rows[*found];
        row.requiredTotal = int(facts.int64(1));
        row.requiredAnswered = int(facts.int64(2));
        row.flaggedPromises = int(facts.int64(3));
        row.nextDue = facts.isNull(4) ? QDate() : QDate::fromString(facts.text(4), Qt::ISODate);
        row.nextDueOverdue = row.nextDue.isValid() && row.nextDue < today;
    }
}

} // namespace handoff
