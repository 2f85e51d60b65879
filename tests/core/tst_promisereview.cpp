// Support's review of promises and what follows it, as each role meets it: review with notes, the clarification
// loop, a lead's waiver and fulfilment by the support owner. Every refusal names every reason and writes nothing;
// every action writes exactly one audit row.

#include "PromiseTestWorld.h"
#include "workflow/PromiseService.h"

using namespace handoff;
using namespace promisetest;

namespace {

// Role and relation problems (Forbidden) and rule problems (Invalid), as fragments of the reasons a user reads.
const QString kClosed = QStringLiteral("its promises can no longer change");
const QString kReviewRole = QStringLiteral("Only support or a lead can review promises");
const QString kReviewState = QStringLiteral("Promises are reviewed while the handoff is submitted");
const QString kReviewAccepted = QStringLiteral("already accepted; only a lead can change a review");
const QString kNoDecision = QStringLiteral("Choose accepted, needs clarification or cannot fulfil");
const QString kClarifyNote = QStringLiteral("what the sales rep should clarify");
const QString kCannotNote = QStringLiteral("why the promise cannot be fulfilled");
const QString kClarifyRole = QStringLiteral("Only the deal's sales rep or a lead can answer");
const QString kClarifyNotYours = QStringLiteral("You are not the sales rep of this deal; only its sales rep or a lead "
                                                "can answer");
const QString kNotAsked = QStringLiteral("Support has not asked about this promise");
const QString kNoAnswer = QStringLiteral("Write the answer");
const QString kWaiveRole = QStringLiteral("needs a team lead's approval");
const QString kWaiveReview = QStringLiteral("only a promise support cannot fulfil can be waived");
const QString kWaiveReason = QStringLiteral("Give the reason the promise is waived");
const QString kFulfilRole = QStringLiteral("Only the deal's support owner or a lead");
const QString kNotOwner = QStringLiteral("You are not the support owner of this deal");
const QString kFulfilState = QStringLiteral("Promises are fulfilled after support accepts the handoff");
const QString kNoDate = QStringLiteral("Give the date the promise was fulfilled");

} // namespace

class TestPromiseReview : public QObject {
    Q_OBJECT

private slots:
    void review_data();
    void review();
    void reviewNote_data();
    void reviewNote();
    void reviewRefusesEveryReason();
    void clarificationLoop();
    void answerClarification_data();
    void answerClarification();
    void waive_data();
    void waive();
    void markFulfilled_data();
    void markFulfilled();
};

void TestPromiseReview::review_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<HandoffState>("state");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QStringList>("reasons");

    using S = HandoffState;
    const QString ok, forbidden = QStringLiteral("forbidden"), invalid = QStringLiteral("invalid");
    const QString rep = QStringLiteral("rep"), support = QStringLiteral("support"), lead = QStringLiteral("lead");
    QTest::newRow("rep, draft") << rep << S::Draft << forbidden << QStringList{kReviewRole, kReviewState};
    QTest::newRow("rep, submitted") << rep << S::Submitted << forbidden << QStringList{kReviewRole};
    QTest::newRow("rep, accepted") << rep << S::Accepted << forbidden << QStringList{kReviewRole, kReviewAccepted};
    QTest::newRow("support, draft") << support << S::Draft << invalid << QStringList{kReviewState};
    QTest::newRow("support, submitted") << support << S::Submitted << ok << QStringList();
    QTest::newRow("other support, submitted") << QStringLiteral("other support") << S::Submitted << ok << QStringList();
    QTest::newRow("support, returned") << support << S::Returned << invalid << QStringList{kReviewState};
    QTest::newRow("support, accepted") << support << S::Accepted << invalid << QStringList{kReviewAccepted};
    QTest::newRow("support, fulfilled") << support << S::Fulfilled << invalid << QStringList{kReviewState};
    QTest::newRow("support, cancelled") << support << S::Cancelled << invalid << QStringList{kReviewState};
    QTest::newRow("lead, draft") << lead << S::Draft << invalid << QStringList{kReviewState};
    QTest::newRow("lead, submitted") << lead << S::Submitted << ok << QStringList();
    QTest::newRow("lead, returned") << lead << S::Returned << invalid << QStringList{kReviewState};
    QTest::newRow("lead, accepted") << lead << S::Accepted << ok << QStringList();
    QTest::newRow("lead, cancelled") << lead << S::Cancelled << invalid << QStringList{kReviewState};
}

