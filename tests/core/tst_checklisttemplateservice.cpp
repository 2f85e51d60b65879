// The checklist template as a lead edits it: only leads, keys made from labels, every problem named at once, items
// moved within their section, answered items kept, stale versions refused, and every change audited as its actor.

#include "TestDatabase.h"
#include "storage/Stores.h"
#include "workflow/ChecklistService.h"
#include "workflow/ChecklistTemplateService.h"

#include <QSqlQuery>

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

ChecklistItem draft(const QString& section, const QString& label, ChecklistItemKind kind = ChecklistItemKind::Text,
                    const QStringList& choices = {})
{
    ChecklistItem item;
    item.section = section;
    item.label = label;
    item.kind = kind;
    item.choices = choices;
    return item;
}

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, support, lead, formerLead;
    qint64 dealId = 0;
    int accounts = 0;
    ChecklistTemplateService service{db};

    World()
    {
        db.setClock([] { return kNow; });
        rep = user(QStringLiteral("Sam Seller"), Role::Sales);
        support = user(QStringLiteral("Dana Reyes"), Role::Support);
        lead = user(QStringLiteral("Lee Lead"), Role::Lead);
        formerLead = user(QStringLiteral("Fay Former"), Role::Lead, false);
        dealId = deal();
    }
    User user(const QString& name, Role role, bool active = true)
    {
        const QString email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
        return *Seed<UserStore>(db).create(User{0, 0, name, email, role, active});
    }
    qint64 deal()
    {
        const qint64 account =
            Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme %1").arg(++accounts), {}, {}})->id;
        Deal d;
        d.accountId = account;
        d.title = QStringLiteral("Acme rollout");
        d.closedOn = kNow.date();
        d.salesRepId = rep.id;
        return Seed<DealStore>(db).create(d)->id;
    }
    ChecklistItem item(const QString& key) const { return *service.item(key); }
    // The keys of one section in template order.
    QStringList keysOf(const QString& section) const
    {
        QStringList keys;
        const QList<ChecklistItem> items = *service.items();
        for (const ChecklistItem& i : items) {
            if (i.section == section) {
                keys.append(i.key);
            }
        }
        return keys;
    }
    QStringList allKeys() const
    {
        QStringList keys;
        const QList<ChecklistItem> items = *service.items();
        for (const ChecklistItem& i : items) {
            keys.append(i.key);
        }
        return keys;
    }
    qint64 auditRows() const { return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toLongLong(); }
    qint64 auditRowsBy(qint64 actorId) const
    {
        return db
            .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor_id = ? AND entity = "
                                   "'checklist_items'"),
                    {actorId})
            ->toLongLong();
    }
};

} // namespace

class TestChecklistTemplateService : public QObject {
    Q_OBJECT

private slots:
    void nonLeadIsRefused_data();
    void nonLeadIsRefused();
    void keyIsMadeFromTheLabel_data();
    void keyIsMadeFromTheLabel();
    void keysAreUnique();
    void addPlacesAtTheEndOfItsSection();
    void manyAddsKeepTheOrder();
    void validationListsEveryProblem();
    void givenKeyIsChecked();
    void updateSavesTheFieldsAndKeepsTheKey();
    void updateToAnotherSectionGoesToItsEnd();
    void kindCannotChangeOnceAnswered();
    void moveSwapsWithinTheSection();
    void moveStopsAtTheSectionsEdge();
    void moveCopesWithSharedPositions();
    void removeRefusedWhenAnswered();
    void removeDeletesAnUnansweredItem();
    void staleVersionIsAConflict();
    void restorePutsItBackWhereItWas();
    void newRequiredItemGatesTheChecklist();
};

void TestChecklistTemplateService::nonLeadIsRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("reason");
    QTest::newRow("sales") << QStringLiteral("sales") << QStringLiteral("Only a team lead");
    QTest::newRow("support") << QStringLiteral("support") << QStringLiteral("Only a team lead");
    QTest::newRow("inactive lead") << QStringLiteral("former") << QStringLiteral("inactive");
}

