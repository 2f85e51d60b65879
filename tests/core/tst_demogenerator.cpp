// Demo data: reproducible from a seed, consistent with the domain's rules, and all-or-nothing.

#include "TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "model/Enums.h"
#include "storage/ChecklistSql.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlValue.h"
#include "storage/SqliteStatement.h"
#include "workflow/PromiseService.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace handoff;

namespace {

const QDate kToday(2025, 3, 14);
constexpr int kDeals = 300;

const char* const kTables[] = {"users",         "accounts",        "contacts",          "deals",        "deal_contacts",
                               "deal_channels", "checklist_items", "checklist_answers", "capabilities", "promises",
                               "tasks",         "comments",        "handoff_snapshots", "audit_log"};

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private:
    static Result<DemoSummary> generate(Database& db, quint32 seed, int deals = kDeals)
    {
        DemoOptions options;
        options.deals = deals;
        options.seed = seed;
        options.today = kToday;
        return DemoGenerator::generate(db, options);
    }

    static qint64 count(const Database& db, const QString& sql, const QVariantList& values = {})
    {
        auto value = db.scalar(sql, values);
        if (!value) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(value.error().fullText()));
            return -1;
        }
        return value->toLongLong();
    }

    static QStringList column(const Database& db, const QString& sql)
    {
        QStringList values;
        auto query = db.exec(sql);
        while (query && query->next()) {
            values.append(query->value(0).toString());
        }
        return values;
    }

    // A digest of every row of every table, in id order, with the type of each value.
    static QByteArray contentHash(const Database& db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char* table : kTables) {
            hash.addData(table);
            auto query = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1StringView(table)));
            if (!query) {
                return {};
            }
            while (query->next()) {
                for (int i = 0; i < query->record().count(); ++i) {
                    const QVariant value = query->value(i);
                    hash.addData(value.isNull() ? QByteArrayView("\x01null") : QByteArrayView("\x02"));
                    hash.addData(value.toString().toUtf8());
                }
                hash.addData("\n");
            }
        }
        return hash.result();
    }

    template <typename E>
    static QStringList enumKeys()
    {
        QStringList list;
        for (const char* key : EnumKeys<E>::keys) {
            list.append(QLatin1StringView(key));
        }
        list.sort();
        return list;
    }

    static QStringList distinct(const Database& db, const char* columnName, const char* table)
    {
        QStringList values = column(
            db,
            QStringLiteral("SELECT DISTINCT %1 FROM %2").arg(QLatin1StringView(columnName), QLatin1StringView(table)));
        values.sort();
        return values;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameSeedGivesSameRows()
    {
        TestDatabase first(QStringLiteral("first.sqlite"));
        TestDatabase second(QStringLiteral("second.sqlite"));
        TestDatabase other(QStringLiteral("other.sqlite"));
        const auto a = generate(first.db, 7);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().fullText()));
        QVERIFY(generate(second.db, 7));
        QVERIFY(generate(other.db, 8));
        const QByteArray hash = contentHash(first.db);
        QVERIFY(!hash.isEmpty());
        QCOMPARE(contentHash(second.db), hash);
        QVERIFY(contentHash(other.db) != hash);
        QCOMPARE(a->deals, kDeals);
    }

    // On a file the deals are made ahead on a second thread, each row with the id the file gives it; made on the
    // writing thread, the rows are the same.
    void dealsMadeAheadAreTheDealsMadeInTurn()
    {
        TestDatabase ahead(QStringLiteral("ahead.sqlite"));
        TestDatabase inTurn(QStringLiteral("in-turn.sqlite"));
        DemoOptions options;
        options.deals = kDeals;
        options.today = kToday;
        const auto made = DemoGenerator::generate(ahead.db, options);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().fullText()));
        options.oneThread = true;
        const auto madeInTurn = DemoGenerator::generate(inTurn.db, options);
        QVERIFY2(madeInTurn, qPrintable(madeInTurn ? QString() : madeInTurn.error().fullText()));
        QCOMPARE(contentHash(ahead.db), contentHash(inTurn.db));
        for (auto field : {&DemoSummary::users, &DemoSummary::accounts, &DemoSummary::contacts, &DemoSummary::deals,
                           &DemoSummary::promises, &DemoSummary::tasks, &DemoSummary::checklistAnswers,
                           &DemoSummary::auditEntries}) {
            QCOMPARE((*made).*field, (*madeInTurn).*field);
        }
    }

    void takesTodayFromTheDatabaseClock()
    {
        TestDatabase explicitDay(QStringLiteral("explicit.sqlite"));
        TestDatabase clockDay(QStringLiteral("clock.sqlite"));
        QVERIFY(generate(explicitDay.db, 3, 40));
        clockDay.db.setClock([] { return QDateTime(kToday, QTime(12, 0), Qt::LocalTime); });
        DemoOptions options;
        options.deals = 40;
        options.seed = 3;
        QVERIFY(DemoGenerator::generate(clockDay.db, options));
        QCOMPARE(contentHash(clockDay.db), contentHash(explicitDay.db));
    }

    void countsMatchTheTables()
    {
        TestDatabase t;
        const auto summary = generate(t.db, 1);
        QVERIFY(summary);
        QCOMPARE(summary->deals, count(t.db, QStringLiteral("SELECT count(*) FROM deals")));
        QCOMPARE(summary->users, count(t.db, QStringLiteral("SELECT count(*) FROM users")));
        QCOMPARE(summary->accounts, count(t.db, QStringLiteral("SELECT count(*) FROM accounts")));
        QCOMPARE(summary->contacts, count(t.db, QStringLiteral("SELECT count(*) FROM contacts")));
        QCOMPARE(summary->promises, count(t.db, QStringLiteral("SELECT count(*) FROM promises")));
        QCOMPARE(summary->tasks, count(t.db, QStringLiteral("SELECT count(*) FROM tasks")));
        QCOMPARE(summary->checklistAnswers, count(t.db, QStringLiteral("SELECT count(*) FROM checklist_answers")));
        QCOMPARE(summary->auditEntries, count(t.db, QStringLiteral("SELECT count(*) FROM audit_log")));
        // The sizes the issue asks for, per deal on average.
        const double deals = double(summary->deals);
        QVERIFY2(summary->promises / deals > 4.0 && summary->promises / deals < 6.0, "about 5 promises per deal");
        QVERIFY2(summary->tasks / deals > 8.0 && summary->tasks / deals < 12.5, "about 10 tasks per deal");
        QVERIFY2(summary->auditEntries / deals > 15.0 && summary->auditEntries / deals < 27.0, "about 20 audit rows");
        QVERIFY(summary->accounts < summary->deals); // some customers buy again
        QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'sales'")) >= 3);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'support'")) >= 3);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'lead'")) >= 2);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM capabilities")) >= 30);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM comments")) > 0);
    }

    void coversEveryStateKindAndOutcome()
    {
        TestDatabase t;
        QVERIFY(generate(t.db, 2));
        QCOMPARE(distinct(t.db, "state", "deals"), enumKeys<HandoffState>());
        QCOMPARE(distinct(t.db, "kind", "promises"), enumKeys<PromiseKind>());
        QCOMPARE(distinct(t.db, "feasibility", "promises"), enumKeys<Feasibility>());
        QCOMPARE(distinct(t.db, "review_status", "promises"), enumKeys<ReviewStatus>());
        QCOMPARE(distinct(t.db, "fulfilment", "promises"), enumKeys<Fulfilment>());
        QCOMPARE(distinct(t.db, "status", "capabilities"), enumKeys<CapabilityStatus>());
        QCOMPARE(distinct(t.db, "status", "tasks"), enumKeys<TaskStatus>());
        QCOMPARE(distinct(t.db, "role", "deal_contacts"), enumKeys<ContactRole>());
        QCOMPARE(distinct(t.db, "reason", "audit_log WHERE action = 'return'"), enumKeys<ReturnReason>());
        QCOMPARE(distinct(t.db, "action", "audit_log WHERE entity = 'deals'"),
                 QStringList({QStringLiteral("accept"), QStringLiteral("cancel"), QStringLiteral("create"),
                              QStringLiteral("fulfil"), QStringLiteral("return"), QStringLiteral("submit")}));
        // Most handoffs went through.
        const qint64 through = count(t.db, QStringLiteral("SELECT count(*) FROM deals WHERE state IN "
                                                          "('accepted', 'fulfilled')"));
        QVERIFY(through > kDeals / 2);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(DISTINCT currency) FROM deals")) >= 3);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM handoff_snapshots WHERE submission_no = 2")) > 0);
    }

    void rowsFollowTheRules()
    {
        if (testsRunOnServer()) {
            QSKIP("its checks are written in SQLite's SQL; tst_serverdatabase_pg compares a server's demo with a "
                  "file's row by row");
        }
        TestDatabase t;
        QVERIFY(generate(t.db, 5));
        const Database& db = t.db;
        const QString today = kToday.toString(Qt::ISODate);
        QVERIFY(IntegrityCheck::allOk(IntegrityCheck::run(t.db))); // integrity, foreign keys and the audit log

        // Tasks belong to accepted or fulfilled handoffs, go to the support owner, and some are late.
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM tasks")) > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tasks t JOIN deals d ON d.id = t.deal_id "
                                          "WHERE d.state NOT IN ('accepted', 'fulfilled')")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tasks t JOIN deals d ON d.id = t.deal_id "
                                          "WHERE t.assignee_id IS NOT d.support_owner_id")),
                 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM tasks WHERE status <> 'done' AND due_on < ?"), {today}) >
                0);
        QCOMPARE(count(db,
                       QStringLiteral("SELECT count(*) FROM tasks WHERE (status = 'done') <> (done_on IS NOT "
                                      "NULL) OR done_on >= ?"),
                       {today}),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM deals WHERE (support_owner_id IS NOT NULL) <> "
                                          "(state IN ('accepted', 'fulfilled'))")),
                 0);

        // Every submitted handoff has every required checklist item (those a deal field answers by that field, and
        // no answer of their own); contact items name a contact of the deal.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM deals d JOIN checklist_items i ON i.required = 1 "
                                          "LEFT JOIN checklist_answers a ON a.deal_id = d.id AND a.item_id = i.id "
                                          "WHERE d.submitted_at IS NOT NULL AND NOT ") +
                               ChecklistSql::answered(QStringLiteral("i"), QStringLiteral("a"), QStringLiteral("d"))),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM checklist_answers a JOIN checklist_items i "
                                          "ON i.id = a.item_id WHERE i.deal_field <> ''")),
                 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM deals WHERE state = 'draft' AND NOT EXISTS (SELECT 1 "
                                         "FROM checklist_answers a WHERE a.deal_id = deals.id)")) >= 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM checklist_answers a JOIN checklist_items i ON i.id = "
                                          "a.item_id WHERE i.kind = 'contact' AND NOT EXISTS (SELECT 1 FROM "
                                          "deal_contacts c WHERE c.deal_id = a.deal_id AND c.contact_id = "
                                          "CAST(a.value AS INTEGER))")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM checklist_answers a JOIN checklist_items i ON i.id = "
                                          "a.item_id WHERE i.kind = 'date' AND date(a.value) IS NOT a.value")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM checklist_answers a JOIN checklist_items i ON i.id = "
                                          "a.item_id WHERE i.kind = 'choice' AND NOT EXISTS (SELECT 1 FROM "
                                          "json_each(i.choices) WHERE value = a.value)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM checklist_answers a JOIN checklist_items i ON i.id = "
                                          "a.item_id WHERE i.kind = 'check' AND a.value <> 'true'")),
                 0);

        // Feasibility agrees with the catalog and the calendar.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM promises p JOIN capabilities c ON c.id = "
                                          "p.capability_id WHERE c.status = 'unsupported' AND p.feasibility <> "
                                          "'blocked'")),
                 0);
        QCOMPARE(count(db,
                       QStringLiteral("SELECT count(*) FROM promises WHERE fulfilment = 'open' AND due_on < ? "
                                      "AND feasibility <> 'blocked'"),
                       {today}),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM promises WHERE (feasibility = 'ok') = "
                                          "(feasibility_reason <> '')")),
                 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM promises WHERE feasibility_reason LIKE "
                                         "'%is planned, not available%'")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM promises WHERE feasibility_reason LIKE "
                                         "'due in %; standard lead time is %'")) > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM promises p JOIN deals d ON d.id = p.deal_id WHERE "
                                          "p.feasibility = 'blocked' AND p.justification = '' AND "
                                          "d.submitted_at IS NOT NULL")),
                 0);

        // Accepted handoffs had every promise reviewed and nothing unclear; fulfilled ones kept everything.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM promises p JOIN deals d ON d.id = p.deal_id WHERE "
                                          "d.state IN ('accepted', 'fulfilled') AND (p.review_status IN ('pending', "
                                          "'needs_clarification') OR (p.review_status = 'cannot_fulfil' AND "
                                          "p.fulfilment <> 'waived'))")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM promises p JOIN deals d ON d.id = p.deal_id WHERE "
                                          "d.state = 'fulfilled' AND p.fulfilment NOT IN ('fulfilled', 'waived')")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE "
                                          "d.state = 'fulfilled' AND t.status <> 'done'")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM promises p JOIN deals d ON d.id = p.deal_id WHERE "
                                          "d.state IN ('draft', 'submitted', 'returned') AND p.fulfilment <> 'open'")),
                 0);

        // One snapshot per submission, the deal's timestamps match its history, and history runs forward.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM handoff_snapshots")),
                 count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'submit'")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM deals d WHERE d.submitted_at IS NOT (SELECT max(at) "
                                          "FROM audit_log a WHERE a.deal_id = d.id AND a.action = 'submit')")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM deals d WHERE d.state IS NOT (SELECT new_value FROM "
                                          "audit_log a WHERE a.deal_id = d.id AND a.entity = 'deals' ORDER BY id "
                                          "DESC LIMIT 1)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.deal_id = "
                                          "a.deal_id AND b.id > a.id AND b.at < a.at")),
                 0);
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE at >= ? OR at < '2023-01-01'"), {today}), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM handoff_snapshots WHERE NOT json_valid(content)")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity IN ('promises', 'tasks') AND "
                                          "action = 'create' AND NOT json_valid(new_value)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM promises p WHERE NOT EXISTS (SELECT 1 FROM audit_log "
                                          "a WHERE a.entity = 'promises' AND a.entity_id = p.id AND a.action = "
                                          "'create' AND a.deal_id = p.deal_id)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT min(closed_on) >= date(?, '-19 months') FROM deals"), {today}), 1);
    }

    // Generation skips CHECK constraints and foreign keys for speed; copying every row into a fresh database enforces
    // them all.
    void noPromiseOutlivesItsDayUnkept()
    {
        // The workflow marks an accepted deal's open promise broken once its due date passed; demo data must already
        // be in that state, or the first start would rewrite thousands of promises.
        TestDatabase t;
        QVERIFY(generate(t.db, 5));
        t.db.setClock([] { return kToday.startOfDay(Qt::UTC).addSecs(12 * 3600); });
        const auto marked = PromiseService(t.db).markBrokenPastDue(kToday);
        QVERIFY(marked);
        QCOMPARE(*marked, 0);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM promises WHERE fulfilment = 'broken'")) > 0);
    }

    void rowsPassEveryCheckConstraint()
    {
        if (testsRunOnServer()) {
            QSKIP("a server checks every constraint on every insert; on a file the demo writes with checks off");
        }
        TestDatabase generated(QStringLiteral("generated.sqlite"));
        QVERIFY(generate(generated.db, 9));
        QCOMPARE(count(generated.db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        generated.db.close();
        TestDatabase fresh(QStringLiteral("fresh.sqlite"));
        QVERIFY(fresh.db.exec(QStringLiteral("ATTACH DATABASE ? AS generated"),
                              {generated.path(QStringLiteral("generated.sqlite"))}));
        for (const char* table : kTables) {
            if (qstrcmp(table, "checklist_items") == 0) {
                continue; // the same template in both
            }
            const auto copied = fresh.db.exec(
                QStringLiteral("INSERT INTO main.%1 SELECT * FROM generated.%1").arg(QLatin1StringView(table)));
            QVERIFY2(copied,
                     qPrintable(QLatin1StringView(table) + u' ' + (copied ? QString() : copied.error().fullText())));
        }
        QVERIFY(count(fresh.db, QStringLiteral("SELECT count(*) FROM main.promises")) > 0);
        QCOMPARE(count(fresh.db, QStringLiteral("SELECT count(*) FROM main.audit_log")),
                 count(fresh.db, QStringLiteral("SELECT count(*) FROM generated.audit_log")));
    }

    void refusesADatabaseWithDeals()
    {
        TestDatabase t;
        QVERIFY(generate(t.db, 1, 20));
        const QByteArray before = contentHash(t.db);
        const auto again = generate(t.db, 1, 20);
        QVERIFY(!again);
        QCOMPARE(int(again.error().code), int(Error::Code::Invalid));
        QVERIFY2(again.error().message.contains(QStringLiteral("empty")), qPrintable(again.error().message));
        QCOMPARE(contentHash(t.db), before);
    }

    void refusesBadCounts()
    {
        TestDatabase t;
        QVERIFY(!generate(t.db, 1, 0));
        QVERIFY(!generate(t.db, 1, -5));
        QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM users")), 0);
    }

    void cancellingLeavesNothingBehind()
    {
        TestDatabase t;
        // The run writes through a rollback journal without checking foreign keys, and puts both back however it ends.
        const QStringList pragmas{QStringLiteral("PRAGMA cache_size"), QStringLiteral("PRAGMA journal_mode"),
                                  QStringLiteral("PRAGMA foreign_keys")};
        const auto settings = [&](Database& db) {
            QStringList values;
            for (const QString& pragma : pragmas) {
                values.append(column(db, pragma).value(0));
            }
            return values;
        };
        const QStringList before = settings(t.db);
        if (!testsRunOnServer()) {
            QCOMPARE(before.mid(1), QStringList({QStringLiteral("wal"), QStringLiteral("1")}));
        }
        DemoOptions options;
        options.deals = kDeals;
        options.today = kToday;
        QList<qint64> calls;
        const auto result = DemoGenerator::generate(t.db, options, [&](qint64 done, qint64 total) {
            calls.append(done);
            return done < total / 2; // cancel half-way
        });
        QVERIFY(!result);
        QVERIFY(calls.size() >= 2);
        QVERIFY(calls.last() > 0); // rows had been written when it was cancelled
        for (const char* table : kTables) {
            if (qstrcmp(table, "checklist_items") != 0) {
                QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table))), 0);
            }
        }
        QCOMPARE(settings(t.db), before);
        QVERIFY(!QFileInfo::exists(t.path() + QStringLiteral("-journal")));
        // The database is as good as new: generating now works, and gives what a fresh database gets. (A server's
        // sequences do not roll back, so there the new rows' ids start after the cancelled ones: the same rows,
        // other numbers. Its audit ids do roll back: 'handoff check' must find no gap.)
        QVERIFY(DemoGenerator::generate(t.db, options));
        QCOMPARE(settings(t.db), before);
        TestDatabase fresh(QStringLiteral("fresh.sqlite"));
        QVERIFY(DemoGenerator::generate(fresh.db, options));
        if (testsRunOnServer()) {
            QVERIFY(IntegrityCheck::allOk(IntegrityCheck::run(t.db)));
            for (const char* table : kTables) {
                const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table));
                QCOMPARE(count(t.db, sql), count(fresh.db, sql));
            }
        } else {
            QCOMPARE(contentHash(t.db), contentHash(fresh.db));
        }
    }

    void statementWritesWhatTheRestOfCoreWrites()
    {
        if (testsRunOnServer()) {
            QSKIP("describes SQLite's statements and untyped columns");
        }
        TestDatabase t;
        QVERIFY(t.db.exec(QStringLiteral("CREATE TEMP TABLE probe (a, b, c, d, e)")));
        auto statement =
            SqliteStatement::prepare(t.db, QStringLiteral("INSERT INTO probe (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)"));
        QVERIFY(statement);
        const QDateTime local(QDate(2024, 2, 29), QTime(23, 59, 58, 7), Qt::OffsetFromUTC, 3600);
        const QString text = QStringLiteral("Zoë's \"café\" – 😀");
        for (int row = 0; row < 2; ++row) { // the second row reuses every buffer
            statement->bind(1, local);
            statement->bind(2, QDate(2025, 1, 9));
            statement->bind(3, text);
            statement->bindId(4, 0);
            statement->bind(5, QString(QLatin1StringView("")));
            const auto id = statement->insert();
            QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
            QCOMPARE(*id, row + 1);
        }
        auto query = t.db.exec(QStringLiteral("SELECT a, b, c, d, e, typeof(e) FROM probe WHERE rowid = 2"));
        QVERIFY(query && query->next());
        QCOMPARE(query->value(0), sql::time(local));
        QCOMPARE(query->value(1), sql::date(QDate(2025, 1, 9)));
        QCOMPARE(query->value(2).toString(), text);
        QVERIFY(query->value(3).isNull());
        QCOMPARE(query->value(5).toString(), QStringLiteral("text")); // empty text, not NULL

        statement->bind(9, qint64(1)); // no such parameter
        const auto failed = statement->insert();
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("INSERT INTO probe")),
                 qPrintable(failed.error().message));
        auto bad = SqliteStatement::prepare(t.db, QStringLiteral("INSERT INTO nowhere VALUES (?)"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("nowhere")), qPrintable(bad.error().message));
    }

    // Not a test: HANDOFF_DEMO_DEALS=100000 runs a full-size generation into HANDOFF_DEMO_FILE (or a temporary file)
    // and prints how long it took.
    void fullSizeRun()
    {
        const int deals = qEnvironmentVariableIntValue("HANDOFF_DEMO_DEALS");
        if (deals <= 0) {
            QSKIP("set HANDOFF_DEMO_DEALS to measure a full-size run");
        }
        QTemporaryDir dir;
        const QString path = qEnvironmentVariableIsSet("HANDOFF_DEMO_FILE")
                                 ? qEnvironmentVariable("HANDOFF_DEMO_FILE")
                                 : dir.filePath(QStringLiteral("big.sqlite"));
        Database db;
        QVERIFY(db.open(path));
        DemoOptions options;
        options.deals = deals;
        options.today = kToday;
        const auto summary = DemoGenerator::generate(db, options);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().fullText()));
        db.close();
        qInfo("deals %lld, users %lld, accounts %lld, contacts %lld, promises %lld, tasks %lld, answers %lld, audit "
              "%lld; %lld ms; file %lld bytes",
              summary->deals, summary->users, summary->accounts, summary->contacts, summary->promises, summary->tasks,
              summary->checklistAnswers, summary->auditEntries, summary->milliseconds, QFileInfo(path).size());
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
