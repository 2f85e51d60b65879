// Exports of deals, promises and tasks: the columns the importer and scripts rely on, text that a spreadsheet opens
// as text, money that stays exact, and every row exactly once however the pages fall.

#include "TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "io/ExportFile.h"
#include "io/TableExporter.h"
#include "storage/Stores.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <limits>

using namespace handoff;

namespace {

const QString kHostile = QStringLiteral("=cmd|' /C calc'!A0");

template <typename T>
QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().fullText();
}

// An independent RFC 4180 reader for the test: quoted fields with doubled quotes and line breaks, CRLF records.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields.append(field);
            records.append(fields);
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

struct Exported {
    QByteArray bytes;
    qint64 rows = -1;
    QString error;
};

Exported exportTable(const Database& db, ExportTable table, ExportFormat format, int pageSize = 1000, qint64 after = 0,
                     qint64 limit = std::numeric_limits<qint64>::max())
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TableExporter exporter(db);
    exporter.setPageSize(pageSize);
    const auto written = exporter.write(table, format, &buffer, after, limit);
    return Exported{buffer.data(), written ? *written : -1, errorText(written)};
}

// Two deals of one account: one with every field set, hostile text and a contact; one with nothing optional.
struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, support;
    Deal full, bare;

    World()
    {
        db.setClock([] { return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); });
        rep = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Zoë \"Zed\" Rep"), QStringLiteral("zoe@example.com"), Role::Sales, true});
        support = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Sam"), QStringLiteral("sam@example.com"), Role::Support});
        const qint64 account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme, Inc."), {}, {}})->id;

        full.accountId = account;
        full.title = kHostile;
        full.externalRef = QStringLiteral("+OPP-1");
        full.amountMinor = -1250;
        full.currency = QStringLiteral("USD");
        full.closedOn = QDate(2026, 2, 27);
        full.contractStart = QDate(2026, 3, 1);
        full.termMonths = 24;
        full.products = QStringLiteral("Suite, Analytics");
        full.salesRepId = rep.id;
        full.supportOwnerId = support.id;
        full.goLiveTarget = QDate(2026, 6, 30);
        full.whyBought = QStringLiteral("line one\r\nline \"two\"");
        full.successCriteria = QStringLiteral("@SUM(1)");
        full.knownRisks = QStringLiteral("-x");
        full.state = HandoffState::Accepted;
        full = *Seed<DealStore>(db).create(full);
        const qint64 contact = Seed<ContactStore>(db)
                                   .create(Contact{0,
                                                   0,
                                                   account,
                                                   QStringLiteral("Ada"),
                                                   QStringLiteral("CTO"),
                                                   QStringLiteral("ada@acme.test"),
                                                   QStringLiteral("+1 555 0100"),
                                                   Channel::Phone,
                                                   {}})
                                   ->id;
        (void)Seed<DealContactStore>(db).create(DealContact{0, 0, full.id, contact, ContactRole::Sponsor});

        bare.accountId = account;
        bare.title = QStringLiteral("Yen deal");
        bare.amountMinor = 500;
        bare.currency = QStringLiteral("JPY");
        bare.closedOn = QDate(2026, 2, 28);
        bare.salesRepId = rep.id;
        bare = *Seed<DealStore>(db).create(bare);
    }
};

} // namespace

class TestTableExporter : public QObject {
    Q_OBJECT

private slots:
    void dealsCsvHasTheImportersColumns();
    void dealsCsvIsSafeAndExact();
    void dealsJsonHasSnakeCaseKeysAndTypes();
    void controlCharactersAreNotWrittenRaw();
    void promisesAndTasksCarryTheirDeal();
    void decimalAmounts_data();
    void decimalAmounts();
    void everyRowOnceAcrossPages_data();
    void everyRowOnceAcrossPages();
    void emptyTables();
    void aFailedWriteIsReported();
    void exportFileIsAllOrNothing();
};

