#pragma once

#include <QString>

namespace handoff {

// The calendar's statements (CalendarWriter): keyset-paged, ?1 the last id of the page before, ?2 the page's size,
// ?3 the user whose events are wanted (0: everyone's).
struct CalendarSql {
    // Open tasks with a due date: id, version, title, due_on, status, deal title, account, deal state, assignee,
    // promise description, feasibility, feasibility reason.
    static QString openTasks();
    // Open promises with a due date: id, version, description, due_on, kind, review status, feasibility, feasibility
    // reason, deal title, account, deal state, capability.
    static QString openPromises();
};

} // namespace handoff
