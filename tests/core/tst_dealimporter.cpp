// Importing closed deals from CSV: every date and amount form a CRM or spreadsheet writes, all or nothing with every
// rejected row explained, updates by CRM reference instead of duplicates, and people and accounts created once.

#include "TestDatabase.h"
#include "io/DealImporter.h"
#include "io/ImportPresets.h"
#include "io/ImportValueParser.h"
#include "storage/AuditLog.h"
#include "storage/Stores.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace handoff;

namespace {

const QByteArray kHeader = "external_ref,title,account,amount,currency,closed_on,stage,sales_rep,sales_rep_email,"
                           "contact_name,contact_email\n";

// Options for files in Handoff's own column names, with everything else at its default.
ImportOptions handoffOptions()
{
    ImportOptions options;
    options.mapping = ImportPresets::preset(QStringLiteral("handoff")).value();
    return options;
}

User addUser(Database& db, const QString& name, const QString& email, Role role)
{
    User user;
    user.name = name;
    user.email = email;
    user.role = role;
    auto created = Seed<UserStore>(db).create(user);
    if (!created) {
        qFatal("cannot create user: %s", qPrintable(created.error().fullText()));
    }
    return *created;
}

Result<ImportSummary> importText(Database& db, const User& actor, const QByteArray& text,
                                 ImportOptions options = handoffOptions())
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return DealImporter(db).run(actor, &buffer, options);
}

// A query that fails fails the test (a count of -1 compared with another -1 would pass).
qint64 count(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto value = db.scalar(sql, values);
    if (!value) {
        QTest::qFail(qPrintable(value.error().fullText()), __FILE__, __LINE__);
        return -1;
    }
    return value->toLongLong();
}

qint64 rows(Database& db, const char* table)
{
    return count(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table));
}

QString text(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto value = db.scalar(sql, values);
    if (!value) {
        QTest::qFail(qPrintable(value.error().fullText()), __FILE__, __LINE__);
        return QStringLiteral("<error>");
    }
    return value->toString();
}

// The first column of every row, joined by separator.
QString joined(Database& db, const QString& sql, const QString& separator)
{
    auto query = db.exec(sql);
    if (!query) {
        QTest::qFail(qPrintable(query.error().fullText()), __FILE__, __LINE__);
        return QStringLiteral("<error>");
    }
    QStringList values;
    while (query->next()) {
        values.append(query->value(0).toString());
    }
    return values.join(separator);
}

// The indexes of the schema, on either engine.
qint64 indexes(Database& db)
{
    return count(db, testsRunOnServer()
                         ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()")
                         : QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index'"));
}

// What a change to the database would change: the file's bytes, or on a server every table's rows.
QByteArray fingerprint(TestDatabase& t)
{
    if (!testsRunOnServer()) {
        t.db.close(); // the last connection folds the write-ahead log into the file
        const QByteArray hash = sha256Of(t.path());
        if (auto opened = t.db.open(t.path()); !opened) {
            QTest::qFail(qPrintable(opened.error().fullText()), __FILE__, __LINE__);
        }
        return hash;
    }
    QByteArray rows;
    for (const char* table : {"users", "accounts", "contacts", "deals", "deal_contacts", "audit_log"}) {
        rows += joined(t.db, QStringLiteral("SELECT t::text FROM %1 t ORDER BY id").arg(QLatin1StringView(table)),
                       QStringLiteral("\n"))
                    .toUtf8();
    }
    return QCryptographicHash::hash(rows, QCryptographicHash::Sha256);
}

QStringList reasons(const ImportSummary& summary)
{
    QStringList list;
    for (const RejectedRow& row : summary.rejections) {
        list.append(QStringLiteral("line %1: %2").arg(row.line).arg(row.reason));
    }
    return list;
}

} // namespace

#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        if (!(result)) {                                                                                               \
            QFAIL(qPrintable((result).error().fullText()));                                                            \
        }                                                                                                              \
    } while (false)

class TestDealImporter : public QObject {
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void amounts_data();
    void amounts();
    void slashDateOrderFromOtherRows_data();
    void slashDateOrderFromOtherRows();
    void ambiguousDatesRejectedWithAdvice();
    void rejectedRowsAreAllListed();
    void errorInLastRowLeavesNothing();
    void wonStagesFilterRows();
    void dealsWithoutANameColumnAreNamedAfterAccountAndProducts();
    void contactNamesArriveWholeUnlessTheFileListsPeople();
    void bytesThatAreNotUtf8AreRejectedOnTheirLine();
    void controlCharactersAreRejectedOnTheirLine();
    void reimportUpdatesByReference();
    void reimportKeepsIndexes();
    void peopleAndAccountsCreatedOnce();
    void salesRepsMatchedOrMadeUp();
    void auditEntriesReadBackAsTheRows();
    void dryRunLeavesFileUnchanged();
    void cancelRollsBack();
    void supportCannotImport();
    void brokenCsvIsRejected();
};

