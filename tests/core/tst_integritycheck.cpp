// 'handoff check': a sound file passes, and each kind of damage or tampering is found and named.

#include "TestDatabase.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrator.h"
#include "storage/Stores.h"

#include <sqlite3.h>

using namespace handoff;

class TestIntegrityCheck : public QObject {
    Q_OBJECT

private:
    // Changes the file behind the application's back, as a person with the sqlite3 shell would.
    static void tamper(const QString& path, const char* script)
    {
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        char* message = nullptr;
        const int rc = sqlite3_exec(raw, script, nullptr, nullptr, &message);
        const QByteArray text = message ? QByteArray(message) : QByteArray();
        sqlite3_free(message);
        sqlite3_close(raw);
        QVERIFY2(rc == SQLITE_OK, text.constData());
    }

    static CheckResult find(const QList<CheckResult>& results, const QString& name)
    {
        for (const CheckResult& result : results) {
            if (result.name == name) {
                return result;
            }
        }
        return CheckResult{QStringLiteral("<no check named %1>").arg(name), false, {}};
    }

    static QString report(const QList<CheckResult>& results)
    {
        QString text;
        for (const CheckResult& r : results) {
            text += QStringLiteral("\n%1 [%2]: %3")
                        .arg(r.name, r.ok ? QStringLiteral("ok") : QStringLiteral("FAIL"), r.detail);
        }
        return text;
    }

    // Only the named checks fail; the others still ran and passed.
    static void expectFailing(const QList<CheckResult>& results, const QStringList& failing)
    {
        QVERIFY2(!IntegrityCheck::allOk(results), qPrintable(report(results)));
        QCOMPARE(results.size(), 6); // with the kept figures
        for (const CheckResult& r : results) {
            QVERIFY2(r.ok != failing.contains(r.name), qPrintable(report(results)));
            QVERIFY2(!r.detail.isEmpty(), qPrintable(r.name));
        }
    }

    // A file with some history: entities created, changed and removed through the stores.
    static void addHistory(Database& db)
    {
        Seed<AccountStore> accounts(db, 7);
        Seed<UserStore> users(db, 7);
        auto account = accounts.create(Account{0, 0, QStringLiteral("Acme"), {}, {}});
        QVERIFY2(account, qPrintable(account ? QString() : account.error().fullText()));
        auto rep =
            users.create(User{0, 0, QStringLiteral("Rita"), QStringLiteral("rita@example.com"), Role::Sales, true});
        QVERIFY(rep);
        Deal deal;
        deal.accountId = account->id;
        deal.title = QStringLiteral("Acme rollout");
        deal.closedOn = QDate(2024, 5, 1);
        deal.salesRepId = rep->id;
        auto created = Seed<DealStore>(db, 7).create(deal);
        QVERIFY(created);
        Promise promise;
        promise.dealId = created->id;
        promise.description = QStringLiteral("SSO in week one");
        auto stored = Seed<PromiseStore>(db, 7).create(promise);
        QVERIFY(stored);
        account->website = QStringLiteral("https://acme.example");
        QVERIFY(accounts.update(*account));
        QVERIFY(Seed<PromiseStore>(db, 7).remove(*stored));
    }