void TestChecklistTemplateService::nonLeadIsRefused()
{
    QFETCH(QString, who);
    QFETCH(QString, reason);
    World w;
    const User actor = who == QLatin1String("sales")     ? w.rep
                       : who == QLatin1String("support") ? w.support
                                                         : w.formerLead;
    const qint64 audit = w.auditRows();
    const QStringList before = w.allKeys();

    auto added = w.service.add(actor, draft(QStringLiteral("Commercial"), QStringLiteral("Purchase order")));
    QVERIFY(!added);
    QCOMPARE(added.error().code, Error::Code::Forbidden);
    QVERIFY2(added.error().details.first().contains(reason), qPrintable(added.error().fullText()));

    ChecklistItem seats = w.item(QStringLiteral("seats"));
    seats.label = QStringLiteral("Seats");
    auto updated = w.service.update(actor, seats);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, Error::Code::Forbidden);

    auto moved = w.service.move(actor, seats.id, 1);
    QVERIFY(!moved);
    QCOMPARE(moved.error().code, Error::Code::Forbidden);
    QVERIFY(moved.error().details.first().contains(reason));

    auto removed = w.service.remove(actor, w.item(QStringLiteral("pricing_exceptions")));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, Error::Code::Forbidden);
    QVERIFY(removed.error().details.first().contains(reason));

    QCOMPARE(w.allKeys(), before);
    QCOMPARE(w.item(QStringLiteral("seats")).label, QStringLiteral("Seats or licences"));
    QCOMPARE(w.auditRows(), audit);
}

void TestChecklistTemplateService::keyIsMadeFromTheLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("key");
    QTest::newRow("words") << QStringLiteral("Security questionnaire") << QStringLiteral("security_questionnaire");
    QTest::newRow("punctuation") << QStringLiteral("  SSO / SCIM: who owns it?  ")
                                 << QStringLiteral("sso_scim_who_owns_it");
    QTest::newRow("accents") << QStringLiteral("Données de facturation") << QStringLiteral("donnees_de_facturation");
    QTest::newRow("digits") << QStringLiteral("3rd-party tools") << QStringLiteral("3rd_party_tools");
    QTest::newRow("no latin letters") << QStringLiteral("請求先") << QStringLiteral("item");
}

void TestChecklistTemplateService::keyIsMadeFromTheLabel()
{
    QFETCH(QString, label);
    QFETCH(QString, key);
    World w;
    auto added = w.service.add(w.lead, draft(QStringLiteral("Commercial"), label));
    QVERIFY(succeeded(added));
    QCOMPARE(added->key, key);
    QCOMPARE(added->label, label.trimmed());
    QCOMPARE(w.item(key).id, added->id);
}

void TestChecklistTemplateService::keysAreUnique()
{
    World w;
    // "Pains" is in the default template under the key "pains".
    QStringList keys;
    for (int i = 0; i < 3; ++i) {
        auto added = w.service.add(w.lead, draft(QStringLiteral("Why they bought"), QStringLiteral("Pains")));
        QVERIFY(succeeded(added));
        keys.append(added->key);
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("pains_2"), QStringLiteral("pains_3"), QStringLiteral("pains_4")}));
}

void TestChecklistTemplateService::addPlacesAtTheEndOfItsSection()
{
    World w;
    const QStringList sectionsBefore = *w.service.sections();
    auto po = w.service.add(w.lead, draft(QStringLiteral("commercial"), QStringLiteral("Purchase order number")));
    QVERIFY(succeeded(po));
    QCOMPARE(po->section, QStringLiteral("Commercial")); // the section keeps the spelling it has
    QCOMPARE(w.keysOf(QStringLiteral("Commercial")).constLast(), QStringLiteral("purchase_order_number"));
    QCOMPARE(w.keysOf(QStringLiteral("Commercial")).size(), 9);
    QCOMPARE(*w.service.sections(), sectionsBefore); // still one block per section, same order

    auto security = w.service.add(w.lead, draft(QStringLiteral("Security"), QStringLiteral("Pen test report")));
    QVERIFY(succeeded(security));
    QCOMPARE(w.service.sections()->constLast(), QStringLiteral("Security"));
    QCOMPARE(w.allKeys().constLast(), QStringLiteral("pen_test_report"));
}