void TestDealImporter::dates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("order");
    QTest::addColumn<QDate>("expected"); // invalid: not a date
    QTest::addColumn<bool>("ambiguous");
    const int detect = int(DateOrder::Detect);
    const int mdy = int(DateOrder::MonthFirst);
    const int dmy = int(DateOrder::DayFirst);
    QTest::newRow("iso") << "2026-03-14" << detect << QDate(2026, 3, 14) << false;
    QTest::newRow("iso with time") << "2026-03-14 16:45" << detect << QDate(2026, 3, 14) << false;
    QTest::newRow("iso with T") << "2026-03-14T16:45:00Z" << detect << QDate(2026, 3, 14) << false;
    QTest::newRow("m/d/yyyy") << "3/14/2026" << mdy << QDate(2026, 3, 14) << false;
    QTest::newRow("m/d/yyyy detected") << "3/14/2026" << detect << QDate(2026, 3, 14) << false;
    QTest::newRow("mm/dd/yyyy") << "03/04/2026" << mdy << QDate(2026, 3, 4) << false;
    QTest::newRow("d/m/yyyy") << "03/04/2026" << dmy << QDate(2026, 4, 3) << false;
    QTest::newRow("d/m/yyyy detected") << "14/3/2026" << detect << QDate(2026, 3, 14) << false;
    QTest::newRow("d.m.yyyy") << "14.3.2026" << detect << QDate(2026, 3, 14) << false;
    QTest::newRow("d.m.yyyy ignores mdy") << "4.3.2026" << mdy << QDate(2026, 3, 4) << false;
    QTest::newRow("two-digit year") << "3/14/26" << detect << QDate(2026, 3, 14) << false;
    QTest::newRow("ambiguous") << "4/5/2026" << detect << QDate() << true;
    QTest::newRow("same both ways") << "5/5/2026" << detect << QDate(2026, 5, 5) << false;
    QTest::newRow("31 February") << "31/02/2026" << dmy << QDate() << false;
    QTest::newRow("month 14 in mdy") << "14/3/2026" << mdy << QDate() << false;
    QTest::newRow("both above 12") << "13/14/2026" << detect << QDate() << false;
    QTest::newRow("words") << "next Tuesday" << detect << QDate() << false;
    QTest::newRow("iso without day") << "2026-03" << detect << QDate() << false;
    QTest::newRow("three-digit year") << "3/4/202" << mdy << QDate() << false;
}

void TestDealImporter::dates()
{
    QFETCH(QString, input);
    QFETCH(int, order);
    QFETCH(QDate, expected);
    QFETCH(bool, ambiguous);
    const auto value = ImportValueParser::date(input, DateOrder(order));
    QCOMPARE(value.date, expected);
    QCOMPARE(value.ambiguous, ambiguous);
    QCOMPARE(value.problem.isEmpty(), expected.isValid() || ambiguous);
}

void TestDealImporter::amounts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("column"); // the currency column's value
    QTest::addColumn<qint64>("minor");   // -1: refused
    QTest::addColumn<QString>("currency");
    QTest::newRow("plain") << "1234.50"
                           << "" << qint64(123450) << "";
    QTest::newRow("whole") << "48000"
                           << "" << qint64(4800000) << "";
    QTest::newRow("dollar with thousands") << "$1,234.50"
                                           << "" << qint64(123450) << "USD";
    QTest::newRow("euro after, continental") << "1.234,50 €"
                                             << "" << qint64(123450) << "EUR";
    QTest::newRow("space thousands") << "1 234,50"
                                     << "EUR" << qint64(123450) << "";
    QTest::newRow("no-break space thousands") << QString::fromUtf8("1\u00a0234,50") << "" << qint64(123450) << "";
    QTest::newRow("swiss apostrophe") << "CHF 1'234.50"
                                      << "" << qint64(123450) << "CHF";
    QTest::newRow("pound") << "£99.99"
                           << "" << qint64(9999) << "GBP";
    QTest::newRow("yen has no minor unit") << "¥150,000"
                                           << "" << qint64(150000) << "JPY";
    QTest::newRow("code before") << "USD 1,234"
                                 << "" << qint64(123400) << "USD";
    QTest::newRow("code after lower case") << "2500 eur"
                                           << "" << qint64(250000) << "EUR";
    QTest::newRow("millions") << "1,234,567.89"
                              << "" << qint64(123456789) << "";
    QTest::newRow("continental millions") << "1.234.567,89"
                                          << "" << qint64(123456789) << "";
    QTest::newRow("decimal comma") << "12,5"
                                   << "" << qint64(1250) << "";
    QTest::newRow("three decimals currency") << "1.234"
                                             << "KWD" << qint64(1234) << "";
    QTest::newRow("trailing zeros beyond cents") << "10.5000"
                                                 << "USD" << qint64(1050) << "";
    QTest::newRow("one dot and three digits groups thousands") << "1.234"
                                                               << "USD" << qint64(123400) << "";
    QTest::newRow("column agrees with symbol") << "€500"
                                               << "EUR" << qint64(50000) << "";
    QTest::newRow("empty is zero") << ""
                                   << "" << qint64(0) << "";
    QTest::newRow("negative in parentheses") << "(1,234.50)"
                                             << "" << qint64(-1) << "";
    QTest::newRow("negative") << "-500"
                              << "" << qint64(-1) << "";
    QTest::newRow("negative after symbol") << "$-500"
                                           << "" << qint64(-1) << "";
    QTest::newRow("symbol disagrees with column") << "€500"
                                                  << "USD" << qint64(-1) << "";
    QTest::newRow("too many decimals") << "10.5051"
                                       << "USD" << qint64(-1) << "";
    QTest::newRow("words") << "ten thousand"
                           << "" << qint64(-1) << "";
    QTest::newRow("two decimal marks") << "1.2.3,4,5"
                                       << "" << qint64(-1) << "";
}

