#include "storage/OpenTasks.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

namespace handoff {

namespace {

// One ordered range of open tasks: those with a due date in due-date order, or those without one, in the order they
// were made. Each is read straight from an index in its order (tasks_open_by_due, or tasks_open_by_assignee for one
// person), with no sort of the whole range.
Result<void> readRange(const Database& db, const OpenTaskFilter& filter, bool dated, int limit,
                       QList<OpenTaskRow>& rows)
{
    QString where = dated ? QStringLiteral("t.status <> 'done' AND t.due_on IS NOT NULL")
                          : QStringLiteral("t.status <> 'done' AND t.due_on IS NULL");
    QVariantList values;
    if (filter.assigneeId > 0) {
        where += QLatin1String(" AND t.assignee_id = ?");
        values << filter.assigneeId;
    }
    if (filter.from.isValid()) {
        where += QLatin1String(" AND t.due_on >= ?");
        values << sql::date(filter.from);
    }
    if (filter.until.isValid()) {
        where += QLatin1String(" AND t.due_on <= ?");
        values << sql::date(filter.until);
    }
    values << limit;
    auto query = db.exec(
        QStringLiteral("SELECT t.id, t.version, t.deal_id, t.promise_id, t.title, t.assignee_id, t.due_on, t.status, "
                       "a.name, d.title, u.name, p.description FROM tasks t JOIN deals d ON d.id = t.deal_id "
                       "JOIN accounts a ON a.id = d.account_id LEFT JOIN users u ON u.id = t.assignee_id "
                       "LEFT JOIN promises p ON p.id = t.promise_id WHERE ") +
            where +
            (dated ? QStringLiteral(" ORDER BY t.due_on, t.id LIMIT ?") : QStringLiteral(" ORDER BY t.id LIMIT ?")),
        values);
    if (!query) {
        return query.error();
    }
    while (query->next()) {
        OpenTaskRow row;
        FulfilmentTask& task = row.task;
        task.id = query->value(0).toLongLong();
        task.version = query->value(1).toInt();
        task.dealId = query->value(2).toLongLong();
        task.promiseId = query->value(3).toLongLong();
        task.title = query->value(4).toString();
        task.assigneeId = query->value(5).toLongLong();
        task.dueOn = sql::toDate(query->value(6));
        task.status = fromKey<TaskStatus>(query->value(7).toString()).value_or(TaskStatus::Todo);
        row.account = query->value(8).toString();
        row.dealTitle = query->value(9).toString();
        row.assignee = query->value(10).toString();
        row.promise = query->value(11).toString();
        rows.append(row);
    }
    return {};
}

} // namespace

Result<QList<OpenTaskRow>> OpenTasks::read(const Database& db, const OpenTaskFilter& filter, int limit)
{
    // The dated tasks first; then, when the range is open and there is room, those without a date.
    QList<OpenTaskRow> rows;
    if (auto dated = readRange(db, filter, true, limit, rows); !dated) {
        return dated.error();
    }
    const bool ranged = filter.from.isValid() || filter.until.isValid();
    if (!ranged && rows.size() < limit) {
        if (auto undated = readRange(db, filter, false, limit - int(rows.size()), rows); !undated) {
            return undated.error();
        }
    }
    return rows;
}

} // namespace handoff
