#include "storage/CsatSql.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/UnitOfWork.h"

#include <QSqlQuery>

namespace handoff {

Result<std::optional<CsatScore>> CsatSql::ofDeal(const Database& db, qint64 dealId)
{
    auto query = db.exec(QStringLiteral("SELECT id, version, deal_id, score, rated_on, note, recorded_by, recorded_at "
                                        "FROM csat_scores WHERE deal_id = ?"),
                         {dealId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<CsatScore>();
    }
    CsatScore s;
    s.id = query->value(0).toLongLong();
    s.version = query->value(1).toInt();
    s.dealId = query->value(2).toLongLong();
    s.score = query->value(3).toInt();
    s.ratedOn = sql::toDate(query->value(4));
    s.note = query->value(5).toString();
    s.recordedById = sql::toId(query->value(6));
    s.recordedAt = sql::toTime(query->value(7));
    return std::optional<CsatScore>(s);
}

Result<qint64> CsatSql::insert(UnitOfWork& work, const CsatScore& score)
{
    auto inserted = work.database().exec(QStringLiteral("INSERT INTO csat_scores (deal_id, score, rated_on, note, "
                                                        "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                         {score.dealId, score.score, sql::date(score.ratedOn), score.note,
                                          sql::id(score.recordedById), sql::time(score.recordedAt)});
    if (!inserted) {
        return inserted.error();
    }
    return inserted->lastInsertId().toLongLong();
}

Result<void> CsatSql::replace(UnitOfWork& work, const CsatScore& before, const CsatScore& score)
{
    auto updated = work.database().exec(QStringLiteral("UPDATE csat_scores SET score = ?, rated_on = ?, note = ?, "
                                                       "recorded_by = ?, recorded_at = ?, version = version + 1 "
                                                       "WHERE id = ? AND version = ?"),
                                        {score.score, sql::date(score.ratedOn), score.note, sql::id(score.recordedById),
                                         sql::time(score.recordedAt), before.id, before.version});
    if (!updated) {
        return updated.error();
    }
    return {};
}

} // namespace handoff