void TestDealImporter::amounts()
{
    QFETCH(QString, input);
    QFETCH(QString, column);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    const auto value = ImportValueParser::amount(input, column);
    if (minor < 0) {
        QVERIFY2(!value.problem.isEmpty(), qPrintable(QString::number(value.minor)));
        return;
    }
    QVERIFY2(value.problem.isEmpty(), qPrintable(value.problem));
    QCOMPARE(value.minor, minor);
    QCOMPARE(value.currency, currency);
}

void TestDealImporter::slashDateOrderFromOtherRows_data()
{
    QTest::addColumn<QString>("decider");
    QTest::addColumn<QDate>("first"); // what the ambiguous 4/5/2026 in the first row becomes
    QTest::newRow("a first part above 12 means day first") << "13/5/2026" << QDate(2026, 5, 4);
    QTest::newRow("a second part above 12 means month first") << "5/13/2026" << QDate(2026, 4, 5);
}

void TestDealImporter::slashDateOrderFromOtherRows()
{
    QFETCH(QString, decider);
    QFETCH(QDate, first);
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    // The ambiguous row comes before the row that decides, and another after it.
    const QByteArray csv = kHeader + "A-1,First,Acme,1,USD,4/5/2026,,,,,\n" + "A-2,Second,Acme,1,USD," +
                           decider.toUtf8() + ",,,,,\n" + "A-3,Third,Acme,1,USD,2/3/2026,,,,,\n";
    const auto summary = importText(t.db, actor, csv);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList());
    QCOMPARE(summary->imported, 3);
    QCOMPARE(text(t.db, QStringLiteral("SELECT closed_on FROM deals WHERE external_ref = 'A-1'")),
             first.toString(Qt::ISODate));
    const bool dayFirst = first.day() == 4;
    QCOMPARE(text(t.db, QStringLiteral("SELECT closed_on FROM deals WHERE external_ref = 'A-3'")),
             dayFirst ? QStringLiteral("2026-03-02") : QStringLiteral("2026-02-03"));
}

void TestDealImporter::ambiguousDatesRejectedWithAdvice()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const QByteArray csv = kHeader + "A-1,First,Acme,1,USD,4/5/2026,,,,,\nA-2,Second,Acme,1,USD,2026-06-01,,,,,\n";
    auto summary = importText(t.db, actor, csv);
    REQUIRE_OK(summary);
    QCOMPARE(summary->rejected, 1);
    QCOMPARE(summary->rejections.at(0).line, 2);
    QVERIFY2(summary->rejections.at(0).reason.contains(QLatin1String("--date-format")),
             qPrintable(summary->rejections.at(0).reason));
    QVERIFY(summary->rejections.at(0).reason.contains(QLatin1String("2026-04-05")));
    QCOMPARE(rows(t.db, "deals"), 0);

    // A file with both orders cannot decide either, and says which lines disagree: the ambiguous row read before the
    // second order showed up (line 3) and the one after it (line 5).
    const QByteArray mixed = kHeader + "A-1,First,Acme,1,USD,13/5/2026,,,,,\nA-2,Second,Acme,1,USD,4/5/2026,,,,,\n" +
                             "A-3,Third,Acme,1,USD,5/13/2026,,,,,\nA-4,Fourth,Acme,1,USD,6/7/2026,,,,,\n";
    summary = importText(t.db, actor, mixed);
    REQUIRE_OK(summary);
    QCOMPARE(summary->rejected, 2);
    QCOMPARE(summary->rejections.at(0).line, 3);
    QCOMPARE(summary->rejections.at(1).line, 5);
    for (const RejectedRow& row : summary->rejections) {
        QVERIFY2(row.reason.contains(QLatin1String("both orders (line 2 is day first, line 4 month first)")),
                 qPrintable(row.reason));
    }
    QCOMPARE(rows(t.db, "deals"), 0);

    // Told the order, the same first file imports.
    ImportOptions options = handoffOptions();
    options.dateOrder = DateOrder::DayFirst;
    summary = importText(t.db, actor, csv, options);
    REQUIRE_OK(summary);
    QCOMPARE(summary->imported, 2);
    QCOMPARE(text(t.db, QStringLiteral("SELECT closed_on FROM deals WHERE external_ref = 'A-1'")),
             QStringLiteral("2026-05-04"));
}

