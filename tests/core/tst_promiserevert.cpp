// Taking back a review, a waiver or a fulfilment (what the workstation's undo does), and the version check the
// workflow actions make when they are given the version a step before them produced.

#include "PromiseTestWorld.h"
#include "workflow/PromiseService.h"

using namespace handoff;
using namespace promisetest;

class TestPromiseRevert : public QObject {
    Q_OBJECT

private slots:
    void revertReviewRestoresTheReviewBefore();
    void revertReviewOnlyOfYourOwnReview();
    void revertReviewFollowsTheReviewRules();
    void revertWaiver();
    void revertFulfilment();
    void revertRefusesAnOldVersionAndOtherActions();
    void actionsCheckTheVersionTheyAreGiven();
};

void TestPromiseRevert::revertReviewRestoresTheReviewBefore()
{
    World w;
    const User support = w.user(QStringLiteral("support"));
    const Promise before = w.seed(w.deal(HandoffState::Submitted));
    PromiseService service(w.db);
    const auto reviewed = service.review(support, before.id, ReviewStatus::CannotFulfil, QStringLiteral("No SAML"));
    QVERIFY(reviewed.ok());

    const qint64 audit = w.lastAuditId();
    const auto reverted = service.revert(support, PromiseAction::Review, before, reviewed->version);
    QVERIFY2(reverted.ok(), qPrintable(errorText(reverted)));
    const Promise stored = w.stored(before.id);
    QCOMPARE(stored.reviewStatus, ReviewStatus::Pending);
    QCOMPARE(stored.reviewerId, qint64(0));
    QCOMPARE(stored.reviewNote, QString());
    QCOMPARE(stored.version, reviewed->version + 1);
    QCOMPARE(reverted->version, stored.version);
    verifyActionRow(w.auditSince(audit), before, support.id, "undo_review", "review_status",
                    QStringLiteral("cannot_fulfil"), QStringLiteral("pending"), QString());

    // An earlier review comes back with its reviewer and note.
    const Promise clarified = w.seed(w.deal(HandoffState::Submitted), ReviewStatus::NeedsClarification);
    const auto accepted = service.review(support, clarified.id, ReviewStatus::Accepted, QString());
    QVERIFY(accepted.ok());
    QVERIFY(service.revert(support, PromiseAction::Review, clarified, accepted->version).ok());
    QCOMPARE(w.stored(clarified.id).reviewStatus, ReviewStatus::NeedsClarification);
    QCOMPARE(w.stored(clarified.id).reviewNote, QStringLiteral("earlier note"));
    QCOMPARE(w.stored(clarified.id).reviewerId, support.id);
}

void TestPromiseRevert::revertReviewOnlyOfYourOwnReview()
{
    World w;
    const Promise before = w.seed(w.deal(HandoffState::Submitted));
    PromiseService service(w.db);
    const auto reviewed = service.review(w.user(QStringLiteral("support")), before.id, ReviewStatus::Accepted, {});
    QVERIFY(reviewed.ok());
    const qint64 audit = w.lastAuditId();
    const auto reverted =
        service.revert(w.user(QStringLiteral("other support")), PromiseAction::Review, before, reviewed->version);
    verifyRefused(reverted, QStringLiteral("invalid"), {QStringLiteral("Someone else reviewed the promise")});
    QCOMPARE(w.stored(before.id).reviewStatus, ReviewStatus::Accepted);
    QCOMPARE(w.auditSince(audit).size(), 0);

    const Promise pending = w.seed(w.deal(HandoffState::Submitted));
    verifyRefused(service.revert(w.user(QStringLiteral("support")), PromiseAction::Review, pending, pending.version),
                  QStringLiteral("invalid"), {QStringLiteral("no review to take back")});
}

void TestPromiseRevert::revertReviewFollowsTheReviewRules()
{
    World w;
    const User support = w.user(QStringLiteral("support"));
    const qint64 deal = w.deal(HandoffState::Submitted);
    const Promise before = w.seed(deal);
    PromiseService service(w.db);
    const auto reviewed = service.review(support, before.id, ReviewStatus::Accepted, {});
    QVERIFY(reviewed.ok());
    // The handoff moved on (returned to sales) before the undo.
    Deal d = *DealStore(w.db).get(deal);
    d.state = HandoffState::Returned;
    QVERIFY(Seed<DealStore>(w.db).update(d).ok());
    verifyRefused(service.revert(support, PromiseAction::Review, before, reviewed->version), QStringLiteral("invalid"),
                  {QStringLiteral("Promises are reviewed while the handoff is submitted")});
}