void TestChecklistTemplateService::manyAddsKeepTheOrder()
{
    World w;
    const QStringList sections = *w.service.sections();
    // More items than the gap between Commercial and Stakeholders holds: later items make room.
    QStringList added;
    for (int i = 1; i <= 40; ++i) {
        auto item = w.service.add(w.lead, draft(QStringLiteral("Commercial"), QStringLiteral("Extra %1").arg(i)));
        QVERIFY(succeeded(item));
        added.append(item->key);
    }
    QCOMPARE(w.keysOf(QStringLiteral("Commercial")).mid(8), added);
    QCOMPARE(*w.service.sections(), sections);
    const QList<ChecklistItem> items = *w.service.items();
    for (qsizetype i = 1; i < items.size(); ++i) {
        QVERIFY2(items.at(i - 1).position < items.at(i).position, "positions are distinct and increasing");
    }
}

void TestChecklistTemplateService::validationListsEveryProblem()
{
    World w;
    const qint64 audit = w.auditRows();
    ChecklistItem bad = draft(QStringLiteral("  "), QStringLiteral("   "), ChecklistItemKind::Choice,
                              {QStringLiteral("Only one"), QStringLiteral("  ")});
    auto added = w.service.add(w.lead, bad);
    QVERIFY(!added);
    QCOMPARE(added.error().code, Error::Code::Invalid);
    QVERIFY(!added.error().message.isEmpty());
    QCOMPARE(added.error().details.size(), 3);
    QVERIFY(added.error().details.at(0).contains(QStringLiteral("section")));
    QVERIFY(added.error().details.at(1).contains(QStringLiteral("label")));
    QVERIFY2(added.error().details.at(2).contains(QStringLiteral("at least two choices")) &&
                 added.error().details.at(2).endsWith(QStringLiteral("Choices given: 1.")),
             qPrintable(added.error().fullText()));
    QCOMPARE(w.auditRows(), audit);

    // The same problems, each tied to its field, for an editor to show next to it.
    auto problems = w.service.problems(bad);
    QVERIFY(succeeded(problems));
    QCOMPARE(problems->size(), 3);
    QCOMPARE(problems->at(0).field, TemplateField::Section);
    QCOMPARE(problems->at(1).field, TemplateField::Label);
    QCOMPARE(problems->at(2).field, TemplateField::Choices);

    // A non-lead hears that too, after the refusal of the role.
    auto byRep = w.service.add(w.rep, bad);
    QCOMPARE(byRep.error().code, Error::Code::Forbidden);
    QCOMPARE(byRep.error().details.size(), 4);

    auto duplicates =
        w.service.add(w.lead, draft(QStringLiteral("Timeline"), QStringLiteral("Cadence"), ChecklistItemKind::Choice,
                                    {QStringLiteral("Weekly"), QStringLiteral("weekly ")}));
    QVERIFY(!duplicates);
    QCOMPARE(duplicates.error().details.size(), 1);
    QVERIFY(duplicates.error().details.first().contains(QStringLiteral("more than once")));

    // Choices of an item that is not a choice are not kept.
    auto text = w.service.add(w.lead, draft(QStringLiteral("Timeline"), QStringLiteral("Cadence"),
                                            ChecklistItemKind::Text, {QStringLiteral("Weekly")}));
    QVERIFY(succeeded(text));
    QVERIFY(text->choices.isEmpty());
}

