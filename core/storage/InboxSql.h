#pragma once

#include "Result.h"
#include "model/AuditEntry.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace handoff {

class Database;
class UnitOfWork;

// The rows a person's inbox is made of (schema 11, resources/migrations/0011_inbox.sql). Each read is bounded: the
// newest `limit` of a kind, found through an index, whatever the size of the database.
namespace InboxSql {

// A workflow step on a deal of the person's, by someone else, since then: returned or accepted handoffs of their deals,
// a clarification support asks about a promise of their deals, and the answers to the questions the person asked.
struct Step {
    AuditEntry entry;
    QString dealTitle;
};
Result<QList<Step>> steps(const Database& db, qint64 person, const QDateTime& since, int limit);

// An open promise of an accepted deal the person sold or owns, or an open task assigned to them, due from `from` to
// `until`.
struct Due {
    bool task = false;
    qint64 id = 0;
    qint64 dealId = 0;
    QString dealTitle;
    QString title; // the task's title, the promise's description
    QDate dueOn;
};
Result<QList<Due>> dueBy(const Database& db, qint64 person, const QDate& from, const QDate& until, int limit);

// A comment that mentions the person, by someone else, since then, newest first.
struct Mention {
    qint64 commentId = 0;
    qint64 dealId = 0;
    QString dealTitle;
    qint64 authorId = 0;
    QString body;
    QDateTime createdAt;
};
Result<QList<Mention>> mentions(const Database& db, qint64 person, const QDateTime& since, int limit);

// The keys of the items the person has read.
Result<QSet<QString>> readItems(const Database& db, qint64 person);
// Records that the person read these items (again: no change). Written outside the audit log: reading is no change
// to a deal.
Result<void> markRead(Database& db, qint64 person, const QStringList& items, const QDateTime& at);
// Forgets that the person read these items.
Result<void> markUnread(Database& db, qint64 person, const QStringList& items);

// Records, inside the work that adds a comment, whom it mentions.
Result<void> addMentions(UnitOfWork& work, qint64 commentId, const QList<qint64>& people);

} // namespace InboxSql

} // namespace handoff
