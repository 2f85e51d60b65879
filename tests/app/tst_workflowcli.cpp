// The handoff workflow driven from the command line as a sales-ops script would: a deal goes draft → submitted →
// returned → submitted → accepted → fulfilled with the right users, every wrong step is refused with all its
// reasons, and `deal show` tells the story.

#include "HandoffProcess.h"
#include "core/ChecklistFill.h"
#include "core/TestDatabase.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"
#include "workflow/PromiseService.h"
#include "workflow/TaskService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace handoff;

namespace {

const QString kSam = QStringLiteral("sam@example.com");
const QString kDana = QStringLiteral("dana@example.com");
const QString kOla = QStringLiteral("ola@example.com");   // another sales rep
const QString kLee = QStringLiteral("lee@example.com");   // a lead
const QString kGone = QStringLiteral("gone@example.com"); // a deactivated support rep
const QString kPromise = QStringLiteral("SAML SSO by March");

// A deal with a contact-less, half-filled checklist and a promise without a due date: four reasons not to submit.
struct Story {
    TestDatabase test;
    User sam, dana, ola, lee, gone;
    qint64 dealId = 0;
    qint64 otherDealId = 0;
    qint64 promiseId = 0;
    qint64 contactId = 0;
    QStringList missingItems{QStringLiteral("billing_contact"), QStringLiteral("kickoff_date")};

    Story()
    {
        auto user = [this](const char* name, const QString& email, Role role, bool active = true) {
            return *Seed<UserStore>(test.db).create(User{0, 0, QString::fromUtf8(name), email, role, active});
        };
        sam = user("Sam Sales", kSam, Role::Sales);
        dana = user("Dana Reyes", kDana, Role::Support);
        ola = user("Ola Other", kOla, Role::Sales);
        lee = user("Lee Lead", kLee, Role::Lead);
        gone = user("Gus Gone", kGone, Role::Support, false);
        const qint64 account =
            Seed<AccountStore>(test.db, sam.id).create(Account{0, 0, QStringLiteral("Acme Corp"), {}, {}})->id;
        contactId = Seed<ContactStore>(test.db, sam.id)
                        .create(Contact{0, 0, account, QStringLiteral("Jane Doe"), QStringLiteral("CTO"),
                                        QStringLiteral("jane@acme.example"), QStringLiteral("+1 555 0100"),
                                        Channel::Chat, QStringLiteral("Europe/Berlin")})
                        ->id;
        Deal deal;
        deal.accountId = account;
        deal.title = QStringLiteral("Acme rollout");
        deal.externalRef = QStringLiteral("SF-0042");
        deal.amountMinor = 1250000;
        deal.currency = QStringLiteral("EUR");
        deal.closedOn = QDate::currentDate().addDays(-3);
        deal.salesRepId = sam.id;
        dealId = Seed<DealStore>(test.db, sam.id).create(deal)->id;
        deal.title = QStringLiteral("Other deal");
        deal.externalRef.clear();
        deal.salesRepId = ola.id;
        otherDealId = Seed<DealStore>(test.db, sam.id).create(deal)->id;

        const auto required = ChecklistItemStore(test.db).where(QStringLiteral("required = 1"));
        QVERIFY(required);
        for (const ChecklistItem& item : *required) {
            if (!missingItems.contains(item.key)) {
                answer(item);
            }
        }
        Promise promise;
        promise.dealId = dealId;
        promise.kind = PromiseKind::Integration;
        promise.description = kPromise;
        promise.customerWords = QStringLiteral("We log in with our IdP from day one.");
        promise.promisedById = sam.id;
        promiseId = Seed<PromiseStore>(test.db, sam.id).create(promise)->id;
    }

    void answer(const ChecklistItem& item)
    {
        if (item.dealField != AnsweringField::None) {
            QVERIFY(fillAnsweringField(test.db, dealId, item.dealField, QDate::currentDate().addDays(7)));
            return;
        }
        const QString value = answerFitting(item, contactId, QDate::currentDate().addDays(7));
        ChecklistAnswer answer{0, 0, dealId, item.id, value, sam.id, {}};
        answer.answeredAt = test.db.now();
        QVERIFY(Seed<ChecklistAnswerStore>(test.db, sam.id).create(answer));
    }

