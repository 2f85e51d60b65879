// Recording and changing promises as each role meets it: who may add or edit a promise in which state of the deal,
// every problem named at once, feasibility stored with the promise and kept current, an edit after support's objection
// reopening its review, and promises breaking when their date passes.

#include "PromiseTestWorld.h"
#include "workflow/PromiseService.h"

using namespace handoff;
using namespace promisetest;

namespace {

// Role and relation problems (Forbidden) and rule problems (Invalid), as fragments of the reasons a user reads.
const QString kRecordRole = QStringLiteral("Only the deal's sales rep or a lead can record");
const QString kNotYourDeal = QStringLiteral("You are not the sales rep of this deal");
const QString kClosed = QStringLiteral("its promises can no longer change");
const QString kSalesState = QStringLiteral("a sales rep can change promises only while it is a draft or returned");

} // namespace

class TestPromiseService : public QObject {
    Q_OBJECT

private slots:
    void record_data();
    void add_data() { record_data(); }
    void add();
    void edit_data() { record_data(); }
    void edit();
    void addRefusesEveryProblemAtOnce();
    void addIgnoresWorkflowFields();
    void editRecomputesFeasibility();
    void editKeepsReviewAndFulfilment();
    void renegotiation_data();
    void renegotiation();
    void editConflictWritesNothing();
    void markBrokenPastDue();
    void reevaluateOpen();
    void forDeal();
};

void TestPromiseService::record_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<HandoffState>("state");
    QTest::addColumn<QString>("refusal"); // empty: allowed
    QTest::addColumn<QStringList>("reasons");

    using S = HandoffState;
    const QString ok, forbidden = QStringLiteral("forbidden"), invalid = QStringLiteral("invalid");
    const QString rep = QStringLiteral("rep"), other = QStringLiteral("other rep"), support = QStringLiteral("support"),
                  lead = QStringLiteral("lead");
    QTest::newRow("rep, draft") << rep << S::Draft << ok << QStringList();
    QTest::newRow("rep, returned") << rep << S::Returned << ok << QStringList();
    QTest::newRow("rep, submitted") << rep << S::Submitted << invalid << QStringList{kSalesState};
    QTest::newRow("rep, accepted") << rep << S::Accepted << invalid << QStringList{kSalesState};
    QTest::newRow("rep, fulfilled") << rep << S::Fulfilled << invalid << QStringList{kClosed};
    QTest::newRow("rep, cancelled") << rep << S::Cancelled << invalid << QStringList{kClosed};
    QTest::newRow("other rep, draft") << other << S::Draft << forbidden << QStringList{kNotYourDeal};
    QTest::newRow("other rep, returned") << other << S::Returned << forbidden << QStringList{kNotYourDeal};
    QTest::newRow("other rep, submitted")
        << other << S::Submitted << forbidden << QStringList{kNotYourDeal, kSalesState};
    QTest::newRow("other rep, cancelled") << other << S::Cancelled << forbidden << QStringList{kNotYourDeal, kClosed};
    QTest::newRow("support, draft") << support << S::Draft << forbidden << QStringList{kRecordRole};
    QTest::newRow("support, submitted") << support << S::Submitted << forbidden << QStringList{kRecordRole};
    QTest::newRow("support, accepted") << support << S::Accepted << forbidden << QStringList{kRecordRole};
    QTest::newRow("support, fulfilled") << support << S::Fulfilled << forbidden << QStringList{kRecordRole, kClosed};
    QTest::newRow("lead, draft") << lead << S::Draft << ok << QStringList();
    QTest::newRow("lead, returned") << lead << S::Returned << ok << QStringList();
    QTest::newRow("lead, submitted") << lead << S::Submitted << ok << QStringList();
    QTest::newRow("lead, accepted") << lead << S::Accepted << ok << QStringList();
    QTest::newRow("lead, fulfilled") << lead << S::Fulfilled << invalid << QStringList{kClosed};
    QTest::newRow("lead, cancelled") << lead << S::Cancelled << invalid << QStringList{kClosed};
}

