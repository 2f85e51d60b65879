// Team mode on a server (schema 10): each person connects with their own login, and the server itself holds them to
// their role, for core and for anyone who opens psql with that login. Runs on the test cluster only (a file has no
// logins): tests/core/CMakeLists.txt registers it as tst_teammode_pg.
#include "ChecklistFill.h"
#include "TestDatabase.h"

#include "storage/IntegrityCheck.h"
#include "storage/TeamSql.h"
#include "workflow/CommentService.h"
#include "workflow/HandoffWorkflow.h"
#include "workflow/Inbox.h"
#include "workflow/PromiseService.h"
#include "workflow/UserService.h"

#include <QSqlError>
#include <QtTest>

#include <memory>

using namespace handoff;

namespace {

const QDateTime kNow(QDate(2026, 6, 10), QTime(9, 0), Qt::UTC);

// A team started with 'handoff init' on a fresh database: a lead, two sales reps and a support rep, each with a
// login (logins belong to the whole server, so theirs carry the database's name), and a deal of each sales rep.
struct Team {
    TestDatabase t; // the administering connection: the cluster's superuser
    User lead, sam, sid, sue;
    qint64 samDeal = 0, sidDeal = 0, contactId = 0;

    Team()
    {
        t.db.setClock([] { return kNow; });
        UserService users(t.db);
        lead = *users.createFirstLead(QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), login("lee"));
        sam = *users.add(lead, QStringLiteral("Sam Seller"), QStringLiteral("sam@example.com"), Role::Sales,
                         login("sam"));
        sid = *users.add(lead, QStringLiteral("Sid Second"), QStringLiteral("sid@example.com"), Role::Sales,
                         login("sid"));
        sue = *users.add(lead, QStringLiteral("Sue Support"), QStringLiteral("sue@example.com"), Role::Support,
                         login("sue"));
        const qint64 accountId = Seed<AccountStore>(t.db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        contactId = Seed<ContactStore>(t.db)
                        .create(Contact{0, 0, accountId, QStringLiteral("Carla"), {}, {}, {}, Channel::Email, {}})
                        ->id;
        samDeal = deal(accountId, sam.id, QStringLiteral("Acme rollout"));
        sidDeal = deal(accountId, sid.id, QStringLiteral("Acme pilot"));
    }

    QString login(const char* name) const { return t.serverDatabase + QLatin1Char('_') + QLatin1String(name); }

    qint64 deal(qint64 accountId, qint64 repId, const QString& title)
    {
        Deal deal;
        deal.accountId = accountId;
        deal.title = title;
        deal.closedOn = kNow.date().addDays(-2);
        deal.salesRepId = repId;
        const qint64 id = Seed<DealStore>(t.db).create(deal)->id;
        if (!Seed<DealContactStore>(t.db).create({0, 0, id, contactId, ContactRole::Billing}) ||
            !answerRequiredItems(t.db, id, contactId, kNow)) {
            qFatal("cannot prepare the deal '%s'", qPrintable(title));
        }
        return id;
    }

    // Core on a connection of the person's own login.
    std::unique_ptr<Database> connectAs(const char* name) const
    {
        auto db = std::make_unique<Database>();
        const auto opened = db->open(QStringLiteral("postgresql://%1@/%2").arg(login(name), t.serverDatabase));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().fullText()));
            return nullptr;
        }
        db->setClock([] { return kNow; });
        return db;
    }

    QString state(qint64 dealId) const
    {
        return t.db.scalar(QStringLiteral("SELECT state FROM deals WHERE id = ?"), {dealId})->toString();
    }
};

