// Live updates on a server: a change committed by one session reaches the others within a second, named by its deals;
// a session does not hear its own changes, nor changes that were rolled back. Runs on the test cluster only (a file
// has no other sessions to hear): tests/core/CMakeLists.txt registers it as tst_changefeed_pg.
#include "TestDatabase.h"

#include "storage/ChangeFeed.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace handoff;

namespace {

qint64 addDeal(Database& db, qint64 accountId, qint64 repId, const QString& title)
{
    Deal deal;
    deal.accountId = accountId;
    deal.title = title;
    deal.closedOn = QDate(2026, 6, 1);
    deal.salesRepId = repId;
    return Seed<DealStore>(db).create(deal)->id;
}

// A test database, a second connection to it (the program's own) and a feed started for that connection.
struct Listener {
    TestDatabase t;
    Database mine;
    ChangeFeed feed;
    QSignalSpy heard{&feed, &ChangeFeed::changed};

    Listener()
    {
        feed.setDelay(50);
        if (!mine.open(t.path()) || !feed.start(mine)) {
            qFatal("cannot listen to the test database");
        }
    }
};

} // namespace

class TestChangeFeed : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(testsRunOnServer(), "tst_changefeed needs the test cluster (CTest runs it as tst_changefeed_pg)");
    }

    void othersChangesArriveWithinASecond()
    {
        Listener listener;
        QVERIFY(listener.feed.isListening());
        TestDatabase& t = listener.t;
        QSignalSpy& heard = listener.heard;

        const qint64 rep =
            Seed<UserStore>(t.db)
                .create(User{0, 0, QStringLiteral("Sam"), QStringLiteral("sam@example.com"), Role::Sales, true})
                ->id;
        QVERIFY(heard.wait(1000));
        QCOMPARE(heard.takeFirst().at(0).value<Changes>().kinds, QStringList{QStringLiteral("users")});

        const qint64 account = Seed<AccountStore>(t.db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        QVERIFY(heard.wait(1000));
        heard.clear();
        QElapsedTimer clock;
        clock.start();
        const qint64 deal = addDeal(t.db, account, rep, QStringLiteral("Acme rollout"));
        QVERIFY(heard.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        const Changes changes = heard.takeFirst().at(0).value<Changes>();
        QCOMPARE(changes.deals, QList<qint64>{deal});
        QVERIFY(!changes.everything);
    }

    void ownAndRolledBackChangesAreNotHeard()
    {
        Listener listener;
        QVERIFY(listener.feed.isListening());
        TestDatabase& t = listener.t;
        Database& mine = listener.mine;
        QSignalSpy& heard = listener.heard;

        const qint64 rep =
            Seed<UserStore>(mine)
                .create(User{0, 0, QStringLiteral("Sam"), QStringLiteral("sam@example.com"), Role::Sales, true})
                ->id;
        const qint64 account = Seed<AccountStore>(mine).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        addDeal(mine, account, rep, QStringLiteral("Mine"));
        {
            auto work = UnitOfWork::begin(t.db, UnitOfWork::System);
            QVERIFY(work);
            Deal deal;
            deal.accountId = account;
            deal.title = QStringLiteral("Never made");
            deal.closedOn = QDate(2026, 6, 1);
            deal.salesRepId = rep;
            QVERIFY(DealStore(t.db).create(*work, deal));
        } // rolled back
        QVERIFY(!heard.wait(700));
        QCOMPARE(heard.count(), 0);
    }

    // An import writes its audit entries in one statement (COPY on a server); more than a hundred deals are one
    // change too large to list: "everything" tells the listener to read all again.
    void aLargeChangeSaysEverything()
    {
        Listener listener;
        QVERIFY(listener.feed.isListening());
        TestDatabase& t = listener.t;
        QSignalSpy& heard = listener.heard;
        QVERIFY(t.db.exec(QStringLiteral("INSERT INTO audit_log (at, action, entity, entity_id, deal_id) "
                                         "SELECT '2026-06-01T00:00:00Z', 'create', 'deals', g, g "
                                         "FROM generate_series(1, 120) g")));
        QVERIFY(heard.wait(1000));
        const Changes changes = heard.takeFirst().at(0).value<Changes>();
        QVERIFY(changes.everything);
        QVERIFY(changes.deals.isEmpty());

        QVERIFY(t.db.exec(QStringLiteral("INSERT INTO audit_log (at, action, entity, entity_id, deal_id) "
                                         "SELECT '2026-06-01T00:00:00Z', 'create', 'deals', g, g "
                                         "FROM generate_series(1, 3) g")));
        QVERIFY(heard.wait(1000));
        QCOMPARE(heard.takeFirst().at(0).value<Changes>().deals, (QList<qint64>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
