// Removing a promise from the register and asking beforehand whether an action is open: who may remove in which
// state of the handoff, the audit row that keeps what was removed, conflicts with a newer version, and refusals()
// agreeing with what the actions themselves do.

#include "PromiseTestWorld.h"
#include "workflow/PromiseService.h"

using namespace handoff;
using namespace promisetest;

namespace {

const QString kRemoveRole = QStringLiteral("Only the deal's sales rep or a lead can remove its promises");
const QString kNotYours = QStringLiteral("You are not the sales rep of this deal; only its sales rep or a lead can "
                                         "remove");
const QString kOwed = QStringLiteral("a lead waives a promise instead of removing it");
const QString kSubmitted = QStringLiteral("a sales rep can remove promises only while it is a draft or returned");
const QString kClosed = QStringLiteral("its promises can no longer change");

int promiseCount(const World& w)
{
    return w.db.scalar(QStringLiteral("SELECT count(*) FROM promises"))->toInt();
}

} // namespace

class TestPromiseRemoval : public QObject {
    Q_OBJECT

private slots:
    void remove_data();
    void remove();
    void removeWritesOneAuditRowWithTheFields();
    void removeRefusesAnOldVersion();
    void refusalsAgreeWithTheActions_data();
    void refusalsAgreeWithTheActions();
    void refusalsToAdd();
};

void TestPromiseRemoval::remove_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<HandoffState>("state");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QStringList>("reasons");

    using S = HandoffState;
    const QString ok, forbidden = QStringLiteral("forbidden"), invalid = QStringLiteral("invalid");
    const QString rep = QStringLiteral("rep"), support = QStringLiteral("support"), lead = QStringLiteral("lead");
    QTest::newRow("rep, draft") << rep << S::Draft << ok << QStringList();
    QTest::newRow("rep, returned") << rep << S::Returned << ok << QStringList();
    QTest::newRow("rep, submitted") << rep << S::Submitted << invalid << QStringList{kSubmitted};
    QTest::newRow("rep, accepted") << rep << S::Accepted << invalid << QStringList{kOwed};
    QTest::newRow("rep, fulfilled") << rep << S::Fulfilled << invalid << QStringList{kClosed};
    QTest::newRow("other rep, draft") << QStringLiteral("other rep") << S::Draft << forbidden << QStringList{kNotYours};
    QTest::newRow("support, draft") << support << S::Draft << forbidden << QStringList{kRemoveRole};
    QTest::newRow("support, accepted") << support << S::Accepted << forbidden << QStringList{kRemoveRole, kOwed};
    QTest::newRow("lead, draft") << lead << S::Draft << ok << QStringList();
    QTest::newRow("lead, submitted") << lead << S::Submitted << ok << QStringList();
    QTest::newRow("lead, accepted") << lead << S::Accepted << invalid << QStringList{kOwed};
    QTest::newRow("lead, cancelled") << lead << S::Cancelled << invalid << QStringList{kClosed};
}

void TestPromiseRemoval::remove()
{
    QFETCH(QString, actor);
    QFETCH(HandoffState, state);
    QFETCH(QString, refusal);
    QFETCH(QStringList, reasons);

    World w;
    const Promise promise = w.seed(w.deal(state));
    const qint64 audit = w.lastAuditId();
    const auto removed = PromiseService(w.db).remove(w.user(actor), promise.id);
    if (refusal.isEmpty()) {
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().fullText()));
        QCOMPARE(promiseCount(w), 0);
        QCOMPARE(w.auditSince(audit).size(), 1);
    } else {
        QVERIFY(!removed.ok());
        QCOMPARE(int(removed.error().code),
                 int(refusal == QLatin1String("forbidden") ? Error::Code::Forbidden : Error::Code::Invalid));
        QCOMPARE(removed.error().details.size(), reasons.size());
        for (int i = 0; i < reasons.size(); ++i) {
            QVERIFY2(removed.error().details.at(i).contains(reasons.at(i)), qPrintable(removed.error().fullText()));
        }
        QCOMPARE(promiseCount(w), 1);
        QCOMPARE(w.auditSince(audit).size(), 0);
    }
}

void TestPromiseRemoval::removeWritesOneAuditRowWithTheFields()
{
    World w;
    const User rep = w.user(QStringLiteral("rep"));
    const Promise promise = w.seed(w.deal(HandoffState::Draft));
    const qint64 audit = w.lastAuditId();
    QVERIFY(PromiseService(w.db).remove(rep, promise.id, promise.version).ok());

    const QList<AuditEntry> rows = w.auditSince(audit);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().action, QStringLiteral("delete"));
    QCOMPARE(rows.first().entity, QStringLiteral("promises"));
    QCOMPARE(rows.first().entityId, promise.id);
    QCOMPARE(rows.first().dealId, promise.dealId);
    QCOMPARE(rows.first().actorId, rep.id);
    QVERIFY2(rows.first().oldValue.contains(promise.description), qPrintable(rows.first().oldValue));
}