    static qint64 auditCount(const Database& db)
    {
        auto count = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        return count ? count->toLongLong() : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabasePassesEveryCheck()
    {
        TestDatabase t;
        const auto results = IntegrityCheck::run(t.db);
        QCOMPARE(results.size(), 6); // with the kept figures
        QVERIFY2(IntegrityCheck::allOk(results), qPrintable(report(results)));
        for (const CheckResult& r : results) {
            QVERIFY(!r.name.isEmpty());
            QCOMPARE(r.detail, QStringLiteral("ok"));
        }
    }

    void databaseWithHistoryPassesEveryCheck()
    {
        TestDatabase t;
        addHistory(t.db);
        QVERIFY(auditCount(t.db) >= 6);
        const auto results = IntegrityCheck::run(t.db);
        QVERIFY2(IntegrityCheck::allOk(results), qPrintable(report(results)));
    }

    void progressCountsEachCheckAsItStarts()
    {
        TestDatabase t;
        addHistory(t.db);
        QList<int> started;
        const auto results = IntegrityCheck::run(t.db, [&](int check, int checks) {
            QCOMPARE(checks, 6);
            if (started.isEmpty() || started.constLast() != check) {
                started.append(check);
            }
        });
        QVERIFY2(IntegrityCheck::allOk(results), qPrintable(report(results)));
        QCOMPARE(started, QList<int>({0, 1, 2, 3, 4, 5}));
    }

    void allOkIsFalseWhenAnyResultFails()
    {
        QVERIFY(IntegrityCheck::allOk({}));
        QVERIFY(IntegrityCheck::allOk({{QStringLiteral("a"), true, {}}, {QStringLiteral("b"), true, {}}}));
        QVERIFY(!IntegrityCheck::allOk({{QStringLiteral("a"), true, {}}, {QStringLiteral("b"), false, {}}}));
    }

    void brokenForeignKeyIsNamed()
    {
        TestDatabase t;
        addHistory(t.db);
        tamper(t.path(), "PRAGMA foreign_keys = OFF;"
                         "INSERT INTO promises (id, deal_id, kind, created_at) VALUES (4242, 999, 'feature', 'x');");
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Foreign keys")});
        const QString detail = find(results, QStringLiteral("Foreign keys")).detail;
        QVERIFY2(detail.contains(QLatin1String("promises")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("4242")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("deals")), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("deal_id = 999")), qPrintable(detail));
    }

