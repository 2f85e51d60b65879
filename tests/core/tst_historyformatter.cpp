// A deal's history as sentences a rep reads: who did what, when, and why, in order; and its comment thread.

#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/Stores.h"
#include "workflow/CommentService.h"
#include "workflow/HistoryFormatter.h"

using namespace handoff;

namespace {

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

// Each step of the story a minute after the last, so the times in the history are known.
const QDateTime kStart(QDate(2026, 11, 20), QTime(14, 3), Qt::UTC);

QString stamp(int minute)
{
    return kStart.addSecs(60 * minute).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1String("  ");
}

struct World {
    TestDatabase test;
    User sales;
    User support;
    Deal deal;
    int minute = 0;

    World()
    {
        test.db.setClock([this] { return kStart.addSecs(60 * minute); });
        sales = *Seed<UserStore>(test.db).create(
            User{0, 0, QStringLiteral("Sam Sales"), QStringLiteral("sam@example.com"), Role::Sales, true});
        support = *Seed<UserStore>(test.db).create(
            User{0, 0, QStringLiteral("Dana Reyes"), QStringLiteral("dana@example.com"), Role::Support, true});
        const qint64 account = Seed<AccountStore>(test.db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        Deal d;
        d.accountId = account;
        d.title = QStringLiteral("Acme rollout");
        d.closedOn = QDate(2026, 11, 20);
        d.salesRepId = sales.id;
        d.goLiveTarget = QDate(2026, 12, 1);
        deal = *Seed<DealStore>(test.db, sales.id).create(d);
    }

    void transition(const User& actor, const QString& action, const QString& from, const QString& to,
                    const QString& reason = {})
    {
        AuditEntry entry;
        entry.actorId = actor.id;
        entry.action = action;
        entry.entity = QStringLiteral("deals");
        entry.entityId = deal.id;
        entry.dealId = deal.id;
        entry.field = QStringLiteral("state");
        entry.oldValue = from;
        entry.newValue = to;
        entry.reason = reason;
        QVERIFY(appendAudit(test.db, entry));
    }

    void promiseAction(const User& actor, qint64 promiseId, const QString& action, const QString& field,
                       const QString& from, const QString& to, const QString& reason)
    {
        AuditEntry entry;
        entry.actorId = actor.id;
        entry.action = action;
        entry.entity = QStringLiteral("promises");
        entry.entityId = promiseId;
        entry.dealId = deal.id;
        entry.field = field;
        entry.oldValue = from;
        entry.newValue = to;
        entry.reason = reason;
        QVERIFY(appendAudit(test.db, entry));
    }

    QStringList history()
    {
        const auto lines = HistoryFormatter(test.db).dealHistory(deal.id);
        if (!lines) {
            qWarning("%s", qPrintable(lines.error().fullText()));
            return {};
        }
        return *lines;
    }
};

} // namespace

class TestHistoryFormatter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tellsTheStoryInOrder()
    {
        World w;
        w.minute = 1;
        Promise p;
        p.dealId = w.deal.id;
        p.kind = PromiseKind::Integration;
        p.description = QStringLiteral("SAML SSO by March");
        p.dueOn = QDate(2027, 3, 1);
        p.promisedById = w.sales.id;
        const Promise promise = *Seed<PromiseStore>(w.test.db, w.sales.id).create(p);
        w.minute = 2;
        Deal changed = w.deal;
        changed.goLiveTarget = QDate(2027, 1, 15);
        w.deal = *Seed<DealStore>(w.test.db, w.sales.id).update(changed);
        w.minute = 3;
        w.transition(w.sales, QStringLiteral("submit"), QStringLiteral("draft"), QStringLiteral("submitted"));
        w.minute = 4;
        w.promiseAction(w.support, promise.id, QStringLiteral("review"), QStringLiteral("review_status"),
                        QStringLiteral("pending"), QStringLiteral("needs_clarification"), QStringLiteral("which IdP?"));
        w.minute = 5;
        w.transition(w.support, QStringLiteral("return"), QStringLiteral("submitted"), QStringLiteral("returned"),
                     QStringLiteral("missing_information: billing contact missing"));
        w.minute = 6;
        CHECK_OK(CommentService(w.test.db).add(w.support, w.deal.id, QStringLiteral("Call me about the IdP.")));
        w.minute = 7;
        w.promiseAction(w.sales, promise.id, QStringLiteral("clarify"), QStringLiteral("review_status"),
                        QStringLiteral("needs_clarification"), QStringLiteral("pending"), QStringLiteral("Okta"));
        w.minute = 8;
        w.transition(w.sales, QStringLiteral("submit"), QStringLiteral("returned"), QStringLiteral("submitted"));
        w.minute = 9;
        w.promiseAction(w.support, promise.id, QStringLiteral("review"), QStringLiteral("review_status"),
                        QStringLiteral("pending"), QStringLiteral("accepted"), QString());
        w.minute = 10;
        w.transition(w.support, QStringLiteral("accept"), QStringLiteral("submitted"), QStringLiteral("accepted"),
                     QStringLiteral("generated 4 tasks"));
        w.minute = 11;
        w.promiseAction(w.support, promise.id, QStringLiteral("fulfil"), QStringLiteral("fulfilment"),
                        QStringLiteral("open"), QStringLiteral("fulfilled"), QString());
        w.minute = 12;
        w.transition(w.support, QStringLiteral("fulfil"), QStringLiteral("accepted"), QStringLiteral("fulfilled"));