void TestPromiseReview::review()
{
    QFETCH(QString, actor);
    QFETCH(HandoffState, state);
    QFETCH(QString, refusal);
    QFETCH(QStringList, reasons);
    World w;
    const Promise before = w.seed(w.deal(state));
    const qint64 mark = w.lastAuditId();
    const QString note = QStringLiteral("Okta is in the catalog; fine");

    auto reviewed = PromiseService(w.db).review(w.user(actor), before.id, ReviewStatus::Accepted, note);
    if (!refusal.isEmpty()) {
        verifyRefused(reviewed, refusal, reasons);
        QCOMPARE(w.auditSince(mark).size(), 0);
        QCOMPARE(w.stored(before.id).reviewStatus, ReviewStatus::Pending);
        return;
    }
    QVERIFY2(reviewed.ok(), qPrintable(errorText(reviewed)));
    const Promise stored = w.stored(before.id);
    QCOMPARE(stored.reviewStatus, ReviewStatus::Accepted);
    QCOMPARE(stored.reviewerId, w.user(actor).id);
    QCOMPARE(stored.reviewNote, note);
    QCOMPARE(stored.version, before.version + 1);
    QCOMPARE(reviewed->version, stored.version);
    verifyActionRow(w.auditSince(mark), before, w.user(actor).id, "review", "review_status", QStringLiteral("pending"),
                    QStringLiteral("accepted"), note);
}

void TestPromiseReview::reviewNote_data()
{
    QTest::addColumn<ReviewStatus>("status");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("reason"); // empty: allowed
    QTest::newRow("accepted without note") << ReviewStatus::Accepted << QString() << QString();
    QTest::newRow("clarification without note") << ReviewStatus::NeedsClarification << QString() << kClarifyNote;
    QTest::newRow("clarification with blanks")
        << ReviewStatus::NeedsClarification << QStringLiteral("  \n") << kClarifyNote;
    QTest::newRow("clarification with note")
        << ReviewStatus::NeedsClarification << QStringLiteral("Which IdP?") << QString();
    QTest::newRow("cannot fulfil without note") << ReviewStatus::CannotFulfil << QString() << kCannotNote;
    QTest::newRow("cannot fulfil with note")
        << ReviewStatus::CannotFulfil << QStringLiteral("no SCIM this year") << QString();
    QTest::newRow("pending is no decision") << ReviewStatus::Pending << QStringLiteral("later") << kNoDecision;
}

void TestPromiseReview::reviewNote()
{
    QFETCH(ReviewStatus, status);
    QFETCH(QString, note);
    QFETCH(QString, reason);
    World w;
    const Promise before = w.seed(w.deal(HandoffState::Submitted));
    const qint64 mark = w.lastAuditId();
    auto reviewed = PromiseService(w.db).review(w.user(QStringLiteral("support")), before.id, status, note);
    if (!reason.isEmpty()) {
        verifyRefused(reviewed, QStringLiteral("invalid"), {reason});
        QCOMPARE(w.auditSince(mark).size(), 0);
        return;
    }
    QVERIFY2(reviewed.ok(), qPrintable(errorText(reviewed)));
    QCOMPARE(w.stored(before.id).reviewStatus, status);
    verifyActionRow(w.auditSince(mark), before, w.user(QStringLiteral("support")).id, "review", "review_status",
                    QStringLiteral("pending"), toKey(status), note);
}

void TestPromiseReview::reviewRefusesEveryReason()
{
    World w;
    const Promise waived = w.seed(w.deal(HandoffState::Draft), ReviewStatus::Pending, Fulfilment::Waived);
    const qint64 mark = w.lastAuditId();
    auto reviewed =
        PromiseService(w.db).review(w.user(QStringLiteral("rep")), waived.id, ReviewStatus::CannotFulfil, QString());
    verifyRefused(reviewed, QStringLiteral("forbidden"),
                  {kReviewRole, kReviewState, kCannotNote, QStringLiteral("already waived")});
    QCOMPARE(w.auditSince(mark).size(), 0);
}

