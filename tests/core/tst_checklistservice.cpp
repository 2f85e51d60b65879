// The handoff checklist: completeness per section and overall, answers checked against their item's kind, and who
// may answer in which state of the handoff.

#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/DealListSql.h"
#include "storage/Stores.h"
#include "workflow/ChecklistService.h"
#include "workflow/ContactService.h"
#include "workflow/DealService.h"
#include "workflow/HandoffGuards.h"

using namespace handoff;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

template <typename T>
bool succeeded(const Result<T>& result)
{
    if (!result) {
        qWarning("%s", qPrintable(result.error().fullText()));
    }
    return result.ok();
}

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, otherRep, support, lead;
    qint64 dealId = 0, carla = 0, stranger = 0;

    World()
    {
        db.setClock([] { return kNow; });
        rep = user(QStringLiteral("Sam Seller"), Role::Sales);
        otherRep = user(QStringLiteral("Olga Other"), Role::Sales);
        support = user(QStringLiteral("Dana Reyes"), Role::Support);
        lead = user(QStringLiteral("Lee Lead"), Role::Lead);
        const qint64 account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        Deal deal;
        deal.accountId = account;
        deal.title = QStringLiteral("Acme rollout");
        deal.closedOn = kNow.date();
        deal.salesRepId = rep.id;
        dealId = Seed<DealStore>(db).create(deal)->id;
        carla = contact(account, QStringLiteral("Carla Customer"));
        stranger = contact(account, QStringLiteral("Not On The Deal"));
        QVERIFY(succeeded(Seed<DealContactStore>(db).create({0, 0, dealId, carla, ContactRole::Sponsor})));
    }
    User user(const QString& name, Role role)
    {
        const QString email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
        return *Seed<UserStore>(db).create(User{0, 0, name, email, role, true});
    }
    qint64 contact(qint64 account, const QString& name)
    {
        return Seed<ContactStore>(db).create(Contact{0, 0, account, name, {}, {}, {}, Channel::Email, {}})->id;
    }
    void setState(HandoffState state)
    {
        QVERIFY(succeeded(db.exec(QStringLiteral("UPDATE deals SET state = ? WHERE id = ?"), {toKey(state), dealId})));
    }
    SectionCompleteness section(const ChecklistCompleteness& c, const QString& name)
    {
        for (const SectionCompleteness& s : c.sections) {
            if (s.section == name) {
                return s;
            }
        }
        return {};
    }
};

} // namespace

class TestChecklistService : public QObject {
    Q_OBJECT

private slots:
    void defaultTemplateHasEverySection();
    void completenessCountsPerSectionAndOverall();
    void answersAreCheckedByKind_data();
    void answersAreCheckedByKind();
    void whoMayAnswer_data();
    void whoMayAnswer();
    void emptyValueClearsAndSameValueWritesNothing();
    void aDealFieldAnswersItsItem();
};

void TestChecklistService::defaultTemplateHasEverySection()
{
    World w;
    const auto items = ChecklistService(w.db).items();
    QVERIFY(succeeded(items));
    QStringList sections;
    for (const ChecklistItem& item : *items) {
        if (!sections.contains(item.section)) {
            sections.append(item.section);
        }
    }
    QCOMPARE(sections, QStringList({QStringLiteral("Commercial"), QStringLiteral("Stakeholders"),
                                    QStringLiteral("Why they bought"), QStringLiteral("Commitments"),
                                    QStringLiteral("Technical scope"), QStringLiteral("Timeline"),
                                    QStringLiteral("Channels"), QStringLiteral("Risks and artifacts")}));
}