        const QStringList expected{
            stamp(0) + QStringLiteral("Sam Sales created the deal 'Acme rollout'"),
            stamp(1) + QStringLiteral("Sam Sales added the promise 'SAML SSO by March'"),
            stamp(2) + QStringLiteral("Sam Sales changed the deal's go-live target from 2026-12-01 to 2027-01-15"),
            stamp(3) + QStringLiteral("Sam Sales submitted the handoff"),
            stamp(4) +
                QStringLiteral("Dana Reyes reviewed the promise 'SAML SSO by March': needs clarification — which IdP?"),
            stamp(5) + QStringLiteral("Dana Reyes returned the handoff: missing information — billing contact missing"),
            stamp(6) + QStringLiteral("Dana Reyes added a comment"),
            stamp(7) + QStringLiteral("Sam Sales answered the clarification of the promise 'SAML SSO by March': Okta"),
            stamp(8) + QStringLiteral("Sam Sales submitted the handoff"),
            stamp(9) + QStringLiteral("Dana Reyes reviewed the promise 'SAML SSO by March': accepted"),
            stamp(10) + QStringLiteral("Dana Reyes accepted the handoff and became its owner (4 tasks generated)"),
            stamp(11) + QStringLiteral("Dana Reyes marked the promise 'SAML SSO by March' fulfilled"),
            stamp(12) + QStringLiteral("Dana Reyes marked the handoff fulfilled"),
        };
        const QStringList lines = w.history();
        for (qsizetype i = 0; i < std::min(lines.size(), expected.size()); ++i) {
            QCOMPARE(lines.at(i), expected.at(i));
        }
        QCOMPARE(lines.size(), expected.size());
    }