void TestDealImporter::rejectedRowsAreAllListed()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const QByteArray csv = kHeader +                                            // line 1
                           "R-1,Good,Acme,100,USD,2026-03-01,,,,,\n" +          // 2
                           "R-2,Bad date,Acme,100,USD,31/02/2026,,,,,\n" +      // 3
                           "R-3,,Acme,100,USD,2026-03-01,,,,,\n" +              // 4: no title
                           "R-4,No account,,100,USD,2026-03-01,,,,,\n" +        // 5
                           "R-5,No date,Acme,100,USD,,,,,,\n" +                 // 6
                           "R-6,Ragged,Acme,100,USD\n" +                        // 7
                           "R-7,Negative,Acme,(50.00),USD,2026-03-01,,,,,\n" +  // 8
                           "R-8,Money,Acme,100,Euro,2026-03-01,,,,,\n" +        // 9
                           "\n" +                                               // 10: blank, skipped by the reader
                           "R-9,\"Two\nlines\",Acme,1,USD,2026-3-1,,,,,x@y\n" + // 11-12: fine
                           "R-10,Support rep,Acme,1,USD,2026-03-01,,,sam@x.example,,\n"; // 13
    addUser(t.db, QStringLiteral("Sam Support"), QStringLiteral("sam@x.example"), Role::Support);
    const auto summary = importText(t.db, actor, csv);
    REQUIRE_OK(summary);
    const QStringList expected{
        QStringLiteral("line 3: the close date '31/02/2026' is not a date"),
        QStringLiteral("line 4: the deal name is empty"),
        QStringLiteral("line 5: the account is empty"),
        QStringLiteral("line 6: the close date is empty"),
        QStringLiteral("line 7: the row has 5 fields but the header has 11"),
        QStringLiteral("line 8: the amount '(50.00)' is negative (in parentheses); a closed-won deal's amount cannot "
                       "be below zero"),
        QStringLiteral("line 9: the currency 'Euro' is not a three-letter currency code such as USD or EUR"),
        QStringLiteral("line 13: the sales rep sam@x.example is a support user in Handoff, and support cannot own a "
                       "deal"),
    };
    QCOMPARE(reasons(*summary), expected);
    QCOMPARE(summary->rejected, 8);
    QCOMPARE(summary->imported, 0); // nothing was imported, though two rows were fine
    QCOMPARE(rows(t.db, "deals"), 0);
    QCOMPARE(rows(t.db, "accounts"), 0);
}

void TestDealImporter::errorInLastRowLeavesNothing()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const qint64 auditBefore = rows(t.db, "audit_log");
    QByteArray csv = kHeader;
    for (int i = 1; i <= 200; ++i) {
        csv += "L-" + QByteArray::number(i) + ",Deal " + QByteArray::number(i) + ",Account " +
               QByteArray::number(i % 7) + ",1000,USD,2026-03-01,,Rep " + QByteArray::number(i % 3) + ",,Contact " +
               QByteArray::number(i) + ",c" + QByteArray::number(i) + "@x.example\n";
    }
    csv += "L-201,Last,Account 1,1000,USD,2026-02-30,,,,,\n";
    const auto summary = importText(t.db, actor, csv);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList{QStringLiteral("line 202: the close date '2026-02-30' is not a date")});
    for (const char* table : {"deals", "accounts", "contacts", "deal_contacts"}) {
        QVERIFY2(rows(t.db, table) == 0, table);
    }
    QCOMPARE(rows(t.db, "users"), 1);
    QCOMPARE(rows(t.db, "audit_log"), auditBefore);
}

void TestDealImporter::wonStagesFilterRows()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const QByteArray csv = kHeader + "W-1,Won,Acme,1,USD,2026-03-01,Closed Won,,,,\n" +
                           "W-2,Lost,Acme,1,USD,2026-03-01,Closed Lost,,,,\n" +
                           "W-3,Won shouting,Acme,1,USD,2026-03-01,  CLOSED WON ,,,,\n" +
                           "W-4,Signed,Acme,1,USD,2026-03-01,Signed,,,,\n" +
                           "W-5,Bad date but lost,Acme,1,USD,not a date,Closed Lost,,,,\n";
    ImportOptions options = handoffOptions();
    options.mapping.wonStages = {QStringLiteral("Closed Won")};
    auto summary = importText(t.db, actor, csv, options);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList());
    QCOMPARE(summary->imported, 2);
    QCOMPARE(summary->skipped, 3);
    QCOMPARE(joined(t.db, QStringLiteral("SELECT external_ref FROM deals ORDER BY id"), QStringLiteral(",")),
             QStringLiteral("W-1,W-3"));

    options.mapping.wonStages = {QStringLiteral("Signed"), QStringLiteral("closed won")};
    summary = importText(t.db, actor, csv, options);
    REQUIRE_OK(summary);
    QCOMPARE(summary->imported, 1);
    QCOMPARE(summary->unchanged, 2);
    QCOMPARE(summary->skipped, 2);
}