void TestPromiseService::add()
{
    QFETCH(QString, actor);
    QFETCH(HandoffState, state);
    QFETCH(QString, refusal);
    QFETCH(QStringList, reasons);
    World w;
    const qint64 deal = w.deal(state);
    const qint64 mark = w.lastAuditId();

    auto added = PromiseService(w.db).add(w.user(actor), w.draft(deal, kToday.addDays(5)));
    if (!refusal.isEmpty()) {
        verifyRefused(added, refusal, reasons);
        QCOMPARE(w.auditSince(mark).size(), 0);
        QCOMPARE(w.db.scalar(QStringLiteral("SELECT count(*) FROM promises"))->toInt(), 0);
        return;
    }
    QVERIFY2(added.ok(), qPrintable(errorText(added)));
    const Promise stored = w.stored(added->id);
    QCOMPARE(stored.promisedById, w.user(actor).id);
    QCOMPARE(stored.description, QStringLiteral("Okta single sign-on at go-live"));
    QCOMPARE(stored.feasibility, Feasibility::Warning);
    QCOMPARE(stored.feasibilityReason, QStringLiteral("due in 5 days; standard lead time is 10 days"));
    const auto rows = w.auditSince(mark);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().action, QStringLiteral("create"));
    QCOMPARE(rows.first().dealId, deal);
    QCOMPARE(rows.first().actorId, w.user(actor).id);
}

void TestPromiseService::edit()
{
    QFETCH(QString, actor);
    QFETCH(HandoffState, state);
    QFETCH(QString, refusal);
    QFETCH(QStringList, reasons);
    World w;
    const Promise before = w.seed(w.deal(state));
    const qint64 mark = w.lastAuditId();

    Promise changed = before;
    changed.description = QStringLiteral("Okta and Azure AD single sign-on");
    changed.dueOn = kToday.addDays(4);
    auto edited = PromiseService(w.db).edit(w.user(actor), changed);
    if (!refusal.isEmpty()) {
        verifyRefused(edited, refusal, reasons);
        QCOMPARE(w.auditSince(mark).size(), 0);
        QCOMPARE(w.stored(before.id).description, before.description);
        QCOMPARE(w.stored(before.id).version, before.version);
        return;
    }
    QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
    const Promise stored = w.stored(before.id);
    QCOMPARE(stored.description, QStringLiteral("Okta and Azure AD single sign-on"));
    QCOMPARE(stored.version, before.version + 1);
    QCOMPARE(stored.promisedById, before.promisedById); // who promised it does not change with who edits it
    QCOMPARE(stored.feasibilityReason, QStringLiteral("due in 4 days; standard lead time is 10 days"));
    QStringList fields;
    for (const AuditEntry& row : w.auditSince(mark)) {
        QCOMPARE(row.action, QStringLiteral("update"));
        QCOMPARE(row.actorId, w.user(actor).id);
        fields.append(row.field);
    }
    QCOMPARE(fields, (QStringList{QStringLiteral("description"), QStringLiteral("due_on"),
                                  QStringLiteral("feasibility"), QStringLiteral("feasibility_reason")}));
}

void TestPromiseService::addRefusesEveryProblemAtOnce()
{
    World w;
    Promise empty;
    empty.dealId = w.deal(HandoffState::Draft);
    const qint64 mark = w.lastAuditId();
    empty.kind = static_cast<PromiseKind>(42);
    empty.capabilityId = 9999;
    empty.description = QStringLiteral("   ");
    auto added = PromiseService(w.db).add(w.user(QStringLiteral("rep")), empty);
    verifyRefused(added, QStringLiteral("invalid"),
                  {QStringLiteral("Describe what was promised"), QStringLiteral("Choose the kind of promise"),
                   QStringLiteral("Give the date the promise is due"),
                   QStringLiteral("There is no capability with id 9999")});

    Promise nowhere = w.draft(424242);
    nowhere.description.clear();
    added = PromiseService(w.db).add(w.user(QStringLiteral("rep")), nowhere);
    verifyRefused(added, QStringLiteral("invalid"),
                  {QStringLiteral("There is no deal with id 424242"), QStringLiteral("Describe what was promised")});
    QCOMPARE(w.auditSince(mark).size(), 0);
}