void TestTableExporter::dealsCsvHasTheImportersColumns()
{
    World w;
    const Exported out = exportTable(w.db, ExportTable::Deals, ExportFormat::Csv);
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    // A byte-order mark so that spreadsheet programs read UTF-8 instead of guessing a legacy code page.
    QVERIFY(out.bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList expected{QStringLiteral("uid"),           QStringLiteral("external_ref"),
                               QStringLiteral("title"),         QStringLiteral("account"),
                               QStringLiteral("amount"),        QStringLiteral("currency"),
                               QStringLiteral("closed_on"),     QStringLiteral("stage"),
                               QStringLiteral("sales_rep"),     QStringLiteral("sales_rep_email"),
                               QStringLiteral("products"),      QStringLiteral("contract_start"),
                               QStringLiteral("term_months"),   QStringLiteral("go_live_target"),
                               QStringLiteral("contact_name"),  QStringLiteral("contact_email"),
                               QStringLiteral("contact_phone"), QStringLiteral("contact_title"),
                               QStringLiteral("why_bought"),    QStringLiteral("success_criteria"),
                               QStringLiteral("known_risks")};
    QCOMPARE(TableExporter::csvHeader(ExportTable::Deals), expected);
    QVERIFY(out.bytes.mid(3).startsWith(QByteArray(expected.join(u',').toUtf8() + "\r\n")));
}

void TestTableExporter::dealsCsvIsSafeAndExact()
{
    World w;
    const Exported out = exportTable(w.db, ExportTable::Deals, ExportFormat::Csv);
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    QCOMPARE(out.rows, 2);
    const QList<QStringList> records = parseCsv(QString::fromUtf8(out.bytes.mid(3)));
    QCOMPARE(records.size(), 3);
    const QStringList header = records.at(0);
    const auto field = [&header](const QStringList& record, const char* key) {
        return record.value(header.indexOf(QLatin1String(key)));
    };
    for (const QStringList& record : records) {
        QCOMPARE(record.size(), header.size());
    }
    const QStringList full = records.at(1);
    QCOMPARE(field(full, "external_ref"), QStringLiteral("'+OPP-1"));
    QCOMPARE(field(full, "title"), QLatin1Char('\'') + kHostile);
    QCOMPARE(field(full, "account"), QStringLiteral("Acme, Inc."));
    // Money is data: a negative amount is not neutralised, so a spreadsheet still sums it.
    QCOMPARE(field(full, "amount"), QStringLiteral("-12.50"));
    QVERIFY(out.bytes.contains(",-12.50,USD,"));
    QCOMPARE(field(full, "currency"), QStringLiteral("USD"));
    QCOMPARE(field(full, "closed_on"), QStringLiteral("2026-02-27"));
    QCOMPARE(field(full, "stage"), QStringLiteral("accepted"));
    QCOMPARE(field(full, "sales_rep"), QStringLiteral("Zoë \"Zed\" Rep"));
    QCOMPARE(field(full, "sales_rep_email"), QStringLiteral("zoe@example.com"));
    QCOMPARE(field(full, "products"), QStringLiteral("Suite, Analytics"));
    QCOMPARE(field(full, "contract_start"), QStringLiteral("2026-03-01"));
    QCOMPARE(field(full, "term_months"), QStringLiteral("24"));
    QCOMPARE(field(full, "go_live_target"), QStringLiteral("2026-06-30"));
    QCOMPARE(field(full, "contact_name"), QStringLiteral("Ada"));
    QCOMPARE(field(full, "contact_email"), QStringLiteral("ada@acme.test"));
    QCOMPARE(field(full, "contact_phone"), QStringLiteral("'+1 555 0100"));
    QCOMPARE(field(full, "contact_title"), QStringLiteral("CTO"));
    QCOMPARE(field(full, "why_bought"), QStringLiteral("line one\r\nline \"two\""));
    QCOMPARE(field(full, "success_criteria"), QStringLiteral("'@SUM(1)"));
    QCOMPARE(field(full, "known_risks"), QStringLiteral("'-x"));

    const QStringList bare = records.at(2);
    QCOMPARE(field(bare, "external_ref"), QString());
    QCOMPARE(field(bare, "amount"), QStringLiteral("500"));
    QCOMPARE(field(bare, "currency"), QStringLiteral("JPY"));
    QCOMPARE(field(bare, "stage"), QStringLiteral("draft"));
    QCOMPARE(field(bare, "contract_start"), QString());
    QCOMPARE(field(bare, "contact_name"), QString());
    QCOMPARE(field(bare, "term_months"), QStringLiteral("12"));
}

// A NUL or another control character stored before the doors refused them (or by another program) is written as
// U+FFFD in CSV, where a reader would end the text at a NUL; JSON escapes it as \u0000 and keeps it exact.
void TestTableExporter::controlCharactersAreNotWrittenRaw()
{
    World w;
    Deal deal = w.bare;
    // A server's text cannot hold a NUL at all (libpq ends a parameter there), so there another control stands in.
    deal.title = QStringLiteral("Yen") + QChar(testsRunOnServer() ? 1 : 0) + QStringLiteral("deal\x1B");
    deal.whyBought = QStringLiteral("tab\tand\r\nbreaks stay");
    QVERIFY(Seed<DealStore>(w.db).update(deal));

    const Exported csv = exportTable(w.db, ExportTable::Deals, ExportFormat::Csv);
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QVERIFY(!csv.bytes.contains('\0') && !csv.bytes.contains('\x01'));
    QVERIFY(!csv.bytes.contains('\x1B'));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csv.bytes.mid(3)));
    const QStringList header = records.at(0);
    QCOMPARE(records.at(2).value(header.indexOf(QLatin1String("title"))), QStringLiteral("Yen\uFFFDdeal\uFFFD"));
    QCOMPARE(records.at(2).value(header.indexOf(QLatin1String("why_bought"))),
             QStringLiteral("tab\tand\r\nbreaks stay"));

    const Exported json = exportTable(w.db, ExportTable::Deals, ExportFormat::Json);
    QVERIFY2(json.error.isEmpty(), qPrintable(json.error));
    QVERIFY(!json.bytes.contains('\0'));
    const QJsonArray deals = QJsonDocument::fromJson(json.bytes).array();
    QCOMPARE(deals.at(1).toObject().value(QLatin1String("title")).toString(), deal.title);
}

