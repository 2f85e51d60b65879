// A team started from the command line alone, as a sales-ops person would: init makes the database and its first
// lead, the lead adds and deactivates people, a CRM export is imported and a report printed, and every step that a
// person may not take is refused with the reason.

#include "HandoffProcess.h"
#include "core/TestDatabase.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace handoff;

namespace {

const QString kLee = QStringLiteral("lee@example.com");
const QString kSam = QStringLiteral("sam@example.com");

// Where a team's new database goes: a file not made yet, or an empty database on the test cluster.
struct NewDatabase {
    QTemporaryDir dir;
    QString serverDatabase;

    NewDatabase()
    {
        if (testsRunOnServer()) {
            serverDatabase = TestServer::createDatabase();
        }
    }
    ~NewDatabase()
    {
        if (!serverDatabase.isEmpty()) {
            TestServer::dropDatabase(serverDatabase);
        }
    }
    NewDatabase(const NewDatabase&) = delete;
    NewDatabase& operator=(const NewDatabase&) = delete;

    QString path() const
    {
        return serverDatabase.isEmpty() ? dir.filePath(QStringLiteral("team.sqlite"))
                                        : TestServer::addressOf(serverDatabase);
    }

    Run handoff(QStringList arguments) const
    {
        return runHandoff(arguments << QStringLiteral("--database") << path(), headlessEnvironment());
    }

    Run init(const QString& name, const QString& email) const
    {
        return handoff({QStringLiteral("init"), QStringLiteral("--name"), name, QStringLiteral("--email"), email});
    }

    Run addUser(const QString& name, const QString& email, const QString& role, const QString& as) const
    {
        return handoff({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), name,
                        QStringLiteral("--email"), email, QStringLiteral("--role"), role, QStringLiteral("--as"), as});
    }

    // name → "role active|deactivated", from `user list --json`.
    QMap<QString, QString> people() const
    {
        const Run list = handoff({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        QMap<QString, QString> result;
        for (const QJsonValue& person : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            result.insert(person[QLatin1String("email")].toString(),
                          person[QLatin1String("role")].toString() + (person[QLatin1String("active")].toBool()
                                                                          ? QStringLiteral(" active")
                                                                          : QStringLiteral(" deactivated")));
        }
        return result;
    }
};

QString writeExport(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("opportunities.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write("\"Opportunity Owner\",\"Account Name\",\"Opportunity Name\",\"Stage\",\"Amount Currency\",\"Amount\","
               "\"Close Date\",\"Opportunity ID\"\n"
               "\"Sam Sales\",\"Acme Corp\",\"Acme rollout\",\"Closed Won\",\"EUR\",\"12000.00\",\"2/13/2026\","
               "\"006A\"\n"
               "\"Sam Sales\",\"Globex\",\"Globex pilot\",\"Closed Won\",\"USD\",\"5000.00\",\"2/10/2026\",\"006B\"\n");
    return path;
}

} // namespace

class TestUserCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromAnExportToAReportWithCommandsAlone()
    {
        const NewDatabase team;
        const Run init = team.init(QStringLiteral("Lee Lead"), kLee);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.err.isEmpty(), qPrintable(init.err)); // no warning of the toolkit's either
        QVERIFY(init.out.contains(QLatin1String("Lee Lead <lee@example.com> as team lead")));
        QCOMPARE(team.people(), (QMap<QString, QString>{{kLee, QStringLiteral("lead active")}}));

