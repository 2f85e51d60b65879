// Handoff clocks: business days across weekends, the targets a lead sets, and the overdue list the views show.

#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/Settings.h"
#include "storage/Stores.h"
#include "workflow/HandoffClock.h"

#include <QSqlQuery>

using namespace handoff;

namespace {

// 2026-11-20 is a Friday.
const QDate kFriday(2026, 11, 20);
const QDate kMonday(2026, 11, 23);

template <typename T>
bool succeeded(const Result<T>& result, QByteArray& why)
{
    if (!result) {
        why = result.error().fullText().toUtf8();
        return false;
    }
    return true;
}

#define CHECK_OK(result)                                                                                               \
    do {                                                                                                               \
        QByteArray why_;                                                                                               \
        QVERIFY2(succeeded(result, why_), why_.constData());                                                           \
    } while (false)

int countByHand(QDate from, QDate to)
{
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        count += d.dayOfWeek() <= 5 ? 1 : 0;
    }
    return count;
}

QDateTime noonOf(QDate date)
{
    return QDateTime(date, QTime(12, 0), Qt::UTC);
}

struct World {
    TestDatabase test;
    User sales;
    User support;
    User lead;
    qint64 accountId = 0;

    World()
    {
        sales = *Seed<UserStore>(test.db).create(
            User{0, 0, QStringLiteral("Sam Sales"), QStringLiteral("sam@example.com"), Role::Sales, true});
        support = *Seed<UserStore>(test.db).create(
            User{0, 0, QStringLiteral("Dana Reyes"), QStringLiteral("dana@example.com"), Role::Support, true});
        lead = *Seed<UserStore>(test.db).create(
            User{0, 0, QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead, true});
        accountId = Seed<AccountStore>(test.db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
    }

    qint64 deal(QDate closedOn, HandoffState state = HandoffState::Draft)
    {
        Deal d;
        d.accountId = accountId;
        d.title = QStringLiteral("Deal closed %1").arg(closedOn.toString(Qt::ISODate));
        d.closedOn = closedOn;
        d.salesRepId = sales.id;
        d.state = state;
        return Seed<DealStore>(test.db).create(d)->id;
    }

    void submitAt(qint64 dealId, QDateTime at)
    {
        AuditEntry entry;
        entry.at = at;
        entry.actorId = sales.id;
        entry.action = QStringLiteral("submit");
        entry.entity = QStringLiteral("deals");
        entry.entityId = dealId;
        entry.dealId = dealId;
        entry.field = QStringLiteral("state");
        entry.oldValue = QStringLiteral("draft");
        entry.newValue = QStringLiteral("submitted");
        QVERIFY(appendAudit(test.db, entry));
    }

    void setColumn(qint64 dealId, const QString& column, const QVariant& value)
    {
        // Column names from the test's own literals only.
        QVERIFY(test.db.exec(QStringLiteral("UPDATE deals SET ") + column + QStringLiteral(" = ? WHERE id = ?"),
                             {value, dealId}));
    }

    void answerKickoff(qint64 dealId, QDate kickoff)
    {
        const auto items = ChecklistItemStore(test.db).where(QStringLiteral("key = 'kickoff_date'"));
        QVERIFY(items && items->size() == 1);
        ChecklistAnswer answer{0, 0, dealId, items->constFirst().id, kickoff.toString(Qt::ISODate), sales.id, {}};
        answer.answeredAt = noonOf(kickoff);
        QVERIFY(Seed<ChecklistAnswerStore>(test.db).create(answer));
    }

    int auditRows() { return test.db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(); }
};

} // namespace

