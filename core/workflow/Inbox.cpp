#include "workflow/Inbox.h"

#include "storage/Database.h"
#include "storage/DealSql.h"
#include "storage/InboxSql.h"
#include "storage/UnitOfWork.h"
#include "workflow/HistoryFormatter.h"

#include <QRegularExpression>

#include <algorithm>

namespace handoff {

namespace {

InboxItem::Kind kindOf(const AuditEntry& entry)
{
    if (entry.action == QLatin1String("return")) {
        return InboxItem::Kind::Returned;
    }
    if (entry.action == QLatin1String("accept")) {
        return InboxItem::Kind::Accepted;
    }
    if (entry.action == QLatin1String("review")) {
        return InboxItem::Kind::Clarification;
    }
    return InboxItem::Kind::Answered;
}

// A comment's text on one line, cut to what a list row shows.
QString excerpt(const QString& body)
{
    constexpr int kLength = 160;
    const QString line = body.simplified();
    return line.size() <= kLength ? line : line.left(kLength - 1) + QChar(0x2026);
}

} // namespace

Inbox::Inbox(const Database& db)
    : m_db(db)
{}

Result<QList<InboxItem>> Inbox::itemsOf(const User& person, const QDate& today) const
{
    const QDateTime since = today.addDays(-kNewsDays).startOfDay();
    auto steps = InboxSql::steps(m_db, person.id, since, kLimit);
    if (!steps) {
        return steps.error();
    }
    auto due = InboxSql::dueBy(m_db, person.id, today.addDays(-kNewsDays), today.addDays(kDueSoonDays), kLimit);
    if (!due) {
        return due.error();
    }
    auto mentions = InboxSql::mentions(m_db, person.id, since, kLimit);
    if (!mentions) {
        return mentions.error();
    }
    auto read = InboxSql::readItems(m_db, person.id);
    if (!read) {
        return read.error();
    }
    auto users = DealSql::usersOf(m_db);
    if (!users) {
        return users.error();
    }
    QHash<qint64, QString> names;
    for (const User& user : std::as_const(*users)) {
        names.insert(user.id, user.name);
    }

    QList<InboxItem> items;
    for (const InboxSql::Due& d : std::as_const(*due)) {
        InboxItem item;
        item.kind = d.task ? InboxItem::Kind::TaskDue : InboxItem::Kind::PromiseDue;
        item.key = QStringLiteral("%1:%2:%3")
                       .arg(d.task ? QStringLiteral("task") : QStringLiteral("promise"))
                       .arg(d.id)
                       .arg(d.dueOn.toString(Qt::ISODate));
        item.dealId = d.dealId;
        item.dealTitle = d.dealTitle;
        item.dueOn = d.dueOn;
        item.at = d.dueOn.startOfDay();
        const QString title = d.title.simplified().isEmpty() ? tr("#%1").arg(d.id) : excerpt(d.title);
        if (d.dueOn < today) {
            item.text =
                d.task ? tr("The task \"%1\" is overdue.").arg(title) : tr("The promise \"%1\" is overdue.").arg(title);
        } else {
            item.text = d.task ? tr("The task \"%1\" is due.").arg(title) : tr("The promise \"%1\" is due.").arg(title);
        }
        items.append(item);
    }

    QList<AuditEntry> entries;
    entries.reserve(steps->size());
    for (const InboxSql::Step& step : std::as_const(*steps)) {
        entries.append(step.entry);
    }
    const QStringList sentences = HistoryFormatter(m_db).sentences(entries);
    QList<InboxItem> news;
    for (qsizetype i = 0; i < steps->size(); ++i) {
        const InboxSql::Step& step = steps->at(i);
        InboxItem item;
        item.kind = kindOf(step.entry);
        item.key = QStringLiteral("audit:%1").arg(step.entry.id);
        item.dealId = step.entry.dealId;
        item.dealTitle = step.dealTitle;
        item.at = step.entry.at;
        item.text = sentences.value(i);
        news.append(item);
    }
    for (const InboxSql::Mention& m : std::as_const(*mentions)) {
        InboxItem item;
        item.kind = InboxItem::Kind::Mention;
        item.key = QStringLiteral("comment:%1").arg(m.commentId);
        item.dealId = m.dealId;
        item.dealTitle = m.dealTitle;
        item.at = m.createdAt;
        item.text = tr("%1: %2").arg(names.value(m.authorId, tr("Someone")), excerpt(m.body));
        news.append(item);
    }
    std::stable_sort(news.begin(), news.end(), [](const InboxItem& a, const InboxItem& b) { return a.at > b.at; });
    items.append(news);
    for (InboxItem& item : items) {
        item.unread = !read->contains(item.key);
    }
    return items;
}

int Inbox::unreadCount(const QList<InboxItem>& items)
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const InboxItem& item) { return item.unread; }));
}

Result<void> Inbox::markRead(Database& db, const User& person, const QStringList& keys)
{
    return InboxSql::markRead(db, person.id, keys, db.now());
}

Result<void> Inbox::markUnread(Database& db, const User& person, const QStringList& keys)
{
    return InboxSql::markUnread(db, person.id, keys);
}

Result<QList<qint64>> Inbox::mentionedIn(const Database& db, const QString& body)
{
    // "@name" at the start or after anything but a letter or digit, so that "sam@example.com" mentions nobody.
    static const QRegularExpression handle(QStringLiteral("(?:^|[^\\w.])@([\\w.+-]*\\w)"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> handles;
    auto matches = handle.globalMatch(body);
    while (matches.hasNext()) {
        handles.insert(matches.next().captured(1).toCaseFolded());
    }
    if (handles.isEmpty()) {
        return QList<qint64>();
    }
    auto users = DealSql::usersOf(db);
    if (!users) {
        return users.error();
    }
    QList<qint64> people;
    for (const User& user : std::as_const(*users)) {
        if (user.active && handles.contains(user.email.section(QLatin1Char('@'), 0, 0).toCaseFolded())) {
            people.append(user.id);
        }
    }
    std::sort(people.begin(), people.end());
    return people;
}

Result<void> Inbox::recordMentions(UnitOfWork& work, qint64 commentId, const QString& body)
{
    auto people = mentionedIn(work.database(), body);
    if (!people) {
        return people.error();
    }
    return InboxSql::addMentions(work, commentId, *people);
}

QString Inbox::kindLabel(InboxItem::Kind kind)
{
    switch (kind) {
    case InboxItem::Kind::Returned:
        return tr("Returned");
    case InboxItem::Kind::Accepted:
        return tr("Accepted");
    case InboxItem::Kind::Clarification:
        return tr("Question");
    case InboxItem::Kind::Answered:
        return tr("Answer");
    case InboxItem::Kind::PromiseDue:
        return tr("Promise due");
    case InboxItem::Kind::TaskDue:
        return tr("Task due");
    case InboxItem::Kind::Mention:
        return tr("Mention");
    }
    return {};
}

} // namespace handoff