void TestChecklistService::completenessCountsPerSectionAndOverall()
{
    World w;
    ChecklistService checklist(w.db);
    const auto empty = checklist.completeness(w.dealId);
    QVERIFY(succeeded(empty));
    QCOMPARE(empty->sections.size(), 8);
    const SectionCompleteness commercial = w.section(*empty, QStringLiteral("Commercial"));
    QCOMPARE(commercial.total, 8);
    QCOMPARE(commercial.requiredTotal, 7);
    QCOMPARE(commercial.answered, 0);
    QCOMPARE(empty->overall.total, 29);
    QCOMPARE(empty->missingRequired.size(), empty->overall.requiredTotal);
    QCOMPARE(empty->missingRequired.constFirst().key, QStringLiteral("products_or_plan"));

    QVERIFY(succeeded(checklist.answer(w.rep, w.dealId, QStringLiteral("order_form_ref"), QStringLiteral("OF-1"))));
    QVERIFY(succeeded(checklist.answer(w.rep, w.dealId, QStringLiteral("pricing_exceptions"), QStringLiteral("10%"))));
    QVERIFY(succeeded(checklist.answer(w.rep, w.dealId, QStringLiteral("promises_recorded"), QStringLiteral("true"))));
    // An unticked box is an answer, but it does not make the item complete.
    QVERIFY(
        succeeded(checklist.answer(w.rep, w.dealId, QStringLiteral("customer_saw_promises"), QStringLiteral("false"))));
    // Blank text does not count either (written directly: the service would clear it).
    QVERIFY(succeeded(w.db.exec(QStringLiteral("INSERT INTO checklist_answers (deal_id, item_id, value, answered_at) "
                                               "SELECT ?, id, '   ', '2026-03-10' FROM checklist_items WHERE key = ?"),
                                {w.dealId, QStringLiteral("seats")})));

    const auto c = checklist.completeness(w.dealId);
    QVERIFY(succeeded(c));
    const SectionCompleteness commercialNow = w.section(*c, QStringLiteral("Commercial"));
    QCOMPARE(commercialNow.requiredAnswered, 1);
    QCOMPARE(commercialNow.answered, 2);
    const SectionCompleteness commitments = w.section(*c, QStringLiteral("Commitments"));
    QCOMPARE(commitments.requiredAnswered, 1);
    QCOMPARE(commitments.requiredTotal, 2);
    QCOMPARE(c->overall.answered, 3);
    QCOMPARE(c->overall.requiredAnswered, 2);
    QCOMPARE(c->missingRequired.size(), c->overall.requiredTotal - 2);
    for (const ChecklistItem& item : c->missingRequired) {
        QVERIFY(item.required);
        QVERIFY(item.key != QLatin1String("order_form_ref") && item.key != QLatin1String("promises_recorded"));
    }
    QCOMPARE(checklist.completeness(9999).error().code, Error::Code::NotFound);
}

void TestChecklistService::answersAreCheckedByKind_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("stored"); // "!": refused

    QTest::newRow("check true") << "promises_recorded"
                                << "TRUE"
                                << "true";
    QTest::newRow("check false") << "promises_recorded"
                                 << "false"
                                 << "false";
    QTest::newRow("check yes refused") << "promises_recorded"
                                       << "yes"
                                       << "!";
    QTest::newRow("date ISO") << "renewal_date"
                              << " 2026-04-01 "
                              << "2026-04-01";
    QTest::newRow("date in another format refused") << "renewal_date"
                                                    << "01/04/2026"
                                                    << "!";
    QTest::newRow("date that does not exist refused") << "renewal_date"
                                                      << "2026-02-30"
                                                      << "!";
    QTest::newRow("choice, any case") << "billing_terms"
                                      << "quarterly"
                                      << "Quarterly";
    QTest::newRow("choice not offered refused") << "billing_terms"
                                                << "Weekly"
                                                << "!";
    QTest::newRow("contact on the deal") << "executive_sponsor"
                                         << "carla"
                                         << "carla";
    QTest::newRow("contact not on the deal refused") << "executive_sponsor"
                                                     << "stranger"
                                                     << "!";
    QTest::newRow("contact that is no number refused") << "executive_sponsor"
                                                       << "Carla"
                                                       << "!";
    QTest::newRow("text kept as typed") << "pains"
                                        << "Slow <b>reports</b>"
                                        << "Slow <b>reports</b>";
}