void TestPromiseReview::clarificationLoop()
{
    World w;
    const User rep = w.user(QStringLiteral("rep")), support = w.user(QStringLiteral("support"));
    const Promise promise = w.seed(w.deal(HandoffState::Submitted));
    PromiseService service(w.db);
    const qint64 mark = w.lastAuditId();

    const QString question = QStringLiteral("Which IdP: Okta or Azure AD?");
    QVERIFY(service.review(support, promise.id, ReviewStatus::NeedsClarification, question).ok());
    // Support cannot accept the handoff with a question open, and cannot answer its own question.
    verifyRefused(service.answerClarification(support, promise.id, QStringLiteral("Okta")), QStringLiteral("forbidden"),
                  {kClarifyRole});
    auto answered = service.answerClarification(rep, promise.id, QStringLiteral("Okta, with MFA"));
    QVERIFY2(answered.ok(), qPrintable(errorText(answered)));
    QCOMPARE(w.stored(promise.id).reviewStatus, ReviewStatus::Pending);
    QCOMPARE(w.stored(promise.id).reviewNote, question);
    // Answered once; a second answer has no question to answer.
    verifyRefused(service.answerClarification(rep, promise.id, QStringLiteral("and Azure")), QStringLiteral("invalid"),
                  {kNotAsked});
    QVERIFY(service.review(support, promise.id, ReviewStatus::Accepted, QString()).ok());
    QCOMPARE(w.stored(promise.id).reviewStatus, ReviewStatus::Accepted);

    const auto rows = w.auditSince(mark);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).action, QStringLiteral("review"));
    QCOMPARE(rows.at(0).newValue, QStringLiteral("needs_clarification"));
    QCOMPARE(rows.at(0).reason, question);
    verifyActionRow({rows.at(1)}, promise, rep.id, "clarify", "review_status", QStringLiteral("needs_clarification"),
                    QStringLiteral("pending"), QStringLiteral("Okta, with MFA"));
    QCOMPARE(rows.at(2).action, QStringLiteral("review"));
    QCOMPARE(rows.at(2).oldValue, QStringLiteral("pending"));
    QCOMPARE(rows.at(2).newValue, QStringLiteral("accepted"));
}

void TestPromiseReview::answerClarification_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<HandoffState>("state");
    QTest::addColumn<ReviewStatus>("review");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QStringList>("reasons");

    using S = HandoffState;
    using R = ReviewStatus;
    const QString ok, forbidden = QStringLiteral("forbidden"), invalid = QStringLiteral("invalid");
    const QString rep = QStringLiteral("rep"), answer = QStringLiteral("Okta");
    QTest::newRow("rep") << rep << S::Submitted << R::NeedsClarification << answer << ok << QStringList();
    QTest::newRow("rep, returned") << rep << S::Returned << R::NeedsClarification << answer << ok << QStringList();
    QTest::newRow("lead") << QStringLiteral("lead") << S::Submitted << R::NeedsClarification << answer << ok
                          << QStringList();
    QTest::newRow("other rep") << QStringLiteral("other rep") << S::Submitted << R::NeedsClarification << answer
                               << forbidden << QStringList{kClarifyNotYours};
    QTest::newRow("support") << QStringLiteral("support") << S::Submitted << R::NeedsClarification << answer
                             << forbidden << QStringList{kClarifyRole};
    QTest::newRow("not asked: pending") << rep << S::Submitted << R::Pending << answer << invalid
                                        << QStringList{kNotAsked};
    QTest::newRow("not asked: cannot fulfil")
        << rep << S::Submitted << R::CannotFulfil << answer << invalid << QStringList{kNotAsked};
    QTest::newRow("empty answer") << rep << S::Submitted << R::NeedsClarification << QStringLiteral(" ") << invalid
                                  << QStringList{kNoAnswer};
    QTest::newRow("cancelled deal") << rep << S::Cancelled << R::NeedsClarification << answer << invalid
                                    << QStringList{kClosed};
    QTest::newRow("everything wrong") << QStringLiteral("support") << S::Cancelled << R::Accepted << QString()
                                      << forbidden << QStringList{kClarifyRole, kClosed, kNotAsked, kNoAnswer};
}

