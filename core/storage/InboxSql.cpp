#include "storage/InboxSql.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Transaction.h"
#include "storage/UnitOfWork.h"

#include <QSqlQuery>

namespace handoff::InboxSql {

Result<QList<Step>> steps(const Database& db, qint64 person, const QDateTime& since, int limit)
{
    // The first two conditions are the index audit_log_inbox's own (INDEXED BY: otherwise SQLite reads every step of
    // the deals' and the promises' entities to find the few of the OR below), read from the newest end, so that the
    // read stops at the limit; the rest say which of the month's steps are the person's news.
    auto query =
        db.exec(db.dialect().fromSqlite(QStringLiteral(
                    "SELECT a.id, a.at, a.actor_id, a.action, a.entity, a.entity_id, a.deal_id, a.field, a.old_value, "
                    "a.new_value, a.reason, d.title FROM audit_log a INDEXED BY audit_log_inbox "
                    "JOIN deals d ON d.id = a.deal_id "
                    "WHERE a.action IN ('return', 'accept', 'review', 'clarify') AND a.at >= ? "
                    "AND (a.actor_id IS NULL OR a.actor_id <> ?) "
                    "AND ((a.entity = 'deals' AND a.action IN ('return', 'accept') AND d.sales_rep_id = ?) "
                    "OR (a.entity = 'promises' AND a.action = 'review' AND a.new_value = 'needs_clarification' "
                    "AND d.sales_rep_id = ?) "
                    "OR (a.entity = 'promises' AND a.action = 'clarify' AND EXISTS (SELECT 1 FROM promises p "
                    "WHERE p.id = a.entity_id AND p.reviewer_id = ?))) "
                    "ORDER BY a.at DESC, a.id DESC LIMIT ?")),
                {sql::time(since), person, person, person, person, limit});
    if (!query) {
        return query.error();
    }
    QList<Step> found;
    while (query->next()) {
        Step step;
        step.entry = AuditLog::entryAt(*query);
        step.dealTitle = query->value(11).toString();
        found.append(step);
    }
    return found;
}

Result<QList<Due>> dueBy(const Database& db, qint64 person, const QDate& from, const QDate& until, int limit)
{
    // Promises: through promises_open_by_due; tasks: through tasks_open_by_assignee.
    auto query = db.exec(
        QStringLiteral(
            "SELECT * FROM (SELECT 0 AS task, p.id, p.deal_id, d.title AS deal_title, p.description AS title, p.due_on "
            "FROM promises p JOIN deals d ON d.id = p.deal_id WHERE p.fulfilment = 'open' AND p.due_on BETWEEN ? AND ? "
            "AND d.state = 'accepted' AND (d.sales_rep_id = ? OR d.support_owner_id = ?) "
            "UNION ALL SELECT 1, t.id, t.deal_id, d.title, t.title, t.due_on FROM tasks t "
            "JOIN deals d ON d.id = t.deal_id WHERE t.assignee_id = ? AND t.status <> 'done' AND t.due_on BETWEEN ? "
            "AND ?) "
            "due "
            "ORDER BY due_on, task, id LIMIT ?"),
        {sql::date(from), sql::date(until), person, person, person, sql::date(from), sql::date(until), limit});
    if (!query) {
        return query.error();
    }
    QList<Due> found;
    while (query->next()) {
        Due due;
        due.task = query->value(0).toInt() != 0;
        due.id = query->value(1).toLongLong();
        due.dealId = query->value(2).toLongLong();
        due.dealTitle = query->value(3).toString();
        due.title = query->value(4).toString();
        due.dueOn = sql::toDate(query->value(5));
        found.append(due);
    }
    return found;
}

Result<QList<Mention>> mentions(const Database& db, qint64 person, const QDateTime& since, int limit)
{
    auto query = db.exec(QStringLiteral("SELECT c.id, c.deal_id, d.title, c.author_id, c.body, c.created_at "
                                        "FROM mentions m JOIN comments c ON c.id = m.comment_id "
                                        "JOIN deals d ON d.id = c.deal_id WHERE m.user_id = ? AND c.created_at >= ? "
                                        "AND (c.author_id IS NULL OR c.author_id <> ?) ORDER BY c.id DESC LIMIT ?"),
                         {person, sql::time(since), person, limit});
    if (!query) {
        return query.error();
    }
    QList<Mention> found;
    while (query->next()) {
        Mention mention;
        mention.commentId = query->value(0).toLongLong();
        mention.dealId = query->value(1).toLongLong();
        mention.dealTitle = query->value(2).toString();
        mention.authorId = sql::toId(query->value(3));
        mention.body = query->value(4).toString();
        mention.createdAt = sql::toTime(query->value(5));
        found.append(mention);
    }
    return found;
}

Result<QSet<QString>> readItems(const Database& db, qint64 person)
{
    auto query = db.exec(QStringLiteral("SELECT item FROM inbox_read WHERE user_id = ?"), {person});
    if (!query) {
        return query.error();
    }
    QSet<QString> items;
    while (query->next()) {
        items.insert(query->value(0).toString());
    }
    return items;
}

Result<void> markRead(Database& db, qint64 person, const QStringList& items, const QDateTime& at)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    for (const QString& item : items) {
        auto inserted = db.exec(QStringLiteral("INSERT INTO inbox_read (user_id, item, read_at) VALUES (?, ?, ?) "
                                               "ON CONFLICT (user_id, item) DO NOTHING"),
                                {person, item, sql::time(at)});
        if (!inserted) {
            return inserted.error();
        }
    }
    return transaction->commit();
}

Result<void> markUnread(Database& db, qint64 person, const QStringList& items)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    for (const QString& item : items) {
        auto removed = db.exec(QStringLiteral("DELETE FROM inbox_read WHERE user_id = ? AND item = ?"), {person, item});
        if (!removed) {
            return removed.error();
        }
    }
    return transaction->commit();
}

Result<void> addMentions(UnitOfWork& work, qint64 commentId, const QList<qint64>& people)
{
    for (const qint64 person : people) {
        auto inserted = work.database().exec(
            QStringLiteral("INSERT INTO mentions (user_id, comment_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
            {person, commentId});
        if (!inserted) {
            return inserted.error();
        }
    }
    return {};
}

} // namespace handoff::InboxSql
