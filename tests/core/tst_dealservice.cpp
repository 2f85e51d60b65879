// Creating and editing deals, the people who work in Handoff, and where each refusal of a transition is fixed.
#include "PromiseTestWorld.h"
#include "workflow/DealService.h"
#include "workflow/HandoffWorkflow.h"
#include "workflow/UserService.h"

#include <QTest>

using namespace handoff;
using namespace promisetest;

class TestDealService : public QObject {
    Q_OBJECT

private:
    static NewDeal acme()
    {
        NewDeal draft;
        draft.accountName = QStringLiteral("  acme ");
        draft.title = QStringLiteral("Acme expansion");
        draft.amountMinor = 4800000;
        draft.currency = QStringLiteral("EUR");
        draft.closedOn = kToday;
        return draft;
    }

private slots:
    void salesRepCreatesADraftOnTheExistingAccount()
    {
        World w;
        auto deal = DealService(w.db).create(w.user(QStringLiteral("rep")), acme());
        QVERIFY2(deal, qPrintable(errorText(deal)));
        QCOMPARE(deal->accountId, w.account); // "acme" is the same account as "Acme"
        QCOMPARE(deal->state, HandoffState::Draft);
        QCOMPARE(deal->salesRepId, w.user(QStringLiteral("rep")).id);
        QCOMPARE(DealService(w.db).accountName(deal->accountId).value(), QStringLiteral("Acme"));
    }

    void aNewAccountIsCreatedOnce()
    {
        World w;
        NewDeal draft = acme();
        draft.accountName = QStringLiteral("Globex");
        auto first = DealService(w.db).create(w.user(QStringLiteral("rep")), draft);
        draft.title = QStringLiteral("Globex phase 2");
        auto second = DealService(w.db).create(w.user(QStringLiteral("rep")), draft);
        QVERIFY(first && second);
        QCOMPARE(first->accountId, second->accountId);
        QVERIFY(first->accountId != w.account);
    }

    void everyProblemIsListedByField()
    {
        World w;
        NewDeal draft;
        draft.currency = QStringLiteral("euro");
        draft.amountMinor = -5;
        draft.termMonths = 0;
        auto problems = DealService(w.db).check(w.user(QStringLiteral("lead")), draft);
        QVERIFY(problems);
        QList<DealField> fields;
        for (const DealFieldProblem& problem : *problems) {
            fields.append(problem.field);
        }
        QCOMPARE(fields, (QList<DealField>{DealField::Account, DealField::Title, DealField::Amount, DealField::Currency,
                                           DealField::ClosedOn, DealField::TermMonths, DealField::SalesRep}));
        auto refused = DealService(w.db).create(w.user(QStringLiteral("lead")), draft);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(refused.error().details.size(), 7);
    }

    void aTakenCrmReferenceIsRefused()
    {
        World w;
        NewDeal draft = acme();
        draft.externalRef = QStringLiteral("SF-1");
        QVERIFY(DealService(w.db).create(w.user(QStringLiteral("rep")), draft));
        draft.title = QStringLiteral("Another");
        auto again = DealService(w.db).create(w.user(QStringLiteral("rep")), draft);
        QVERIFY(!again);
        QVERIFY(again.error().details.join(QLatin1Char(' ')).contains(QLatin1String("SF-1")));
    }

    void supportCannotCreateDeals()
    {
        World w;
        auto refused = DealService(w.db).create(w.user(QStringLiteral("support")), acme());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
    }

    void editRulesFollowRoleAndState()
    {
        World w;
        Deal deal = *DealStore(w.db).get(w.deal(HandoffState::Draft));
        QVERIFY(DealService::editRefusals(w.user(QStringLiteral("rep")), deal).isEmpty());
        QVERIFY(!DealService::editRefusals(w.user(QStringLiteral("other rep")), deal).isEmpty());
        QVERIFY(!DealService::editRefusals(w.user(QStringLiteral("support")), deal).isEmpty());
        deal.state = HandoffState::Submitted;
        QVERIFY(!DealService::editRefusals(w.user(QStringLiteral("rep")), deal).isEmpty());
        QVERIFY(DealService::editRefusals(w.user(QStringLiteral("lead")), deal).isEmpty());
        deal.state = HandoffState::Fulfilled;
        QVERIFY(!DealService::editRefusals(w.user(QStringLiteral("lead")), deal).isEmpty());
    }