void TestChecklistService::answersAreCheckedByKind()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, stored);
    World w;
    const auto ids = [&w](QString text) {
        return text.replace(QLatin1String("stranger"), QString::number(w.stranger))
            .replace(QLatin1String("carla"), QString::number(w.carla));
    };
    const int auditRows = w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt();
    const auto result = ChecklistService(w.db).answer(w.rep, w.dealId, key, ids(value));
    if (stored == QLatin1String("!")) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Invalid);
        QCOMPARE(w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt(), auditRows);
        QCOMPARE(w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_answers"))->toInt(), 0);
        return;
    }
    QVERIFY(succeeded(result));
    QCOMPARE(result->value, ids(stored));
    QCOMPARE(result->answeredById, w.rep.id);
    QCOMPARE(result->answeredAt, kNow);
    const auto audit = AuditLog(w.db).forEntity(QStringLiteral("checklist_answers"), result->id);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->constFirst().actorId, w.rep.id);
}

void TestChecklistService::whoMayAnswer_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("expected"); // -1 ok, else an Error::Code

    const int ok = -1;
    const int forbidden = int(Error::Code::Forbidden);
    const int invalid = int(Error::Code::Invalid);
    const QMap<HandoffState, QList<int>> byState{
        // rep, otherRep, support, lead
        {HandoffState::Draft, {ok, forbidden, forbidden, ok}},
        {HandoffState::Submitted, {invalid, forbidden, forbidden, ok}},
        {HandoffState::Returned, {ok, forbidden, forbidden, ok}},
        {HandoffState::Accepted, {invalid, forbidden, forbidden, ok}},
        {HandoffState::Fulfilled, {invalid, forbidden, forbidden, invalid}},
        {HandoffState::Cancelled, {invalid, forbidden, forbidden, invalid}},
    };
    const QStringList actors{QStringLiteral("rep"), QStringLiteral("otherRep"), QStringLiteral("support"),
                             QStringLiteral("lead")};
    for (auto it = byState.cbegin(); it != byState.cend(); ++it) {
        for (int i = 0; i < actors.size(); ++i) {
            QTest::addRow("%s in %s", qPrintable(actors.at(i)), qPrintable(toKey(it.key())))
                << actors.at(i) << int(it.key()) << it.value().at(i);
        }
    }
}

void TestChecklistService::whoMayAnswer()
{
    QFETCH(QString, actor);
    QFETCH(int, state);
    QFETCH(int, expected);
    World w;
    w.setState(HandoffState(state));
    const QMap<QString, User> users{{QStringLiteral("rep"), w.rep},
                                    {QStringLiteral("otherRep"), w.otherRep},
                                    {QStringLiteral("support"), w.support},
                                    {QStringLiteral("lead"), w.lead}};
    const auto result =
        ChecklistService(w.db).answer(users.value(actor), w.dealId, QStringLiteral("pains"), QStringLiteral("Slow"));
    if (expected < 0) {
        QVERIFY(succeeded(result));
    } else {
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), expected);
        QCOMPARE(w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM checklist_answers"))->toInt(), 0);
    }
}

void TestChecklistService::emptyValueClearsAndSameValueWritesNothing()
{
    World w;
    ChecklistService checklist(w.db);
    QVERIFY(succeeded(checklist.answer(w.rep, w.dealId, QStringLiteral("pains"), QStringLiteral("Slow"))));
    const int auditRows = w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt();
    QVERIFY(succeeded(checklist.answer(w.rep, w.dealId, QStringLiteral("pains"), QStringLiteral("Slow"))));
    QCOMPARE(w.db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt(), auditRows);
    const auto cleared = checklist.answer(w.lead, w.dealId, QStringLiteral("pains"), QStringLiteral("  "));
    QVERIFY(succeeded(cleared));
    QCOMPARE(cleared->value, QString());
    QCOMPARE(cleared->answeredById, w.lead.id);
    QCOMPARE(checklist.completeness(w.dealId)->overall.answered, 0);
    QCOMPARE(checklist.answer(w.rep, w.dealId, QStringLiteral("no_such_item"), QStringLiteral("x")).error().code,
             Error::Code::NotFound);
}