// A CRM's opportunity export with no column for the deal's name (id, agent, product, account, stage, date, value)
// imports: each deal is named after its account and products, and the summary says so.
void TestDealImporter::dealsWithoutANameColumnAreNamedAfterAccountAndProducts()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    ImportOptions options;
    options.mapping.columns = {{QStringLiteral("external_ref"), QStringLiteral("opportunity_id")},
                               {QStringLiteral("sales_rep"), QStringLiteral("sales_agent")},
                               {QStringLiteral("products"), QStringLiteral("product")},
                               {QStringLiteral("account"), QStringLiteral("account")},
                               {QStringLiteral("stage"), QStringLiteral("deal_stage")},
                               {QStringLiteral("closed_on"), QStringLiteral("close_date")},
                               {QStringLiteral("amount"), QStringLiteral("close_value")}};
    options.mapping.wonStages = {QStringLiteral("Won")};
    const QByteArray csv = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
                           "1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054\n"
                           "Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-03-11,4514\n"
                           "EC4QE1BX,Darcel Schlecht,,Cancity,Won,2016-10-25,2017-03-07,50\n"
                           "MV1LWRNH,Moses Frase,GTX Basic,Codehow,Lost,2016-10-25,2017-03-09,0\n";
    auto summary = importText(t.db, actor, csv, options);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList());
    QCOMPARE(summary->imported, 3);
    QCOMPARE(joined(t.db, QStringLiteral("SELECT title FROM deals ORDER BY id"), QStringLiteral("|")),
             QStringLiteral("Cancity \u2013 GTX Plus Basic|Isdom \u2013 GTXPro|Cancity"));
    QCOMPARE(summary->notes.size(), 1);
    QVERIFY2(summary->notes.first().contains(QLatin1String("named after its account and products")),
             qPrintable(summary->notes.first()));

    // With a name column, a row without a name is still refused: the file meant to give one.
    auto named = importText(t.db, actor, kHeader + "N-1,,Acme,1,USD,2026-03-01,Closed Won,,,,\n");
    REQUIRE_OK(named);
    QCOMPARE(named->rejected, 1);
    QVERIFY(named->notes.isEmpty());
}

// A contact's name with a ';' or an address in brackets arrives whole: only a file whose contact cells are lists of
// people (HubSpot's) is taken apart, and the summary says how.
void TestDealImporter::contactNamesArriveWholeUnlessTheFileListsPeople()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const QByteArray csv = kHeader + "H-1,One,Acme,1,USD,2026-03-01,Closed Won,,,\"'); DROP TABLE deals;--\",\n" +
                           "H-2,Two,Acme,1,USD,2026-03-01,Closed Won,,,Jane Doe (jane@acme.example),\n" +
                           "H-3,Three,Acme,1,USD,2026-03-01,Closed Won,,,Bo Li <bo@acme.example>,\n";
    auto summary = importText(t.db, actor, csv);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList());
    QCOMPARE(joined(t.db, QStringLiteral("SELECT name FROM contacts ORDER BY id"), QStringLiteral("|")),
             QStringLiteral("'); DROP TABLE deals;--|Jane Doe (jane@acme.example)|Bo Li <bo@acme.example>"));
    QVERIFY(summary->notes.isEmpty());

    // HubSpot's export lists the associated contacts: the first person, the address apart, and the summary says so.
    TestDatabase hub;
    const User rep = addUser(hub.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    ImportOptions options;
    options.mapping = ImportPresets::preset(QStringLiteral("hubspot")).value();
    const QByteArray hubspot = "Record ID,Deal Name,Associated Company,Close Date,Deal Stage,Associated Contact\n"
                               "1,Rollout,Acme,2026-03-01,Closed Won,Jane Doe (jane@acme.example); Bo Li (bo@x.io)\n"
                               "2,Pilot,Acme,2026-03-02,Closed Won,Carla Diaz (carla@acme.example)\n";
    summary = importText(hub.db, rep, hubspot, options);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList());
    QCOMPARE(
        joined(hub.db, QStringLiteral("SELECT name || ' ' || email FROM contacts ORDER BY id"), QStringLiteral("|")),
        QStringLiteral("Jane Doe jane@acme.example|Carla Diaz carla@acme.example"));
    QCOMPARE(summary->notes.size(), 2);
    QVERIFY2(summary->notes.at(0).contains(QLatin1String("lists of people")), qPrintable(summary->notes.at(0)));
    QVERIFY2(summary->notes.at(1).contains(QLatin1String("more than one person: 1")), qPrintable(summary->notes.at(1)));
}

// A file read as UTF-8 with bytes that are not UTF-8 (a Latin-1 'é' in one row): the row is rejected on its line,
// never stored with U+FFFD in place of the letter. A U+FFFD the file really holds is text like any other.
void TestDealImporter::bytesThatAreNotUtf8AreRejectedOnTheirLine()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    ImportOptions options = handoffOptions();
    options.csv.encoding = QStringLiteral("utf-8");
    const QByteArray csv = kHeader + "U-1,Caf\xC3\xA9 rollout,Acme,1,USD,2026-03-01,Closed Won,,,,\n" +
                           "U-2,Caf\xE9 pilot,Acme,1,USD,2026-03-01,Closed Won,,,,\n" +
                           "U-3,Odd \xEF\xBF\xBD sign,Acme,1,USD,2026-03-01,Closed Won,,,,\n";
    auto summary = importText(t.db, actor, csv, options);
    REQUIRE_OK(summary);
    QCOMPARE(summary->rejected, 1);
    QCOMPARE(summary->rejections.first().line, 3);
    QVERIFY2(summary->rejections.first().reason.contains(QLatin1String("not UTF-8")),
             qPrintable(summary->rejections.first().reason));
    QCOMPARE(rows(t.db, "deals"), 0);

    const QByteArray fixed = kHeader + "U-1,Caf\xC3\xA9 rollout,Acme,1,USD,2026-03-01,Closed Won,,,,\n" +
                             "U-3,Odd \xEF\xBF\xBD sign,Acme,1,USD,2026-03-01,Closed Won,,,,\n";
    summary = importText(t.db, actor, fixed, options);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList());
    QCOMPARE(summary->imported, 2);
}