void TestTableExporter::dealsJsonHasSnakeCaseKeysAndTypes()
{
    World w;
    const Exported out = exportTable(w.db, ExportTable::Deals, ExportFormat::Json);
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    QVERIFY(!out.bytes.startsWith("\xEF\xBB\xBF"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(out.bytes, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray deals = document.array();
    QCOMPARE(deals.size(), 2);

    const QJsonObject full = deals.at(0).toObject();
    const QStringList keys{QStringLiteral("id"),
                           QStringLiteral("uid"),
                           QStringLiteral("external_ref"),
                           QStringLiteral("title"),
                           QStringLiteral("account"),
                           QStringLiteral("amount_minor"),
                           QStringLiteral("amount"),
                           QStringLiteral("currency"),
                           QStringLiteral("closed_on"),
                           QStringLiteral("stage"),
                           QStringLiteral("sales_rep"),
                           QStringLiteral("sales_rep_email"),
                           QStringLiteral("products"),
                           QStringLiteral("contract_start"),
                           QStringLiteral("term_months"),
                           QStringLiteral("go_live_target"),
                           QStringLiteral("contact_name"),
                           QStringLiteral("contact_email"),
                           QStringLiteral("contact_phone"),
                           QStringLiteral("contact_title"),
                           QStringLiteral("why_bought"),
                           QStringLiteral("success_criteria"),
                           QStringLiteral("known_risks"),
                           QStringLiteral("support_owner"),
                           QStringLiteral("support_owner_email"),
                           QStringLiteral("created_at"),
                           QStringLiteral("submitted_at"),
                           QStringLiteral("accepted_at")};
    QStringList sortedKeys = keys;
    sortedKeys.sort();
    QCOMPARE(full.keys(), sortedKeys);
    // Keys come in the CSV's order, so that a person reading the file finds the same layout.
    QVERIFY(out.bytes.indexOf("\"external_ref\"") < out.bytes.indexOf("\"amount_minor\""));
    QVERIFY(out.bytes.indexOf("\"amount_minor\"") < out.bytes.indexOf("\"known_risks\""));

    QCOMPARE(full.value(QLatin1String("id")).toInteger(), w.full.id);
    // JSON is not a spreadsheet: text is written exactly as typed.
    QCOMPARE(full.value(QLatin1String("title")).toString(), kHostile);
    QCOMPARE(full.value(QLatin1String("external_ref")).toString(), QStringLiteral("+OPP-1"));
    QVERIFY(full.value(QLatin1String("amount_minor")).isDouble());
    QCOMPARE(full.value(QLatin1String("amount_minor")).toInteger(), -1250);
    QCOMPARE(full.value(QLatin1String("amount")).toDouble(), -12.5);
    QVERIFY(out.bytes.contains("\"amount\":-12.50,"));
    QCOMPARE(full.value(QLatin1String("stage")).toString(), QStringLiteral("accepted"));
    QCOMPARE(full.value(QLatin1String("closed_on")).toString(), QStringLiteral("2026-02-27"));
    QCOMPARE(full.value(QLatin1String("term_months")).toInteger(), 24);
    QCOMPARE(full.value(QLatin1String("why_bought")).toString(), QStringLiteral("line one\r\nline \"two\""));
    QCOMPARE(full.value(QLatin1String("sales_rep")).toString(), QStringLiteral("Zoë \"Zed\" Rep"));
    QCOMPARE(full.value(QLatin1String("support_owner_email")).toString(), QStringLiteral("sam@example.com"));
    QCOMPARE(full.value(QLatin1String("created_at")).toString(), QStringLiteral("2026-03-02T09:00:00.000Z"));

    const QJsonObject bare = deals.at(1).toObject();
    QVERIFY(bare.value(QLatin1String("external_ref")).isNull());
    QVERIFY(bare.value(QLatin1String("contract_start")).isNull());
    QVERIFY(bare.value(QLatin1String("contact_name")).isNull());
    QVERIFY(bare.value(QLatin1String("support_owner")).isNull());
    QVERIFY(bare.value(QLatin1String("submitted_at")).isNull());
    QCOMPARE(bare.value(QLatin1String("amount")).toDouble(), 500.0);
    QCOMPARE(bare.value(QLatin1String("stage")).toString(), QStringLiteral("draft"));
}

void TestTableExporter::promisesAndTasksCarryTheirDeal()
{
    World w;
    const qint64 capability =
        Seed<CapabilityStore>(w.db)
            .create(Capability{0, 0, QStringLiteral("SAML SSO"), {}, CapabilityStatus::Planned, 30})
            ->id;
    Promise promise;
    promise.dealId = w.full.id;
    promise.kind = PromiseKind::ServiceLevel;
    promise.capabilityId = capability;
    promise.description = QStringLiteral("+24h response");
    promise.customerWords = QStringLiteral("\"we need it fast\"");
    promise.dueOn = QDate(2026, 4, 1);
    promise.feasibility = Feasibility::Warning;
    promise.feasibilityReason = QStringLiteral("planned capability");
    promise.reviewStatus = ReviewStatus::NeedsClarification;
    promise = *Seed<PromiseStore>(w.db).create(promise);
    FulfilmentTask task;
    task.dealId = w.full.id;
    task.promiseId = promise.id;
    task.title = QStringLiteral("Kickoff call");
    task.assigneeId = w.support.id;
    task.dueOn = QDate(2026, 3, 10);
    task.status = TaskStatus::InProgress;
    task = *Seed<TaskStore>(w.db).create(task);
    FulfilmentTask unassigned;
    unassigned.dealId = w.bare.id;
    unassigned.title = QStringLiteral("Send welcome pack");
    unassigned = *Seed<TaskStore>(w.db).create(unassigned);

    const Exported promisesCsv = exportTable(w.db, ExportTable::Promises, ExportFormat::Csv);
    QVERIFY2(promisesCsv.error.isEmpty(), qPrintable(promisesCsv.error));
    QCOMPARE(promisesCsv.rows, 1);
    const QList<QStringList> promiseRecords = parseCsv(QString::fromUtf8(promisesCsv.bytes.mid(3)));
    QCOMPARE(promiseRecords.value(0),
             (QStringList{QStringLiteral("id"), QStringLiteral("deal_external_ref"), QStringLiteral("deal_title"),
                          QStringLiteral("kind"), QStringLiteral("description"), QStringLiteral("customer_words"),
                          QStringLiteral("due_on"), QStringLiteral("capability"), QStringLiteral("feasibility"),
                          QStringLiteral("feasibility_reason"), QStringLiteral("review_status"),
                          QStringLiteral("fulfilment"), QStringLiteral("deal_uid")}));
    QCOMPARE(promiseRecords.value(1),
             (QStringList{QString::number(promise.id), QStringLiteral("'+OPP-1"), QLatin1Char('\'') + kHostile,
                          QStringLiteral("service_level"), QStringLiteral("'+24h response"),
                          QStringLiteral("\"we need it fast\""), QStringLiteral("2026-04-01"),
                          QStringLiteral("SAML SSO"), QStringLiteral("warning"), QStringLiteral("planned capability"),
                          QStringLiteral("needs_clarification"), QStringLiteral("open"), w.full.uid}));

    const Exported tasksCsv = exportTable(w.db, ExportTable::Tasks, ExportFormat::Csv);
    QVERIFY2(tasksCsv.error.isEmpty(), qPrintable(tasksCsv.error));
    QCOMPARE(tasksCsv.rows, 2);
    const QList<QStringList> taskRecords = parseCsv(QString::fromUtf8(tasksCsv.bytes.mid(3)));
    QCOMPARE(taskRecords.value(0),
             (QStringList{QStringLiteral("id"), QStringLiteral("deal_external_ref"), QStringLiteral("deal_title"),
                          QStringLiteral("title"), QStringLiteral("assignee"), QStringLiteral("assignee_email"),
                          QStringLiteral("due_on"), QStringLiteral("status"), QStringLiteral("done_on"),
                          QStringLiteral("promise_id"), QStringLiteral("deal_uid")}));
    QCOMPARE(taskRecords.value(1),
             (QStringList{QString::number(task.id), QStringLiteral("'+OPP-1"), QLatin1Char('\'') + kHostile,
                          QStringLiteral("Kickoff call"), QStringLiteral("Sam"), QStringLiteral("sam@example.com"),
                          QStringLiteral("2026-03-10"), QStringLiteral("in_progress"), QString(),
                          QString::number(promise.id), w.full.uid}));
    QCOMPARE(taskRecords.value(2).value(3), QStringLiteral("Send welcome pack"));
    QCOMPARE(taskRecords.value(2).value(10), w.bare.uid);
    QVERIFY(w.full.uid != w.bare.uid);
    QCOMPARE(taskRecords.value(2).value(9), QString());

    const Exported tasksJson = exportTable(w.db, ExportTable::Tasks, ExportFormat::Json);
    const QJsonArray tasks = QJsonDocument::fromJson(tasksJson.bytes).array();
    QCOMPARE(tasks.size(), 2);
    const QJsonObject first = tasks.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("promise_id")).toInteger(), promise.id);
    QCOMPARE(first.value(QLatin1String("deal_title")).toString(), kHostile);
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("in_progress"));
    QVERIFY(first.value(QLatin1String("done_on")).isNull());
    const QJsonObject second = tasks.at(1).toObject();
    QVERIFY(second.value(QLatin1String("promise_id")).isNull());
    QVERIFY(second.value(QLatin1String("assignee")).isNull());
    QVERIFY(second.value(QLatin1String("deal_external_ref")).isNull());
    QCOMPARE(second.value(QLatin1String("deal_uid")).toString(), w.bare.uid);

    const QJsonArray promises =
        QJsonDocument::fromJson(exportTable(w.db, ExportTable::Promises, ExportFormat::Json).bytes).array();
    QCOMPARE(promises.size(), 1);
    QCOMPARE(promises.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("service_level"));
    QCOMPARE(promises.at(0).toObject().value(QLatin1String("capability")).toString(), QStringLiteral("SAML SSO"));
}