void TestChecklistTemplateService::givenKeyIsChecked()
{
    World w;
    ChecklistItem item = draft(QStringLiteral("Commercial"), QStringLiteral("Seats again"));
    item.key = QStringLiteral("seats");
    auto taken = w.service.add(w.lead, item);
    QVERIFY(!taken);
    QVERIFY(taken.error().details.first().contains(QStringLiteral("already has the key \"seats\"")));
    item.key = QStringLiteral("Seats Again");
    auto malformed = w.service.add(w.lead, item);
    QVERIFY(!malformed);
    QCOMPARE(w.service.problems(item)->first().field, TemplateField::Key);
    item.key = QStringLiteral("seats_again");
    QVERIFY(succeeded(w.service.add(w.lead, item)));
}

void TestChecklistTemplateService::updateSavesTheFieldsAndKeepsTheKey()
{
    World w;
    ChecklistItem item = w.item(QStringLiteral("billing_terms"));
    const qint64 auditByLead = w.auditRowsBy(w.lead.id);
    item.label = QStringLiteral("Invoicing terms");
    item.help = QStringLiteral("How the customer pays.");
    item.choices = QStringList{QStringLiteral("Monthly"), QStringLiteral("Annually")};
    item.required = false;
    auto updated = w.service.update(w.lead, item);
    QVERIFY(succeeded(updated));
    QCOMPARE(updated->version, item.version + 1);
    const ChecklistItem stored = w.item(QStringLiteral("billing_terms"));
    QCOMPARE(stored.label, QStringLiteral("Invoicing terms"));
    QCOMPARE(stored.choices, item.choices);
    QVERIFY(!stored.required);
    QCOMPARE(stored.position, item.position);
    QCOMPARE(w.auditRowsBy(w.lead.id), auditByLead + 4); // label, help, choices, required: each its own row

    item = stored;
    item.key = QStringLiteral("invoicing_terms");
    auto rekeyed = w.service.update(w.lead, item);
    QVERIFY(!rekeyed);
    QVERIFY(rekeyed.error().details.first().contains(QStringLiteral("never changes")));
}

void TestChecklistTemplateService::updateToAnotherSectionGoesToItsEnd()
{
    World w;
    ChecklistItem item = w.item(QStringLiteral("seats"));
    item.section = QStringLiteral("Technical scope");
    QVERIFY(succeeded(w.service.update(w.lead, item)));
    QVERIFY(!w.keysOf(QStringLiteral("Commercial")).contains(QStringLiteral("seats")));
    QCOMPARE(w.keysOf(QStringLiteral("Technical scope")).constLast(), QStringLiteral("seats"));
}

void TestChecklistTemplateService::kindCannotChangeOnceAnswered()
{
    World w;
    QVERIFY(succeeded(ChecklistService(w.db).answer(w.rep, w.dealId, QStringLiteral("pains"), QStringLiteral("Slow"))));
    ChecklistItem pains = w.item(QStringLiteral("pains"));
    pains.kind = ChecklistItemKind::Date;
    pains.label = QString();
    auto updated = w.service.update(w.lead, pains);
    QVERIFY(!updated);
    QCOMPARE(updated.error().details.size(), 2); // the blank label and the kind
    QVERIFY2(updated.error().details.at(1).contains(QStringLiteral("Answered on deals: 1")),
             qPrintable(updated.error().fullText()));

    ChecklistItem outcomes = w.item(QStringLiteral("desired_outcomes"));
    outcomes.kind = ChecklistItemKind::Check;
    QVERIFY(succeeded(w.service.update(w.lead, outcomes))); // nobody answered it yet
}