// A NUL or another invisible control character in a cell rejects its row, naming the line, the column and where in the
// cell it is: stored, a NUL would cut the text short in other programs. A right-to-left override is text (people who
// write Arabic or Hebrew use bidi marks) and arrives as it was written; it is isolated wherever it is shown.
void TestDealImporter::controlCharactersAreRejectedOnTheirLine()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const QByteArray nul(1, '\0');
    const QByteArray good = "B-1,Rollout,Acme,1,USD,2026-03-01,Closed Won,,,Invoice\xE2\x80\xAEgpj.exe,\n";
    const QByteArray csv = kHeader + good + "B-2,Pil" + nul + "ot,Acme,1,USD,2026-03-01,Closed Won,,,,\n" +
                           "B-3,Pilot,Acme,1,USD,2026-03-01,Closed Won,,,Bo\x1BLi,\n";
    auto summary = importText(t.db, actor, csv);
    REQUIRE_OK(summary);
    QCOMPARE(summary->rejected, 2);
    const QStringList found = reasons(*summary);
    QVERIFY2(found.at(0).startsWith(QLatin1String("line 3: ")) && found.at(0).contains(QLatin1String("column 2")) &&
                 found.at(0).contains(QLatin1String("U+0000, at position 4")),
             qPrintable(found.join(u'\n')));
    QVERIFY2(found.at(1).startsWith(QLatin1String("line 4: ")) && found.at(1).contains(QLatin1String("column 10")) &&
                 found.at(1).contains(QLatin1String("U+001B, at position 3")),
             qPrintable(found.join(u'\n')));
    QCOMPARE(rows(t.db, "deals"), 0);

    summary = importText(t.db, actor, kHeader + good);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList());
    QCOMPARE(text(t.db, QStringLiteral("SELECT name FROM contacts")), QStringLiteral("Invoice\u202Egpj.exe"));
}

void TestDealImporter::reimportUpdatesByReference()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const QByteArray first = kHeader + "U-1,Alpha,Acme,1000,USD,2026-03-01,,,,,\n" +
                             "U-2,Beta,Acme,2000,USD,2026-03-02,,,,,\n" + ",No reference,Acme,5,USD,2026-03-03,,,,,\n";
    auto summary = importText(t.db, actor, first);
    REQUIRE_OK(summary);
    QCOMPARE(summary->imported, 3);
    const qint64 beta = count(t.db, QStringLiteral("SELECT id FROM deals WHERE external_ref = 'U-2'"));
    // Beta went on to be submitted before the CRM changed it.
    QVERIFY(t.db.exec(QStringLiteral("UPDATE deals SET state = 'submitted' WHERE id = ?"), {beta}));

    const User lead = addUser(t.db, QStringLiteral("Lee Lead"), QStringLiteral("lee@x.example"), Role::Lead);
    const QByteArray second = kHeader + "U-1,Alpha,Acme,1000,USD,2026-03-01,,,,,\n" +
                              "U-2,Beta renamed,Acme,2500,USD,2026-03-02,,,,,\n" +
                              ",No reference,Acme,5,USD,2026-03-03,,,,,\n" + "U-3,Gamma,Acme,1,USD,2026-03-04,,,,,\n";
    summary = importText(t.db, lead, second);
    REQUIRE_OK(summary);
    QCOMPARE(summary->imported, 2); // Gamma, and the row without a reference again
    QCOMPARE(summary->updated, 1);
    QCOMPARE(summary->unchanged, 1);
    QCOMPARE(rows(t.db, "deals"), 5);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM deals WHERE external_ref = 'U-2'")), 1);
    QCOMPARE(text(t.db,
                  QStringLiteral("SELECT title || '|' || amount_minor || '|' || state || '|' || version FROM "
                                 "deals WHERE id = ?"),
                  {beta}),
             QStringLiteral("Beta renamed|250000|submitted|2"));

    auto history = AuditLog(t.db).forDeal(beta);
    REQUIRE_OK(history);
    QStringList updates;
    for (const AuditEntry& entry : *history) {
        if (entry.action == QLatin1String("update")) {
            QCOMPARE(entry.actorId, lead.id);
            updates.append(entry.field + QLatin1Char('=') + entry.oldValue + QLatin1String("->") + entry.newValue);
        }
    }
    updates.sort();
    QCOMPARE(updates,
             (QStringList{QStringLiteral("amount_minor=200000->250000"), QStringLiteral("title=Beta->Beta renamed")}));
    QCOMPARE(history->constFirst().action, QStringLiteral("create"));
    QCOMPARE(history->constFirst().actorId, actor.id);
}

// A large file that only matches deals already there adds nothing, so the import keeps the indexes as they are
// instead of dropping them for a bulk load and building them again at the end (which took longer than the rest of a
// re-import of 100,000 deals). Dropping or creating an index changes the schema's version.
void TestDealImporter::reimportKeepsIndexes()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    QByteArray csv = kHeader;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "R-" + n + ",Deal " + n + ",Account " + QByteArray::number(i / 4) + ",1,USD,2026-03-01,,,,Pat " + n +
               ",pat" + n + "@example.com\n";
    }
    const auto first = importText(t.db, actor, csv);
    REQUIRE_OK(first);
    QCOMPARE(first->imported, 3000);
    const qint64 indexCount = indexes(t.db);
    const qint64 schema = testsRunOnServer() ? 0 : count(t.db, QStringLiteral("PRAGMA schema_version"));

    const auto again = importText(t.db, actor, csv);
    REQUIRE_OK(again);
    QCOMPARE(again->unchanged, 3000);
    QCOMPARE(again->contactsCreated, 0);
    QCOMPARE(rows(t.db, "deal_contacts"), 3000);
    if (!testsRunOnServer()) {
        QCOMPARE(count(t.db, QStringLiteral("PRAGMA schema_version")), schema);
    }
    QCOMPARE(indexes(t.db), indexCount);
}

