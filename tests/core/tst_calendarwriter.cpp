// The iCalendar file that calendar programs import: structure, CRLF, folding at 75 octets without breaking a UTF-8
// character, escaped text, UIDs that stay the same so a re-import updates, DTSTAMP in UTC, and one user's calendar.

#include "TestDatabase.h"
#include "io/CalendarWriter.h"
#include "storage/Stores.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace handoff;

namespace {

const QDate kToday(2026, 3, 2);
const QDateTime kNow(kToday, QTime(14, 5, 9), Qt::OffsetFromUTC, 2 * 3600);

template <typename T>
QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().fullText();
}

QByteArray calendar(const Database& db, qint64 userId = 0, const QDateTime& now = kNow, int pageSize = 1000)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CalendarWriter writer(db);
    writer.setPageSize(pageSize);
    const auto written = writer.write(&buffer, userId, now);
    if (!written) {
        qWarning("calendar failed: %s", qPrintable(errorText(written)));
        return {};
    }
    return buffer.data();
}

// The logical content lines: folding undone (CRLF followed by one space), split at CRLF.
QStringList unfolded(const QByteArray& ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

// Each event's properties as name (with parameters) -> value.
QList<QHash<QString, QString>> events(const QByteArray& ics)
{
    QList<QHash<QString, QString>> result;
    QHash<QString, QString>* current = nullptr;
    for (const QString& line : unfolded(ics)) {
        if (line == QLatin1String("BEGIN:VEVENT")) {
            result.append(QHash<QString, QString>());
            current = &result.last();
        } else if (line == QLatin1String("END:VEVENT")) {
            current = nullptr;
        } else if (current) {
            current->insert(line.section(u':', 0, 0), line.section(u':', 1));
        }
    }
    return result;
}

QHash<QString, QString> eventWithUid(const QByteArray& ics, const QString& uid)
{
    for (const auto& event : events(ics)) {
        if (event.value(QStringLiteral("UID")) == uid) {
            return event;
        }
    }
    return {};
}

QStringList uids(const QByteArray& ics)
{
    QStringList list;
    for (const auto& event : events(ics)) {
        list.append(event.value(QStringLiteral("UID")));
    }
    list.sort();
    return list;
}

// Sales rep Rita sold two deals to Acme; support Sam owns the accepted one, Sol is assigned one task of it.
struct World {
    TestDatabase t;
    Database& db = t.db;
    User rita, sam, sol, omar;
    Deal rollout, cancelled, draft;
    FulfilmentTask kickoff, training, done, undated, ofCancelled;
    Promise sso, fulfilled, ofCancelledPromise, ofDraft;

    World()
    {
        db.setClock([] { return QDateTime(kToday, QTime(9, 0), Qt::UTC); });
        rita = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Rita Rep"), QStringLiteral("rita@example.com"), Role::Sales, true});
        sam = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Sam Support"), QStringLiteral("sam@example.com"), Role::Support, true});
        sol = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Sol Support"), QStringLiteral("sol@example.com"), Role::Support, true});
        omar = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Omar Rep"), QStringLiteral("omar@example.com"), Role::Sales, true});
        const qint64 acme = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        const qint64 capability =
            Seed<CapabilityStore>(db)
                .create(Capability{0, 0, QStringLiteral("SAML SSO"), {}, CapabilityStatus::Beta, 10})
                ->id;

        rollout = deal(acme, QStringLiteral("Acme rollout"), HandoffState::Accepted, sam.id);
        cancelled = deal(acme, QStringLiteral("Acme pilot"), HandoffState::Cancelled, sam.id);
        draft = deal(acme, QStringLiteral("Acme expansion"), HandoffState::Draft, 0);

        sso = promise(rollout.id, QStringLiteral("SAML SSO"), capability, ReviewStatus::Accepted, Fulfilment::Open,
                      kToday.addDays(20));
        fulfilled = promise(rollout.id, QStringLiteral("Training"), 0, ReviewStatus::Accepted, Fulfilment::Fulfilled,
                            kToday.addDays(5));
        ofCancelledPromise = promise(cancelled.id, QStringLiteral("Pilot SLA"), 0, ReviewStatus::Pending,
                                     Fulfilment::Open, kToday.addDays(7));
        ofDraft = promise(draft.id, QStringLiteral("Extra seats; at cost, by Q3\\\nsee notes"), 0,
                          ReviewStatus::Pending, Fulfilment::Open, kToday.addDays(40));

        kickoff = task(rollout.id, QStringLiteral("Kickoff call"), sam.id, kToday.addDays(3), TaskStatus::Todo, sso.id);
        training =
            task(rollout.id, QStringLiteral("Admin training"), sol.id, kToday.addDays(9), TaskStatus::InProgress, 0);
        done = task(rollout.id, QStringLiteral("Send welcome pack"), sam.id, kToday.addDays(-1), TaskStatus::Done, 0);
        undated = task(rollout.id, QStringLiteral("Collect logo"), sam.id, QDate(), TaskStatus::Todo, 0);
        ofCancelled = task(cancelled.id, QStringLiteral("Pilot setup"), sam.id, kToday.addDays(2), TaskStatus::Todo, 0);
    }

    Deal deal(qint64 account, const QString& title, HandoffState state, qint64 owner)
    {
        Deal d;
        d.accountId = account;
        d.title = title;
        d.closedOn = kToday.addDays(-10);
        d.salesRepId = rita.id;
        d.supportOwnerId = owner;
        d.state = state;
        return *Seed<DealStore>(db).create(d);
    }

    Promise promise(qint64 dealId, const QString& description, qint64 capability, ReviewStatus review,
                    Fulfilment fulfilment, QDate due)
    {
        Promise p;
        p.dealId = dealId;
        p.kind = PromiseKind::Feature;
        p.capabilityId = capability;
        p.description = description;
        p.dueOn = due;
        p.promisedById = rita.id;
        p.feasibility = capability ? Feasibility::Warning : Feasibility::Ok;
        p.feasibilityReason = capability ? QStringLiteral("beta capability") : QString();
        p.reviewStatus = review;
        p.fulfilment = fulfilment;
        p.fulfilledOn = fulfilment == Fulfilment::Fulfilled ? kToday : QDate();
        return *Seed<PromiseStore>(db).create(p);
    }

    FulfilmentTask task(qint64 dealId, const QString& title, qint64 assignee, QDate due, TaskStatus status,
                        qint64 promiseId)
    {
        FulfilmentTask made;
        made.dealId = dealId;
        made.promiseId = promiseId;
        made.title = title;
        made.assigneeId = assignee;
        made.dueOn = due;
        made.status = status;
        made.doneOn = status == TaskStatus::Done ? kToday : QDate();
        return *Seed<TaskStore>(db).create(made);
    }
};

QString taskUid(qint64 id)
{
    return QStringLiteral("task-%1@handoff").arg(id);
}

QString promiseUid(qint64 id)
{
    return QStringLiteral("promise-%1@handoff").arg(id);
}

} // namespace