void TestPromiseRevert::revertWaiver()
{
    World w;
    const User lead = w.user(QStringLiteral("lead"));
    const Promise before = w.seed(w.deal(HandoffState::Submitted), ReviewStatus::CannotFulfil);
    PromiseService service(w.db);
    const auto waived = service.waive(lead, before.id, QStringLiteral("Customer agreed"));
    QVERIFY(waived.ok());

    verifyRefused(service.revert(w.user(QStringLiteral("support")), PromiseAction::Waive, before, waived->version),
                  QStringLiteral("forbidden"), {QStringLiteral("needs a team lead's approval")});
    const qint64 audit = w.lastAuditId();
    QVERIFY(service.revert(lead, PromiseAction::Waive, before, waived->version).ok());
    QCOMPARE(w.stored(before.id).fulfilment, Fulfilment::Open);
    verifyActionRow(w.auditSince(audit), before, lead.id, "undo_waive", "fulfilment", QStringLiteral("waived"),
                    QStringLiteral("open"), QString());
    // Nothing left to take back.
    verifyRefused(service.revert(lead, PromiseAction::Waive, before, w.stored(before.id).version),
                  QStringLiteral("invalid"), {QStringLiteral("not waived")});
}

void TestPromiseRevert::revertFulfilment()
{
    World w;
    const User support = w.user(QStringLiteral("support"));
    const Promise before =
        w.seed(w.deal(HandoffState::Accepted), ReviewStatus::Accepted, Fulfilment::Broken, kToday.addDays(-2));
    PromiseService service(w.db);
    const auto fulfilled = service.markFulfilled(support, before.id, kToday);
    QVERIFY(fulfilled.ok());

    verifyRefused(service.revert(w.user(QStringLiteral("other support")), PromiseAction::MarkFulfilled, before,
                                 fulfilled->version),
                  QStringLiteral("forbidden"), {QStringLiteral("You are not the support owner")});
    const qint64 audit = w.lastAuditId();
    QVERIFY(service.revert(support, PromiseAction::MarkFulfilled, before, fulfilled->version).ok());
    QCOMPARE(w.stored(before.id).fulfilment, Fulfilment::Broken);
    QCOMPARE(w.stored(before.id).fulfilledOn, QDate());
    verifyActionRow(w.auditSince(audit), before, support.id, "undo_fulfil", "fulfilment", QStringLiteral("fulfilled"),
                    QStringLiteral("broken"), QString());

    // Only back to a state fulfilment starts from.
    const auto again = service.markFulfilled(support, before.id, kToday);
    QVERIFY(again.ok());
    Promise waived = before;
    waived.fulfilment = Fulfilment::Waived;
    verifyRefused(service.revert(support, PromiseAction::MarkFulfilled, waived, again->version),
                  QStringLiteral("invalid"), {QStringLiteral("only go back to open or broken")});
}

void TestPromiseRevert::revertRefusesAnOldVersionAndOtherActions()
{
    World w;
    const User support = w.user(QStringLiteral("support"));
    const Promise before = w.seed(w.deal(HandoffState::Submitted));
    PromiseService service(w.db);
    const auto first = service.review(support, before.id, ReviewStatus::Accepted, {});
    QVERIFY(first.ok());
    const auto second = service.review(support, before.id, ReviewStatus::CannotFulfil, QStringLiteral("No"));
    QVERIFY(second.ok());
    const auto stale = service.revert(support, PromiseAction::Review, before, first->version);
    QVERIFY(!stale.ok());
    QCOMPARE(int(stale.error().code), int(Error::Code::Conflict));
    QCOMPARE(w.stored(before.id).reviewStatus, ReviewStatus::CannotFulfil);

    verifyRefused(service.revert(support, PromiseAction::Edit, before, second->version), QStringLiteral("invalid"),
                  {QStringLiteral("Only a review, a waiver or a fulfilment")});
}

void TestPromiseRevert::actionsCheckTheVersionTheyAreGiven()
{
    World w;
    const User support = w.user(QStringLiteral("support"));
    const Promise promise = w.seed(w.deal(HandoffState::Submitted));
    PromiseService service(w.db);
    const auto stale = service.review(support, promise.id, ReviewStatus::Accepted, {}, promise.version + 1);
    QVERIFY(!stale.ok());
    QCOMPARE(int(stale.error().code), int(Error::Code::Conflict));
    QCOMPARE(w.stored(promise.id).reviewStatus, ReviewStatus::Pending);
    const auto current = service.review(support, promise.id, ReviewStatus::Accepted, {}, promise.version);
    QVERIFY2(current.ok(), qPrintable(errorText(current)));
    QCOMPARE(current->version, promise.version + 1);
}

QTEST_GUILESS_MAIN(TestPromiseRevert)
#include "tst_promiserevert.moc"