    // What sales does in the workstation to make the handoff complete.
    void completeTheHandoff()
    {
        const auto required = ChecklistItemStore(test.db).where(QStringLiteral("required = 1"));
        QVERIFY(required);
        for (const ChecklistItem& item : *required) {
            if (missingItems.contains(item.key)) {
                answer(item);
            }
        }
        QVERIFY(Seed<DealContactStore>(test.db, sam.id)
                    .create(DealContact{0, 0, dealId, contactId, ContactRole::Technical}));
        Promise promise = *PromiseStore(test.db).get(promiseId);
        promise.dueOn = QDate::currentDate().addDays(90);
        QVERIFY(Seed<PromiseStore>(test.db, sam.id).update(promise));
    }

    int auditRows() const { return test.db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(); }

    Run handoff(QStringList arguments) const
    {
        return runHandoff(arguments << QStringLiteral("--database") << test.path());
    }

    Run deal(const QString& action, const QString& as, const QStringList& more = {}) const
    {
        return handoff(
            QStringList{QStringLiteral("deal"), action, QString::number(dealId), QStringLiteral("--as"), as} + more);
    }

    QJsonObject show() const
    {
        const Run run = handoff(
            {QStringLiteral("deal"), QStringLiteral("show"), QString::number(dealId), QStringLiteral("--json")});
        if (run.exitCode != 0) {
            qWarning("deal show failed: %s", qPrintable(run.err));
        }
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    QString state() const { return show().value(QLatin1String("state")).toString(); }
};

int reasonCount(const QString& err)
{
    return int(err.count(QLatin1String("\n  - ")));
}

#define EXPECT(run, code)                                                                                              \
    do {                                                                                                               \
        const Run& r_ = (run);                                                                                         \
        QVERIFY2(r_.exitCode == (code), qPrintable(QStringLiteral("exit %1, expected %2\nstdout: %3\nstderr: %4")      \
                                                       .arg(r_.exitCode)                                               \
                                                       .arg(code)                                                      \
                                                       .arg(r_.out, r_.err)));                                         \
    } while (false)

} // namespace

class TestWorkflowCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromDraftToFulfilled()
    {
        Story s;
        QCOMPARE(s.state(), QStringLiteral("draft"));

