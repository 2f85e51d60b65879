// The team's people: the first lead of a new database, people added and deactivated by a lead only, each change
// audited in the lead's name, and a team that always keeps an active lead.

#include "core/TestDatabase.h"
#include "workflow/UserService.h"

using namespace handoff;

class TestUserService : public QObject {
    Q_OBJECT

    // "action|field|new value|actor" of each audit row of the users table, oldest first.
    static QStringList userAudit(Database& db)
    {
        auto rows = db.exec(QStringLiteral(
            "SELECT action, field, new_value, actor_id FROM audit_log WHERE entity = 'users' ORDER BY id"));
        QStringList written;
        while (rows && rows->next()) {
            written.append(QStringList{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                                       rows->value(3).toString()}
                               .join(QLatin1Char('|')));
        }
        return written;
    }

private slots:
    void theFirstLeadStartsAnEmptyTeamOnly()
    {
        TestDatabase test;
        UserService users(test.db);
        const auto lead = users.createFirstLead(QStringLiteral(" Lee  Lead "), QStringLiteral("lee@example.com"));
        QVERIFY2(lead, qPrintable(lead ? QString() : lead.error().fullText()));
        QCOMPARE(lead->name, QStringLiteral("Lee Lead"));
        QCOMPARE(lead->role, Role::Lead);
        QVERIFY(lead->active);

        const auto second = users.createFirstLead(QStringLiteral("Bob Boss"), QStringLiteral("bob@example.com"));
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::Invalid);
        QCOMPARE(users.all()->size(), 1);
    }

    void onlyAnActiveLeadAddsPeople()
    {
        TestDatabase test;
        UserService users(test.db);
        const User lead = *users.createFirstLead(QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"));
        const auto sam = users.add(lead, QStringLiteral("Sam Sales"), QStringLiteral("sam@example.com"), Role::Sales);
        QVERIFY(sam);

        User gone = lead;
        gone.active = false;
        for (const User& someone : {*sam, gone}) {
            const auto refused =
                users.add(someone, QStringLiteral("Mia Mole"), QStringLiteral("mia@example.com"), Role::Lead);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Forbidden);
        }
        const auto taken = users.add(lead, QStringLiteral("Sam Again"), QStringLiteral("SAM@example.com"), Role::Lead);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, Error::Code::Invalid);
        QCOMPARE(users.all()->size(), 2);

        // Sam's row is audited in Lee's name, never as the system's.
        const QStringList created = userAudit(test.db).filter(QStringLiteral("sam@example.com"));
        QCOMPARE(created.size(), 1);
        QVERIFY2(created.constFirst().startsWith(QLatin1String("create|")), qPrintable(created.constFirst()));
        QVERIFY2(created.constFirst().endsWith(QLatin1Char('|') + QString::number(lead.id)),
                 qPrintable(created.constFirst()));
    }

    void deactivationKeepsALeadAndIsAudited()
    {
        TestDatabase test;
        UserService users(test.db);
        const User lee = *users.createFirstLead(QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"));
        const User sam = *users.add(lee, QStringLiteral("Sam Sales"), QStringLiteral("sam@example.com"), Role::Sales);

        const auto lastLead = users.setActive(lee, lee.id, false);
        QVERIFY(!lastLead);
        QCOMPARE(lastLead.error().code, Error::Code::Invalid);
        QVERIFY(users.get(lee.id)->active);

        const auto bySam = users.setActive(sam, lee.id, false);
        QVERIFY(!bySam);
        QCOMPARE(bySam.error().code, Error::Code::Forbidden);

        const auto gone = users.setActive(lee, sam.id, false);
        QVERIFY(gone);
        QVERIFY(!gone->active);
        QCOMPARE(users.setActive(lee, sam.id, false).error().code, Error::Code::Invalid); // already so
        QCOMPARE(userAudit(test.db).constLast(),
                 QStringLiteral("update|active|0|") + QString::number(lee.id)); // who stopped Sam, and what

        // With a second lead the first may step down.
        const User ada = *users.add(lee, QStringLiteral("Ada Lead"), QStringLiteral("ada@example.com"), Role::Lead);
        QVERIFY(users.setActive(ada, lee.id, false));
        QVERIFY(!users.get(lee.id)->active);
        QVERIFY(users.setActive(ada, sam.id, true));
        QVERIFY(users.get(sam.id)->active);
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