class TestHandoffClock : public QObject {
    Q_OBJECT

private slots:
    void businessDaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("expected");
        QTest::newRow("Friday close, Monday submit") << kFriday << kMonday << 1;
        QTest::newRow("Friday to Saturday") << kFriday << kFriday.addDays(1) << 0;
        QTest::newRow("Friday to Sunday") << kFriday << kFriday.addDays(2) << 0;
        QTest::newRow("same day") << kMonday << kMonday << 0;
        QTest::newRow("Monday to Friday") << kMonday << kMonday.addDays(4) << 4;
        QTest::newRow("Monday to next Monday") << kMonday << kMonday.addDays(7) << 5;
        QTest::newRow("Saturday to Monday") << kFriday.addDays(1) << kMonday << 1;
        QTest::newRow("Sunday to Monday") << kFriday.addDays(2) << kMonday << 1;
        QTest::newRow("Thursday to Monday") << kFriday.addDays(-1) << kMonday << 2;
        QTest::newRow("Friday to next Friday") << kFriday << kFriday.addDays(7) << 5;
        QTest::newRow("backwards") << kMonday << kFriday << 0;
        QTest::newRow("across the new year") << QDate(2026, 12, 31) << QDate(2027, 1, 4) << 2;
        QTest::newRow("invalid from") << QDate() << kMonday << 0;
    }

    void businessDaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, expected);
        QCOMPARE(HandoffClock::businessDaysBetween(from, to), expected);
    }

    void businessDaysMatchCountingByHand()
    {
        const QDate start(2026, 10, 1);
        for (int a = 0; a < 45; ++a) {
            for (int b = a; b < a + 45; ++b) {
                const QDate from = start.addDays(a);
                const QDate to = start.addDays(b);
                QCOMPARE(HandoffClock::businessDaysBetween(from, to), countByHand(from, to));
            }
        }
    }

    void addBusinessDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Friday + 1 = Monday") << kFriday << 1 << kMonday;
        QTest::newRow("Thursday + 2 = Monday") << kFriday.addDays(-1) << 2 << kMonday;
        QTest::newRow("Saturday + 1 = Monday") << kFriday.addDays(1) << 1 << kMonday;
        QTest::newRow("zero") << kMonday << 0 << kMonday;
        QTest::newRow("Monday - 1 = Friday") << kMonday << -1 << kFriday;
        QTest::newRow("Monday + 10 = two weeks later") << kMonday << 10 << kMonday.addDays(14);
    }

    void addBusinessDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QCOMPARE(HandoffClock::addBusinessDays(from, days), expected);
        if (days > 0) {
            QCOMPARE(HandoffClock::businessDaysBetween(from, expected), days);
        }
    }

    void overdueBeforeIsTheFirstCloseWithinTarget()
    {
        const QDate start(2026, 11, 2);
        for (int t = 0; t < 14; ++t) {
            const QDate today = start.addDays(t);
            for (int target = 0; target <= 6; ++target) {
                const QDate before = HandoffClock::overdueBefore(today, target);
                for (int back = 0; back < 20; ++back) {
                    const QDate closed = today.addDays(-back);
                    const bool overdue = countByHand(closed, today) > target;
                    QVERIFY2((closed < before) == overdue,
                             qPrintable(QStringLiteral("today %1 target %2 closed %3 cutoff %4")
                                            .arg(today.toString(Qt::ISODate))
                                            .arg(target)
                                            .arg(closed.toString(Qt::ISODate), before.toString(Qt::ISODate))));
                }
            }
        }
    }

    void settingsHaveDefaults()
    {
        TestDatabase test;
        Settings settings(test.db);
        QCOMPARE(settings.dueDateBufferDays(), 5);
        QCOMPARE(settings.submitTargetBusinessDays(), 1);
        QCOMPARE(settings.kickoffTargetBusinessDays(), 10);
    }

    void settingsAreSavedAndAudited()
    {
        World world;
        Settings settings(world.test.db);
        CHECK_OK(settings.setSubmitTargetBusinessDays(world.lead, 3));
        CHECK_OK(settings.setKickoffTargetBusinessDays(world.lead, 0));
        CHECK_OK(settings.setDueDateBufferDays(world.lead, 365));
        QCOMPARE(settings.submitTargetBusinessDays(), 3);
        QCOMPARE(settings.kickoffTargetBusinessDays(), 0);
        QCOMPARE(settings.dueDateBufferDays(), 365);
        CHECK_OK(settings.setSubmitTargetBusinessDays(world.lead, 2));
        auto rows = world.test.db.exec(QStringLiteral("SELECT field, old_value, new_value, action, actor_id "
                                                      "FROM audit_log WHERE entity = 'settings' ORDER BY id"));
        CHECK_OK(rows);
        QStringList written;
        while (rows->next()) {
            written.append(QStringList{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                                       rows->value(3).toString()}
                               .join(QLatin1Char('|')));
            QCOMPARE(rows->value(4).toLongLong(), world.lead.id); // the lead who changed it, never "the system"
        }
        QCOMPARE(written, (QStringList{QStringLiteral("submit_target_business_days||3|create"),
                                       QStringLiteral("kickoff_target_business_days||0|create"),
                                       QStringLiteral("due_date_buffer_days||365|create"),
                                       QStringLiteral("submit_target_business_days|3|2|update")}));
    }

    void settingsAreTheLeadsToChange()
    {
        World world;
        Settings settings(world.test.db);
        const int before = world.auditRows();
        for (const User& someone : {world.sales, world.support}) {
            const auto refused = settings.setDueDateBufferDays(someone, 9);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Forbidden);
        }
        User gone = world.lead;
        gone.active = false;
        QVERIFY(!settings.setDueDateBufferDays(gone, 9));
        QCOMPARE(settings.dueDateBufferDays(), 5);
        QCOMPARE(world.auditRows(), before);
    }

    void settingsOutOfRangeAreRefused_data()
    {
        QTest::addColumn<int>("value");
        QTest::newRow("negative") << -1;
        QTest::newRow("over a year") << 366;
    }

    void settingsOutOfRangeAreRefused()
    {
        QFETCH(int, value);
        World world;
        Settings settings(world.test.db);
        const int before = world.auditRows();
        const auto refused = settings.setSubmitTargetBusinessDays(world.lead, value);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY2(refused.error().message.contains(QString::number(value)), qPrintable(refused.error().message));
        QCOMPARE(settings.submitTargetBusinessDays(), 1);
        QCOMPARE(world.auditRows(), before);
    }

    void submitClockCountsToTheFirstSubmission_data()
    {
        QTest::addColumn<QDate>("closed");
        QTest::addColumn<QDate>("submitted");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("same day") << kFriday << kFriday << 0 << false;
        QTest::newRow("Friday close, Monday submit") << kFriday << kMonday << 1 << false;
        QTest::newRow("Friday close, Tuesday submit") << kFriday << kMonday.addDays(1) << 2 << true;
        QTest::newRow("Thursday close, Monday submit") << kFriday.addDays(-1) << kMonday << 2 << true;
    }

    void submitClockCountsToTheFirstSubmission()
    {
        QFETCH(QDate, closed);
        QFETCH(QDate, submitted);
        QFETCH(int, days);
        QFETCH(bool, overdue);
        World world;
        const qint64 id = world.deal(closed, HandoffState::Submitted);
        world.submitAt(id, noonOf(submitted));
        world.submitAt(id, noonOf(submitted.addDays(20))); // a resubmission does not restart the clock
        const auto status = HandoffClock(world.test.db).submitClock(id, submitted.addDays(30));
        CHECK_OK(status);
        QCOMPARE(status->businessDays, days);
        QCOMPARE(status->target, 1);
        QCOMPARE(status->overdue, overdue);
    }

    void submitClockRunsUntilSubmitted()
    {
        World world;
        const qint64 id = world.deal(kFriday);
        HandoffClock clock(world.test.db);
        QCOMPARE(clock.submitClock(id, kFriday.addDays(2))->businessDays, 0);
        QCOMPARE(clock.submitClock(id, kMonday)->overdue, false);
        QCOMPARE(clock.submitClock(id, kMonday.addDays(1))->businessDays, 2);
        QCOMPARE(clock.submitClock(id, kMonday.addDays(1))->overdue, true);
    }

    void submitClockFallsBackToSubmittedAt()
    {
        World world;
        const qint64 id = world.deal(kFriday, HandoffState::Submitted);
        world.setColumn(id, QStringLiteral("submitted_at"), noonOf(kMonday).toString(Qt::ISODateWithMs));
        const auto status = HandoffClock(world.test.db).submitClock(id, kMonday.addDays(10));
        CHECK_OK(status);
        QCOMPARE(status->businessDays, 1);
    }

    void submitTargetComesFromSettings()
    {
        World world;
        const qint64 id = world.deal(kFriday);
        const QDate wednesday = kMonday.addDays(2);
        QVERIFY(HandoffClock(world.test.db).submitClock(id, wednesday)->overdue);
        CHECK_OK(Settings(world.test.db).setSubmitTargetBusinessDays(world.lead, 3));
        const auto status = HandoffClock(world.test.db).submitClock(id, wednesday);
        QCOMPARE(status->target, 3);
        QCOMPARE(status->businessDays, 3);
        QCOMPARE(status->overdue, false);
        QVERIFY(HandoffClock(world.test.db).submitClock(id, wednesday.addDays(1))->overdue);
    }

    void missingDealIsNotFound()
    {
        World world;
        const auto status = HandoffClock(world.test.db).submitClock(999, kMonday);
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Code::NotFound);
        QCOMPARE(HandoffClock(world.test.db).kickoffClock(999, kMonday).error().code, Error::Code::NotFound);
    }

    void kickoffClockStartsAtAcceptance()
    {
        World world;
        const qint64 id = world.deal(kFriday, HandoffState::Submitted);
        HandoffClock clock(world.test.db);
        const auto before = clock.kickoffClock(id, kMonday.addDays(60));
        CHECK_OK(before);
        QCOMPARE(before->businessDays, 0);
        QCOMPARE(before->overdue, false);
        QCOMPARE(before->target, 10);

        world.setColumn(id, QStringLiteral("accepted_at"), noonOf(kFriday).toString(Qt::ISODateWithMs));
        // No kickoff date yet: the clock runs to today. Ten business days after a Friday is the second Friday.
        QCOMPARE(clock.kickoffClock(id, kFriday.addDays(14))->businessDays, 10);
        QCOMPARE(clock.kickoffClock(id, kFriday.addDays(14))->overdue, false);
        QCOMPARE(clock.kickoffClock(id, kFriday.addDays(17))->businessDays, 11);
        QCOMPARE(clock.kickoffClock(id, kFriday.addDays(17))->overdue, true);
    }

    void kickoffClockStopsAtTheKickoffDate_data()
    {
        QTest::addColumn<int>("kickoffAfterDays");
        QTest::addColumn<int>("businessDays");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("Monday after") << 3 << 1 << false;
        QTest::newRow("exactly at target") << 14 << 10 << false;
        QTest::newRow("one past target") << 17 << 11 << true;
    }

    void kickoffClockStopsAtTheKickoffDate()
    {
        QFETCH(int, kickoffAfterDays);
        QFETCH(int, businessDays);
        QFETCH(bool, overdue);
        World world;
        const qint64 id = world.deal(kFriday.addDays(-7), HandoffState::Accepted);
        world.setColumn(id, QStringLiteral("accepted_at"), noonOf(kFriday).toString(Qt::ISODateWithMs));
        world.answerKickoff(id, kFriday.addDays(kickoffAfterDays));
        const auto status = HandoffClock(world.test.db).kickoffClock(id, kFriday.addDays(200));
        CHECK_OK(status);
        QCOMPARE(status->businessDays, businessDays);
        QCOMPARE(status->overdue, overdue);
    }

    void kickoffTargetComesFromSettings()
    {
        World world;
        const qint64 id = world.deal(kFriday, HandoffState::Accepted);
        world.setColumn(id, QStringLiteral("accepted_at"), noonOf(kFriday).toString(Qt::ISODateWithMs));
        world.answerKickoff(id, kMonday.addDays(1));
        QCOMPARE(HandoffClock(world.test.db).kickoffClock(id, kMonday)->overdue, false);
        CHECK_OK(Settings(world.test.db).setKickoffTargetBusinessDays(world.lead, 1));
        const auto status = HandoffClock(world.test.db).kickoffClock(id, kMonday);
        QCOMPARE(status->target, 1);
        QCOMPARE(status->businessDays, 2);
        QCOMPARE(status->overdue, true);
    }

    void overdueHandoffsAreUnsubmittedDealsPastTarget()
    {
        World world;
        const QDate today = kMonday.addDays(1); // Tuesday: deals closed before Monday are past one business day
        const qint64 oldDraft = world.deal(kFriday.addDays(-3));
        const qint64 fridayDraft = world.deal(kFriday);
        const qint64 mondayDraft = world.deal(kMonday);
        const qint64 returned = world.deal(kFriday.addDays(-1), HandoffState::Returned);
        const qint64 submitted = world.deal(kFriday.addDays(-10), HandoffState::Submitted);
        const qint64 accepted = world.deal(kFriday.addDays(-10), HandoffState::Accepted);
        const qint64 cancelled = world.deal(kFriday.addDays(-10), HandoffState::Cancelled);
        Q_UNUSED(mondayDraft)
        Q_UNUSED(submitted)
        Q_UNUSED(accepted)
        Q_UNUSED(cancelled)

        const auto overdue = HandoffClock(world.test.db).overdueHandoffs(today);
        CHECK_OK(overdue);
        QCOMPARE(*overdue, (QList<qint64>{oldDraft, returned, fridayDraft}));

        // Every deal the list names is overdue by its own clock, and every draft it leaves out is not.
        for (const qint64 id : {oldDraft, fridayDraft, mondayDraft}) {
            QCOMPARE(HandoffClock(world.test.db).submitClock(id, today)->overdue, overdue->contains(id));
        }

        CHECK_OK(Settings(world.test.db).setSubmitTargetBusinessDays(world.lead, 2));
        QCOMPARE(*HandoffClock(world.test.db).overdueHandoffs(today), (QList<qint64>{oldDraft, returned}));
    }

    void overdueQueryUsesAnIndex()
    {
        if (testsRunOnServer()) {
            QSKIP(
                "reads SQLite's query plan; PostgreSQL's planner chooses by table statistics, not by the schema alone");
        }
        World world;
        auto plan = world.test.db.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM deals WHERE state IN "
                                                      "('draft', 'returned') AND closed_on < ? ORDER BY closed_on, id"),
                                       {QStringLiteral("2026-01-01")});
        CHECK_OK(plan);
        QString details;
        while (plan->next()) {
            details += plan->value(3).toString() + QLatin1Char('\n');
        }
        QVERIFY2(details.contains(QLatin1String("USING INDEX")) || details.contains(QLatin1String("USING COVERING")),
                 qPrintable(details));
        QVERIFY2(!details.contains(QLatin1String("SCAN deals\n")), qPrintable(details));
    }
};

QTEST_GUILESS_MAIN(TestHandoffClock)
#include "tst_handoffclock.moc"