        // Every reason at once: two checklist items, no contact, a promise without a due date.
        int audit = s.auditRows();
        Run run = s.deal(QStringLiteral("submit"), kSam);
        EXPECT(run, 1);
        QCOMPARE(reasonCount(run.err), 4);
        QVERIFY2(run.err.contains(QLatin1String("Billing contact")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Kickoff date")), qPrintable(run.err));
        QVERIFY2(run.err.contains(kPromise), qPrintable(run.err));
        QCOMPARE(s.auditRows(), audit);

        s.completeTheHandoff();
        audit = s.auditRows();
        // Wrong people: support, another sales rep, a deactivated user, someone unknown.
        EXPECT(s.deal(QStringLiteral("submit"), kDana), 1);
        EXPECT(s.deal(QStringLiteral("submit"), kOla), 1);
        run = s.deal(QStringLiteral("submit"), kGone);
        EXPECT(run, 1);
        QVERIFY2(run.err.contains(QLatin1String("deactivated")), qPrintable(run.err));
        run = s.deal(QStringLiteral("submit"), QStringLiteral("nobody@example.com"));
        EXPECT(run, 1);
        QVERIFY2(run.err.contains(QLatin1String("nobody@example.com")), qPrintable(run.err));
        // Steps that do not exist from a draft.
        EXPECT(s.deal(QStringLiteral("accept"), kDana), 1);
        EXPECT(s.deal(QStringLiteral("return"), kDana, {QStringLiteral("--reason"), QStringLiteral("other")}), 1);
        EXPECT(s.deal(QStringLiteral("fulfil"), kDana), 1);
        QCOMPARE(s.auditRows(), audit);
        QCOMPARE(s.state(), QStringLiteral("draft"));

        run = s.deal(QStringLiteral("submit"), kSam);
        EXPECT(run, 0);
        QVERIFY2(run.out.contains(QLatin1String("Acme rollout")), qPrintable(run.out));
        QCOMPARE(s.state(), QStringLiteral("submitted"));
        EXPECT(s.deal(QStringLiteral("submit"), kSam), 1);

        // Support cannot accept a promise nobody reviewed; sales cannot review it.
        audit = s.auditRows();
        run = s.deal(QStringLiteral("accept"), kDana);
        EXPECT(run, 1);
        QVERIFY2(run.err.contains(kPromise), qPrintable(run.err));
        const QString promise = QString::number(s.promiseId);
        const auto review = [&](const QString& as, const QString& status, const QString& note) {
            QStringList arguments{QStringLiteral("promise"),
                                  QStringLiteral("review"),
                                  promise,
                                  QStringLiteral("--as"),
                                  as,
                                  QStringLiteral("--status"),
                                  status};
            if (!note.isNull()) {
                arguments << QStringLiteral("--note") << note;
            }
            return s.handoff(arguments);
        };
        EXPECT(review(kSam, QStringLiteral("accepted"), QString()), 1);
        EXPECT(review(kDana, QStringLiteral("needs-clarification"), QString()), 1); // needs a note
        // An escape character pasted into a note is refused with where it is, not stored unseen.
        run = review(kDana, QStringLiteral("needs-clarification"), QStringLiteral("which\x1B IdP?"));
        EXPECT(run, 1);
        QVERIFY2(run.err.contains(QLatin1String("U+001B, at position 6")), qPrintable(run.err));
        run = review(kDana, QStringLiteral("maybe"), QString());
        EXPECT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("needs-clarification")), qPrintable(run.err));
        QCOMPARE(s.auditRows(), audit);

        EXPECT(review(kDana, QStringLiteral("needs-clarification"), QStringLiteral("which IdP?")), 0);
        run = s.deal(QStringLiteral("accept"), kDana);
        EXPECT(run, 1);
        QVERIFY2(run.err.contains(kPromise), qPrintable(run.err));

