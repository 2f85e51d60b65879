#include "views/DealListFacts.h"

#include "storage/Database.h"
#include "workflow/HandoffClock.h"

#include <QHash>

#include <algorithm>

namespace handoff {

namespace {

// An answer counts when it is not blank and a check item only when ticked: the rule of
// ChecklistService::completeness, written for the aliases here.
const QLatin1String kAnswered("(CASE WHEN ci.kind = 'check' THEN COALESCE(ca.value, '') = 'true' "
                              "ELSE trim(COALESCE(ca.value, '')) <> '' END)");

// Closed handoffs (fulfilled, cancelled) have nothing at risk and nothing due, as in the list's filters.
const QLatin1String kClosed("(d.state = 'fulfilled' OR d.state = 'cancelled')");

} // namespace

DealListFacts::DealListFacts(const Database& db)
    : m_db(db)
{}

QString DealListFacts::batchSql()
{
    QString ids = QStringLiteral("?");
    for (int i = 1; i < kBatch; ++i) {
        ids += QLatin1String(", ?");
    }
    return QLatin1String("SELECT d.id, (SELECT count(*) FROM checklist_items ci WHERE ci.required = 1), "
                         "(SELECT count(*) FROM checklist_answers ca CROSS JOIN checklist_items ci "
                         "WHERE ca.deal_id = d.id AND ci.id = ca.item_id AND ci.required = 1 AND ") +
           kAnswered + QLatin1String("), CASE WHEN ") + kClosed +
           QLatin1String(" THEN 0 ELSE (SELECT count(*) FROM promises p WHERE p.deal_id = d.id AND "
                         "p.fulfilment = 'open' AND (p.feasibility = 'blocked' OR p.feasibility = 'warning' OR "
                         "p.review_status = 'cannot_fulfil' OR p.review_status = 'needs_clarification')) END, "
                         "CASE WHEN ") +
           kClosed +
           QLatin1String(" THEN NULL ELSE (SELECT min(due) FROM ("
                         "SELECT min(p.due_on) AS due FROM promises p WHERE p.deal_id = d.id AND p.fulfilment = 'open' "
                         "UNION ALL SELECT min(t.due_on) FROM tasks t WHERE t.deal_id = d.id AND t.status <> 'done'"
                         ") AS due_dates) END FROM deals d WHERE d.id IN (") +
           ids + QLatin1Char(')');
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