void TestTableExporter::decimalAmounts_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("decimal");
    QTest::newRow("cents") << qint64(123450) << QStringLiteral("USD") << QStringLiteral("1234.50");
    QTest::newRow("under one") << qint64(5) << QStringLiteral("EUR") << QStringLiteral("0.05");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("USD") << QStringLiteral("0.00");
    QTest::newRow("negative") << qint64(-1250) << QStringLiteral("USD") << QStringLiteral("-12.50");
    QTest::newRow("negative under one") << qint64(-7) << QStringLiteral("USD") << QStringLiteral("-0.07");
    QTest::newRow("no minor unit") << qint64(500) << QStringLiteral("JPY") << QStringLiteral("500");
    QTest::newRow("three digits") << qint64(1234) << QStringLiteral("KWD") << QStringLiteral("1.234");
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << QStringLiteral("USD")
                                   << QStringLiteral("-92233720368547758.08");
}

void TestTableExporter::decimalAmounts()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, decimal);
    QCOMPARE(TableExporter::decimalAmount(minor, currency), decimal);
}

void TestTableExporter::everyRowOnceAcrossPages_data()
{
    // The command line's name of the table, which is also the name of its SQL table.
    QTest::addColumn<QString>("name");
    QTest::newRow("deals") << QStringLiteral("deals");
    QTest::newRow("promises") << QStringLiteral("promises");
    QTest::newRow("tasks") << QStringLiteral("tasks");
}

