// The presets read real CRM exports (tests/data/import holds one per CRM, in its export's column layout), --map reads
// what a person types, and guess() picks the preset that fits a file's headers.

#include "TestDatabase.h"
#include "io/DealImporter.h"
#include "io/ImportPresets.h"
#include "storage/Stores.h"

#include <QFile>
#include <QSqlQuery>

using namespace handoff;

namespace {

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}

QStringList headersOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    CsvReader reader(&file);
    QStringList headers;
    reader.next(headers);
    return headers;
}

} // namespace

#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        if (!(result)) {                                                                                               \
            QFAIL(qPrintable((result).error().fullText()));                                                            \
        }                                                                                                              \
    } while (false)

class TestImportPresets : public QObject {
    Q_OBJECT

private slots:
    void presetsOnSampleExports_data();
    void presetsOnSampleExports();
    void parseMap_data();
    void parseMap();
    void mappedColumnsMustExist();
    void guessPicksTheFittingPreset();
};

void TestImportPresets::presetsOnSampleExports_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("deals"); // ref|title|account|amount|currency|closed_on|rep|contacts, by ref
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("reps"); // sales reps created
    QTest::newRow("salesforce")
        << "salesforce"
        << "salesforce_opportunities.csv" << 4 << 3
        << strings({
               "0065g00000AbCdEAAV|Acme - Platform Expansion|Acme Corporation|4800000|USD|"
               "2026-02-03|Dana Reyes|Priya Patel <priya.patel@acme.example>",
               "0065g00000AbCdGAAV|Initech - \"TPS\" Automation|Initech, Inc.|12500050|EUR|"
               "2026-03-14|Marcus Chen|Bill Lumbergh <bill.lumbergh@initech.example>",
               "0065g00000AbCdIAAV|Acme - Support Add-on|Acme Corporation|720000|USD|2026-03-02|"
               "Dana Reyes|Priya Patel <priya.patel@acme.example>",
               "0065g00000AbCdJAAV|Soylent - Annual Plan|Soylent AB|45000000|SEK|2026-03-20|"
               "Sofia Lindqvist|Erik Sandberg <erik.sandberg@soylent.example>",
           })
        << 3 << 3;
    QTest::newRow("hubspot") << "hubspot"
                             << "hubspot_deals.csv" << 3 << 2
                             << strings({
                                    "9876543210|Wayne Enterprises - Enterprise Plan|Wayne Enterprises|3600000|USD|"
                                    "2026-02-27|Lucius Fox|Bruce Wayne <bruce@wayne.example>",
                                    "9876543212|Cyberdyne - Renewal|Cyberdyne Systems|12000000|GBP|2026-03-18|"
                                    "Sarah Connor|Miles Dyson <miles.dyson@cyberdyne.example>",
                                    "9876543214|Wayne Enterprises - Add-on Seats|Wayne Enterprises|900000|USD|"
                                    "2026-03-25|Lucius Fox|Bruce Wayne <bruce@wayne.example>",
                                })
                             << 2 << 2;
    QTest::newRow("handoff") << "handoff"
                             << "handoff_export.csv" << 2 << 0
                             << strings({
                                    "|Contoso - Pilot|Contoso Ltd|240000|EUR|2026-02-20|Dana Reyes|",
                                    "SF-1001|Northwind - Analytics|Northwind Traders|1850000|USD|2026-01-15|Dana "
                                    "Reyes|Nancy Davolio <nancy@northwind.example>",
                                })
                             << 2 << 1;
}

void TestImportPresets::presetsOnSampleExports()
{
    QFETCH(QString, preset);
    QFETCH(QString, file);
    QFETCH(int, imported);
    QFETCH(int, skipped);
    QFETCH(QStringList, deals);
    QFETCH(int, accounts);
    QFETCH(int, reps);
    const QString path = QFINDTESTDATA(QStringLiteral("../data/import/") + file);
    QVERIFY2(!path.isEmpty(), qPrintable(file));
    TestDatabase t;
    User lead;
    lead.name = QStringLiteral("Olivia Ops");
    lead.email = QStringLiteral("ops@x.example");
    lead.role = Role::Lead;
    auto actor = Seed<UserStore>(t.db).create(lead);
    REQUIRE_OK(actor);

    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.mapping = ImportPresets::preset(preset).value();
    const auto summary = DealImporter(t.db).run(*actor, &csv, options);
    REQUIRE_OK(summary);
    QStringList rejected;
    for (const RejectedRow& row : summary->rejections) {
        rejected.append(QStringLiteral("line %1: %2").arg(row.line).arg(row.reason));
    }
    QCOMPARE(rejected, QStringList());
    QCOMPARE(summary->imported, imported);
    QCOMPARE(summary->skipped, skipped);
    QCOMPARE(summary->accountsCreated, accounts);
    QCOMPARE(summary->usersCreated, reps);

    auto query = t.db.exec(
        QStringLiteral(
            "SELECT coalesce(d.external_ref, '') || '|' || d.title || '|' || a.name || '|' || d.amount_minor || '|' || "
            "d.currency || '|' || d.closed_on || '|' || u.name || '|' || coalesce((SELECT %1 FROM deal_contacts dc "
            "JOIN contacts c ON c.id = dc.contact_id WHERE dc.deal_id = d.id), '') "
            "FROM deals d JOIN accounts a ON a.id = d.account_id JOIN users u ON u.id = d.sales_rep_id "
            "WHERE d.state = 'draft' ORDER BY coalesce(d.external_ref, '')")
            .arg(testsRunOnServer() ? QStringLiteral("string_agg(c.name || ' <' || c.email || '>', ',' ORDER BY dc.id)")
                                    : QStringLiteral("group_concat(c.name || ' <' || c.email || '>')")));
    REQUIRE_OK(query);
    QStringList stored;
    while (query->next()) {
        stored.append(query->value(0).toString());
    }
    QCOMPARE(stored, deals);
}

