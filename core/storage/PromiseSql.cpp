#include "storage/PromiseSql.h"

#include "model/Enums.h"
#include "storage/Database.h"
#include "storage/SqlReads.h"
#include "storage/SqlValue.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

#include <QSqlQuery>

namespace handoff {

namespace {

QString dealCondition(PromiseSelection which)
{
    switch (which) {
    case PromiseSelection::All:
        break;
    case PromiseSelection::NotWaived:
        return QStringLiteral("deal_id = ? AND fulfilment <> 'waived'");
    case PromiseSelection::Unsettled:
        return QStringLiteral("deal_id = ? AND fulfilment NOT IN ('fulfilled', 'waived')");
    case PromiseSelection::AcceptedAndOpen:
        return QStringLiteral("deal_id = ? AND review_status = 'accepted' AND fulfilment = 'open'");
    }
    return QStringLiteral("deal_id = ?");
}

} // namespace

Result<QList<Promise>> PromiseSql::ofDeal(Database& db, qint64 dealId, PromiseSelection which)
{
    return PromiseStore(db).where(dealCondition(which), {dealId});
}

Result<QList<Promise>> PromiseSql::openPastDue(Database& db, QDate before)
{
    // The literal 'open' lets SQLite use the partial index of open promises by due date and deal, which answers the
    // whole condition. SQLite keeps no statistics here: the unary pluses keep it from walking every accepted deal's
    // promises instead (promises_by_deal) or the rows in id order, which read the whole table at 100,000 deals.
    return PromiseStore(db).where(QStringLiteral("fulfilment = 'open' AND due_on < ? AND +deal_id IN (SELECT id FROM "
                                                 "deals WHERE state = ?)"),
                                  {sql::date(before), toKey(HandoffState::Accepted)}, QStringLiteral("+id"));
}

Result<bool> PromiseSql::sweptSinceLastChange(const Database& db, QDate day)
{
    if (db.isServer()) {
        return false;
    }
    auto found =
        db.scalar(QStringLiteral("SELECT count(*) FROM past_due_sweep WHERE id = 1 AND day = ? AND audit_id IS "
                                 "(SELECT max(id) FROM audit_log)"),
                  {sql::date(day)});
    if (!found) {
        return found.error();
    }
    return found->toInt() > 0;
}

Result<void> PromiseSql::recordSweep(UnitOfWork& work, QDate day)
{
    Database& db = work.database();
    if (db.isServer()) {
        return {};
    }
    auto recorded = db.exec(
        QStringLiteral("UPDATE past_due_sweep SET day = ?, audit_id = (SELECT max(id) FROM audit_log) WHERE id = 1"),
        {sql::date(day)});
    if (!recorded) {
        return recorded.error();
    }
    return {};
}

Result<void> PromiseSql::eachOpenOfLiveDeal(const Database& db, qint64 capabilityId,
                                            const std::function<void(const Promise&, QDate contractStart)>& row)
{
    QVariantList bound{toKey(HandoffState::Cancelled), toKey(HandoffState::Fulfilled)};
    QString sql =
        QStringLiteral("SELECT p.id, p.deal_id, p.kind, p.capability_id, p.due_on, p.feasibility, "
                       "p.feasibility_reason, d.contract_start FROM promises p JOIN deals d ON d.id = p.deal_id "
                       "WHERE p.fulfilment = 'open' AND d.state NOT IN (?, ?)");
    if (capabilityId != 0) {
        sql += QStringLiteral(" AND p.capability_id = ?");
        bound.append(capabilityId);
    }
    // The literal 'open' lets SQLite use the partial index of open promises.
    auto query = db.exec(sql + QStringLiteral(" ORDER BY p.id"), bound);
    if (!query) {
        return query.error();
    }
    while (query->next()) {
        Promise promise;
        promise.id = query->value(0).toLongLong();
        promise.dealId = query->value(1).toLongLong();
        promise.kind = fromKey<PromiseKind>(query->value(2).toString()).value_or(PromiseKind::Other);
        promise.capabilityId = sql::toId(query->value(3));
        promise.dueOn = sql::toDate(query->value(4));
        promise.feasibility = fromKey<Feasibility>(query->value(5).toString()).value_or(Feasibility::Ok);
        promise.feasibilityReason = query->value(6).toString();
        row(promise, sql::toDate(query->value(7)));
    }
    return {};
}

Result<int> PromiseSql::naming(const Database& db, qint64 capabilityId)
{
    return sql::countOf(db, QStringLiteral("SELECT count(*) FROM promises WHERE capability_id = ?"), {capabilityId});
}

Result<bool> PromiseSql::writeWorkflow(UnitOfWork& work, const Promise& promise)
{
    auto query = work.database().exec(
        QStringLiteral("UPDATE promises SET review_status = ?, reviewer_id = ?, review_note = ?, fulfilment = ?, "
                       "fulfilled_on = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {toKey(promise.reviewStatus), sql::id(promise.reviewerId), promise.reviewNote, toKey(promise.fulfilment),
         sql::date(promise.fulfilledOn), promise.id, promise.version});
    if (!query) {
        return query.error();
    }
    return query->numRowsAffected() == 1;
}

Result<void> PromiseSql::writeFeasibility(UnitOfWork& work, qint64 promiseId, const QString& levelKey,
                                          const QString& reason)
{
    auto updated = work.database().exec(QStringLiteral("UPDATE promises SET feasibility = ?, feasibility_reason = ?, "
                                                       "version = version + 1 WHERE id = ?"),
                                        {levelKey, reason, promiseId});
    if (!updated) {
        return updated.error();
    }
    return {};
}

Result<QList<FulfilmentTask>> PromiseSql::tasksOfDeal(Database& db, qint64 dealId, bool openOnly)
{
    if (openOnly) {
        return TaskStore(db).where(QStringLiteral("deal_id = ? AND status <> 'done'"), {dealId});
    }
    return TaskStore(db).where(QStringLiteral("deal_id = ?"), {dealId}, QStringLiteral("due_on IS NULL, due_on, id"));
}

Result<void> PromiseSql::insertGeneratedTask(UnitOfWork& work, qint64 dealId, qint64 promiseId, const QString& title,
                                             qint64 assigneeId, QDate dueOn)
{
    auto inserted = work.database().exec(QStringLiteral("INSERT INTO tasks (deal_id, promise_id, title, assignee_id, "
                                                        "due_on, status) VALUES (?, ?, ?, ?, ?, 'todo')"),
                                         {dealId, promiseId, title, assigneeId, sql::date(dueOn)});
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

Result<QList<Capability>> PromiseSql::catalog(Database& db, bool byName)
{
    if (!byName) {
        return CapabilityStore(db).where(QStringLiteral("1 = 1"));
    }
    return CapabilityStore(db).where(QStringLiteral("1 = 1"), {},
                                     db.dialect().caseless(QStringLiteral("name")) + QStringLiteral(", id"));
}

Result<int> PromiseSql::capabilityNameUses(const Database& db, const QString& name, qint64 exceptId)
{
    return sql::countOf(db,
                        QStringLiteral("SELECT count(*) FROM capabilities WHERE ") +
                            db.dialect().equalsCaseless(QStringLiteral("name")) + QStringLiteral(" AND id <> ?"),
                        {name, exceptId});
}

} // namespace handoff
