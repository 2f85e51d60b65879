#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QIODevice;

namespace handoff {

class Database;

// Writes open fulfilment tasks and open promises as an RFC 5545 iCalendar file that calendar programs import.
//
// Each task and promise with a due date becomes one all-day event on that date. Its UID names the entity and id
// ("task-12@handoff", "promise-7@handoff") and its SEQUENCE follows the row's version, so importing a newer file
// updates the events instead of adding copies. Tasks that are done, promises that are no longer open and everything
// of a cancelled deal are left out. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence.
class CalendarWriter {
    Q_DECLARE_TR_FUNCTIONS(CalendarWriter)

public:
    explicit CalendarWriter(const Database& db);

    // Events written. userId 0: everyone's; otherwise the tasks assigned to that user and the promises of the deals
    // the user sold or owns in support. now is the DTSTAMP of every event.
    Result<qint64> write(QIODevice* out, qint64 userId, const QDateTime& now) const;

    // Rows per page; tests use small pages to cross page boundaries.
    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : 1; }

    // A TEXT value: backslash, semicolon and comma escaped, every line break as \n, other control characters dropped.
    static QString escapeText(const QString& text);
    // One content line (without line end) as UTF-8, folded at 75 octets, every physical line ended with CRLF.
    static QByteArray foldLine(const QString& line);

private:
    Result<qint64> writeTasks(QIODevice* out, qint64 userId, const QString& stamp) const;
    Result<qint64> writePromises(QIODevice* out, qint64 userId, const QString& stamp) const;

    const Database& m_db;
    int m_pageSize = 1000;
};

} // namespace handoff