    void manyBrokenForeignKeysAreCounted()
    {
        TestDatabase t;
        addHistory(t.db);
        tamper(t.path(), "PRAGMA foreign_keys = OFF;"
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25) "
                         "INSERT INTO tasks (deal_id, title) SELECT 1000 + i, 'orphan' FROM n;");
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Foreign keys")});
        const QString detail = find(results, QStringLiteral("Foreign keys")).detail;
        QCOMPARE(detail.count(QLatin1String("tasks row")), 10);
        QVERIFY2(detail.contains(QLatin1String("15 more")), qPrintable(detail));
    }

    void droppedTriggerIsDetected_data()
    {
        QTest::addColumn<QByteArray>("trigger");
        QTest::newRow("update") << QByteArray("audit_log_no_update");
        QTest::newRow("delete") << QByteArray("audit_log_no_delete");
        QTest::newRow("replace") << QByteArray("audit_log_no_replace");
    }

    void droppedTriggerIsDetected()
    {
        QFETCH(QByteArray, trigger);
        TestDatabase t;
        addHistory(t.db);
        tamper(t.path(), QByteArray("DROP TRIGGER " + trigger).constData());
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Audit log protection")});
        const QString detail = find(results, QStringLiteral("Audit log protection")).detail;
        QVERIFY2(detail.contains(QString::fromLatin1(trigger)), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("missing")), qPrintable(detail));
    }

    void weakenedTriggerIsDetected()
    {
        TestDatabase t;
        addHistory(t.db);
        // Same name, same message, but it only fires for an id nobody has: updates go through.
        tamper(t.path(), "DROP TRIGGER audit_log_no_update;"
                         "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.id < 0 BEGIN "
                         "SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END;");
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Audit log protection")});
        QVERIFY(find(results, QStringLiteral("Audit log protection")).detail.contains(QLatin1String("altered")));
    }

    void triggerRecreatedAsShippedPasses()
    {
        TestDatabase t;
        addHistory(t.db);
        // Written differently (spacing, case, line breaks) but refusing exactly as shipped: not a finding.
        tamper(t.path(), "DROP TRIGGER audit_log_no_delete;"
                         "create trigger audit_log_no_delete before delete on audit_log\nbegin\n"
                         "  select raise(ABORT,'the audit log is append-only: entries cannot be deleted');\nend;");
        const auto results = IntegrityCheck::run(t.db);
        QVERIFY2(IntegrityCheck::allOk(results), qPrintable(report(results)));
    }

    void deletedAuditEntryIsDetected()
    {
        TestDatabase t;
        addHistory(t.db);
        const qint64 before = auditCount(t.db);
        // Covering the tracks: the trigger is put back after the delete.
        tamper(t.path(), "DROP TRIGGER audit_log_no_delete;"
                         "DELETE FROM audit_log WHERE id IN (2, 3);"
                         "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                         "SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted'); END;");
        QCOMPARE(auditCount(t.db), before - 2);
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Audit log completeness")});
        const QString detail = find(results, QStringLiteral("Audit log completeness")).detail;
        QVERIFY2(detail.contains(QLatin1String("2-3")), qPrintable(detail));
    }

    void deletedFirstAuditEntryIsDetected()
    {
        TestDatabase t;
        addHistory(t.db);
        tamper(t.path(), "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 1;");
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Audit log protection"), QStringLiteral("Audit log completeness")});
        const QString detail = find(results, QStringLiteral("Audit log completeness")).detail;
        QVERIFY2(detail.contains(QLatin1String("ids 1)")), qPrintable(detail));
    }

    void deletedNewestAuditEntriesAreDetected()
    {
        TestDatabase t;
        addHistory(t.db);
        const qint64 last = auditCount(t.db);
        // Removing the tail leaves no gap in the ids; only the AUTOINCREMENT sequence remembers them.
        tamper(t.path(), "DROP TRIGGER audit_log_no_delete;"
                         "DELETE FROM audit_log WHERE id >= (SELECT max(id) - 1 FROM audit_log);"
                         "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                         "SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted'); END;");
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Audit log completeness")});
        const QString detail = find(results, QStringLiteral("Audit log completeness")).detail;
        QVERIFY2(detail.contains(QStringLiteral("%1-%2").arg(last - 1).arg(last)), qPrintable(detail));
    }

    void lowerAuditSequenceIsDetected()
    {
        TestDatabase t;
        addHistory(t.db);
        tamper(t.path(), "UPDATE sqlite_sequence SET seq = 1 WHERE name = 'audit_log';");
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Audit log completeness")});
        QVERIFY(find(results, QStringLiteral("Audit log completeness")).detail.contains(QLatin1String("twice")));
    }

    void handInsertedAuditEntryIsDetected()
    {
        TestDatabase t;
        addHistory(t.db);
        // Backdating an entry below the first id keeps 1..max intact but is still not Handoff's doing.
        tamper(t.path(), "INSERT INTO audit_log (id, at, action, entity) VALUES (0, '2020-01-01', 'create', 'deals');");
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Audit log completeness")});
    }

    void wrongSchemaVersionIsDetected()
    {
        TestDatabase t;
        tamper(t.path(), "PRAGMA user_version = 1;");
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Schema version")});
        const QString detail = find(results, QStringLiteral("Schema version")).detail;
        QVERIFY2(detail.contains(QLatin1String("is 1")), qPrintable(detail));
        QVERIFY2(detail.contains(QString::number(Migrator::kSchemaVersion)), qPrintable(detail));
    }

    void foreignApplicationIdIsDetected()
    {
        TestDatabase t;
        tamper(t.path(), "PRAGMA application_id = 42;");
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Schema version")});
        QVERIFY(find(results, QStringLiteral("Schema version")).detail.contains(QLatin1String("42")));
    }

    void damagedIndexIsReportedByIntegrityCheck()
    {
        TestDatabase t;
        addHistory(t.db);
        t.db.close();
        // The index now claims to be on another column than the one its entries were built from: quick_check on
        // open does not compare index and table, the full integrity_check does.
        tamper(t.path(), "PRAGMA writable_schema = ON;"
                         "UPDATE sqlite_schema SET sql = 'CREATE INDEX users_by_name ON users (email, id)' "
                         "WHERE name = 'users_by_name';");
        const auto reopened = t.db.open(t.path());
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().fullText()));
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Integrity")});
        const QString detail = find(results, QStringLiteral("Integrity")).detail;
        QVERIFY2(detail.contains(QLatin1String("users_by_name")), qPrintable(detail));
    }

    void everyCheckRunsWhenSeveralFail()
    {
        TestDatabase t;
        addHistory(t.db);
        tamper(t.path(), "PRAGMA foreign_keys = OFF;"
                         "INSERT INTO comments (deal_id, body, created_at) VALUES (31337, 'x', 'y');"
                         "DROP TRIGGER audit_log_no_update;"
                         "DROP TRIGGER audit_log_no_delete;"
                         "DELETE FROM audit_log WHERE id = 2;"
                         "PRAGMA user_version = 1;");
        const auto results = IntegrityCheck::run(t.db);
        expectFailing(results, {QStringLiteral("Foreign keys"), QStringLiteral("Schema version"),
                                QStringLiteral("Audit log protection"), QStringLiteral("Audit log completeness")});
        QVERIFY(find(results, QStringLiteral("Foreign keys")).detail.contains(QLatin1String("comments")));
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