    void updateKeepsStateAndOwnerAndDetectsConflicts()
    {
        World w;
        Deal deal = *DealStore(w.db).get(w.deal(HandoffState::Draft));
        Deal edit = deal;
        edit.title = QStringLiteral("Acme global rollout");
        edit.state = HandoffState::Accepted; // not the service's to change
        edit.supportOwnerId = w.user(QStringLiteral("support")).id;
        auto saved = DealService(w.db).update(w.user(QStringLiteral("rep")), edit);
        QVERIFY2(saved, qPrintable(errorText(saved)));
        QCOMPARE(saved->title, QStringLiteral("Acme global rollout"));
        QCOMPARE(saved->state, HandoffState::Draft);
        QCOMPARE(saved->supportOwnerId, 0);

        Deal stale = deal; // read before the save above
        stale.whyBought = QStringLiteral("cheaper");
        auto conflict = DealService(w.db).update(w.user(QStringLiteral("rep")), stale);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, Error::Code::Conflict);
        QCOMPARE(DealStore(w.db).get(deal.id)->whyBought, QString());
    }

    void anInvalidEditIsRefusedWhole()
    {
        World w;
        Deal deal = *DealStore(w.db).get(w.deal(HandoffState::Draft));
        deal.title = QStringLiteral("  ");
        deal.whyBought = QStringLiteral("kept?");
        auto refused = DealService(w.db).update(w.user(QStringLiteral("rep")), deal);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(DealStore(w.db).get(deal.id)->whyBought, QString());
    }

    void usersAreCreatedWithAUniqueEmail()
    {
        World w;
        UserService users(w.db);
        auto dana = users.create(QStringLiteral(" Dana  Reyes "), QStringLiteral("dana@example.com"), Role::Support);
        QVERIFY2(dana, qPrintable(errorText(dana)));
        QCOMPARE(dana->name, QStringLiteral("Dana Reyes"));
        auto again = users.create(QStringLiteral("Dana R"), QStringLiteral("DANA@example.com"), Role::Sales);
        QVERIFY(!again);
        QVERIFY(again.error().details.first().contains(QLatin1String("Dana Reyes")));
        auto bad = users.create(QString(), QStringLiteral("not an email"), Role::Sales);
        QVERIFY(!bad);
        QCOMPARE(bad.error().details.size(), 2);
        QCOMPARE(users.active(Role::Support)->size(), 3);
    }

    void refusalsNameWhereTheyAreFixed()
    {
        World w;
        const qint64 dealId = w.deal(HandoffState::Draft);
        Promise undated = w.draft(dealId);
        undated.dueOn = QDate();
        const qint64 promiseId = Seed<PromiseStore>(w.db).create(undated)->id;
        const auto reasons =
            HandoffWorkflow(w.db).reasons(w.user(QStringLiteral("rep")), dealId, HandoffAction::Submit);
        QSet<HandoffReason::Place> places;
        bool promiseNamed = false;
        bool itemNamed = false;
        for (const HandoffReason& reason : reasons) {
            places.insert(reason.place);
            promiseNamed |= reason.place == HandoffReason::Place::Promises && reason.key.toLongLong() == promiseId;
            itemNamed |= reason.place == HandoffReason::Place::Checklist && !reason.key.isEmpty();
        }
        QVERIFY(places.contains(HandoffReason::Place::Contacts));
        QVERIFY(promiseNamed);
        QVERIFY(itemNamed);
        QCOMPARE(HandoffWorkflow(w.db).refusals(w.user(QStringLiteral("rep")), dealId, HandoffAction::Submit).size(),
                 reasons.size());
        const auto forbidden =
            HandoffWorkflow(w.db).reasons(w.user(QStringLiteral("support")), dealId, HandoffAction::Submit);
        QCOMPARE(forbidden.size(), 1);
        QCOMPARE(forbidden.first().place, HandoffReason::Place::None);
    }
};

QTEST_GUILESS_MAIN(TestDealService)
#include "tst_dealservice.moc"
