// The search behind Ctrl+K: every kind found by word prefixes with or without accents, kept current through edits,
// deletes and other programs, user text never taken as query syntax, deals first, the limit kept.

#include "TestDatabase.h"
#include "model/Labels.h"
#include "search/SearchIndex.h"
#include "storage/IntegrityCheck.h"
#include "storage/SearchBacklog.h"
#include "storage/Stores.h"
#include "workflow/DealService.h"

#include <QSqlQuery>

using namespace handoff;

namespace {

template <typename T>
QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().fullText();
}

// A sales rep, a customer with a deal, a contact and a promise, written through the services and stores.
struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep;
    Account account;
    Deal deal;
    Contact contact;
    Promise promise;

    World()
    {
        rep = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Rita Rep"), QStringLiteral("rita@example.com"), Role::Sales, true});
        deal = newDeal(QStringLiteral("Müller Maschinenbau"), QStringLiteral("Rollout phase one"),
                       QStringLiteral("SF-4711"), QStringLiteral("Analytics Suite"));
        account = *AccountStore(db).get(deal.accountId);
        Contact c;
        c.accountId = account.id;
        c.name = QStringLiteral("Jürgen Weiß");
        c.title = QStringLiteral("Chief technology officer");
        c.email = QStringLiteral("jw@maschinenbau.example");
        contact = *Seed<ContactStore>(db).create(c);
        Promise p;
        p.dealId = deal.id;
        p.description = QStringLiteral("Okta single sign-on at go-live");
        p.customerWords = QStringLiteral("we need SSO on day one");
        p.dueOn = QDate(2026, 3, 1);
        promise = *Seed<PromiseStore>(db).create(p);
    }

    Deal newDeal(const QString& accountName, const QString& title, const QString& ref = {},
                 const QString& products = {})
    {
        NewDeal draft;
        draft.accountName = accountName;
        draft.title = title;
        draft.externalRef = ref;
        draft.products = products;
        draft.closedOn = QDate(2025, 11, 3);
        auto created = DealService(db).create(rep, draft);
        if (!created) {
            qFatal("cannot create deal: %s", qPrintable(created.error().fullText()));
        }
        return *created;
    }

    QList<SearchHit> find(const QString& text, int limit = 20) const
    {
        auto hits = SearchIndex(db).find(text, limit);
        if (!hits) {
            qWarning("%s", qPrintable(hits.error().fullText()));
            return {};
        }
        return *hits;
    }
};

QList<SearchHit> ofKind(const QList<SearchHit>& hits, SearchHit::Kind kind)
{
    QList<SearchHit> found;
    for (const SearchHit& hit : hits) {
        if (hit.kind == kind) {
            found.append(hit);
        }
    }
    return found;
}

bool contains(const QList<SearchHit>& hits, SearchHit::Kind kind, qint64 id)
{
    return std::any_of(hits.begin(), hits.end(),
                       [&](const SearchHit& hit) { return hit.kind == kind && hit.id == id; });
}

} // namespace