void TestPromiseService::addIgnoresWorkflowFields()
{
    World w;
    Promise sneaky = w.draft(w.deal(HandoffState::Draft));
    sneaky.promisedById = w.user(QStringLiteral("other rep")).id;
    sneaky.reviewStatus = ReviewStatus::Accepted;
    sneaky.reviewerId = w.user(QStringLiteral("support")).id;
    sneaky.reviewNote = QStringLiteral("approved by me");
    sneaky.fulfilment = Fulfilment::Fulfilled;
    sneaky.fulfilledOn = kToday;
    sneaky.feasibility = Feasibility::Blocked;
    auto added = PromiseService(w.db).add(w.user(QStringLiteral("rep")), sneaky);
    QVERIFY2(added.ok(), qPrintable(errorText(added)));
    const Promise stored = w.stored(added->id);
    QCOMPARE(stored.promisedById, w.user(QStringLiteral("rep")).id);
    QCOMPARE(stored.reviewStatus, ReviewStatus::Pending);
    QCOMPARE(stored.reviewerId, qint64(0));
    QVERIFY(stored.reviewNote.isEmpty());
    QCOMPARE(stored.fulfilment, Fulfilment::Open);
    QVERIFY(!stored.fulfilledOn.isValid());
    QCOMPARE(stored.feasibility, Feasibility::Ok);
}

void TestPromiseService::editRecomputesFeasibility()
{
    World w;
    const User rep = w.user(QStringLiteral("rep"));
    auto promise = PromiseService(w.db).add(rep, w.draft(w.deal(HandoffState::Draft)));
    QVERIFY2(promise.ok(), qPrintable(errorText(promise)));
    QCOMPARE(promise->feasibility, Feasibility::Ok);

    Promise changed = *promise;
    changed.capabilityId = w.scim.id;
    auto edited = PromiseService(w.db).edit(rep, changed);
    QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
    QCOMPARE(w.stored(changed.id).feasibility, Feasibility::Blocked);
    QCOMPARE(w.stored(changed.id).feasibilityReason, QStringLiteral("'SCIM provisioning' is not offered"));

    changed = *edited;
    changed.capabilityId = 0;
    changed.kind = PromiseKind::Training;
    edited = PromiseService(w.db).edit(rep, changed);
    QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
    QCOMPARE(w.stored(changed.id).feasibility, Feasibility::Ok);
    QVERIFY(w.stored(changed.id).feasibilityReason.isEmpty());
}

void TestPromiseService::editKeepsReviewAndFulfilment()
{
    World w;
    const Promise before = w.seed(w.deal(HandoffState::Accepted), ReviewStatus::Accepted);
    Promise changed = before;
    changed.description = QStringLiteral("Okta SSO for admins first");
    changed.reviewStatus = ReviewStatus::Pending;
    changed.fulfilment = Fulfilment::Fulfilled;
    changed.promisedById = w.user(QStringLiteral("lead")).id;
    auto edited = PromiseService(w.db).edit(w.user(QStringLiteral("lead")), changed);
    QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
    const Promise stored = w.stored(before.id);
    QCOMPARE(stored.description, QStringLiteral("Okta SSO for admins first"));
    QCOMPARE(stored.reviewStatus, ReviewStatus::Accepted);
    QCOMPARE(stored.fulfilment, Fulfilment::Open);
    QCOMPARE(stored.promisedById, w.user(QStringLiteral("rep")).id);
}

void TestPromiseService::renegotiation_data()
{
    QTest::addColumn<ReviewStatus>("before");
    QTest::addColumn<ReviewStatus>("after");
    QTest::addColumn<bool>("cleared");
    QTest::newRow("cannot fulfil") << ReviewStatus::CannotFulfil << ReviewStatus::Pending << true;
    QTest::newRow("needs clarification") << ReviewStatus::NeedsClarification << ReviewStatus::Pending << true;
    // support accepted the old commitment, not this one
    QTest::newRow("accepted is reviewed again") << ReviewStatus::Accepted << ReviewStatus::Pending << true;
    QTest::newRow("pending stays") << ReviewStatus::Pending << ReviewStatus::Pending << false;
}