void TestPromiseReview::answerClarification()
{
    QFETCH(QString, actor);
    QFETCH(HandoffState, state);
    QFETCH(ReviewStatus, review);
    QFETCH(QString, answer);
    QFETCH(QString, refusal);
    QFETCH(QStringList, reasons);
    World w;
    const Promise before = w.seed(w.deal(state), review);
    const qint64 mark = w.lastAuditId();
    auto answered = PromiseService(w.db).answerClarification(w.user(actor), before.id, answer);
    if (!refusal.isEmpty()) {
        verifyRefused(answered, refusal, reasons);
        QCOMPARE(w.auditSince(mark).size(), 0);
        QCOMPARE(w.stored(before.id).reviewStatus, review);
        return;
    }
    QVERIFY2(answered.ok(), qPrintable(errorText(answered)));
    QCOMPARE(w.stored(before.id).reviewStatus, ReviewStatus::Pending);
    verifyActionRow(w.auditSince(mark), before, w.user(actor).id, "clarify", "review_status",
                    QStringLiteral("needs_clarification"), QStringLiteral("pending"), answer);
}

void TestPromiseReview::waive_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<HandoffState>("state");
    QTest::addColumn<ReviewStatus>("review");
    QTest::addColumn<Fulfilment>("fulfilment");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QStringList>("reasons");

    using S = HandoffState;
    using R = ReviewStatus;
    using F = Fulfilment;
    const QString ok, forbidden = QStringLiteral("forbidden"), invalid = QStringLiteral("invalid");
    const QString lead = QStringLiteral("lead"), why = QStringLiteral("customer agreed to drop SCIM");
    QTest::newRow("lead, cannot fulfil, submitted")
        << lead << S::Submitted << R::CannotFulfil << F::Open << why << ok << QStringList();
    QTest::newRow("lead, cannot fulfil, returned")
        << lead << S::Returned << R::CannotFulfil << F::Open << why << ok << QStringList();
    QTest::newRow("lead, accepted deal, open")
        << lead << S::Accepted << R::Accepted << F::Open << why << ok << QStringList();
    QTest::newRow("lead, accepted deal, broken")
        << lead << S::Accepted << R::Accepted << F::Broken << why << ok << QStringList();
    QTest::newRow("support") << QStringLiteral("support") << S::Submitted << R::CannotFulfil << F::Open << why
                             << forbidden << QStringList{kWaiveRole};
    QTest::newRow("rep") << QStringLiteral("rep") << S::Submitted << R::CannotFulfil << F::Open << why << forbidden
                         << QStringList{kWaiveRole};
    QTest::newRow("lead, pending review")
        << lead << S::Submitted << R::Pending << F::Open << why << invalid << QStringList{kWaiveReview};
    QTest::newRow("lead, accepted review before acceptance")
        << lead << S::Submitted << R::Accepted << F::Open << why << invalid << QStringList{kWaiveReview};
    QTest::newRow("lead, needs clarification")
        << lead << S::Submitted << R::NeedsClarification << F::Open << why << invalid << QStringList{kWaiveReview};
    QTest::newRow("lead, already waived") << lead << S::Submitted << R::CannotFulfil << F::Waived << why << invalid
                                          << QStringList{QStringLiteral("already waived")};
    QTest::newRow("lead, already fulfilled") << lead << S::Accepted << R::Accepted << F::Fulfilled << why << invalid
                                             << QStringList{QStringLiteral("already fulfilled")};
    QTest::newRow("lead, cancelled deal")
        << lead << S::Cancelled << R::CannotFulfil << F::Open << why << invalid << QStringList{kClosed};
    QTest::newRow("lead, no reason") << lead << S::Submitted << R::CannotFulfil << F::Open << QStringLiteral("  ")
                                     << invalid << QStringList{kWaiveReason};
    QTest::newRow("support, pending, no reason")
        << QStringLiteral("support") << S::Submitted << R::Pending << F::Open << QString() << forbidden
        << QStringList{kWaiveRole, kWaiveReview, kWaiveReason};
}