class TestSearchIndex : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void findsADealByEveryIndexedText()
    {
        World w;
        for (const char* text : {"roll", "Rollout PHASE", "sf-47", "4711", "analyt", "mül", "muller", "MULLER masch"}) {
            const QList<SearchHit> deals = ofKind(w.find(QString::fromUtf8(text)), SearchHit::Kind::Deal);
            QVERIFY2(deals.size() == 1, text);
            QCOMPARE(deals.first().id, w.deal.id);
            QCOMPARE(deals.first().dealId, w.deal.id);
            QCOMPARE(deals.first().title, QStringLiteral("Rollout phase one"));
            QCOMPARE(deals.first().detail, QStringLiteral("Müller Maschinenbau · ") + Labels::of(HandoffState::Draft));
        }
        // Every word must match, and a word matches only from its start.
        QVERIFY(w.find(QStringLiteral("rollout nowhere")).isEmpty());
        QVERIFY(w.find(QStringLiteral("ollout")).isEmpty());
    }

    void findsAccountsContactsAndPromisesWithTheirDeal()
    {
        World w;
        const QList<SearchHit> accounts = ofKind(w.find(QStringLiteral("Maschinen")), SearchHit::Kind::Account);
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().id, w.account.id);
        QCOMPARE(accounts.first().dealId, w.deal.id);
        QCOMPARE(accounts.first().title, QStringLiteral("Müller Maschinenbau"));

        // Contacts by name (without the accents typed), email and job title.
        for (const char* text : {"jurgen", "weiß", "JÜRG", "jw@masch", "chief tech"}) {
            const QList<SearchHit> contacts = ofKind(w.find(QString::fromUtf8(text)), SearchHit::Kind::Contact);
            QVERIFY2(contacts.size() == 1, text);
            QCOMPARE(contacts.first().id, w.contact.id);
            QCOMPARE(contacts.first().dealId, w.deal.id);
            QCOMPARE(contacts.first().detail, QStringLiteral("Müller Maschinenbau · jw@maschinenbau.example"));
        }

        // Promises by description and by the customer's words.
        for (const char* text : {"okta", "single sign", "sso day"}) {
            const QList<SearchHit> promises = ofKind(w.find(QString::fromUtf8(text)), SearchHit::Kind::Promise);
            QVERIFY2(promises.size() == 1, text);
            QCOMPARE(promises.first().id, w.promise.id);
            QCOMPARE(promises.first().dealId, w.deal.id);
            QCOMPARE(promises.first().title, QStringLiteral("Okta single sign-on at go-live"));
            QVERIFY2(promises.first().detail.startsWith(QStringLiteral("Rollout phase one · ")),
                     qPrintable(promises.first().detail));
        }
    }

    void anAccountHitOpensItsNewestDeal()
    {
        World w;
        const Deal newer = w.newDeal(w.account.name, QStringLiteral("Second site"));
        QCOMPARE(ofKind(w.find(QStringLiteral("maschinenbau")), SearchHit::Kind::Account).first().dealId, newer.id);
        QCOMPARE(ofKind(w.find(QStringLiteral("jurgen")), SearchHit::Kind::Contact).first().dealId, newer.id);

        // An account without any deal has nothing to open.
        const Account lonely = *Seed<AccountStore>(w.db).create(Account{0, 0, QStringLiteral("Lonely Ltd"), {}, {}});
        const QList<SearchHit> hits = w.find(QStringLiteral("lonely"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, lonely.id);
        QCOMPARE(hits.first().dealId, qint64(0));
    }

    void editsAreFoundAtOnce()
    {
        World w;
        QCOMPARE(w.find(QStringLiteral("okta")).size(), 1); // the index is current: nothing is waiting now

        Deal deal = w.deal;
        deal.title = QStringLiteral("Warehouse automation");
        deal.products = QStringLiteral("Robotics");
        QVERIFY2(DealService(w.db).update(w.rep, deal), "deal update refused");
        QVERIFY(ofKind(w.find(QStringLiteral("rollout")), SearchHit::Kind::Deal).isEmpty());
        QVERIFY(ofKind(w.find(QStringLiteral("analytics")), SearchHit::Kind::Deal).isEmpty());
        QVERIFY(contains(w.find(QStringLiteral("warehouse robot")), SearchHit::Kind::Deal, w.deal.id));

        // A new account name is new text for the account and for each of its deals.
        Account account = w.account;
        account.name = QStringLiteral("Nordwind Logistik");
        QVERIFY(Seed<AccountStore>(w.db).update(account));
        QVERIFY(w.find(QStringLiteral("muller")).isEmpty());
        const QList<SearchHit> renamed = w.find(QStringLiteral("nordwind"));
        QVERIFY(contains(renamed, SearchHit::Kind::Account, w.account.id));
        QVERIFY(contains(renamed, SearchHit::Kind::Deal, w.deal.id));
        QVERIFY(contains(w.find(QStringLiteral("nordwind warehouse")), SearchHit::Kind::Deal, w.deal.id));

        Contact contact = w.contact;
        contact.email = QStringLiteral("juergen@nordwind.example");
        QVERIFY(Seed<ContactStore>(w.db).update(contact));
        QVERIFY(w.find(QStringLiteral("jw@masch")).isEmpty());
        QVERIFY(contains(w.find(QStringLiteral("juergen@nord")), SearchHit::Kind::Contact, w.contact.id));

        // Two edits of one row before the next search: the index drops what it held, not the middle version.
        Promise promise = w.promise;
        promise.description = QStringLiteral("Azure AD sign-on");
        promise = *Seed<PromiseStore>(w.db).update(promise);
        promise.description = QStringLiteral("Google Workspace sign-on");
        QVERIFY(Seed<PromiseStore>(w.db).update(promise));
        QVERIFY(w.find(QStringLiteral("okta")).isEmpty());
        QVERIFY(w.find(QStringLiteral("azure")).isEmpty());
        QVERIFY(contains(w.find(QStringLiteral("google sign")), SearchHit::Kind::Promise, w.promise.id));

        const QList<CheckResult> checks = IntegrityCheck::run(w.db);
        QVERIFY(IntegrityCheck::allOk(checks));
        QVERIFY(ftsAgreesWithItsTables(w.db));
    }

    void newRowsAreFound()
    {
        World w;
        QVERIFY(!w.find(QStringLiteral("roll")).isEmpty());
        const Deal added = w.newDeal(QStringLiteral("Zephyr Air"), QStringLiteral("Fleet tracking"));
        QVERIFY(contains(w.find(QStringLiteral("fleet")), SearchHit::Kind::Deal, added.id));
        QVERIFY(contains(w.find(QStringLiteral("zephyr")), SearchHit::Kind::Account, added.accountId));
    }

    void deletedRowsVanish()
    {
        World w;
        QVERIFY(!w.find(QStringLiteral("okta")).isEmpty());
        QVERIFY(Seed<PromiseStore>(w.db).remove(w.promise));
        QVERIFY(Seed<ContactStore>(w.db).remove(w.contact));
        QVERIFY(w.find(QStringLiteral("okta")).isEmpty());
        QVERIFY(w.find(QStringLiteral("jurgen")).isEmpty());

        // The newest deal gone, then another one made: the new one is found, the old one stays gone.
        const Deal newest = w.newDeal(QStringLiteral("Zephyr Air"), QStringLiteral("Fleet tracking"));
        QVERIFY(!w.find(QStringLiteral("fleet")).isEmpty());
        QVERIFY(Seed<DealStore>(w.db).remove(newest));
        QVERIFY(w.find(QStringLiteral("fleet")).isEmpty());
        const Deal next = w.newDeal(QStringLiteral("Zephyr Air"), QStringLiteral("Fleet renewal"));
        const QList<SearchHit> fleet = ofKind(w.find(QStringLiteral("fleet")), SearchHit::Kind::Deal);
        QCOMPARE(fleet.size(), 1);
        QCOMPARE(fleet.first().id, next.id);
        QVERIFY(ftsAgreesWithItsTables(w.db));
    }

    void changesOfAnotherProgramAreFound()
    {
        World w;
        QVERIFY(!w.find(QStringLiteral("roll")).isEmpty());
        {
            Database other; // another window or the command line on the same file
            QVERIFY(other.open(w.t.path()));
            QVERIFY(other.exec(QStringLiteral("UPDATE deals SET title = 'Pilot in Hamburg', version = version + 1 "
                                              "WHERE id = ?"),
                               {w.deal.id}));
            QVERIFY(other.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Quokka Pty')")));
        }
        QVERIFY(ofKind(w.find(QStringLiteral("rollout")), SearchHit::Kind::Deal).isEmpty());
        QVERIFY(contains(w.find(QStringLiteral("hamburg")), SearchHit::Kind::Deal, w.deal.id));
        QCOMPARE(w.find(QStringLiteral("quokka")).size(), 1);
    }

    void aFileBusyWithAnotherWriterIsSearchedAsIndexed()
    {
        if (testsRunOnServer()) {
            QSKIP("SQLite's FTS5 index and its catch-up; a server's search vectors are kept by triggers");
        }
        World w;
        QVERIFY(!w.find(QStringLiteral("roll")).isEmpty());
        Database other;
        QVERIFY(other.open(w.t.path()));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Quokka Pty')")));
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE"))); // a long import holds the write lock
        // The new account cannot be indexed yet, but the search answers with what the index holds, not an error.
        const auto hits = SearchIndex(w.db).find(QStringLiteral("roll"));
        QVERIFY2(hits.ok(), qPrintable(errorText(hits)));
        QVERIFY(contains(*hits, SearchHit::Kind::Deal, w.deal.id));
        QVERIFY(w.find(QStringLiteral("quokka")).isEmpty());
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(w.find(QStringLiteral("quokka")).size(), 1);
    }

    void hostileTextIsOnlyText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {"\"",
                                 "\"\"",
                                 "*",
                                 "**",
                                 "-x",
                                 "- x",
                                 "NEAR(",
                                 "NEAR(a b)",
                                 "a OR b",
                                 "' OR 1=1",
                                 "' OR 1=1 --",
                                 "<b>",
                                 "</b><img src=x>",
                                 "(",
                                 ")",
                                 "a AND",
                                 "NOT",
                                 "^",
                                 "^roll",
                                 "col:roll",
                                 "title:roll",
                                 "{title}: roll",
                                 "\\",
                                 "%",
                                 "_",
                                 ";",
                                 "'; DROP TABLE deals; --",
                                 "\t\n",
                                 "\x01roll",
                                 "rollout*",
                                 "\"rollout\"",
                                 "roll\"out",
                                 "x\"*\"y",
                                 "+",
                                 "a+b",
                                 "🙂",
                                 "日本",
                                 "ß",
                                 "\xc3\xa4\xcc\x88"}) {
            QTest::newRow(text) << QString::fromUtf8(text);
        }
        QTest::newRow("long") << QString(QStringLiteral("word ")).repeated(500);
        QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("roll");
    }

    void hostileTextIsOnlyText()
    {
        QFETCH(QString, text);
        World w;
        const auto hits = SearchIndex(w.db).find(text);
        QVERIFY2(hits.ok(), qPrintable(errorText(hits)));
        QCOMPARE(w.db.scalar(QStringLiteral("SELECT count(*) FROM deals"))->toInt(), 1);
    }

    void htmlAndQuotesInDataAreFoundLiterally()
    {
        World w;
        const Deal odd = w.newDeal(QStringLiteral("O'Brien & <Sons>"), QStringLiteral("<b>Bold</b> \"quoted\" deal"));
        QVERIFY(contains(w.find(QStringLiteral("<b>bold")), SearchHit::Kind::Deal, odd.id));
        QVERIFY(contains(w.find(QStringLiteral("\"quoted\"")), SearchHit::Kind::Deal, odd.id));
        QVERIFY(contains(w.find(QStringLiteral("o'brien")), SearchHit::Kind::Account, odd.accountId));
        const QList<SearchHit> deals = ofKind(w.find(QStringLiteral("quoted")), SearchHit::Kind::Deal);
        QCOMPARE(deals.first().title, QStringLiteral("<b>Bold</b> \"quoted\" deal")); // stored text, untouched
    }

    void matchExpressionQuotesEveryWord()
    {
        QCOMPARE(SearchIndex::matchExpression(QStringLiteral("  acme   roll ")), QStringLiteral("\"acme\"* \"roll\"*"));
        QCOMPARE(SearchIndex::matchExpression(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\"*"));
        QCOMPARE(SearchIndex::matchExpression(QStringLiteral("NEAR( x")), QStringLiteral("\"NEAR(\"* \"x\"*"));
        QVERIFY(SearchIndex::matchExpression(QStringLiteral("\" * - ( )")).isEmpty());
        QVERIFY(SearchIndex::matchExpression(QString()).isEmpty());
    }

    void dealsComeFirstAndTheLimitHolds()
    {
        World w;
        const Deal first = w.newDeal(QStringLiteral("Nimbus Corp"), QStringLiteral("Nimbus pilot"));
        for (int i = 0; i < 6; ++i) {
            w.newDeal(QStringLiteral("Nimbus Corp"), QStringLiteral("Nimbus site %1").arg(i + 1));
        }
        Contact c;
        c.accountId = first.accountId;
        c.name = QStringLiteral("Nina Nimbus");
        QVERIFY(Seed<ContactStore>(w.db).create(c));
        Promise p;
        p.dealId = first.id;
        p.description = QStringLiteral("Nimbus dashboard by spring");
        QVERIFY(Seed<PromiseStore>(w.db).create(p));

        const QList<SearchHit> all = w.find(QStringLiteral("nimbus"), 100);
        QCOMPARE(all.size(), 7 + 1 + 1 + 1);
        for (int i = 1; i < all.size(); ++i) {
            QVERIFY2(int(all.at(i - 1).kind) <= int(all.at(i).kind), "kinds out of order");
        }
        QCOMPARE(all.last().kind, SearchHit::Kind::Promise);

        const QList<SearchHit> five = w.find(QStringLiteral("nimbus"), 5);
        QCOMPARE(five.size(), 5);
        QVERIFY(std::all_of(five.begin(), five.end(),
                            [](const SearchHit& hit) { return hit.kind == SearchHit::Kind::Deal; }));
        const QList<SearchHit> eight = w.find(QStringLiteral("nimbus"), 8);
        QCOMPARE(eight.size(), 8);
        QCOMPARE(eight.last().kind, SearchHit::Kind::Account);
        QVERIFY(w.find(QStringLiteral("nimbus"), 0).isEmpty());

        // Short words list the newest first.
        const QList<SearchHit> newest = ofKind(w.find(QStringLiteral("ni"), 3), SearchHit::Kind::Deal);
        QCOMPARE(newest.size(), 3);
        QVERIFY(newest.at(0).id > newest.at(1).id && newest.at(1).id > newest.at(2).id);
    }

    void aMoreRelevantHitRanksHigher()
    {
        World w;
        const Deal inProducts = w.newDeal(QStringLiteral("Alpha"), QStringLiteral("Expansion"), {},
                                          QStringLiteral("Falcon add-on, storage, support, training"));
        const Deal inTitle = w.newDeal(QStringLiteral("Beta"), QStringLiteral("Falcon"));
        const QList<SearchHit> deals = ofKind(w.find(QStringLiteral("falcon")), SearchHit::Kind::Deal);
        QCOMPARE(deals.size(), 2);
        QCOMPARE(deals.first().id, inTitle.id);
        QCOMPARE(deals.last().id, inProducts.id);
    }

    void aVeryCommonWordListsTheNewestFirst()
    {
        World w;
        const Account exact = *Seed<AccountStore>(w.db).create(Account{0, 0, QStringLiteral("Common"), {}, {}});
        const auto addAccounts = [&w](int from, int to) {
            return w.db.exec(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT CAST(? AS INTEGER) UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < ?) "
                               "INSERT INTO accounts (name) SELECT 'Common ' || i FROM n"),
                {from, to});
        };
        QVERIFY(addAccounts(1, 1500));
        // Few enough to rank: the exact name first, though it is the oldest.
        QCOMPARE(w.find(QStringLiteral("common"), 3).first().id, exact.id);
        // Thousands: the newest first.
        QVERIFY(addAccounts(1501, 2500));
        const QList<SearchHit> newest = w.find(QStringLiteral("common"), 3);
        QCOMPARE(newest.first().title, QStringLiteral("Common 2500"));
        QCOMPARE(newest.last().title, QStringLiteral("Common 2498"));
    }

    void theMigrationIndexesRowsThatWereThere()
    {
        if (testsRunOnServer()) {
            QSKIP("SQLite's FTS5 index and its catch-up; a server's search vectors are kept by triggers");
        }
        World w;
        // Set the file back to schema 2 with an empty index; opening it again runs migration 3 over the rows.
        for (const char* index : {"deals_fts", "accounts_fts", "contacts_fts", "promises_fts"}) {
            QVERIFY(w.db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(QLatin1String(index))));
        }
        QVERIFY(w.db.exec(QStringLiteral("PRAGMA user_version = 2")));
        w.db.close();
        QVERIFY(w.db.open(w.t.path()));
        QCOMPARE(SearchBacklog::size(w.db).value(), qint64(0));
        QVERIFY(contains(w.find(QStringLiteral("rollout")), SearchHit::Kind::Deal, w.deal.id));
        QVERIFY(contains(w.find(QStringLiteral("okta")), SearchHit::Kind::Promise, w.promise.id));
        QVERIFY(ftsAgreesWithItsTables(w.db));
    }

    void aLostRecordOfTheIndexRebuildsIt()
    {
        if (testsRunOnServer()) {
            QSKIP("SQLite's FTS5 index and its catch-up; a server's search vectors are kept by triggers");
        }
        World w;
        QVERIFY(!w.find(QStringLiteral("roll")).isEmpty());
        QVERIFY(w.db.exec(QStringLiteral("DELETE FROM search_state")));
        QCOMPARE(ofKind(w.find(QStringLiteral("rollout")), SearchHit::Kind::Deal).size(), 1); // not twice
        QVERIFY(ftsAgreesWithItsTables(w.db));
    }

    void aLargeBacklogIsApplied()
    {
        if (testsRunOnServer()) {
            QSKIP("SQLite's FTS5 index and its catch-up; a server's search vectors are kept by triggers");
        }
        World w;
        QVERIFY(!w.find(QStringLiteral("roll")).isEmpty());
        // As after an import: many new rows at once, and changes to rows the index holds.
        {
            auto statement = w.db.exec(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) "
                               "INSERT INTO accounts (name) SELECT 'Imported ' || i FROM n"));
            QVERIFY2(statement, qPrintable(errorText(statement)));
        }
        QVERIFY(w.db.exec(QStringLiteral("UPDATE accounts SET name = 'Renamed Maschinenbau' WHERE id = ?"),
                          {w.account.id}));
        QVERIFY(SearchBacklog::size(w.db).value() >= 1500);
        QCOMPARE(w.find(QStringLiteral("imported 1499")).size(), 1);
        QVERIFY(contains(w.find(QStringLiteral("renamed rollout")), SearchHit::Kind::Deal, w.deal.id));
        QCOMPARE(SearchBacklog::size(w.db).value(), qint64(0));
        QVERIFY(ftsAgreesWithItsTables(w.db));
    }