void TestPromiseService::renegotiation()
{
    QFETCH(ReviewStatus, before);
    QFETCH(ReviewStatus, after);
    QFETCH(bool, cleared);
    World w;
    const Promise original = w.seed(w.deal(HandoffState::Returned), before);
    const qint64 mark = w.lastAuditId();
    Promise changed = original;
    changed.dueOn = kToday.addDays(60);
    auto edited = PromiseService(w.db).edit(w.user(QStringLiteral("rep")), changed);
    QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
    const Promise stored = w.stored(original.id);
    QCOMPARE(stored.dueOn, kToday.addDays(60));
    QCOMPARE(stored.reviewStatus, after);
    QCOMPARE(stored.reviewerId, cleared ? qint64(0) : original.reviewerId);
    QCOMPARE(stored.reviewNote, cleared ? QString() : original.reviewNote);
    bool reviewReset = false;
    for (const AuditEntry& row : w.auditSince(mark)) {
        if (row.field == QLatin1String("review_status")) {
            reviewReset = row.oldValue == toKey(before) && row.newValue == QLatin1String("pending");
        }
    }
    QCOMPARE(reviewReset, cleared);
}

void TestPromiseService::editConflictWritesNothing()
{
    World w;
    const Promise original = w.seed(w.deal(HandoffState::Draft));
    Promise first = original;
    first.description = QStringLiteral("first window");
    QVERIFY(PromiseService(w.db).edit(w.user(QStringLiteral("rep")), first).ok());
    const qint64 mark = w.lastAuditId();
    Promise stale = original;
    stale.description = QStringLiteral("second window");
    auto edited = PromiseService(w.db).edit(w.user(QStringLiteral("rep")), stale);
    QVERIFY(!edited.ok());
    QCOMPARE(int(edited.error().code), int(Error::Code::Conflict));
    QCOMPARE(w.stored(original.id).description, QStringLiteral("first window"));
    QCOMPARE(w.auditSince(mark).size(), 0);
}

void TestPromiseService::markBrokenPastDue()
{
    World w;
    const qint64 accepted = w.deal(HandoffState::Accepted), submitted = w.deal(HandoffState::Submitted);
    using R = ReviewStatus;
    using F = Fulfilment;
    const QDate yesterday = kToday.addDays(-1);
    const Promise late = w.seed(accepted, R::Accepted, F::Open, yesterday);
    const Promise dueToday = w.seed(accepted, R::Accepted, F::Open, kToday);
    const Promise kept = w.seed(accepted, R::Accepted, F::Fulfilled, yesterday);
    const Promise waived = w.seed(accepted, R::Accepted, F::Waived, yesterday);
    const Promise undated = w.seed(accepted, R::Accepted, F::Open, QDate());
    const Promise notYetAccepted = w.seed(submitted, R::Accepted, F::Open, yesterday);
    const Promise longAgo = w.seed(accepted, R::Accepted, F::Open, QDate(2025, 1, 31));
    const qint64 mark = w.lastAuditId();

    auto broken = PromiseService(w.db).markBrokenPastDue(kToday);
    QVERIFY2(broken.ok(), qPrintable(errorText(broken)));
    QCOMPARE(*broken, 2);
    QCOMPARE(w.stored(late.id).fulfilment, F::Broken);
    QCOMPARE(w.stored(longAgo.id).fulfilment, F::Broken);
    QCOMPARE(w.stored(dueToday.id).fulfilment, F::Open);
    QCOMPARE(w.stored(kept.id).fulfilment, F::Fulfilled);
    QCOMPARE(w.stored(waived.id).fulfilment, F::Waived);
    QCOMPARE(w.stored(undated.id).fulfilment, F::Open);
    QCOMPARE(w.stored(notYetAccepted.id).fulfilment, F::Open);
    const auto rows = w.auditSince(mark);
    QCOMPARE(rows.size(), 2);
    verifyActionRow({rows.at(0)}, late, 0, "break", "fulfilment", QStringLiteral("open"), QStringLiteral("broken"),
                    QString());
    verifyActionRow({rows.at(1)}, longAgo, 0, "break", "fulfilment", QStringLiteral("open"), QStringLiteral("broken"),
                    QString());

    broken = PromiseService(w.db).markBrokenPastDue(kToday);
    QVERIFY2(broken.ok(), qPrintable(errorText(broken)));
    QCOMPARE(*broken, 0);
    QCOMPARE(w.auditSince(mark).size(), 2);

    // The sweep remembers its day and the last change; a change on the same day, or the next day, sweeps again.
    const Promise recordedLate = w.seed(accepted, R::Accepted, F::Open, yesterday);
    QVERIFY(w.lastAuditId() > mark);
    broken = PromiseService(w.db).markBrokenPastDue(kToday);
    QVERIFY2(broken.ok(), qPrintable(errorText(broken)));
    QCOMPARE(*broken, 1);
    QCOMPARE(w.stored(recordedLate.id).fulfilment, F::Broken);
    broken = PromiseService(w.db).markBrokenPastDue(kToday.addDays(1));
    QVERIFY2(broken.ok(), qPrintable(errorText(broken)));
    QCOMPARE(*broken, 1);
    QCOMPARE(w.stored(dueToday.id).fulfilment, F::Broken);
    QCOMPARE(w.stored(notYetAccepted.id).fulfilment, F::Open);
}