void TestPromiseRemoval::removeRefusesAnOldVersion()
{
    World w;
    const User rep = w.user(QStringLiteral("rep"));
    const Promise promise = w.seed(w.deal(HandoffState::Draft));
    Promise changed = promise;
    changed.description = QStringLiteral("Changed in another window");
    QVERIFY(PromiseService(w.db).edit(rep, changed).ok());

    const auto removed = PromiseService(w.db).remove(rep, promise.id, promise.version);
    QVERIFY(!removed.ok());
    QCOMPARE(int(removed.error().code), int(Error::Code::Conflict));
    QCOMPARE(promiseCount(w), 1);
    QCOMPARE(int(PromiseService(w.db).remove(rep, promise.id + 100).error().code), int(Error::Code::NotFound));
}

void TestPromiseRemoval::refusalsAgreeWithTheActions_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<HandoffState>("state");
    QTest::addColumn<ReviewStatus>("review");

    using S = HandoffState;
    for (const char* actor : {"rep", "other rep", "support", "other support", "lead"}) {
        for (S state : allValues<HandoffState>()) {
            for (ReviewStatus review :
                 {ReviewStatus::Pending, ReviewStatus::NeedsClarification, ReviewStatus::CannotFulfil}) {
                QTest::addRow("%s, %s, %s", actor, qPrintable(toKey(state)), qPrintable(toKey(review)))
                    << QString::fromLatin1(actor) << state << review;
            }
        }
    }
}

// For each action, refusals() is empty exactly when the action (given good inputs) succeeds, and otherwise lists
// the same reasons the action gives.
void TestPromiseRemoval::refusalsAgreeWithTheActions()
{
    QFETCH(QString, actor);
    QFETCH(HandoffState, state);
    QFETCH(ReviewStatus, review);

    const auto errorOf = [](const auto& result) { return result.ok() ? Error() : result.error(); };
    World w;
    const auto run = [&](PromiseAction action) {
        // A promise of its own for each action, so that no action sees another's effect.
        const Promise promise = w.seed(w.deal(state), review);
        PromiseService service(w.db);
        const User u = w.user(actor);
        const QStringList refusals = service.refusals(u, promise.id, action);
        Error error;
        switch (action) {
        case PromiseAction::Edit: {
            Promise changed = promise;
            changed.description = QStringLiteral("Changed");
            error = errorOf(service.edit(u, changed));
            break;
        }
        case PromiseAction::Remove:
            error = errorOf(service.remove(u, promise.id));
            break;
        case PromiseAction::Review:
            error = errorOf(service.review(u, promise.id, ReviewStatus::CannotFulfil, QStringLiteral("no")));
            break;
        case PromiseAction::AnswerClarification:
            error = errorOf(service.answerClarification(u, promise.id, QStringLiteral("Okta")));
            break;
        case PromiseAction::Waive:
            error = errorOf(service.waive(u, promise.id, QStringLiteral("customer agreed")));
            break;
        case PromiseAction::MarkFulfilled:
            error = errorOf(service.markFulfilled(u, promise.id, kToday));
            break;
        }
        return std::make_pair(refusals, error);
    };
    for (PromiseAction action :
         {PromiseAction::Edit, PromiseAction::Remove, PromiseAction::Review, PromiseAction::AnswerClarification,
          PromiseAction::Waive, PromiseAction::MarkFulfilled}) {
        const auto [refusals, error] = run(action);
        QCOMPARE(refusals, error.details);
        QCOMPARE(refusals.isEmpty(), error.message.isEmpty());
    }
}

void TestPromiseRemoval::refusalsToAdd()
{
    World w;
    PromiseService service(w.db);
    const qint64 draft = w.deal(HandoffState::Draft);
    const qint64 submitted = w.deal(HandoffState::Submitted);
    QVERIFY(service.refusalsToAdd(w.user(QStringLiteral("rep")), draft).isEmpty());
    QVERIFY(service.refusalsToAdd(w.user(QStringLiteral("lead")), submitted).isEmpty());
    QCOMPARE(service.refusalsToAdd(w.user(QStringLiteral("rep")), submitted).size(), 1);
    QVERIFY(service.refusalsToAdd(w.user(QStringLiteral("rep")), submitted)
                .first()
                .contains(QStringLiteral("only while it is a draft or returned")));
    const QStringList support = service.refusalsToAdd(w.user(QStringLiteral("support")), draft);
    QCOMPARE(support.size(), 1);
    QVERIFY(support.first().contains(QStringLiteral("Only the deal's sales rep or a lead")));
    QCOMPARE(service.refusalsToAdd(w.user(QStringLiteral("rep")), draft + 100).size(), 1);
}

QTEST_GUILESS_MAIN(TestPromiseRemoval)
#include "tst_promiseremoval.moc"