// A plain SQL connection of a login, as psql would have: no Handoff code between the login and the tables.
class PsqlSession {
public:
    PsqlSession(const QString& login, const QString& database)
        : m_name(QStringLiteral("psql-") + login)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setDatabaseName(database);
        db.setUserName(login);
        m_open = db.open();
        if (!m_open) {
            qWarning("%s", qPrintable(db.lastError().text()));
        }
    }
    ~PsqlSession()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    // The SQLSTATE the statement fails with; empty when it succeeds.
    QString refusal(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i) {
            query.bindValue(i, values.at(i));
        }
        if (query.exec()) {
            return {};
        }
        return query.lastError().nativeErrorCode();
    }
    QVariant value(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name;
    bool m_open = false;
};

const QString kInsufficientPrivilege = QStringLiteral("42501");

} // namespace

class TestTeamMode : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(testsRunOnServer(), "tst_teammode needs the test cluster (CTest runs it as tst_teammode_pg)");
    }

    // A sales rep in psql cannot accept their handoff, change another rep's deal, touch the audit log or make
    // themselves a lead; what their role allows still works.
    void theServerRefusesWhatTheRoleMayNotDo()
    {
        Team team;
        PsqlSession sam(team.login("sam"), team.t.serverDatabase);
        QVERIFY(sam.isOpen());

        QCOMPARE(sam.refusal(QStringLiteral("UPDATE deals SET state = 'accepted', support_owner_id = ? WHERE id = ?"),
                             {team.sue.id, team.samDeal}),
                 kInsufficientPrivilege);
        QCOMPARE(team.state(team.samDeal), QStringLiteral("draft"));

        QCOMPARE(sam.refusal(QStringLiteral("UPDATE deals SET title = 'Mine now' WHERE id = ?"), {team.sidDeal}),
                 kInsufficientPrivilege);
        QCOMPARE(
            sam.refusal(QStringLiteral("UPDATE deals SET sales_rep_id = ? WHERE id = ?"), {team.sam.id, team.sidDeal}),
            kInsufficientPrivilege);
        QCOMPARE(sam.refusal(QStringLiteral("DELETE FROM checklist_answers WHERE deal_id = ?"), {team.sidDeal}),
                 kInsufficientPrivilege);
        QCOMPARE(team.t.db.scalar(QStringLiteral("SELECT title FROM deals WHERE id = ?"), {team.sidDeal})->toString(),
                 QStringLiteral("Acme pilot"));

        QVERIFY(!sam.refusal(QStringLiteral("UPDATE audit_log SET reason = 'nothing happened'")).isEmpty());
        QVERIFY(!sam.refusal(QStringLiteral("DELETE FROM audit_log")).isEmpty());
        QVERIFY(!sam.refusal(QStringLiteral("TRUNCATE audit_log")).isEmpty());

        QCOMPARE(sam.refusal(QStringLiteral("UPDATE users SET role = 'lead' WHERE id = ?"), {team.sam.id}),
                 kInsufficientPrivilege);
        const QString leads = team.t.db.scalar(QStringLiteral("SELECT lead_role FROM team_mode"))->toString();
        QVERIFY(!sam.refusal(QStringLiteral("GRANT \"%1\" TO \"%2\"").arg(leads, team.login("sam"))).isEmpty());
        QVERIFY(!sam.refusal(QStringLiteral("SET ROLE \"%1\"").arg(leads)).isEmpty());
        QCOMPARE(sam.refusal(QStringLiteral("INSERT INTO capabilities (name, status) VALUES ('Teleport', "
                                            "'available')")),
                 kInsufficientPrivilege);
        QCOMPARE(UserService(team.t.db).get(team.sam.id)->role, Role::Sales);

        // What is theirs to do passes the same guard.
        QCOMPARE(sam.refusal(QStringLiteral("UPDATE deals SET title = 'Acme rollout, phase 1' WHERE id = ?"),
                             {team.samDeal}),
                 QString());
    }

    // Each person's inbox is their own: a sales rep marks what they read, not what someone else did, and a comment
    // mentions people only in its author's name.
    void anInboxIsItsPersonsOwn()
    {
        Team team;
        PsqlSession sam(team.login("sam"), team.t.serverDatabase);
        QVERIFY(sam.isOpen());
        QCOMPARE(sam.refusal(QStringLiteral("INSERT INTO inbox_read (user_id, item, read_at) VALUES (?, 'audit:1', "
                                            "'2026-06-10T09:00:00.000Z')"),
                             {team.sue.id}),
                 kInsufficientPrivilege);
        QCOMPARE(sam.refusal(QStringLiteral("INSERT INTO inbox_read (user_id, item, read_at) VALUES (?, 'audit:1', "
                                            "'2026-06-10T09:00:00.000Z')"),
                             {team.sam.id}),
                 QString());
        const auto sue = team.connectAs("sue");
        QVERIFY(sue);
        const auto comment = CommentService(*sue).add(team.sue, team.samDeal, QStringLiteral("@sam welcome aboard"));
        QVERIFY2(comment, qPrintable(comment ? QString() : comment.error().fullText()));
        QCOMPARE(sam.refusal(QStringLiteral("INSERT INTO mentions (user_id, comment_id) VALUES (?, ?)"),
                             {team.sid.id, comment->id}),
                 kInsufficientPrivilege);
        const auto samDb = team.connectAs("sam");
        QVERIFY(samDb);
        const auto inbox = Inbox(*samDb).itemsOf(team.sam, kNow.date());
        QVERIFY2(inbox, qPrintable(inbox ? QString() : inbox.error().fullText()));
        QCOMPARE(inbox->size(), 1);
        QCOMPARE(inbox->first().kind, InboxItem::Kind::Mention);
        QCOMPARE(Inbox::unreadCount(*inbox), 1);
    }

    // Whatever actor a client sends, the server writes the login's person into the audit entry.
    void auditEntriesNameTheLogin()
    {
        Team team;
        PsqlSession sam(team.login("sam"), team.t.serverDatabase);
        QVERIFY(sam.isOpen());
        QCOMPARE(sam.refusal(QStringLiteral("INSERT INTO audit_log (at, actor_id, action, entity) "
                                            "VALUES ('2026-06-10T09:00:00Z', ?, 'forged', 'deal')"),
                             {team.lead.id}),
                 QString());
        QCOMPARE(
            team.t.db.scalar(QStringLiteral("SELECT actor_id FROM audit_log WHERE action = 'forged'"))->toLongLong(),
            team.sam.id);

        const auto sue = team.connectAs("sue");
        QVERIFY(sue);
        QCOMPARE(sue->sessionPerson(), team.sue.id);
        QVERIFY(sue->inTeamMode());
        auto work = UnitOfWork::begin(*sue, team.lead.id); // a client that claims to be the lead
        QVERIFY(work);
        AuditEntry entry;
        entry.action = QStringLiteral("claimed");
        entry.entity = QStringLiteral("deal");
        entry.entityId = team.samDeal;
        entry.dealId = team.samDeal;
        QVERIFY(AuditLog::append(*work, entry));
        QVERIFY(work->commit());
        QCOMPARE(
            team.t.db.scalar(QStringLiteral("SELECT actor_id FROM audit_log WHERE action = 'claimed'"))->toLongLong(),
            team.sue.id);
    }

    // The whole workflow through core, each person on their own login: the guard lets every legitimate step through.
    void theWorkflowRunsOnEachPersonsLogin()
    {
        Team team;
        Promise promise;
        promise.dealId = team.sidDeal;
        promise.kind = PromiseKind::Training;
        promise.description = QStringLiteral("Two training days");
        promise.dueOn = kNow.date().addDays(-5);
        promise.promisedById = team.sid.id;
        promise.reviewStatus = ReviewStatus::Accepted;
        const qint64 promiseId = Seed<PromiseStore>(team.t.db).create(promise)->id;

        const auto sam = team.connectAs("sam");
        QVERIFY(sam);
        QCOMPARE(sam->sessionPerson(), team.sam.id);
        const auto submitted = HandoffWorkflow(*sam).submit(team.sam, team.samDeal);
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().fullText()));
        const auto stolen = HandoffWorkflow(*sam).accept(team.sam, team.samDeal);
        QVERIFY(!stolen);
        QCOMPARE(stolen.error().code, Error::Code::Forbidden);

        const auto sue = team.connectAs("sue");
        QVERIFY(sue);
        const auto accepted = HandoffWorkflow(*sue).accept(team.sue, team.samDeal);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().fullText()));
        QCOMPARE(team.state(team.samDeal), QStringLiteral("accepted"));
        QCOMPARE(accepted->supportOwnerId, team.sue.id);

        // Every command starts with the past-due sweep, whoever runs it: a sales rep's session marks another rep's
        // late promise broken, and nothing else of that deal.
        QVERIFY(team.t.db.exec(QStringLiteral("UPDATE deals SET state = 'accepted', support_owner_id = ? WHERE id = ?"),
                               {team.sue.id, team.sidDeal}));
        const auto swept = PromiseService(*sam).markBrokenPastDue(kNow.date());
        QVERIFY2(swept, qPrintable(swept ? QString() : swept.error().fullText()));
        QCOMPARE(*swept, 1);
        QCOMPARE(PromiseStore(team.t.db).get(promiseId)->fulfilment, Fulfilment::Broken);
    }

    // 'handoff check' passes in team mode and names a guard that an administrator dropped or disabled.
    void checkNamesAWeakenedGuard()
    {
        Team team;
        QVERIFY(IntegrityCheck::allOk(IntegrityCheck::run(team.t.db)));
        QVERIFY(team.t.db.run(
            QStringLiteral("ALTER TABLE deals DISABLE TRIGGER deals_team_guard; "
                           "DROP TRIGGER team_actor ON audit_log; DROP TRIGGER mentions_guard ON mentions"),
            {}));
        const QList<CheckResult> results = IntegrityCheck::run(team.t.db);
        QVERIFY(!IntegrityCheck::allOk(results));
        const QString detail = results.constLast().detail;
        QVERIFY2(detail.contains(QLatin1String("deals_team_guard on deals is disabled")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("team_actor on audit_log is missing")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("mentions_guard on mentions is missing")), qPrintable(detail));
    }

    // A login that is no person of the team is turned away at open; a deactivated person cannot log in.
    void onlyTheTeamsPeopleGetIn()
    {
        Team team;
        const QString stranger = team.login("stranger");
        const QString sales = team.t.db.scalar(QStringLiteral("SELECT sales_role FROM team_mode"))->toString();
        TestServer::run(QStringLiteral("CREATE ROLE \"%1\" LOGIN IN ROLE \"%2\"").arg(stranger, sales));
        Database db;
        const auto opened = db.open(QStringLiteral("postgresql://%1@/%2").arg(stranger, team.t.serverDatabase));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Forbidden);
        QVERIFY2(opened.error().fullText().contains(QLatin1String("not a person")),
                 qPrintable(opened.error().fullText()));

        const auto lead = team.connectAs("lee");
        QVERIFY(lead);
        QVERIFY(UserService(*lead).setActive(team.lead, team.sam.id, false));
        QVERIFY(!team.connectAs("sam"));
        QVERIFY(UserService(*lead).setActive(team.lead, team.sam.id, true));
        QVERIFY(team.connectAs("sam"));

        // Only a lead adds people, on the server too.
        const auto sue = team.connectAs("sue");
        QVERIFY(sue);
        const User forged{team.lead}; // a client that claims the lead's row
        const auto added = UserService(*sue).add(forged, QStringLiteral("Mal"), QStringLiteral("mal@example.com"),
                                                 Role::Lead, team.login("mal"));
        QVERIFY(!added);
        QCOMPARE(UserService(team.t.db).all()->size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestTeamMode)
#include "tst_teammode.moc"