        // Returning takes a reason code from the list; a wrong one is a usage error that lists them.
        run = s.deal(QStringLiteral("return"), kDana, {QStringLiteral("--reason"), QStringLiteral("lazy")});
        EXPECT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("missing_information")) &&
                     run.err.contains(QLatin1String("wrong_owner")),
                 qPrintable(run.err));
        EXPECT(s.deal(QStringLiteral("return"), kDana), 2);
        EXPECT(s.deal(QStringLiteral("return"), kSam, {QStringLiteral("--reason"), QStringLiteral("other")}), 1);
        EXPECT(s.deal(QStringLiteral("return"), kDana,
                      {QStringLiteral("--reason"), QStringLiteral("missing_information"), QStringLiteral("--note"),
                       QStringLiteral("billing contact missing")}),
               0);
        QCOMPARE(s.state(), QStringLiteral("returned"));

        // Sales answers in the workstation and submits again.
        {
            auto answered = PromiseService(s.test.db).answerClarification(s.sam, s.promiseId, QStringLiteral("Okta"));
            QVERIFY2(answered, answered ? "" : qPrintable(answered.error().fullText()));
        }
        EXPECT(s.deal(QStringLiteral("submit"), kSam), 0);
        EXPECT(review(kDana, QStringLiteral("accepted"), QString()), 0);
        run = s.deal(QStringLiteral("accept"), kDana);
        EXPECT(run, 0);
        QJsonObject deal = s.show();
        QCOMPARE(deal[QLatin1String("state")].toString(), QStringLiteral("accepted"));
        QCOMPARE(deal[QLatin1String("support_owner")][QLatin1String("email")].toString(), kDana);
        const QJsonArray tasks = deal[QLatin1String("tasks")].toArray();
        QCOMPARE(tasks.size(), 1);

        // Not fulfilled while the promise is open and the task not done; sales may not close it.
        audit = s.auditRows();
        run = s.deal(QStringLiteral("fulfil"), kDana);
        EXPECT(run, 1);
        QCOMPARE(reasonCount(run.err), 2);
        EXPECT(s.deal(QStringLiteral("fulfil"), kSam), 1);
        QCOMPARE(s.auditRows(), audit);
        {
            auto kept = PromiseService(s.test.db).markFulfilled(s.dana, s.promiseId, QDate::currentDate());
            QVERIFY2(kept, kept ? "" : qPrintable(kept.error().fullText()));
            auto done = TaskService(s.test.db).setStatus(s.dana, tasks.at(0)[QLatin1String("id")].toInteger(),
                                                         TaskStatus::Done, QDate::currentDate());
            QVERIFY2(done, done ? "" : qPrintable(done.error().fullText()));
        }
        EXPECT(s.deal(QStringLiteral("fulfil"), kDana), 0);
        QCOMPARE(s.state(), QStringLiteral("fulfilled"));
        EXPECT(s.deal(QStringLiteral("submit"), kLee), 1); // not even a lead moves a fulfilled deal

        // One audit row per transition, in order.
        auto transitions = s.test.db.exec(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'deals' AND "
                                                         "field = 'state' AND deal_id = ? ORDER BY id"),
                                          {s.dealId});
        QVERIFY(transitions);
        QStringList actions;
        while (transitions->next()) {
            actions.append(transitions->value(0).toString());
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("submit"), QStringLiteral("return"), QStringLiteral("submit"),
                                       QStringLiteral("accept"), QStringLiteral("fulfil")}));

        // The history tells the story in order.
        run = s.handoff({QStringLiteral("deal"), QStringLiteral("show"), QString::number(s.dealId)});
        EXPECT(run, 0);
        qInfo().noquote() << run.out;
        const QStringList story{
            QStringLiteral("Sam Sales created the deal 'Acme rollout'"),
            QStringLiteral("Sam Sales added the promise 'SAML SSO by March'"),
            QStringLiteral("Sam Sales submitted the handoff"),
            QStringLiteral("Dana Reyes reviewed the promise 'SAML SSO by March': needs clarification — which IdP?"),
            QStringLiteral("Dana Reyes returned the handoff: missing information — billing contact missing"),
            QStringLiteral("Sam Sales answered the clarification of the promise 'SAML SSO by March': Okta"),
            QStringLiteral("Sam Sales submitted the handoff"),
            QStringLiteral("Dana Reyes reviewed the promise 'SAML SSO by March': accepted"),
            QStringLiteral("Dana Reyes accepted the handoff and became its owner (1 task generated)"),
            QStringLiteral("Dana Reyes marked the promise 'SAML SSO by March' fulfilled"),
            QStringLiteral("Dana Reyes marked the handoff fulfilled"),
        };
        qsizetype from = 0;
        for (const QString& sentence : story) {
            const qsizetype at = run.out.indexOf(sentence, from);
            QVERIFY2(at >= 0,
                     qPrintable(QStringLiteral("'%1' missing or out of order in:\n%2").arg(sentence, run.out)));
            from = at + sentence.size();
        }
    }

    void showJsonHasEveryField()
    {
        Story s;
        s.completeTheHandoff();
        EXPECT(s.deal(QStringLiteral("submit"), kSam), 0);
        const QJsonObject d = s.show();
        QCOMPARE(d[QLatin1String("id")].toInteger(), s.dealId);
        QCOMPARE(d[QLatin1String("external_ref")].toString(), QStringLiteral("SF-0042"));
        QCOMPARE(d[QLatin1String("title")].toString(), QStringLiteral("Acme rollout"));
        QCOMPARE(d[QLatin1String("account")].toString(), QStringLiteral("Acme Corp"));
        QCOMPARE(d[QLatin1String("state")].toString(), QStringLiteral("submitted"));
        QCOMPARE(d[QLatin1String("amount_minor")].toInteger(), 1250000);
        QCOMPARE(d[QLatin1String("currency")].toString(), QStringLiteral("EUR"));
        QCOMPARE(d[QLatin1String("closed_on")].toString(), QDate::currentDate().addDays(-3).toString(Qt::ISODate));
        QCOMPARE(d[QLatin1String("sales_rep")].toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("Sam Sales")}, {QStringLiteral("email"), kSam}}));
        QVERIFY(d[QLatin1String("support_owner")].isNull());

        const QJsonObject checklist = d[QLatin1String("checklist")].toObject();
        const int required =
            s.test.db.scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE required = 1"))->toInt();
        const int items = s.test.db.scalar(QStringLiteral("SELECT count(*) FROM checklist_items"))->toInt();
        QCOMPARE(checklist[QLatin1String("required_total")].toInt(), required);
        QCOMPARE(checklist[QLatin1String("required_answered")].toInt(), required);
        QCOMPARE(checklist[QLatin1String("total")].toInt(), items);
        QCOMPARE(checklist[QLatin1String("answered")].toInt(), required);
        const QJsonArray sections = checklist[QLatin1String("sections")].toArray();
        QVERIFY(sections.size() >= 8);
        QCOMPARE(sections.at(0)[QLatin1String("section")].toString(), QStringLiteral("Commercial"));
        QCOMPARE(sections.at(0)[QLatin1String("total")].toInt(), 8);

        const QJsonArray contacts = d[QLatin1String("contacts")].toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("Jane Doe")},
                              {QStringLiteral("title"), QStringLiteral("CTO")},
                              {QStringLiteral("email"), QStringLiteral("jane@acme.example")},
                              {QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
                              {QStringLiteral("role"), QStringLiteral("technical")},
                              {QStringLiteral("preferred_channel"), QStringLiteral("chat")}}));
        QVERIFY(d[QLatin1String("channels")].isArray());

        const QJsonArray promises = d[QLatin1String("promises")].toArray();
        QCOMPARE(promises.size(), 1);
        const QJsonObject p = promises.at(0).toObject();
        QCOMPARE(p[QLatin1String("id")].toInteger(), s.promiseId);
        QCOMPARE(p[QLatin1String("kind")].toString(), QStringLiteral("integration"));
        QCOMPARE(p[QLatin1String("description")].toString(), kPromise);
        QCOMPARE(p[QLatin1String("customer_words")].toString(), QStringLiteral("We log in with our IdP from day one."));
        QCOMPARE(p[QLatin1String("due_on")].toString(), QDate::currentDate().addDays(90).toString(Qt::ISODate));
        QVERIFY(p[QLatin1String("capability")].isNull());
        QCOMPARE(p[QLatin1String("feasibility")].toString(), QStringLiteral("ok"));
        QVERIFY(p.contains(QLatin1String("feasibility_reason")));
        QCOMPARE(p[QLatin1String("review_status")].toString(), QStringLiteral("pending"));
        QCOMPARE(p[QLatin1String("review_note")].toString(), QString());
        QCOMPARE(p[QLatin1String("fulfilment")].toString(), QStringLiteral("open"));
        QCOMPARE(d[QLatin1String("tasks")].toArray().size(), 0);

        const Run missing = s.handoff(
            {QStringLiteral("deal"), QStringLiteral("show"), QStringLiteral("9999"), QStringLiteral("--json")});
        EXPECT(missing, 1);
        QVERIFY(missing.out.isEmpty());
    }

    void listFiltersByState()
    {
        Story s;
        s.completeTheHandoff();
        EXPECT(s.deal(QStringLiteral("submit"), kSam), 0);
        Run run = s.handoff({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--json"),
                             QStringLiteral("--state"), QStringLiteral("submitted")});
        EXPECT(run, 0);
        QJsonParseError error;
        const QJsonArray submitted = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + run.out));
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.at(0).toObject(), (QJsonObject{{QStringLiteral("id"), s.dealId},
                                                          {QStringLiteral("state"), QStringLiteral("submitted")},
                                                          {QStringLiteral("title"), QStringLiteral("Acme rollout")},
                                                          {QStringLiteral("account"), QStringLiteral("Acme Corp")},
                                                          {QStringLiteral("sales_rep_email"), kSam}}));

        run = s.handoff({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT(run, 0);
        const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1)[QLatin1String("sales_rep_email")].toString(), kOla);

        // In parts: --limit N, then --after the last id of the part before.
        run = s.handoff({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--json"),
                         QStringLiteral("--limit"), QStringLiteral("1")});
        EXPECT(run, 0);
        const QJsonArray firstPart = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(firstPart, QJsonArray{all.at(0)});
        run = s.handoff({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--json"),
                         QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--after"),
                         QString::number(firstPart.at(0)[QLatin1String("id")].toInteger())});
        EXPECT(run, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array(), QJsonArray{all.at(1)});
        run = s.handoff({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--after"),
                         QString::number(all.at(1)[QLatin1String("id")].toInteger()), QStringLiteral("--json")});
        EXPECT(run, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
        for (const QString& wrong : {QStringLiteral("0"), QStringLiteral("many"), QStringLiteral("-3")}) {
            run = s.handoff({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--limit"), wrong});
            EXPECT(run, 2);
            QVERIFY2(run.err.contains(QLatin1String("--limit")), qPrintable(run.err));
            run = s.handoff({QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--limit"), wrong});
            EXPECT(run, 2);
            QVERIFY2(run.err.contains(QLatin1String("--limit")), qPrintable(run.err));
        }
        // The export takes its rows in the same parts.
        run = s.handoff({QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--after"),
                         QString::number(firstPart.at(0)[QLatin1String("id")].toInteger())});
        EXPECT(run, 0);
        const QJsonArray exportedPart = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(exportedPart.size(), 1);
        QCOMPARE(exportedPart.at(0)[QLatin1String("id")], all.at(1)[QLatin1String("id")]);

        run = s.handoff({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--state"),
                         QStringLiteral("fulfilled"), QStringLiteral("--json")});
        EXPECT(run, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);

        run = s.handoff(
            {QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("draft")});
        EXPECT(run, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2); // header and the other deal
        QVERIFY2(lines.at(1).contains(kOla) && lines.at(1).contains(QLatin1String("draft")), qPrintable(run.out));

        run = s.handoff(
            {QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("won")});
        EXPECT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("returned")), qPrintable(run.err));
    }

    void listKeepsItsColumnsWithWideNames()
    {
        Story s;
        // The other deal's customer has a Japanese name: each of its characters takes two cells on a terminal, 38 in
        // all, more than the column's 30, so the name is cut with an ellipsis.
        QVERIFY(s.test.db.exec(
            QStringLiteral("INSERT INTO accounts (name) VALUES ('東京精密工業株式会社グループ本社営業部')")));
        QVERIFY(s.test.db.exec(QStringLiteral("UPDATE deals SET account_id = (SELECT max(id) FROM accounts) "
                                              "WHERE id <> ?"),
                               {s.dealId}));
        const Run run = s.handoff({QStringLiteral("deal"), QStringLiteral("list")});
        EXPECT(run, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        // Where the sales rep's email starts, counted in cells (kana and ideographs 2, everything else here 1).
        const auto emailCell = [](const QString& line, const QString& email) {
            const qsizetype at = line.indexOf(email);
            int cells = 0;
            for (const QChar c : line.left(at)) {
                const char16_t u = c.unicode();
                cells += (u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) ? 2 : 1;
            }
            return at < 0 ? -1 : cells;
        };
        const int acme = emailCell(lines.at(1), kSam);
        QVERIFY2(acme > 0, qPrintable(run.out));
        QVERIFY2(lines.at(2).contains(QStringLiteral("東京精密工業株式会社グループ…")), qPrintable(run.out));
        QCOMPARE(emailCell(lines.at(2), kOla), acme);
    }

    void listPagesThroughManyDeals()
    {
        Story s;
        // More deals than one page of the list holds.
        QVERIFY(s.test.db.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1234) "
                           "INSERT INTO deals (account_id, title, closed_on, sales_rep_id, created_at) "
                           "SELECT (SELECT account_id FROM deals WHERE id = ?), 'Bulk ' || i, '2026-01-01', ?, "
                           "'2026-01-01T00:00:00Z' "
                           "FROM n"),
            {s.dealId, s.ola.id}));
        const Run run = s.handoff({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT(run, 0);
        const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(all.size(), 1236);
        qint64 last = 0;
        for (const QJsonValue& deal : all) {
            QVERIFY(deal[QLatin1String("id")].toInteger() > last);
            last = deal[QLatin1String("id")].toInteger();
        }
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no action") << QStringList{QStringLiteral("deal")} << QStringLiteral("list");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("deal"), QStringLiteral("approve"),
                                                       QStringLiteral("1")}
                                        << QStringLiteral("approve");
        QTest::newRow("id not a number") << QStringList{QStringLiteral("deal"), QStringLiteral("submit"),
                                                        QStringLiteral("one"), QStringLiteral("--as"), kSam}
                                         << QStringLiteral("one");
        QTest::newRow("no id") << QStringList{QStringLiteral("deal"), QStringLiteral("accept"), QStringLiteral("--as"),
                                              kDana}
                               << QStringLiteral("id");
        QTest::newRow("no --as") << QStringList{QStringLiteral("deal"), QStringLiteral("submit"), QStringLiteral("1")}
                                 << QStringLiteral("--as");
        QTest::newRow("option of another action") << QStringList{QStringLiteral("deal"),
                                                                 QStringLiteral("submit"),
                                                                 QStringLiteral("1"),
                                                                 QStringLiteral("--as"),
                                                                 kSam,
                                                                 QStringLiteral("--reason"),
                                                                 QStringLiteral("other")}
                                                  << QStringLiteral("--reason");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("deal"), QStringLiteral("list"),
                                                       QStringLiteral("--colour")}
                                        << QStringLiteral("colour");
        QTest::newRow("promise without status") << QStringList{QStringLiteral("promise"), QStringLiteral("review"),
                                                               QStringLiteral("1"), QStringLiteral("--as"), kDana}
                                                << QStringLiteral("cannot-fulfil");
        QTest::newRow("promise status pending") << QStringList{QStringLiteral("promise"),
                                                               QStringLiteral("review"),
                                                               QStringLiteral("1"),
                                                               QStringLiteral("--as"),
                                                               kDana,
                                                               QStringLiteral("--status"),
                                                               QStringLiteral("pending")}
                                                << QStringLiteral("pending");
        QTest::newRow("promise unknown action")
            << QStringList{QStringLiteral("promise"), QStringLiteral("keep"), QStringLiteral("1")}
            << QStringLiteral("keep");
    }

    // Another program holds the database past the time a command first waits (an import, say): the command says once
    // that it waits, and when the other program is done it does its work and prints no error. It used to print
    // "Could not start a change: … busy or locked" and then succeed.
    void waitingForAnotherProgramIsSaidOnceAndIsNoError()
    {
        Story story;
        story.completeTheHandoff();
        auto held = Transaction::begin(story.test.db); // the other program's change
        QVERIFY(held);
        QProcess process;
        process.start(QStringLiteral(HANDOFF_EXECUTABLE),
                      {QStringLiteral("deal"), QStringLiteral("submit"), QString::number(story.dealId),
                       QStringLiteral("--as"), kSam, QStringLiteral("--database"), story.test.path()});
        QVERIFY(process.waitForStarted());
        QTest::qWait(6500); // longer than the 5 s a command first waits
        QVERIFY(held->commit());
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        QCOMPARE(err.count(QLatin1String("waiting for another program")), 1);
        QVERIFY2(!err.contains(QLatin1String("Could not")), qPrintable(err));
        QVERIFY2(out.contains(QLatin1String("Submitted")), qPrintable(out));
    }

    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        Story s;
        const int audit = s.auditRows();
        const Run run = s.handoff(arguments);
        EXPECT(run, 2);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QCOMPARE(s.auditRows(), audit);
    }

    void everySubcommandHasHelp()
    {
        Story s;
        for (const QString& command : {QStringLiteral("deal"), QStringLiteral("promise")}) {
            const Run run = s.handoff({command, QStringLiteral("--help")});
            EXPECT(run, 0);
            QVERIFY2(run.out.contains(QLatin1String("--as")) && run.out.contains(QLatin1String("--database")),
                     qPrintable(run.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkflowCli)
#include "tst_workflowcli.moc"