class TestCalendarWriter : public QObject {
    Q_OBJECT

private slots:
    void calendarStructureAndLineEnds();
    void eventsForOpenTasksAndPromises();
    void allDayEventsAndStamp();
    void textIsEscaped_data();
    void textIsEscaped();
    void escapedTextInTheFile();
    void foldsAt75Octets_data();
    void foldsAt75Octets();
    void uidsAreStableAcrossRuns();
    void sequenceFollowsEdits();
    void oneUsersCalendar_data();
    void oneUsersCalendar();
    void pagesDoNotLoseEvents();
};

void TestCalendarWriter::calendarStructureAndLineEnds()
{
    World w;
    const QByteArray ics = calendar(w.db);
    QVERIFY(!ics.isEmpty());
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(ics.contains("\r\nCALSCALE:GREGORIAN\r\n"));
    // Every line ends in CRLF: no bare LF and no bare CR anywhere.
    QByteArray withoutCrlf = ics;
    withoutCrlf.replace("\r\n", "");
    QVERIFY(!withoutCrlf.contains('\n'));
    QVERIFY(!withoutCrlf.contains('\r'));
    QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), ics.count("END:VEVENT\r\n"));
    // Calendar files are UTF-8 without a byte-order mark.
    QVERIFY(!ics.startsWith("\xEF\xBB\xBF"));
}

