#pragma once

#include "Result.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace handoff {

class Database;
class UnitOfWork;

// One thing in a person's inbox: what happened or falls due, on which deal, and whether they have read it.
struct InboxItem {
    enum class Kind { Returned, Accepted, Clarification, Answered, PromiseDue, TaskDue, Mention };

    Kind kind = Kind::Returned;
    // Names what the item is about, and for what falls due the date too: a promise moved to another day is news.
    QString key;
    qint64 dealId = 0;
    QString dealTitle;
    QDateTime at; // when it happened; for what falls due, the due day's start (local)
    QDate dueOn;  // for what falls due
    QString text; // the sentence the history tells, the promise or task, the comment
    bool unread = true;
};

// What each person should see first when they sit down: their handoffs returned or accepted, support's questions on
// their promises and the answers to theirs, their promises and tasks due within a week (or overdue, for a month), and
// comments that mention them (@ and the part of their email before '@'). Built from the rows on every read, so it is
// never out of date; only what the person has read is stored (InboxSql). Works the same on a file and on a server.
class Inbox {
    Q_DECLARE_TR_FUNCTIONS(Inbox)

public:
    // How far ahead "due soon" looks, in days.
    static constexpr int kDueSoonDays = 7;
    // How far back what happened is news, in days: a person new to the team starts with the last month.
    static constexpr int kNewsDays = 30;
    // The most items of each source an inbox shows: the newest steps and mentions, the earliest due.
    static constexpr int kLimit = 100;

    explicit Inbox(const Database& db);

    // Due items first, earliest due first; then the rest, newest first.
    Result<QList<InboxItem>> itemsOf(const User& person, const QDate& today) const;
    static int unreadCount(const QList<InboxItem>& items);

    static Result<void> markRead(Database& db, const User& person, const QStringList& keys);
    static Result<void> markUnread(Database& db, const User& person, const QStringList& keys);

    // The people a comment's text mentions: each "@handle" that is the part before '@' of an active person's email,
    // compared without case; an @ inside a word (an email address) mentions nobody.
    static Result<QList<qint64>> mentionedIn(const Database& db, const QString& body);
    // Records them inside the work that adds the comment.
    static Result<void> recordMentions(UnitOfWork& work, qint64 commentId, const QString& body);

    static QString kindLabel(InboxItem::Kind kind);

private:
    const Database& m_db;
};

} // namespace handoff
