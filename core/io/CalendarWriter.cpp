#include "io/CalendarWriter.h"

#include "model/Enums.h"
#include "model/Labels.h"
#include "storage/CalendarSql.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDate>
#include <QIODevice>

#include <functional>

namespace handoff {

namespace {

constexpr qsizetype kFoldOctets = 75;
// A summary shows one line of a promise; the full text is in the description.
constexpr qsizetype kSummaryChars = 80;

template <typename E>
QString label(const QString& key)
{
    const auto value = fromKey<E>(key);
    return value ? Labels::of(*value) : key;
}

QString firstLine(const QString& text)
{
    QString line = text.section(u'\n', 0, 0).trimmed();
    if (line.size() > kSummaryChars) {
        line = line.left(kSummaryChars - 1).trimmed() + QChar(0x2026);
    }
    return line;
}

QString dateValue(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

// The properties every event has, between BEGIN:VEVENT and END:VEVENT.
struct Event {
    QString uid;
    qint64 sequence = 0;
    QDate due;
    QString summary;
    QString description;
    QString status;
    QString categories;
};

QByteArray eventBytes(const Event& event, const QString& stamp)
{
    QByteArray bytes;
    const auto add = [&bytes](const QString& line) { bytes += CalendarWriter::foldLine(line); };
    add(QStringLiteral("BEGIN:VEVENT"));
    add(QLatin1String("UID:") + event.uid);
    add(QLatin1String("DTSTAMP:") + stamp);
    add(QLatin1String("SEQUENCE:") + QString::number(event.sequence));
    add(QLatin1String("DTSTART;VALUE=DATE:") + dateValue(event.due));
    add(QLatin1String("DTEND;VALUE=DATE:") + dateValue(event.due.addDays(1)));
    add(QLatin1String("SUMMARY:") + CalendarWriter::escapeText(event.summary));
    add(QLatin1String("DESCRIPTION:") + CalendarWriter::escapeText(event.description));
    add(QLatin1String("STATUS:") + event.status);
    add(QLatin1String("CATEGORIES:") + event.categories);
    add(QLatin1String("TRANSP:TRANSPARENT"));
    add(QStringLiteral("END:VEVENT"));
    return bytes;
}

Result<void> put(QIODevice* out, const QByteArray& bytes)
{
    if (out->write(bytes) != bytes.size()) {
        return makeError(Error::Code::Storage,
                         CalendarWriter::tr("Could not write the calendar: %1.").arg(out->errorString()));
    }
    return {};
}

// Runs a keyset-paged query (?1 last id, ?2 page size, ?3 user) and writes one event per row, page by page.
Result<qint64> writePaged(const Database& db, QIODevice* out, const QString& sql, qint64 userId, int pageSize,
                          const QString& stamp, const std::function<Event(const Statement&)>& toEvent)
{
    auto prepared = db.prepare(sql);
    if (!prepared) {
        return prepared.error();
    }
    Statement& statement = **prepared;
    qint64 events = 0;
    qint64 after = 0;
    for (;;) {
        statement.reset();
        statement.bind(1, after);
        statement.bind(2, pageSize);
        statement.bind(3, userId);
        QByteArray page;
        int inPage = 0;
        for (;;) {
            const auto more = statement.next();
            if (!more) {
                return more.error();
            }
            if (!*more) {
                break;
            }
            after = statement.int64(0);
            page += eventBytes(toEvent(statement), stamp);
            ++inPage;
        }
        statement.reset();
        if (auto written = put(out, page); !written) {
            return written.error();
        }
        events += inPage;
        if (inPage < pageSize) {
            return events;
        }
    }
}

} // namespace

CalendarWriter::CalendarWriter(const Database& db)
    : m_db(db)
{}

QString CalendarWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u';':
            out += QLatin1String("\\;");
            break;
        case u',':
            out += QLatin1String("\\,");
            break;
        case u'\r':
            // CRLF is one line break; a lone CR is one too.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            out += QLatin1String("\\n");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        default:
            // RFC 5545 TEXT allows no control character but tab.
            if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F) {
                break;
            }
            out += c;
        }
    }
    return out;
}

QByteArray CalendarWriter::foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype start = 0;
    // The first physical line holds 75 octets; each continuation line's leading space is one of its 75.
    qsizetype room = kFoldOctets;
    while (utf8.size() - start > room) {
        qsizetype cut = start + room;
        // Back off to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > start && (static_cast<uchar>(utf8.at(cut)) & 0xC0) == 0x80) {
            --cut;
        }
        out += QByteArrayView(utf8).sliced(start, cut - start);
        out += "\r\n ";
        start = cut;
        room = kFoldOctets - 1;
    }
    out += QByteArrayView(utf8).sliced(start);
    out += "\r\n";
    return out;
}