void TestTableExporter::everyRowOnceAcrossPages()
{
    QFETCH(QString, name);
    const auto table = TableExporter::tableFromName(name);
    QVERIFY(table);
    QCOMPARE(TableExporter::tableName(*table), name);
    TestDatabase t;
    DemoOptions options;
    options.deals = 40;
    options.seed = 7;
    options.today = QDate(2026, 5, 1);
    const auto generated = DemoGenerator::generate(t.db, options);
    QVERIFY2(generated, qPrintable(errorText(generated)));
    // name comes from the test's own rows above, never from input.
    const qint64 expected = t.db.scalar(QStringLiteral("SELECT count(*) FROM ") + name)->toLongLong();
    QVERIFY(expected > 14);

    // 7 rows a page: many pages, a last one partly filled; 1000: one page.
    for (const int pageSize : {7, 1000}) {
        const Exported json = exportTable(t.db, *table, ExportFormat::Json, pageSize);
        QVERIFY2(json.error.isEmpty(), qPrintable(json.error));
        QCOMPARE(json.rows, expected);
        const QJsonArray rows = QJsonDocument::fromJson(json.bytes).array();
        QCOMPARE(rows.size(), expected);
        QSet<qint64> ids;
        qint64 last = 0;
        for (const QJsonValue& row : rows) {
            const qint64 id = row.toObject().value(QLatin1String("id")).toInteger();
            QVERIFY(id > last);
            last = id;
            ids.insert(id);
        }
        QCOMPARE(ids.size(), expected);

        const Exported csv = exportTable(t.db, *table, ExportFormat::Csv, pageSize);
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(csv.rows, expected);
        QCOMPARE(parseCsv(QString::fromUtf8(csv.bytes.mid(3))).size(), expected + 1);

        // In parts of 5 (--limit 5, then --after the last id of each part): the same rows, each once, in order.
        QJsonArray joined;
        qint64 after = 0;
        for (int part = 0;; ++part) {
            QVERIFY(part <= expected / 5 + 1);
            const Exported piece = exportTable(t.db, *table, ExportFormat::Json, pageSize, after, 5);
            QVERIFY2(piece.error.isEmpty(), qPrintable(piece.error));
            const QJsonArray pieceRows = QJsonDocument::fromJson(piece.bytes).array();
            QCOMPARE(piece.rows, pieceRows.size());
            QVERIFY(piece.rows <= 5);
            for (const QJsonValue& row : pieceRows) {
                joined.append(row);
            }
            if (piece.rows < 5) {
                break;
            }
            after = pieceRows.last().toObject().value(QLatin1String("id")).toInteger();
        }
        QCOMPARE(joined, rows);
        const Exported csvPart = exportTable(t.db, *table, ExportFormat::Csv, pageSize, 0, 3);
        QCOMPARE(csvPart.rows, 3);
        QCOMPARE(parseCsv(QString::fromUtf8(csvPart.bytes.mid(3))).size(), 4); // the header and three rows
    }
}