void TestCalendarWriter::eventsForOpenTasksAndPromises()
{
    World w;
    const QByteArray ics = calendar(w.db);
    // Open tasks with a due date and open promises with a due date; nothing done, undated, fulfilled or cancelled.
    QStringList expected{taskUid(w.kickoff.id), taskUid(w.training.id), promiseUid(w.sso.id), promiseUid(w.ofDraft.id)};
    expected.sort();
    QCOMPARE(uids(ics), expected);

    const auto kickoff = eventWithUid(ics, taskUid(w.kickoff.id));
    QCOMPARE(kickoff.value(QStringLiteral("SUMMARY")), QStringLiteral("Task: Kickoff call — Acme rollout"));
    QCOMPARE(kickoff.value(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
    QCOMPARE(kickoff.value(QStringLiteral("CATEGORIES")), QStringLiteral("Handoff,Task"));
    const QString description = kickoff.value(QStringLiteral("DESCRIPTION"));
    QVERIFY2(description.contains(QLatin1String("Acme rollout (Acme)")), qPrintable(description));
    QVERIFY2(description.contains(QLatin1String("Accepted")), qPrintable(description));
    QVERIFY2(description.contains(QLatin1String("Sam Support")), qPrintable(description));
    QVERIFY2(description.contains(QLatin1String("beta capability")), qPrintable(description));

    const auto sso = eventWithUid(ics, promiseUid(w.sso.id));
    QCOMPARE(sso.value(QStringLiteral("SUMMARY")), QStringLiteral("Promise due: SAML SSO — Acme"));
    QCOMPARE(sso.value(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
    QCOMPARE(sso.value(QStringLiteral("CATEGORIES")), QStringLiteral("Handoff,Promise"));
    QVERIFY(
        sso.value(QStringLiteral("DESCRIPTION")).contains(QStringLiteral("Feasibility: At risk — beta capability")));
    // A promise support has not accepted yet is tentative.
    QCOMPARE(eventWithUid(ics, promiseUid(w.ofDraft.id)).value(QStringLiteral("STATUS")), QStringLiteral("TENTATIVE"));
}

void TestCalendarWriter::allDayEventsAndStamp()
{
    World w;
    const QByteArray ics = calendar(w.db);
    const auto kickoff = eventWithUid(ics, taskUid(w.kickoff.id));
    QCOMPARE(kickoff.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20260305"));
    QCOMPARE(kickoff.value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20260306"));
    // A due date on the last of a month ends on the first of the next.
    const auto sso = eventWithUid(ics, promiseUid(w.sso.id));
    QCOMPARE(sso.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20260322"));
    QCOMPARE(sso.value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20260323"));
    // DTSTAMP is now in UTC, basic format: 14:05:09 at +02:00 is 12:05:09Z.
    static const QRegularExpression basicUtc(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    for (const auto& event : events(ics)) {
        QVERIFY(basicUtc.match(event.value(QStringLiteral("DTSTAMP"))).hasMatch());
        QCOMPARE(event.value(QStringLiteral("DTSTAMP")), QStringLiteral("20260302T120509Z"));
    }

    FulfilmentTask endOfMonth = w.kickoff;
    endOfMonth.dueOn = QDate(2026, 3, 31);
    QVERIFY(Seed<TaskStore>(w.db).update(endOfMonth));
    const auto moved = eventWithUid(calendar(w.db), taskUid(w.kickoff.id));
    QCOMPARE(moved.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20260331"));
    QCOMPARE(moved.value(QStringLiteral("DTEND;VALUE=DATE")), QStringLiteral("20260401"));
}

void TestCalendarWriter::textIsEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Kickoff call") << QStringLiteral("Kickoff call");
    QTest::newRow("backslash") << QStringLiteral("C:\\deals") << QStringLiteral("C:\\\\deals");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("Acme\\, Inc.");
    QTest::newRow("LF") << QStringLiteral("one\ntwo") << QStringLiteral("one\\ntwo");
    QTest::newRow("CRLF is one break") << QStringLiteral("one\r\ntwo") << QStringLiteral("one\\ntwo");
    QTest::newRow("lone CR") << QStringLiteral("one\rtwo") << QStringLiteral("one\\ntwo");
    QTest::newRow("colon needs nothing") << QStringLiteral("Note: x") << QStringLiteral("Note: x");
    QTest::newRow("quote needs nothing") << QStringLiteral("\"x\"") << QStringLiteral("\"x\"");
    QTest::newRow("control characters dropped") << QStringLiteral("a\u0001b\u007Fc\td") << QStringLiteral("abc\td");
    QTest::newRow("all at once") << QStringLiteral("\\;,\n") << QStringLiteral("\\\\\\;\\,\\n");
}

void TestCalendarWriter::textIsEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(CalendarWriter::escapeText(text), escaped);
}

void TestCalendarWriter::escapedTextInTheFile()
{
    World w;
    const QByteArray ics = calendar(w.db);
    const auto event = eventWithUid(ics, promiseUid(w.ofDraft.id));
    // The summary shows the first line; the full description keeps every line break as \n.
    QCOMPARE(event.value(QStringLiteral("SUMMARY")),
             QStringLiteral("Promise due: Extra seats\\; at cost\\, by Q3\\\\ — Acme"));
    QVERIFY(event.value(QStringLiteral("DESCRIPTION"))
                .endsWith(QLatin1String("Extra seats\\; at cost\\, by Q3\\\\\\nsee notes")));
    QVERIFY(!ics.contains("by Q3\\\n"));
}

void TestCalendarWriter::foldsAt75Octets_data()
{
    QTest::addColumn<QString>("line");
    const QString prefix = QStringLiteral("SUMMARY:");
    // A character of 2, 3 and 4 octets across the 75th octet, at the first fold and at a later one.
    QTest::newRow("ascii exactly 75") << prefix + QString(67, u'a');
    QTest::newRow("ascii 76") << prefix + QString(68, u'a');
    QTest::newRow("2-octet at the boundary") << prefix + QString(66, u'a') + QStringLiteral("éé");
    QTest::newRow("3-octet at the boundary") << prefix + QString(66, u'a') + QStringLiteral("€€€");
    QTest::newRow("3-octet one further") << prefix + QString(65, u'a') + QStringLiteral("€€€");
    QTest::newRow("4-octet at the boundary") << prefix + QString(65, u'a') + QStringLiteral("🚀🚀");
    QTest::newRow("4-octet at the second fold") << prefix + QString(67 + 72, u'a') + QStringLiteral("🚀🚀🚀");
    QTest::newRow("all multibyte") << prefix + QString(200, QChar(0x6771));
    QTest::newRow("short") << QStringLiteral("VERSION:2.0");
}

void TestCalendarWriter::foldsAt75Octets()
{
    QFETCH(QString, line);
    const QByteArray folded = CalendarWriter::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray part = physical.at(i);
        if (i + 1 < physical.size()) {
            QVERIFY(part.endsWith('\r'));
            part.chop(1);
        }
        QVERIFY2(part.size() <= 75, part.constData());
        if (i > 0) {
            // A continuation line starts with exactly one space, then content.
            QVERIFY(part.startsWith(' '));
        }
        // Each physical line is valid UTF-8 on its own: no character was cut in two.
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(part);
        QVERIFY2(!decoder.hasError(), part.toHex().constData());
        QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
    }
    // Lines are folded as late as possible: a line is only shorter than 75 when the next character did not fit.
    for (qsizetype i = 0; i + 1 < physical.size(); ++i) {
        QVERIFY(physical.at(i).size() - 1 >= 72);
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    QCOMPARE(QString::fromUtf8(unfolded.chopped(2)), line);
    QCOMPARE(physical.size() > 1, line.toUtf8().size() > 75);
}

void TestCalendarWriter::uidsAreStableAcrossRuns()
{
    World w;
    const QByteArray first = calendar(w.db, 0, kNow);
    const QByteArray second = calendar(w.db, 0, kNow.addDays(1));
    QCOMPARE(uids(second), uids(first));
    QCOMPARE(uids(first).size(), 4);
    // Nothing but the stamp changes between runs, so a calendar program sees the same events.
    QList<QByteArray> a = first.split('\n');
    QList<QByteArray> b = second.split('\n');
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).startsWith("DTSTAMP:")) {
            QCOMPARE(b.at(i), a.at(i));
        } else {
            QCOMPARE(b.at(i), QByteArray("DTSTAMP:20260303T120509Z\r"));
        }
    }
}

void TestCalendarWriter::sequenceFollowsEdits()
{
    World w;
    QCOMPARE(eventWithUid(calendar(w.db), taskUid(w.kickoff.id)).value(QStringLiteral("SEQUENCE")),
             QStringLiteral("0"));
    FulfilmentTask moved = w.kickoff;
    moved.dueOn = moved.dueOn.addDays(2);
    QVERIFY(Seed<TaskStore>(w.db).update(moved));
    const auto event = eventWithUid(calendar(w.db), taskUid(w.kickoff.id));
    // The same UID with a higher SEQUENCE: calendar programs move the event instead of adding a second one.
    QCOMPARE(event.value(QStringLiteral("SEQUENCE")), QStringLiteral("1"));
    QCOMPARE(event.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20260307"));
}

void TestCalendarWriter::oneUsersCalendar_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("expected"); // task:<title> or promise:<description>
    QTest::newRow("support owner: own tasks and the promises of owned deals")
        << QStringLiteral("sam") << QStringList{QStringLiteral("task:Kickoff call"), QStringLiteral("promise:SSO")};
    QTest::newRow("assignee of one task, owns no deal")
        << QStringLiteral("sol") << QStringList{QStringLiteral("task:Admin training")};
    QTest::newRow("sales rep: promises of sold deals, no tasks")
        << QStringLiteral("rita") << QStringList{QStringLiteral("promise:SSO"), QStringLiteral("promise:draft")};
    QTest::newRow("nothing of theirs") << QStringLiteral("omar") << QStringList{};
}

void TestCalendarWriter::oneUsersCalendar()
{
    QFETCH(QString, who);
    QFETCH(QStringList, expected);
    World w;
    const QHash<QString, qint64> users{{QStringLiteral("sam"), w.sam.id},
                                       {QStringLiteral("sol"), w.sol.id},
                                       {QStringLiteral("rita"), w.rita.id},
                                       {QStringLiteral("omar"), w.omar.id}};
    const QHash<QString, QString> uidOf{{QStringLiteral("task:Kickoff call"), taskUid(w.kickoff.id)},
                                        {QStringLiteral("task:Admin training"), taskUid(w.training.id)},
                                        {QStringLiteral("promise:SSO"), promiseUid(w.sso.id)},
                                        {QStringLiteral("promise:draft"), promiseUid(w.ofDraft.id)}};
    QStringList expectedUids;
    for (const QString& key : expected) {
        expectedUids.append(uidOf.value(key));
    }
    expectedUids.sort();
    const QByteArray ics = calendar(w.db, users.value(who));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(uids(ics), expectedUids);
}

void TestCalendarWriter::pagesDoNotLoseEvents()
{
    World w;
    for (int i = 0; i < 12; ++i) {
        w.task(w.rollout.id, QStringLiteral("Follow-up %1").arg(i), i % 2 ? w.sam.id : w.sol.id, kToday.addDays(i),
               i % 3 ? TaskStatus::Todo : TaskStatus::Done, 0);
    }
    const QStringList all = uids(calendar(w.db, 0, kNow, 1000));
    QCOMPARE(all.size(), 4 + 8);
    // Pages of 1, 3 and 5 rows: filtered rows fall in every position of a page.
    for (const int pageSize : {1, 3, 5}) {
        QCOMPARE(uids(calendar(w.db, 0, kNow, pageSize)), all);
        QCOMPARE(uids(calendar(w.db, w.sam.id, kNow, pageSize)), uids(calendar(w.db, w.sam.id, kNow, 1000)));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = CalendarWriter(w.db).write(&buffer, 0, kNow);
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(*written, 12);
}

QTEST_GUILESS_MAIN(TestCalendarWriter)
#include "tst_calendarwriter.moc"
