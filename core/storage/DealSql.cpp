#include "storage/DealSql.h"

#include "storage/Database.h"
#include "storage/SqlReads.h"
#include "storage/SqlValue.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

#include <QSqlQuery>

namespace handoff {

Result<QList<Deal>> DealSql::withReference(Database& db, const QString& externalRef)
{
    return DealStore(db).where(QStringLiteral("external_ref = ?"), {externalRef});
}

Result<bool> DealSql::writeTransition(UnitOfWork& work, const Deal& deal, const DealTransition& transition)
{
    QString assignments = QStringLiteral("state = ?");
    QVariantList values{toKey(transition.to)};
    if (transition.submittedAt.isValid()) {
        assignments += QStringLiteral(", submitted_at = ?");
        values.append(sql::time(transition.submittedAt));
    }
    if (transition.supportOwnerId != 0) {
        assignments += QStringLiteral(", support_owner_id = ?");
        values.append(transition.supportOwnerId);
    }
    if (transition.acceptedAt.isValid()) {
        assignments += QStringLiteral(", accepted_at = ?");
        values.append(sql::time(transition.acceptedAt));
    }
    values << deal.id << deal.version << toKey(deal.state);
    auto updated = work.database().exec(QStringLiteral("UPDATE deals SET ") + assignments +
                                            QStringLiteral(", version = version + 1 WHERE id = ? AND version = ? "
                                                           "AND state = ?"),
                                        values);
    if (!updated) {
        return updated.error();
    }
    return updated->numRowsAffected() == 1;
}

Result<std::optional<DealClockFacts>> DealSql::clockFacts(const Database& db, qint64 dealId)
{
    auto query = db.exec(QStringLiteral("SELECT d.closed_on, d.submitted_at, (SELECT min(a.at) FROM audit_log a "
                                        "WHERE a.deal_id = d.id AND a.entity = 'deals' AND a.action = 'submit'), "
                                        "d.accepted_at, (SELECT ca.value FROM checklist_answers ca "
                                        "JOIN checklist_items ci ON ci.id = ca.item_id "
                                        "WHERE ca.deal_id = d.id AND ci.key = 'kickoff_date') "
                                        "FROM deals d WHERE d.id = ?"),
                         {dealId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<DealClockFacts>();
    }
    DealClockFacts facts;
    facts.closedOn = sql::toDate(query->value(0));
    facts.submittedAt = sql::toTime(query->value(1));
    facts.firstSubmittedAt = sql::toTime(query->value(2));
    facts.acceptedAt = sql::toTime(query->value(3));
    facts.kickoffOn = sql::toDate(query->value(4));
    return std::optional<DealClockFacts>(facts);
}

Result<QList<qint64>> DealSql::unsubmittedClosedBefore(const Database& db, QDate before)
{
    // A range on closed_on within the state index (deals_by_state, then closed_on from the row).
    return sql::idsOf(db,
                      QStringLiteral("SELECT id FROM deals WHERE state IN ('draft', 'returned') AND closed_on < ? "
                                     "ORDER BY closed_on, id"),
                      {sql::date(before)});
}

Result<QList<Account>> DealSql::accountsNamed(Database& db, const QString& name)
{
    return AccountStore(db).where(db.dialect().equalsCaseless(QStringLiteral("name")), {name});
}

Result<QList<User>> DealSql::users(Database& db)
{
    return UserStore(db).where(QStringLiteral("1 = 1"), {},
                               QStringLiteral("active DESC, ") + db.dialect().caseless(QStringLiteral("name")) +
                                   QStringLiteral(", id"));
}

Result<QList<User>> DealSql::activeUsers(Database& db, const QString& roleKey)
{
    return UserStore(db).where(QStringLiteral("active = 1 AND role = ?"), {roleKey},
                               db.dialect().caseless(QStringLiteral("name")) + QStringLiteral(", id"));
}

Result<QList<User>> DealSql::usersOf(const Database& db)
{
    auto query = db.exec(QStringLiteral("SELECT id, version, name, email, role, active FROM users"));
    if (!query) {
        return query.error();
    }
    QList<User> users;
    while (query->next()) {
        User user;
        user.id = query->value(0).toLongLong();
        user.version = query->value(1).toInt();
        user.name = query->value(2).toString();
        user.email = query->value(3).toString();
        user.role = fromKey<Role>(query->value(4).toString()).value_or(Role::Sales);
        user.active = query->value(5).toInt() != 0;
        users.append(user);
    }
    return users;
}

Result<bool> DealSql::userExists(const Database& db, qint64 userId)
{
    auto found = sql::countOf(db, QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {userId});
    if (!found) {
        return found.error();
    }
    return *found > 0;
}

Result<QList<User>> DealSql::usersWithEmail(Database& db, const QString& email)
{
    return UserStore(db).where(db.dialect().equalsCaseless(QStringLiteral("email")), {email});
}

Result<QList<Comment>> DealSql::comments(Database& db, qint64 dealId)
{
    return CommentStore(db).where(QStringLiteral("deal_id = ?"), {dealId}, QStringLiteral("id"));
}

} // namespace handoff