        const Run added = team.addUser(QStringLiteral("Sam Sales"), kSam, QStringLiteral("sales"), kLee);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QLatin1String("Added Sam Sales <sam@example.com> as sales.")));

        const QString csv = writeExport(team.dir);
        const Run import = team.handoff({QStringLiteral("import"), csv, QStringLiteral("--preset"),
                                         QStringLiteral("salesforce"), QStringLiteral("--as"), kLee});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err + import.out));
        const Run list = team.handoff({QStringLiteral("deal"), QStringLiteral("list")});
        QCOMPARE(list.out.count(kSam), 2); // the export's owner is the rep the lead added, not a new profile

        const QString pdf = team.dir.filePath(QStringLiteral("team.pdf"));
        const Run report = team.handoff({QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--from"),
                                         QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                         QStringLiteral("2026-12-31"), QStringLiteral("-o"), pdf});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QVERIFY2(report.err.isEmpty(), qPrintable(report.err));
        QVERIFY(QFile(pdf).size() > 1000);
    }

    void aTeamIsStartedOnce()
    {
        const NewDatabase team;
        QCOMPARE(team.init(QStringLiteral("Lee Lead"), kLee).exitCode, 0);
        const Run again = team.init(QStringLiteral("Bob Boss"), QStringLiteral("bob@example.com"));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already has people")), qPrintable(again.err));
        QCOMPARE(team.people().keys(), QStringList{kLee});
    }

    void aMistypedLeadLeavesNoDatabase()
    {
        if (testsRunOnServer()) {
            QSKIP("a server database is made by its administrator, not by init");
        }
        const NewDatabase team;
        const Run run = team.init(QStringLiteral("Lee Lead"), QStringLiteral("lee.example.com"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("name@example.com")), qPrintable(run.err));
        QVERIFY(!QFile::exists(team.path()));
    }

    void aCommandOnAMissingFileSaysHowToStart()
    {
        if (testsRunOnServer()) {
            QSKIP("only a file can be missing");
        }
        const NewDatabase team;
        const Run run = team.handoff({QStringLiteral("deal"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("handoff init --name NAME --email EMAIL")), qPrintable(run.err));
        QVERIFY(!QFile::exists(team.path()));
    }

    void onlyALeadManagesPeople()
    {
        const NewDatabase team;
        QCOMPARE(team.init(QStringLiteral("Lee Lead"), kLee).exitCode, 0);
        QCOMPARE(team.addUser(QStringLiteral("Sam Sales"), kSam, QStringLiteral("sales"), kLee).exitCode, 0);

        const Run bySales =
            team.addUser(QStringLiteral("Mia Mole"), QStringLiteral("mia@example.com"), QStringLiteral("lead"), kSam);
        QCOMPARE(bySales.exitCode, 1);
        QVERIFY2(bySales.err.contains(QLatin1String("only a team lead adds people")), qPrintable(bySales.err));
        const Run deactivateLead =
            team.handoff({QStringLiteral("user"), QStringLiteral("deactivate"), kLee, QStringLiteral("--as"), kSam});
        QCOMPARE(deactivateLead.exitCode, 1);
        const Run nobody = team.addUser(QStringLiteral("Nia"), QStringLiteral("nia@example.com"),
                                        QStringLiteral("sales"), QStringLiteral("who@example.com"));
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains(QLatin1String("handoff user list")), qPrintable(nobody.err));
        QCOMPARE(team.people(), (QMap<QString, QString>{{kLee, QStringLiteral("lead active")},
                                                        {kSam, QStringLiteral("sales active")}}));
    }

    void aDeactivatedPersonKeepsTheirHistoryAndCannotAct()
    {
        const NewDatabase team;
        QCOMPARE(team.init(QStringLiteral("Lee Lead"), kLee).exitCode, 0);
        QCOMPARE(team.addUser(QStringLiteral("Sam Sales"), kSam, QStringLiteral("support"), kLee).exitCode, 0);

        const Run onlyLead =
            team.handoff({QStringLiteral("user"), QStringLiteral("deactivate"), kLee, QStringLiteral("--as"), kLee});
        QCOMPARE(onlyLead.exitCode, 1);
        QVERIFY2(onlyLead.err.contains(QLatin1String("only active lead")), qPrintable(onlyLead.err));

        const Run deactivated =
            team.handoff({QStringLiteral("user"), QStringLiteral("deactivate"), kSam, QStringLiteral("--as"), kLee});
        QVERIFY2(deactivated.exitCode == 0, qPrintable(deactivated.err));
        QCOMPARE(team.people().value(kSam), QStringLiteral("support deactivated"));
        const Run twice =
            team.handoff({QStringLiteral("user"), QStringLiteral("deactivate"), kSam, QStringLiteral("--as"), kLee});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QLatin1String("already deactivated")), qPrintable(twice.err));

        const Run acts =
            team.addUser(QStringLiteral("Nia"), QStringLiteral("nia@example.com"), QStringLiteral("sales"), kSam);
        QCOMPARE(acts.exitCode, 1);
        QVERIFY2(acts.err.contains(QLatin1String("deactivated and cannot act")), qPrintable(acts.err));

        const Run back =
            team.handoff({QStringLiteral("user"), QStringLiteral("activate"), kSam, QStringLiteral("--as"), kLee});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QCOMPARE(team.people().value(kSam), QStringLiteral("support active"));
    }

    // On a server, init starts team mode: each person works as their own login, which is the only person they can
    // act as, and status tells who they are and who else is connected. On a file there are no logins.
    void aTeamOnAServerWorksAsItsLogins()
    {
        const NewDatabase team;
        if (team.serverDatabase.isEmpty()) {
            const Run init =
                team.handoff({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Lee"),
                              QStringLiteral("--email"), kLee, QStringLiteral("--login"), QStringLiteral("lee")});
            QCOMPARE(init.exitCode, 2);
            QVERIFY2(init.err.contains(QLatin1String("--login is for a team's server")), qPrintable(init.err));
            QCOMPARE(team.init(QStringLiteral("Lee Lead"), kLee).exitCode, 0);
            const Run status = team.handoff({QStringLiteral("status")});
            QVERIFY2(status.exitCode == 0, qPrintable(status.err));
            QVERIFY2(status.out.contains(QLatin1String("a file (SQLite")), qPrintable(status.out));
            QVERIFY2(status.out.contains(QLatin1String(
                         "People: 1 active (sales reps: 0, support reps: 0, team leads: 1); deactivated: 0.")),
                     qPrintable(status.out));
            return;
        }
        const QString lee = team.serverDatabase + QStringLiteral("_lee");
        const QString sam = team.serverDatabase + QStringLiteral("_sam");
        const auto as = [&team](const QString& login, QStringList arguments) {
            return runHandoff(arguments << QStringLiteral("--database")
                                        << QStringLiteral("postgresql://%1@/%2").arg(login, team.serverDatabase),
                              headlessEnvironment());
        };
        const Run init = team.handoff({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Lee Lead"),
                                       QStringLiteral("--email"), kLee, QStringLiteral("--login"), lee});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(QLatin1String("team mode")), qPrintable(init.out));
        QVERIFY2(init.out.contains(QStringLiteral("login on the server is '%1'").arg(lee)), qPrintable(init.out));

        // The lead adds Sam as themselves, without --as.
        const Run added = as(lee, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("Sam Sales"), QStringLiteral("--email"), kSam,
                                   QStringLiteral("--role"), QStringLiteral("sales"), QStringLiteral("--login"), sam});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QLatin1String("\\password")), qPrintable(added.out));

        // Sam cannot add people, nor act as the lead.
        const Run bySam = as(sam, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("Mia"), QStringLiteral("--email"), QStringLiteral("mia@example.com"),
                                   QStringLiteral("--role"), QStringLiteral("lead")});
        QCOMPARE(bySam.exitCode, 1);
        QVERIFY2(bySam.err.contains(QLatin1String("only a team lead adds people")), qPrintable(bySam.err));
        const Run posing =
            as(sam, {QStringLiteral("user"), QStringLiteral("deactivate"), kSam, QStringLiteral("--as"), kLee});
        QCOMPARE(posing.exitCode, 1);
        QVERIFY2(posing.err.contains(QLatin1String("cannot name someone else")), qPrintable(posing.err));
        QCOMPARE(team.people(), (QMap<QString, QString>{{kLee, QStringLiteral("lead active")},
                                                        {kSam, QStringLiteral("sales active")}}));

        const Run status = as(sam, {QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        for (const QString& line : {QStringLiteral("Schema version: %1").arg(Migrator::kSchemaVersion),
                                    QStringLiteral("You: Sam Sales <sam@example.com>, sales rep, login '%1'").arg(sam),
                                    QStringLiteral("People: 2 active (sales reps: 1, support reps: 0, team leads: 1)"),
                                    QStringLiteral("Connected now: %1 (sessions: 1,").arg(sam)}) {
            QVERIFY2(status.out.contains(line), qPrintable(line + QLatin1String(" not in:\n") + status.out));
        }

        // A person an import made has no login until a lead gives them one.
        const QString csv = team.dir.filePath(QStringLiteral("deals.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("external_ref,title,account,amount,currency,closed_on,stage,sales_rep,sales_rep_email\n"
                   "N-1,Initech rollout,Initech,7000.00,USD,2026-11-05,draft,Nia New,nia@example.com\n");
        file.close();
        const Run imported =
            as(lee, {QStringLiteral("import"), csv, QStringLiteral("--preset"), QStringLiteral("handoff")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
        const QString nia = team.serverDatabase + QStringLiteral("_nia");
        const Run given = as(lee, {QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("nia@example.com"),
                                   QStringLiteral("--login"), nia});
        QVERIFY2(given.exitCode == 0, qPrintable(given.err));
        QVERIFY2(given.out.contains(QStringLiteral("login on the server is '%1'").arg(nia)), qPrintable(given.out));
        const Run asNia = as(nia, {QStringLiteral("status")});
        QVERIFY2(asNia.out.contains(QLatin1String("You: Nia New <nia@example.com>")),
                 qPrintable(asNia.out + asNia.err));
        const Run again = as(lee, {QStringLiteral("user"), QStringLiteral("login"), kSam});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already has the login '%1'").arg(sam)), qPrintable(again.err));

        // Deactivated, Sam's login no longer connects to the team's database.
        const Run deactivated = as(lee, {QStringLiteral("user"), QStringLiteral("deactivate"), kSam});
        QVERIFY2(deactivated.exitCode == 0, qPrintable(deactivated.err));
        const Run shut = as(sam, {QStringLiteral("status")});
        QCOMPARE(shut.exitCode, 1);
        QVERIFY2(shut.err.contains(QLatin1String("permission denied for database")), qPrintable(shut.err));
    }

    void mistakesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no action") << QStringList{QStringLiteral("user")} << QStringLiteral("needs an action");
        QTest::newRow("unknown role") << QStringList{QStringLiteral("user"),    QStringLiteral("add"),
                                                     QStringLiteral("--name"),  QStringLiteral("Q"),
                                                     QStringLiteral("--email"), QStringLiteral("q@example.com"),
                                                     QStringLiteral("--role"),  QStringLiteral("boss"),
                                                     QStringLiteral("--as"),    kLee}
                                      << QStringLiteral("'boss' is not a role");
        QTest::newRow("option of another action") << QStringList{QStringLiteral("user"), QStringLiteral("list"),
                                                                 QStringLiteral("--role"), QStringLiteral("sales")}
                                                  << QStringLiteral("--role does not apply");
        QTest::newRow("init without a lead") << QStringList{QStringLiteral("init")} << QStringLiteral("--name NAME");
    }

    void mistakesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const NewDatabase team;
        const Run run = team.handoff(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestUserCli)
#include "tst_usercli.moc"