void TestChecklistTemplateService::moveSwapsWithinTheSection()
{
    World w;
    const QList<ChecklistItem> before = *w.service.items();
    const ChecklistItem seats = w.item(QStringLiteral("seats"));
    const qint64 auditByLead = w.auditRowsBy(w.lead.id);
    QVERIFY(succeeded(w.service.move(w.lead, seats.id, -1)));
    QCOMPARE(
        w.keysOf(QStringLiteral("Commercial")).mid(0, 3),
        (QStringList{QStringLiteral("seats"), QStringLiteral("products_or_plan"), QStringLiteral("contract_value")}));
    QCOMPARE(w.auditRowsBy(w.lead.id), auditByLead + 2); // two positions swapped

    QVERIFY(succeeded(w.service.move(w.lead, seats.id, 3)));
    QCOMPARE(w.keysOf(QStringLiteral("Commercial")).mid(0, 5),
             (QStringList{QStringLiteral("products_or_plan"), QStringLiteral("contract_value"),
                          QStringLiteral("contract_start"), QStringLiteral("seats"), QStringLiteral("renewal_date")}));
    QVERIFY(succeeded(w.service.move(w.lead, seats.id, -2)));
    QCOMPARE(w.keysOf(QStringLiteral("Commercial")).at(1), QStringLiteral("seats"));
    // back where it was
    QCOMPARE(w.allKeys().size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(w.allKeys().at(i), before.at(i).key);
    }
}

void TestChecklistTemplateService::moveStopsAtTheSectionsEdge()
{
    World w;
    const QStringList before = w.allKeys();
    auto up = w.service.move(w.lead, w.item(QStringLiteral("executive_sponsor")).id, -1);
    QVERIFY(!up);
    QCOMPARE(up.error().code, Error::Code::Invalid);
    QVERIFY(up.error().details.first().contains(QStringLiteral("already the first item of \"Stakeholders\"")));
    auto down = w.service.move(w.lead, w.item(QStringLiteral("billing_contact")).id, 1);
    QVERIFY(!down);
    QVERIFY(down.error().details.first().contains(QStringLiteral("already the last item")));
    QCOMPARE(w.allKeys(), before);
    QCOMPARE(w.service.move(w.lead, 999999, 1).error().code, Error::Code::NotFound);
}

void TestChecklistTemplateService::moveCopesWithSharedPositions()
{
    World w;
    // A file edited by hand: three items of a section on one position (the order then falls back to the id).
    QVERIFY(succeeded(w.db.exec(QStringLiteral("UPDATE checklist_items SET position = 210 WHERE section = 'Why they "
                                               "bought' AND position <= 230"))));
    const QStringList before = w.keysOf(QStringLiteral("Why they bought"));
    QVERIFY(succeeded(w.service.move(w.lead, w.item(QStringLiteral("success_criteria")).id, -2)));
    QStringList expected = before;
    expected.move(2, 0);
    QCOMPARE(w.keysOf(QStringLiteral("Why they bought")), expected);
    QCOMPARE(w.service.sections()->at(2), QStringLiteral("Why they bought"));
}

void TestChecklistTemplateService::removeRefusedWhenAnswered()
{
    World w;
    ChecklistService answers(w.db);
    QVERIFY(succeeded(answers.answer(w.rep, w.dealId, QStringLiteral("pains"), QStringLiteral("Slow reports"))));
    const qint64 otherDeal = w.deal();
    QVERIFY(succeeded(answers.answer(w.rep, otherDeal, QStringLiteral("pains"), QStringLiteral("Churn"))));
    QVERIFY(
        succeeded(answers.answer(w.rep, w.dealId, QStringLiteral("alternatives_evaluated"), QStringLiteral("Acme"))));

    auto removed = w.service.remove(w.lead, w.item(QStringLiteral("pains")));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, Error::Code::Invalid);
    QVERIFY(removed.error().message.contains(QStringLiteral("\"Pains\" was not removed")));
    QCOMPARE(removed.error().details,
             QStringList{QStringLiteral("Answered on deals: 2. Make it optional instead of removing it.")});
    QVERIFY(w.service.item(QStringLiteral("pains")));

    auto optional = w.service.remove(w.lead, w.item(QStringLiteral("alternatives_evaluated")));
    QVERIFY(!optional);
    QVERIFY(optional.error().details.first().startsWith(QStringLiteral("Answered on deals: 1.")));

    // An answer cleared again is no answer: the item may go, and the blank answer row with it.
    QVERIFY(succeeded(answers.answer(w.rep, w.dealId, QStringLiteral("alternatives_evaluated"), QString())));
    QVERIFY(succeeded(w.service.remove(w.lead, w.item(QStringLiteral("alternatives_evaluated")))));
}