void TestChecklistService::aDealFieldAnswersItsItem()
{
    // One fact, one field: the checklist's "Products or plan", "Contract value", dates, success criteria, risks and
    // channels are the deal's own fields, so that the checklist and the Overview cannot disagree.
    World w;
    ChecklistService checklist(w.db);
    QHash<QString, AnsweringField> linked;
    const auto items = checklist.items();
    QVERIFY(succeeded(items));
    for (const ChecklistItem& item : *items) {
        if (item.dealField != AnsweringField::None) {
            linked.insert(item.key, item.dealField);
        }
    }
    QCOMPARE(linked.value(QStringLiteral("products_or_plan")), AnsweringField::Products);
    QCOMPARE(linked.value(QStringLiteral("contract_value")), AnsweringField::Amount);
    QCOMPARE(linked.value(QStringLiteral("contract_start")), AnsweringField::ContractStart);
    QCOMPARE(linked.value(QStringLiteral("go_live_target")), AnsweringField::GoLiveTarget);
    QCOMPARE(linked.value(QStringLiteral("success_criteria")), AnsweringField::SuccessCriteria);
    QCOMPARE(linked.value(QStringLiteral("known_risks")), AnsweringField::KnownRisks);
    QCOMPARE(linked.value(QStringLiteral("support_channels")), AnsweringField::Channels);
    QCOMPARE(linked.value(QStringLiteral("preferred_channel")), AnsweringField::PreferredChannel);
    QCOMPARE(linked.size(), 8);

    const auto missing = [&] {
        QStringList keys;
        const auto completeness = checklist.completeness(w.dealId);
        if (completeness) {
            for (const ChecklistItem& item : completeness->missingRequired) {
                keys << item.key;
            }
        }
        return keys;
    };
    const auto listed = [&] {
        // What the deal lists count as answered must agree with the checklist.
        auto row = w.db.exec(DealListSql::factsBatch(1), {w.dealId});
        return row && row->next() ? row->value(2).toInt() : -1;
    };
    const int before = checklist.completeness(w.dealId)->overall.requiredAnswered;
    QVERIFY(missing().contains(QStringLiteral("products_or_plan")));
    QCOMPARE(listed(), before);

    // The checklist does not take an answer of its own for the item; it names the field to change.
    const auto refused = checklist.answer(w.rep, w.dealId, QStringLiteral("products_or_plan"), QStringLiteral("Pro"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("products or plan")), qPrintable(refused.error().message));

    Deal deal = *DealStore(w.db).get(w.dealId);
    deal.products = QStringLiteral("Pro plan");
    deal.goLiveTarget = QDate(2026, 6, 1);
    QVERIFY(succeeded(DealService(w.db).update(w.rep, deal)));
    QVERIFY(!missing().contains(QStringLiteral("products_or_plan")));
    QVERIFY(!missing().contains(QStringLiteral("go_live_target")));
    QCOMPARE(checklist.completeness(w.dealId)->overall.requiredAnswered, before + 2);
    QCOMPARE(listed(), before + 2);

    // A channel answers "Support channels"; only a preferred one answers "Preferred channel".
    QVERIFY(succeeded(w.db.exec(QStringLiteral("INSERT INTO deal_channels (deal_id, channel, address, preferred) "
                                               "VALUES (?, 'phone', '+1 555 0100', 0)"),
                                {w.dealId})));
    QVERIFY(!missing().contains(QStringLiteral("support_channels")));
    QVERIFY(missing().contains(QStringLiteral("preferred_channel")));
    const auto channels = ContactService(w.db).channels(w.dealId);
    QVERIFY(succeeded(channels));
    QVERIFY(succeeded(ContactService(w.db).setPreferred(w.rep, channels->constFirst().id)));
    QVERIFY(!missing().contains(QStringLiteral("preferred_channel")));
    QCOMPARE(listed(), before + 4);

    // A submit refused for an empty field says which field, and where it is.
    const auto reasons = HandoffGuards(w.db).dealReasons(*DealStore(w.db).get(w.dealId), HandoffAction::Submit);
    QVERIFY(succeeded(reasons));
    bool named = false;
    for (const HandoffReason& reason : *reasons) {
        if (reason.place == HandoffReason::Place::Overview && reason.key == QLatin1String("known_risks")) {
            named = reason.text.contains(QLatin1String("Known risks"));
        }
        QVERIFY2(reason.key != QLatin1String("products_or_plan"), qPrintable(reason.text));
    }
    QVERIFY(named);
}

QTEST_GUILESS_MAIN(TestChecklistService)
#include "tst_checklistservice.moc"