void TestPromiseService::reevaluateOpen()
{
    World w;
    const qint64 deal = w.deal(HandoffState::Draft);
    auto open = PromiseService(w.db).add(w.user(QStringLiteral("rep")), w.draft(deal, kToday.addDays(15)));
    QVERIFY2(open.ok(), qPrintable(errorText(open)));
    QCOMPARE(open->feasibility, Feasibility::Ok);
    const Promise fulfilled =
        w.seed(w.deal(HandoffState::Accepted), ReviewStatus::Accepted, Fulfilment::Fulfilled, kToday.addDays(15));
    const Promise cancelled =
        w.seed(w.deal(HandoffState::Cancelled), ReviewStatus::Pending, Fulfilment::Open, kToday.addDays(15));
    const qint64 mark = w.lastAuditId();

    // Ten days later only five are left of the ten the capability needs.
    auto changed = PromiseService(w.db).reevaluateOpen(kToday.addDays(10));
    QVERIFY2(changed.ok(), qPrintable(errorText(changed)));
    QCOMPARE(*changed, 1);
    Promise stored = w.stored(open->id);
    QCOMPARE(stored.feasibility, Feasibility::Warning);
    QCOMPARE(stored.feasibilityReason, QStringLiteral("due in 5 days; standard lead time is 10 days"));
    QCOMPARE(stored.version, open->version + 1);
    QCOMPARE(w.stored(fulfilled.id).version, fulfilled.version);
    QCOMPARE(w.stored(cancelled.id).version, cancelled.version);
    Promise expected = *open;
    verifyActionRow(w.auditSince(mark), expected, 0, "reevaluate", "feasibility", QStringLiteral("ok"),
                    QStringLiteral("warning"), QStringLiteral("due in 5 days; standard lead time is 10 days"));

    changed = PromiseService(w.db).reevaluateOpen(kToday.addDays(16));
    QVERIFY(changed.ok());
    QCOMPARE(*changed, 1);
    QCOMPARE(w.stored(open->id).feasibility, Feasibility::Blocked);
    QCOMPARE(w.stored(open->id).feasibilityReason, QStringLiteral("was due on 2026-11-25"));

    const qint64 settled = w.lastAuditId();
    changed = PromiseService(w.db).reevaluateOpen(kToday.addDays(16));
    QVERIFY(changed.ok());
    QCOMPARE(*changed, 0);
    QCOMPARE(w.auditSince(settled).size(), 0);
}

void TestPromiseService::forDeal()
{
    World w;
    const qint64 mine = w.deal(HandoffState::Draft), other = w.deal(HandoffState::Draft);
    const Promise first = w.seed(mine);
    w.seed(other);
    const Promise second = w.seed(mine);
    auto promises = PromiseService(w.db).forDeal(mine);
    QVERIFY2(promises.ok(), qPrintable(errorText(promises)));
    QCOMPARE(promises->size(), 2);
    QCOMPARE(promises->at(0).id, first.id);
    QCOMPARE(promises->at(1).id, second.id);
}

QTEST_GUILESS_MAIN(TestPromiseService)
#include "tst_promiseservice.moc"
