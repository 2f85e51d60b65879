#pragma once

// The fixture shared by tst_metrics, tst_metricsteam, tst_csat and the command-line test of `handoff metrics`: a team
// whose handoffs are worked through the real workflow on a clock the test moves, so that the audit log, snapshots,
// reviews and tasks the metrics read are exactly what the program writes.

#include "ChecklistFill.h"
#include "TestDatabase.h"
#include "metrics/CsatService.h"
#include "metrics/MetricsService.h"
#include "storage/Stores.h"
#include "workflow/HandoffWorkflow.h"
#include "workflow/PromiseService.h"
#include "workflow/TaskService.h"

namespace metricstest {

using namespace handoff;

// A Monday; the scenarios run in the weeks around it.
inline const QDate kMonday(2026, 3, 2);

template <typename T>
T must(Result<T> result, const char* doing)
{
    if (!result) {
        qFatal("%s failed: %s", doing, qPrintable(result.error().fullText()));
    }
    return std::move(result).value();
}

inline void must(const Result<void>& result, const char* doing)
{
    if (!result) {
        qFatal("%s failed: %s", doing, qPrintable(result.error().fullText()));
    }
}

struct World {
    TestDatabase t;
    Database& db = t.db;
    QDateTime now;
    User rep, otherRep, support, otherSupport, lead;
    qint64 account = 0;
    qint64 contact = 0;

    explicit World(const QString& file = QStringLiteral("handoff.sqlite"))
        : t(file)
    {
        at(kMonday);
        db.setClock([this] { return now; });
        rep = user("Rita Rep", "rita@example.com", Role::Sales);
        otherRep = user("Omar Rep", "omar@example.com", Role::Sales);
        support = user("Sam Support", "sam@example.com", Role::Support);
        otherSupport = user("Sol Support", "sol@example.com", Role::Support);
        lead = user("Lee Lead", "lee@example.com", Role::Lead);
        account = must(Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}}), "account").id;
        contact = must(Seed<ContactStore>(db).create(
                           Contact{0, 0, account, QStringLiteral("Carla Customer"), {}, {}, {}, Channel::Email, {}}),
                       "contact")
                      .id;
    }

    User user(const char* name, const char* email, Role role)
    {
        return must(
            Seed<UserStore>(db).create(User{0, 0, QString::fromUtf8(name), QString::fromLatin1(email), role, true}),
            "user");
    }

    // The clock, in local time: what the audit log records as the moment of the next action.
    void at(QDate day, int hour = 12, int minute = 0) { now = QDateTime(day, QTime(hour, minute), Qt::LocalTime); }

    int requiredItems() const
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE required = 1"))->toInt();
    }

    // A draft deal of the rep with a contact and, if asked, every required checklist item answered.
    qint64 deal(const User& salesRep, QDate closedOn, bool complete = true)
    {
        Deal d;
        d.accountId = account;
        d.title = QStringLiteral("Acme deal %1").arg(++m_deals);
        d.closedOn = closedOn;
        d.salesRepId = salesRep.id;
        const qint64 id = must(Seed<DealStore>(db).create(d), "deal").id;
        must(Seed<DealContactStore>(db).create({0, 0, id, contact, ContactRole::Billing}), "deal contact");
        if (complete) {
            answerRequired(id, -1);
        }
        return id;
    }

    // Answers the first count required items (all of them for -1) with a value that fits each kind.
    void answerRequired(qint64 dealId, int count)
    {
        must(answerRequiredItems(db, dealId, contact, now, count), "answers");
    }

    // Written as the checklist service would, without its audit row: the deal's kept figures are touched by hand.
    void answer(qint64 dealId, const char* key, const QString& value)
    {
        auto work = must(UnitOfWork::begin(db, UnitOfWork::System), "answer's change");
        db.touchDeal(dealId);
        must(db.exec(QStringLiteral("INSERT INTO checklist_answers (deal_id, item_id, value, answered_at) "
                                    "SELECT ?, id, ?, ? FROM checklist_items WHERE key = ? "
                                    "ON CONFLICT (deal_id, item_id) DO UPDATE SET value = excluded.value, "
                                    "answered_at = excluded.answered_at"),
                     {dealId, value, now.toUTC().toString(Qt::ISODateWithMs), QString::fromLatin1(key)}),
             "answer");
        must(work.commit(), "answer's commit");
    }

    User repOf(qint64 dealId) const
    {
        const qint64 id = must(DealStore(db).get(dealId), "deal").salesRepId;
        return id == otherRep.id ? otherRep : rep;
    }

    Promise promise(qint64 dealId, QDate due, const char* description = "Okta single sign-on")
    {
        Promise p;
        p.dealId = dealId;
        p.kind = PromiseKind::Training;
        p.description = QString::fromUtf8(description);
        p.dueOn = due;
        return must(PromiseService(db).add(repOf(dealId), p), "add promise");
    }

    void submit(qint64 dealId) { must(HandoffWorkflow(db).submit(repOf(dealId), dealId), "submit"); }
    void returnIt(qint64 dealId, ReturnReason reason, const User* by = nullptr)
    {
        must(HandoffWorkflow(db).returnHandoff(by ? *by : support, dealId, reason, QStringLiteral("please fix")),
             "return");
    }
    void accept(qint64 dealId, const User* by = nullptr)
    {
        must(HandoffWorkflow(db).accept(by ? *by : support, dealId), "accept");
    }
    void review(qint64 promiseId, ReviewStatus status, const User* by = nullptr)
    {
        const QString note = status == ReviewStatus::Accepted ? QString() : QStringLiteral("why");
        must(PromiseService(db).review(by ? *by : support, promiseId, status, note), "review");
    }
    void fulfilPromise(qint64 promiseId, QDate on, const User* by = nullptr)
    {
        must(PromiseService(db).markFulfilled(by ? *by : support, promiseId, on), "fulfil promise");
    }
    QList<FulfilmentTask> tasks(qint64 dealId) const { return must(TaskService(db).forDeal(dealId), "tasks"); }
    void doneTask(qint64 taskId, QDate on, const User* by = nullptr)
    {
        must(TaskService(db).setStatus(by ? *by : support, taskId, TaskStatus::Done, on), "task done");
    }

    // A deal submitted and accepted on day, with one accepted promise per due date (and so one task each).
    qint64 acceptedDeal(QDate day, const QList<QDate>& dues, const User* owner = nullptr)
    {
        at(day, 9);
        const qint64 id = deal(rep, day);
        for (const QDate& due : dues) {
            promise(id, due);
        }
        submit(id);
        at(day, 10);
        for (const Promise& p : must(PromiseService(db).forDeal(id), "promises")) {
            review(p.id, ReviewStatus::Accepted, owner);
        }
        accept(id, owner);
        return id;
    }

    MetricsQuery query(QDate from, QDate to, QDate today) const
    {
        MetricsQuery q;
        q.period = {from, to};
        q.today = today;
        return q;
    }

private:
    int m_deals = 0;
};

} // namespace metricstest
