#pragma once

#include "Result.h"
#include "model/FulfilmentTask.h"

#include <QDate>
#include <QList>
#include <QString>

namespace handoff {

class Database;

// One open task of support's list across deals, with what the list shows beside it.
struct OpenTaskRow {
    FulfilmentTask task;
    QString account;
    QString dealTitle;
    QString assignee; // empty: nobody
    QString promise;  // the promise the task keeps; empty when it keeps none
};

// Which open tasks the list shows: one person's or everyone's, due within a range (an invalid end leaves that side
// open; a range excludes the tasks without a due date).
struct OpenTaskFilter {
    qint64 assigneeId = 0; // 0: everyone's
    QDate from;
    QDate until;
};

// Support's work across deals: the tasks not done yet, soonest due first (those without a date last). A read is a
// range of the index of open tasks by due date, and at most `limit` rows, whatever the size of the database.
class OpenTasks {
public:
    static constexpr int kLimit = 500;

    static Result<QList<OpenTaskRow>> read(const Database& db, const OpenTaskFilter& filter, int limit = kLimit);
};

} // namespace handoff