Result<qint64> CalendarWriter::write(QIODevice* out, qint64 userId, const QDateTime& now) const
{
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray header;
    for (const char* line : {"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Handoff//Handoff//EN", "CALSCALE:GREGORIAN",
                             "METHOD:PUBLISH", "X-WR-CALNAME:Handoff"}) {
        header += foldLine(QString::fromLatin1(line));
    }
    if (auto written = put(out, header); !written) {
        return written.error();
    }
    const auto tasks = writeTasks(out, userId, stamp);
    if (!tasks) {
        return tasks.error();
    }
    const auto promises = writePromises(out, userId, stamp);
    if (!promises) {
        return promises.error();
    }
    if (auto written = put(out, foldLine(QStringLiteral("END:VCALENDAR"))); !written) {
        return written.error();
    }
    return *tasks + *promises;
}

Result<qint64> CalendarWriter::writeTasks(QIODevice* out, qint64 userId, const QString& stamp) const
{
    return writePaged(m_db, out, CalendarSql::openTasks(), userId, m_pageSize, stamp, [](const Statement& row) {
        Event event;
        event.uid = QStringLiteral("task-%1@handoff").arg(row.int64(0));
        event.sequence = qMax<qint64>(0, row.int64(1) - 1);
        event.due = QDate::fromString(row.text(3), Qt::ISODate);
        event.summary = tr("Task: %1 — %2").arg(row.text(2), row.text(5));
        QStringList lines{tr("Deal: %1 (%2)").arg(row.text(5), row.text(6)),
                          tr("Deal state: %1").arg(label<HandoffState>(row.text(7))),
                          tr("Task status: %1").arg(label<TaskStatus>(row.text(4))),
                          tr("Assignee: %1").arg(row.isNull(8) ? tr("nobody yet") : row.text(8))};
        if (!row.isNull(9)) {
            lines.append(tr("For the promise: %1").arg(row.text(9)));
            lines.append(row.text(11).isEmpty()
                             ? tr("Feasibility: %1").arg(label<Feasibility>(row.text(10)))
                             : tr("Feasibility: %1 — %2").arg(label<Feasibility>(row.text(10)), row.text(11)));
        }
        event.description = lines.join(u'\n');
        event.status = QStringLiteral("CONFIRMED");
        event.categories = QStringLiteral("Handoff,Task");
        return event;
    });
}

Result<qint64> CalendarWriter::writePromises(QIODevice* out, qint64 userId, const QString& stamp) const
{
    return writePaged(m_db, out, CalendarSql::openPromises(), userId, m_pageSize, stamp, [](const Statement& row) {
        Event event;
        event.uid = QStringLiteral("promise-%1@handoff").arg(row.int64(0));
        event.sequence = qMax<qint64>(0, row.int64(1) - 1);
        event.due = QDate::fromString(row.text(3), Qt::ISODate);
        event.summary = tr("Promise due: %1 — %2").arg(firstLine(row.text(2)), row.text(9));
        QStringList lines{tr("Deal: %1 (%2)").arg(row.text(8), row.text(9)),
                          tr("Deal state: %1").arg(label<HandoffState>(row.text(10))),
                          tr("Kind: %1").arg(label<PromiseKind>(row.text(4)))};
        if (!row.isNull(11)) {
            lines.append(tr("Capability: %1").arg(row.text(11)));
        }
        lines.append(row.text(7).isEmpty()
                         ? tr("Feasibility: %1").arg(label<Feasibility>(row.text(6)))
                         : tr("Feasibility: %1 — %2").arg(label<Feasibility>(row.text(6)), row.text(7)));
        lines.append(tr("Review: %1").arg(label<ReviewStatus>(row.text(5))));
        lines.append(QString());
        lines.append(row.text(2));
        event.description = lines.join(u'\n');
        // Support has not yet agreed to keep a promise it has not accepted: the date stands, the event is tentative.
        event.status =
            row.text(5) == toKey(ReviewStatus::Accepted) ? QStringLiteral("CONFIRMED") : QStringLiteral("TENTATIVE");
        event.categories = QStringLiteral("Handoff,Promise");
        return event;
    });
}

} // namespace handoff