void TestTableExporter::emptyTables()
{
    TestDatabase t;
    const Exported json = exportTable(t.db, ExportTable::Deals, ExportFormat::Json);
    QCOMPARE(json.rows, 0);
    QCOMPARE(QJsonDocument::fromJson(json.bytes).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(json.bytes).isArray());
    const Exported csv = exportTable(t.db, ExportTable::Tasks, ExportFormat::Csv);
    QCOMPARE(csv.rows, 0);
    QCOMPARE(parseCsv(QString::fromUtf8(csv.bytes.mid(3))).size(), 1);
}

void TestTableExporter::aFailedWriteIsReported()
{
    World w;
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    const auto written = TableExporter(w.db).write(ExportTable::Deals, ExportFormat::Csv, &readOnly);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(QLatin1String("deals")), qPrintable(written.error().message));
}

void TestTableExporter::exportFileIsAllOrNothing()
{
    World w;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deals.csv"));
    const auto produce = [&w](QIODevice* out) {
        return TableExporter(w.db).write(ExportTable::Deals, ExportFormat::Csv, out);
    };
    const auto first = ExportFile::write(path, false, produce);
    QVERIFY2(first, qPrintable(errorText(first)));
    QCOMPARE(*first, 2);
    const QByteArray exported = sha256Of(path);
    QVERIFY(!exported.isEmpty());

    // An existing file is refused without overwrite and left exactly as it was.
    const auto refused = ExportFile::write(path, false, produce);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("already exists")), qPrintable(refused.error().message));
    QCOMPARE(sha256Of(path), exported);

    // A producer that fails half-way leaves the old file and no temporary file behind.
    const auto failed = ExportFile::write(path, true, [](QIODevice* out) -> Result<qint64> {
        out->write("half a file");
        return makeError(Error::Code::Storage, QStringLiteral("the disk is full"));
    });
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QLatin1String("the disk is full")));
    QCOMPARE(sha256Of(path), exported);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("deals.csv")});

    // A failed export to a new file leaves no file at all.
    const QString fresh = dir.filePath(QStringLiteral("fresh.json"));
    QVERIFY(!ExportFile::write(fresh, false, [](QIODevice*) -> Result<qint64> {
        return makeError(Error::Code::Storage, QStringLiteral("cancelled"));
    }));
    QVERIFY(!QFile::exists(fresh));

    // With overwrite the new content replaces the old.
    QVERIFY(Seed<DealStore>(w.db).remove(w.bare));
    const auto replaced = ExportFile::write(path, true, produce);
    QVERIFY2(replaced, qPrintable(errorText(replaced)));
    QCOMPARE(*replaced, 1);
    QVERIFY(sha256Of(path) != exported);
}

QTEST_GUILESS_MAIN(TestTableExporter)
#include "tst_tableexporter.moc"