void TestDealImporter::peopleAndAccountsCreatedOnce()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const QByteArray csv =
        kHeader + "P-1,One,Acme Corp,1,USD,2026-03-01,,Marcus Chen,marcus@x.example,Priya Patel,priya@acme.example\n" +
        "P-2,Two,ACME  corp,1,USD,2026-03-01,,Marcus Chen,MARCUS@x.example,Priya P.,Priya@Acme.example\n" +
        "P-3,Three, acme corp ,1,USD,2026-03-01,,marcus chen,,Priya Patel,priya@acme.example\n" +
        "P-4,Four,Initech,1,USD,2026-03-01,,,,Priya Patel,priya@acme.example\n";
    const auto summary = importText(t.db, actor, csv);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList());
    QCOMPARE(summary->imported, 4);
    QCOMPARE(summary->accountsCreated, 2);
    QCOMPARE(summary->usersCreated, 1);
    QCOMPARE(summary->contactsCreated, 2); // Priya at Acme, and Priya again at Initech: contacts belong to an account
    QCOMPARE(joined(t.db, QStringLiteral("SELECT name FROM accounts ORDER BY id"), QStringLiteral("|")),
             QStringLiteral("Acme Corp|Initech"));
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(DISTINCT sales_rep_id) FROM deals WHERE external_ref < 'P-4'")),
             1);
    QCOMPARE(text(t.db, QStringLiteral("SELECT u.email FROM deals d JOIN users u ON u.id = d.sales_rep_id WHERE "
                                       "d.external_ref = 'P-4'")),
             actor.email); // no rep in the row: the importing user
    QCOMPARE(rows(t.db, "deal_contacts"), 4);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM deal_contacts WHERE role = 'day_to_day'")), 4);
    QCOMPARE(count(t.db,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = "
                                  "'deals' AND actor_id = ?"),
                   {actor.id}),
             4);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'accounts'")), 2);
}

void TestDealImporter::salesRepsMatchedOrMadeUp()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const User marcus = addUser(t.db, QStringLiteral("Marcus Chen"), QStringLiteral("mc@x.example"), Role::Sales);
    const QByteArray csv = kHeader + "S-1,One,Acme,1,USD,2026-03-01,,Marcus Chen,,,\n" +      // by name
                           "S-2,Two,Acme,1,USD,2026-03-01,,Someone Else,dana@x.example,,\n" + // email wins
                           "S-3,Three,Acme,1,USD,2026-03-01,,María José Pérez,,,\n" +         // made up
                           "S-4,Four,Acme,1,USD,2026-03-01,,,new.rep@x.example,,\n";          // name from email
    const auto summary = importText(t.db, actor, csv);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList());
    const auto repOf = [&](const char* ref) {
        return text(t.db,
                    QStringLiteral("SELECT u.name || ' <' || u.email || '> ' || u.role FROM deals d JOIN users "
                                   "u ON u.id = d.sales_rep_id WHERE d.external_ref = ?"),
                    {QLatin1StringView(ref)});
    };
    QCOMPARE(repOf("S-1"), QStringLiteral("Marcus Chen <mc@x.example> sales"));
    QCOMPARE(repOf("S-2"), QStringLiteral("Dana Reyes <dana@x.example> sales"));
    QCOMPARE(repOf("S-3"), QStringLiteral("María José Pérez <maria.jose.perez@imported.invalid> sales"));
    QCOMPARE(repOf("S-4"), QStringLiteral("new.rep <new.rep@x.example> sales"));
    Q_UNUSED(marcus);
}