    void sentencesOfOtherActions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("newValue");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cancel") << QStringLiteral("cancel") << QStringLiteral("cancelled")
                                << QStringLiteral("customer withdrew")
                                << QStringLiteral("Dana Reyes cancelled the handoff: customer withdrew");
        QTest::newRow("override")
            << QStringLiteral("override") << QStringLiteral("accepted") << QStringLiteral("CEO approved")
            << QStringLiteral("Dana Reyes overrode the rules and moved the handoff to accepted: CEO approved");
        QTest::newRow("return without note")
            << QStringLiteral("return") << QStringLiteral("returned") << QStringLiteral("wrong_owner")
            << QStringLiteral("Dana Reyes returned the handoff: wrong owner");
        QTest::newRow("return with an unknown reason key")
            << QStringLiteral("return") << QStringLiteral("returned") << QStringLiteral("gremlins: at night")
            << QStringLiteral("Dana Reyes returned the handoff: gremlins — at night");
        QTest::newRow("accept with one task")
            << QStringLiteral("accept") << QStringLiteral("accepted") << QStringLiteral("generated 1 tasks")
            << QStringLiteral("Dana Reyes accepted the handoff and became its owner (1 task "
                              "generated)");
        QTest::newRow("accept without a count")
            << QStringLiteral("accept") << QStringLiteral("accepted") << QString()
            << QStringLiteral("Dana Reyes accepted the handoff and became its owner");
        QTest::newRow("an action a later version adds")
            << QStringLiteral("teleport") << QStringLiteral("elsewhere") << QString()
            << QStringLiteral("Dana Reyes made a change (teleport deals.state)");
    }

    void sentencesOfOtherActions()
    {
        QFETCH(QString, action);
        QFETCH(QString, newValue);
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        World w;
        w.transition(w.support, action, QStringLiteral("submitted"), newValue, reason);
        const QStringList lines = w.history();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.last().mid(stamp(0).size()), expected);
    }

    void damagedOrUnknownRowsNeverStopTheHistory()
    {
        World w;
        AuditEntry garbage;
        garbage.actorId = 4242; // a user that does not exist
        garbage.action = QStringLiteral("create");
        garbage.entity = QStringLiteral("promises");
        garbage.entityId = 777;
        garbage.dealId = w.deal.id;
        garbage.newValue = QStringLiteral("{not json");
        QVERIFY(appendAudit(w.test.db, garbage));
        AuditEntry system;
        system.action = QStringLiteral("break");
        system.entity = QStringLiteral("promises");
        system.entityId = 778; // no such promise and no create row
        system.dealId = w.deal.id;
        system.field = QStringLiteral("fulfilment");
        system.newValue = QStringLiteral("broken");
        QVERIFY(appendAudit(w.test.db, system));
        AuditEntry strange;
        strange.actorId = w.sales.id;
        strange.action = QStringLiteral("update");
        strange.entity = QStringLiteral("wormholes");
        strange.dealId = w.deal.id;
        QVERIFY(appendAudit(w.test.db, strange));

        const QStringList lines = w.history();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(1).mid(stamp(0).size()), QStringLiteral("#4242 added the promise '#777'"));
        QCOMPARE(lines.at(2).mid(stamp(0).size()),
                 QStringLiteral("The promise '#778' was broken: its due date passed"));
        QCOMPARE(lines.at(3).mid(stamp(0).size()), QStringLiteral("Sam Sales made a change (update wormholes)"));
    }

    void satisfactionScoresReadAsSentences()
    {
        World w;
        AuditEntry first;
        first.actorId = w.sales.id;
        first.action = QStringLiteral("create");
        first.entity = QStringLiteral("csat_scores");
        first.entityId = 1;
        first.dealId = w.deal.id;
        first.newValue = QStringLiteral(R"({"score":4,"rated_on":"2026-03-02","note":"Smooth"})");
        QVERIFY(appendAudit(w.test.db, first));
        AuditEntry again = first;
        again.action = QStringLiteral("replace");
        again.oldValue = first.newValue;
        again.newValue = QStringLiteral(R"({"score":2,"rated_on":"2026-03-09","note":"Go-live slipped"})");
        QVERIFY(appendAudit(w.test.db, again));

        const QStringList lines = w.history();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).mid(stamp(0).size()),
                 QStringLiteral("Sam Sales recorded the customer's satisfaction: 4 of 5"));
        QCOMPARE(lines.at(2).mid(stamp(0).size()),
                 QStringLiteral("Sam Sales changed the customer's satisfaction to 2 of 5 (it was 4)"));
    }

    void bulkCreatedDealIsNamedByItsTitle()
    {
        // Demo data and imports write a short create entry without the title; the sentence must still name the deal.
        World w;
        AuditEntry entry;
        entry.actorId = w.sales.id;
        entry.action = QStringLiteral("create");
        entry.entity = QStringLiteral("deals");
        entry.entityId = w.deal.id;
        entry.dealId = w.deal.id;
        entry.newValue = QStringLiteral(R"({"state":"draft"})");
        QVERIFY(appendAudit(w.test.db, entry));
        const QStringList lines = w.history();
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.last().endsWith(QLatin1String("Sam Sales created the deal 'Acme rollout'")),
                 qPrintable(lines.last()));
    }

    void aDealWithoutHistoryHasNoLines()
    {
        World w;
        const auto lines = HistoryFormatter(w.test.db).dealHistory(w.deal.id + 100);
        CHECK_OK(lines);
        QVERIFY(lines->isEmpty());
    }

    void anyActiveUserMayComment()
    {
        World w;
        User lead = *Seed<UserStore>(w.test.db).create(
            User{0, 0, QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead, true});
        CommentService comments(w.test.db);
        w.minute = 1;
        CHECK_OK(comments.add(w.sales, w.deal.id, QStringLiteral("Signed today.")));
        w.minute = 2;
        CHECK_OK(comments.add(w.support, w.deal.id, QStringLiteral("<b>Thanks</b>")));
        w.minute = 3;
        CHECK_OK(comments.add(lead, w.deal.id, QStringLiteral("Nice one.")));
        const auto thread = comments.forDeal(w.deal.id);
        CHECK_OK(thread);
        QCOMPARE(thread->size(), 3);
        QCOMPARE(thread->at(0).authorId, w.sales.id);
        QCOMPARE(thread->at(1).body, QStringLiteral("<b>Thanks</b>"));
        QCOMPARE(thread->at(2).authorId, lead.id);
        QCOMPARE(thread->at(2).createdAt, kStart.addSecs(180));
        const QStringList lines = w.history();
        QCOMPARE(lines.last(), stamp(3) + QStringLiteral("Lee Lead added a comment"));
    }

    void commentsThatAreRefusedWriteNothing_data()
    {
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("otherDeal");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << true << QString() << false << int(Error::Code::Invalid);
        QTest::newRow("only spaces") << true << QStringLiteral(" \n\t ") << false << int(Error::Code::Invalid);
        QTest::newRow("deactivated user") << false << QStringLiteral("hello") << false << int(Error::Code::Forbidden);
        QTest::newRow("no such deal") << true << QStringLiteral("hello") << true << int(Error::Code::NotFound);
    }

    void commentsThatAreRefusedWriteNothing()
    {
        QFETCH(bool, active);
        QFETCH(QString, body);
        QFETCH(bool, otherDeal);
        QFETCH(int, code);
        World w;
        User author = w.support;
        author.active = active;
        const int auditBefore = w.test.db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toInt();
        const auto added = CommentService(w.test.db).add(author, otherDeal ? w.deal.id + 1 : w.deal.id, body);
        QVERIFY(!added);
        QCOMPARE(int(added.error().code), code);
        QVERIFY(!added.error().message.isEmpty());
        QCOMPARE(w.test.db.scalar(QStringLiteral("SELECT count(*) FROM comments"))->toInt(), 0);
        QCOMPARE(w.test.db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(), auditBefore);
    }
};

QTEST_GUILESS_MAIN(TestHistoryFormatter)
#include "tst_historyformatter.moc"