void TestChecklistTemplateService::removeDeletesAnUnansweredItem()
{
    World w;
    const ChecklistItem item = w.item(QStringLiteral("critical_event"));
    QVERIFY(succeeded(w.service.remove(w.lead, item)));
    QCOMPARE(w.service.item(QStringLiteral("critical_event")).error().code, Error::Code::NotFound);
    auto audit = w.db.exec(QStringLiteral("SELECT actor_id, action, old_value FROM audit_log WHERE entity = "
                                          "'checklist_items' AND entity_id = ?"),
                           {item.id});
    QVERIFY(audit && audit->next());
    QCOMPARE(audit->value(0).toLongLong(), w.lead.id);
    QCOMPARE(audit->value(1).toString(), QStringLiteral("delete"));
    QVERIFY(audit->value(2).toString().contains(QStringLiteral("critical_event")));
}

void TestChecklistTemplateService::staleVersionIsAConflict()
{
    World w;
    const ChecklistItem read = w.item(QStringLiteral("seats"));
    ChecklistItem first = read;
    first.label = QStringLiteral("Seats");
    QVERIFY(succeeded(w.service.update(w.lead, first)));
    ChecklistItem second = read;
    second.help = QStringLiteral("Written over an old copy");
    auto updated = w.service.update(w.lead, second);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, Error::Code::Conflict);
    QCOMPARE(w.item(QStringLiteral("seats")).label, QStringLiteral("Seats"));
    QVERIFY(w.item(QStringLiteral("seats")).help != second.help);

    auto removed = w.service.remove(w.lead, read);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, Error::Code::Conflict);
    QVERIFY(w.service.item(QStringLiteral("seats")));
}

void TestChecklistTemplateService::restorePutsItBackWhereItWas()
{
    World w;
    const QStringList before = w.allKeys();
    const ChecklistItem contractValue = w.item(QStringLiteral("contract_value"));
    QVERIFY(succeeded(w.service.remove(w.lead, contractValue)));
    auto restored = w.service.restore(w.lead, contractValue);
    QVERIFY(succeeded(restored));
    QCOMPARE(restored->key, QStringLiteral("contract_value"));
    QCOMPARE(w.allKeys(), before);

    // Its key is taken meanwhile: it cannot come back under it.
    const ChecklistItem seats = w.item(QStringLiteral("seats"));
    QVERIFY(succeeded(w.service.remove(w.lead, seats)));
    ChecklistItem impostor = draft(QStringLiteral("Commercial"), QStringLiteral("Other"));
    impostor.key = QStringLiteral("seats");
    QVERIFY(succeeded(w.service.add(w.lead, impostor)));
    auto again = w.service.restore(w.lead, seats);
    QVERIFY(!again);
    QVERIFY(again.error().details.first().contains(QStringLiteral("\"seats\"")));
}

void TestChecklistTemplateService::newRequiredItemGatesTheChecklist()
{
    World w;
    ChecklistItem item =
        draft(QStringLiteral("Security"), QStringLiteral("Security review passed"), ChecklistItemKind::Check);
    item.required = true;
    auto added = w.service.add(w.lead, item);
    QVERIFY(succeeded(added));
    auto completeness = ChecklistService(w.db).completeness(w.dealId);
    QVERIFY(succeeded(completeness));
    QCOMPARE(completeness->missingRequired.constLast().key, QStringLiteral("security_review_passed"));
    QCOMPARE(completeness->sections.constLast().section, QStringLiteral("Security"));
}

QTEST_GUILESS_MAIN(TestChecklistTemplateService)
#include "tst_checklisttemplateservice.moc"