// The audit entry of every row the import creates is the row as a JSON object, written by hand for speed: it must
// read back as exactly the row, whatever the text holds, and escape text as QJsonDocument (RowStore's writer) does.
void TestDealImporter::auditEntriesReadBackAsTheRows()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const QString title = QStringLiteral("Say \"hi\" \\ back\ttab\nline two \u00e9 \u4e2d \U0001F600 </script>");
    QByteArray quoted = title.toUtf8();
    quoted.replace('"', "\"\"");
    const QByteArray csv = kHeader + "J-1,\"" + quoted +
                           "\",\"Acme \"\"Q\"\" \\ Corp\",12.5,EUR,2026-03-01,,Zo\xc3\xab Rep,"
                           "zoe@x.example,\"Priya \\ Patel\",priya@acme.example\n";
    const auto summary = importText(t.db, actor, csv);
    REQUIRE_OK(summary);
    QCOMPARE(reasons(*summary), QStringList());
    QCOMPARE(summary->imported, 1);

    QSqlQuery entries = t.db.exec(QStringLiteral("SELECT entity, entity_id, new_value FROM audit_log WHERE action = "
                                                 "'create' ORDER BY id"))
                            .value();
    QStringList entities;
    while (entries.next()) {
        const QString entity = entries.value(0).toString();
        const qint64 id = entries.value(1).toLongLong();
        const QString json = entries.value(2).toString();
        entities.append(entity);
        QJsonParseError error{};
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(entity + QLatin1String(": ") + json));
        QVERIFY(!object.isEmpty());
        for (auto it = object.begin(); it != object.end(); ++it) {
            // Column names from the entry, which the import wrote from its own lists; the test reads them back.
            const QVariant stored =
                t.db.scalar(QStringLiteral("SELECT \"%1\" FROM %2 WHERE id = ?").arg(it.key(), entity), {id}).value();
            const QVariant read = it.value().isNull() ? QVariant() : it.value().toVariant();
            // (A NULL read back through the server's driver is a null number, whose text is "0".)
            const QString storedText = stored.isNull() ? QString() : stored.toString();
            QVERIFY2(stored.isNull() == read.isNull() && storedText == read.toString(),
                     qPrintable(QStringLiteral("%1.%2: stored '%3', audited '%4'")
                                    .arg(entity, it.key(), storedText, read.toString())));
        }
    }
    // The importing user (written by RowStore), then the new sales rep, account, deal, contact and link.
    QCOMPARE(entities,
             QStringList({QStringLiteral("users"), QStringLiteral("users"), QStringLiteral("accounts"),
                          QStringLiteral("deals"), QStringLiteral("contacts"), QStringLiteral("deal_contacts")}));
    // The title's characters that JSON escapes are escaped as QJsonDocument escapes them.
    const QByteArray alone = QJsonDocument(QJsonArray{title}).toJson(QJsonDocument::Compact);
    const QString escaped = QString::fromUtf8(alone.mid(1, alone.size() - 2));
    QVERIFY(escaped.contains(QLatin1String("\\t")) && escaped.contains(QLatin1String("\\n")));
    QVERIFY2(text(t.db, QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'deals'")).contains(escaped),
             qPrintable(escaped));
}

void TestDealImporter::dryRunLeavesFileUnchanged()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const QByteArray csv = kHeader + "D-1,One,Acme,1,USD,2026-03-01,,Marcus Chen,,Priya,priya@acme.example\n";
    const QByteArray before = fingerprint(t);
    ImportOptions options = handoffOptions();
    options.dryRun = true;
    const auto summary = importText(t.db, actor, csv, options);
    REQUIRE_OK(summary);
    QCOMPARE(summary->imported, 1); // what would happen
    QCOMPARE(summary->usersCreated, 1);
    QCOMPARE(fingerprint(t), before);

    // The same import for real does change the file, so the comparison above can fail.
    options.dryRun = false;
    REQUIRE_OK(importText(t.db, actor, csv, options));
    QCOMPARE(rows(t.db, "deals"), 1);
    QVERIFY(fingerprint(t) != before);
}

void TestDealImporter::cancelRollsBack()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    QByteArray csv = kHeader;
    for (int i = 0; i < 5000; ++i) {
        csv += "C-" + QByteArray::number(i) + ",Deal,Acme,1,USD,2026-03-01,,,,,\n";
    }
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    qint64 lastDone = 0;
    qint64 reportedTotal = 0;
    const auto progress = [&](qint64 done, qint64 total) {
        reportedTotal = total;
        lastDone = done;
        return done < total / 2;
    };
    const auto summary = DealImporter(t.db).run(actor, &buffer, handoffOptions(), progress);
    QCOMPARE(reportedTotal, qint64(csv.size()));
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, Error::Code::Cancelled);
    QVERIFY(lastDone >= csv.size() / 2);
    QCOMPARE(rows(t.db, "deals"), 0);
}

void TestDealImporter::supportCannotImport()
{
    TestDatabase t;
    const User support = addUser(t.db, QStringLiteral("Sam"), QStringLiteral("sam@x.example"), Role::Support);
    const auto summary = importText(t.db, support, kHeader + "X-1,One,Acme,1,USD,2026-03-01,,Dana,,,\n");
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, Error::Code::Forbidden);
    QCOMPARE(rows(t.db, "deals"), 0);
}

void TestDealImporter::brokenCsvIsRejected()
{
    TestDatabase t;
    const User actor = addUser(t.db, QStringLiteral("Dana Reyes"), QStringLiteral("dana@x.example"), Role::Sales);
    const auto summary = importText(
        t.db, actor, kHeader + "B-1,One,Acme,1,USD,2026-03-01,,,,,\nB-2,\"Open quote,Acme,1,USD,2026-03-01,,,,,\n");
    REQUIRE_OK(summary);
    QCOMPARE(summary->rejected, 1);
    QVERIFY2(summary->rejections.at(0).reason.contains(QLatin1String("quote")),
             qPrintable(summary->rejections.at(0).reason));
    QCOMPARE(rows(t.db, "deals"), 0);

    const auto empty = importText(t.db, actor, QByteArray());
    QVERIFY(!empty);
    const auto wrongColumns = importText(t.db, actor, "name,value\nx,1\n");
    QVERIFY(!wrongColumns);
    QCOMPARE(wrongColumns.error().details.size(), 2); // account and close date each named (a name can be made up)
}

QTEST_GUILESS_MAIN(TestDealImporter)
#include "tst_dealimporter.moc"