private:
    // FTS5's own check that each index holds exactly the tokens of its content table.
    static bool ftsAgreesWithItsTables(Database& db)
    {
        if (db.isServer()) {
            // Every row's stored vector is the one its text gives now (a deal's includes its account's name).
            const QStringList stale = {
                QStringLiteral("SELECT count(*) FROM deals d LEFT JOIN accounts a ON a.id = d.account_id WHERE "
                               "d.search_vector IS DISTINCT FROM "
                               "handoff_deal_search_vector(d.title, d.external_ref, d.products, a.name)"),
                QStringLiteral("SELECT count(*) FROM accounts WHERE search_vector IS DISTINCT FROM "
                               "handoff_account_search_vector(name)"),
                QStringLiteral("SELECT count(*) FROM contacts WHERE search_vector IS DISTINCT FROM "
                               "handoff_contact_search_vector(name, email, title)"),
                QStringLiteral("SELECT count(*) FROM promises WHERE search_vector IS DISTINCT FROM "
                               "handoff_promise_search_vector(description, customer_words)")};
            for (const QString& sql : stale) {
                auto count = db.scalar(sql);
                if (!count || count->toLongLong() != 0) {
                    qWarning("stale search vectors: %s", qPrintable(sql));
                    return false;
                }
            }
            return true;
        }
        for (const char* index : {"deals_fts", "accounts_fts", "contacts_fts", "promises_fts"}) {
            auto checked = db.exec(
                QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(QLatin1String(index)));
            if (!checked) {
                qWarning("%s: %s", index, qPrintable(checked.error().fullText()));
                return false;
            }
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