void TestImportPresets::parseMap_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("pairs"); // field=column, sorted; empty: refused
    QTest::newRow("two fields") << "title=Deal, account = Company " << strings({"account=Company", "title=Deal"});
    QTest::newRow("quoted comma and equals") << "account=\"Company, Inc. = HQ\",closed_on=Won on"
                                             << strings({"account=Company, Inc. = HQ", "closed_on=Won on"});
    QTest::newRow("doubled quote") << "title=\"The \"\"Name\"\"\"" << strings({"title=The \"Name\""});
    QTest::newRow("unknown field") << "title=Deal,colour=Blue" << QStringList();
    QTest::newRow("no equals") << "title" << QStringList();
    QTest::newRow("no column") << "title=" << QStringList();
    QTest::newRow("twice") << "title=A,title=B" << QStringList();
    QTest::newRow("unclosed quote") << "title=\"Deal" << QStringList();
    QTest::newRow("empty") << " , " << QStringList();
}

void TestImportPresets::parseMap()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, pairs);
    const auto mapping = ImportPresets::parseMap(spec);
    if (pairs.isEmpty()) {
        QVERIFY(!mapping);
        QVERIFY(!mapping.error().details.isEmpty());
        return;
    }
    REQUIRE_OK(mapping);
    QStringList found;
    for (auto it = mapping->columns.cbegin(); it != mapping->columns.cend(); ++it) {
        found.append(it.key() + QLatin1Char('=') + it.value());
    }
    found.sort();
    QCOMPARE(found, pairs);
    QVERIFY(mapping->strict);
    QVERIFY(mapping->wonStages.isEmpty());
}

void TestImportPresets::mappedColumnsMustExist()
{
    const QStringList headers{QStringLiteral(" Deal "), QStringLiteral("COMPANY"), QStringLiteral("Won On"),
                              QStringLiteral("Deal")};
    auto mapping = ImportPresets::parseMap(QStringLiteral("title=deal,account=Company,closed_on=won on"));
    REQUIRE_OK(mapping);
    auto columns = mapping->resolve(headers);
    REQUIRE_OK(columns);
    QCOMPARE((*columns)[std::size_t(ImportField::Title)], 0); // trimmed, any case, the first of two
    QCOMPARE((*columns)[std::size_t(ImportField::Account)], 1);
    QCOMPARE((*columns)[std::size_t(ImportField::Amount)], -1);

    mapping->columns.insert(QStringLiteral("amount"), QStringLiteral("Value"));
    mapping->wonStages = {QStringLiteral("Won")};
    columns = mapping->resolve(headers);
    QVERIFY(!columns);
    QCOMPARE(columns.error().details.size(), 2); // the missing Value column, and no stage column for the filter

    // A preset does not insist on optional columns, only on what every deal needs.
    const auto salesforce = ImportPresets::preset(QStringLiteral("salesforce")).value();
    columns = salesforce.resolve({QStringLiteral("Opportunity Name"), QStringLiteral("Account Name"),
                                  QStringLiteral("Close Date"), QStringLiteral("Stage"),
                                  QStringLiteral("Opportunity Currency")});
    REQUIRE_OK(columns);
    QCOMPARE((*columns)[std::size_t(ImportField::Currency)], 4);
    columns = salesforce.resolve({QStringLiteral("Opportunity Name"), QStringLiteral("Close Date")});
    QVERIFY(!columns);
    QCOMPARE(columns.error().details.size(), 2); // Account Name, Stage
}

void TestImportPresets::guessPicksTheFittingPreset()
{
    const auto sf = ImportPresets::guess(headersOf(QFINDTESTDATA("../data/import/salesforce_opportunities.csv")));
    QCOMPARE(sf.columns.value(QStringLiteral("title")), QStringLiteral("Opportunity Name"));
    QCOMPARE(sf.columns.value(QStringLiteral("currency")), QStringLiteral("Amount Currency"));
    QCOMPARE(sf.wonStages, QStringList{QStringLiteral("Closed Won")});
    const auto hubspot = ImportPresets::guess(headersOf(QFINDTESTDATA("../data/import/hubspot_deals.csv")));
    QCOMPARE(hubspot.columns.value(QStringLiteral("external_ref")), QStringLiteral("Record ID"));
    QCOMPARE(hubspot.wonStages.size(), 2);
    const auto own = ImportPresets::guess(headersOf(QFINDTESTDATA("../data/import/handoff_export.csv")));
    QCOMPARE(own.columns.size(), 20);
    QVERIFY(own.wonStages.isEmpty());
    const auto loose = ImportPresets::guess({QStringLiteral("Deal Name"), QStringLiteral("Amount")});
    QCOMPARE(loose.columns.value(QStringLiteral("title")), QStringLiteral("Deal Name"));
    QCOMPARE(loose.columns.value(QStringLiteral("amount")), QStringLiteral("Amount"));
    QVERIFY(!loose.columns.contains(QStringLiteral("account")));
}

QTEST_GUILESS_MAIN(TestImportPresets)
#include "tst_importpresets.moc"