void TestPromiseReview::waive()
{
    QFETCH(QString, actor);
    QFETCH(HandoffState, state);
    QFETCH(ReviewStatus, review);
    QFETCH(Fulfilment, fulfilment);
    QFETCH(QString, reason);
    QFETCH(QString, refusal);
    QFETCH(QStringList, reasons);
    World w;
    const Promise before = w.seed(w.deal(state), review, fulfilment);
    const qint64 mark = w.lastAuditId();
    auto waived = PromiseService(w.db).waive(w.user(actor), before.id, reason);
    if (!refusal.isEmpty()) {
        verifyRefused(waived, refusal, reasons);
        QCOMPARE(w.auditSince(mark).size(), 0);
        QCOMPARE(w.stored(before.id).fulfilment, fulfilment);
        return;
    }
    QVERIFY2(waived.ok(), qPrintable(errorText(waived)));
    QCOMPARE(w.stored(before.id).fulfilment, Fulfilment::Waived);
    QCOMPARE(w.stored(before.id).reviewStatus, review);
    verifyActionRow(w.auditSince(mark), before, w.user(actor).id, "waive", "fulfilment", toKey(fulfilment),
                    QStringLiteral("waived"), reason);
}

void TestPromiseReview::markFulfilled_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<HandoffState>("state");
    QTest::addColumn<Fulfilment>("fulfilment");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QStringList>("reasons");

    using S = HandoffState;
    using F = Fulfilment;
    const QString ok, forbidden = QStringLiteral("forbidden"), invalid = QStringLiteral("invalid");
    const QString owner = QStringLiteral("support");
    QTest::newRow("support owner") << owner << S::Accepted << F::Open << kToday << ok << QStringList();
    QTest::newRow("lead") << QStringLiteral("lead") << S::Accepted << F::Open << kToday << ok << QStringList();
    QTest::newRow("broken, kept late") << owner << S::Accepted << F::Broken << kToday << ok << QStringList();
    QTest::newRow("other support") << QStringLiteral("other support") << S::Accepted << F::Open << kToday << forbidden
                                   << QStringList{kNotOwner};
    QTest::newRow("rep") << QStringLiteral("rep") << S::Accepted << F::Open << kToday << forbidden
                         << QStringList{kFulfilRole};
    QTest::newRow("lead, submitted") << QStringLiteral("lead") << S::Submitted << F::Open << kToday << invalid
                                     << QStringList{kFulfilState};
    QTest::newRow("support, submitted: not yet owner")
        << owner << S::Submitted << F::Open << kToday << forbidden << QStringList{kNotOwner, kFulfilState};
    QTest::newRow("already fulfilled") << owner << S::Accepted << F::Fulfilled << kToday << invalid
                                       << QStringList{QStringLiteral("already fulfilled on 2026-11-09")};
    QTest::newRow("waived") << owner << S::Accepted << F::Waived << kToday << invalid
                            << QStringList{QStringLiteral("was waived")};
    QTest::newRow("no date") << owner << S::Accepted << F::Open << QDate() << invalid << QStringList{kNoDate};
}

void TestPromiseReview::markFulfilled()
{
    QFETCH(QString, actor);
    QFETCH(HandoffState, state);
    QFETCH(Fulfilment, fulfilment);
    QFETCH(QDate, on);
    QFETCH(QString, refusal);
    QFETCH(QStringList, reasons);
    World w;
    const Promise before = w.seed(w.deal(state), ReviewStatus::Accepted, fulfilment);
    const qint64 mark = w.lastAuditId();
    auto fulfilled = PromiseService(w.db).markFulfilled(w.user(actor), before.id, on);
    if (!refusal.isEmpty()) {
        verifyRefused(fulfilled, refusal, reasons);
        QCOMPARE(w.auditSince(mark).size(), 0);
        QCOMPARE(w.stored(before.id).fulfilment, fulfilment);
        return;
    }
    QVERIFY2(fulfilled.ok(), qPrintable(errorText(fulfilled)));
    QCOMPARE(w.stored(before.id).fulfilment, Fulfilment::Fulfilled);
    QCOMPARE(w.stored(before.id).fulfilledOn, on);
    verifyActionRow(w.auditSince(mark), before, w.user(actor).id, "fulfil", "fulfilment", toKey(fulfilment),
                    QStringLiteral("fulfilled"), QString());
}

QTEST_GUILESS_MAIN(TestPromiseReview)
#include "tst_promisereview.moc"
