#pragma once

// The fixture shared by tst_promiseservice and tst_promisereview.

#include "TestDatabase.h"
#include "model/AuditEntry.h"
#include "storage/Stores.h"

#include <QHash>
#include <QSqlQuery>

namespace promisetest {

using namespace handoff;

inline const QDate kToday(2026, 11, 10);

template <typename T>
inline QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().fullText();
}

// A team, a customer and a small catalog on a database whose clock says kToday.
struct World {
    TestDatabase t;
    Database& db = t.db;
    QHash<QString, User> users;
    qint64 account = 0;
    Capability sso, scim;

    World()
    {
        db.setClock([] { return QDateTime(kToday, QTime(12, 0), Qt::LocalTime); });
        const auto add = [this](const char* key, const char* name, const char* email, Role role) {
            users.insert(QString::fromLatin1(key),
                         *Seed<UserStore>(db).create(
                             User{0, 0, QString::fromUtf8(name), QString::fromLatin1(email), role, true}));
        };
        add("rep", "Rita Rep", "rita@example.com", Role::Sales);
        add("other rep", "Omar Rep", "omar@example.com", Role::Sales);
        add("support", "Sam Support", "sam@example.com", Role::Support);
        add("other support", "Sol Support", "sol@example.com", Role::Support);
        add("lead", "Lee Lead", "lee@example.com", Role::Lead);
        account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        sso = *Seed<CapabilityStore>(db).create(
            Capability{0, 0, QStringLiteral("SAML single sign-on"), {}, CapabilityStatus::Available, 10});
        scim = *Seed<CapabilityStore>(db).create(
            Capability{0, 0, QStringLiteral("SCIM provisioning"), {}, CapabilityStatus::Unsupported, 0});
    }

    User user(const QString& key) const { return users.value(key); }

    // A deal of the rep's in the given state; support owns it once accepted.
    qint64 deal(HandoffState state)
    {
        Deal d;
        d.accountId = account;
        d.title = QStringLiteral("Acme rollout");
        d.closedOn = kToday.addDays(-3);
        d.salesRepId = user(QStringLiteral("rep")).id;
        d.state = state;
        if (state == HandoffState::Accepted || state == HandoffState::Fulfilled) {
            d.supportOwnerId = user(QStringLiteral("support")).id;
        }
        return Seed<DealStore>(db).create(d)->id;
    }

    // What a sales rep types for a new promise.
    Promise draft(qint64 dealId, QDate due = kToday.addDays(30)) const
    {
        Promise p;
        p.dealId = dealId;
        p.kind = PromiseKind::Feature;
        p.capabilityId = sso.id;
        p.description = QStringLiteral("Okta single sign-on at go-live");
        p.customerWords = QStringLiteral("we need SSO on day one");
        p.dueOn = due;
        return p;
    }

    // A promise already in the register in a given review and fulfilment, stored directly for the test's setup.
    Promise seed(qint64 dealId, ReviewStatus review = ReviewStatus::Pending, Fulfilment fulfilment = Fulfilment::Open,
                 QDate due = kToday.addDays(30))
    {
        Promise p = draft(dealId, due);
        p.promisedById = user(QStringLiteral("rep")).id;
        p.reviewStatus = review;
        p.reviewerId = review == ReviewStatus::Pending ? 0 : user(QStringLiteral("support")).id;
        p.reviewNote = review == ReviewStatus::Pending ? QString() : QStringLiteral("earlier note");
        p.fulfilment = fulfilment;
        p.fulfilledOn = fulfilment == Fulfilment::Fulfilled ? kToday.addDays(-1) : QDate();
        return *Seed<PromiseStore>(db).create(p);
    }

    Promise stored(qint64 id) const { return *PromiseStore(db).get(id); }

    qint64 lastAuditId() const
    {
        return db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"))->toLongLong();
    }

    QList<AuditEntry> auditSince(qint64 lastId) const
    {
        QList<AuditEntry> entries;
        auto query = db.exec(QStringLiteral("SELECT actor_id, action, entity, entity_id, deal_id, field, old_value, "
                                            "new_value, reason FROM audit_log WHERE id > ? ORDER BY id"),
                             {lastId});
        while (query && query->next()) {
            AuditEntry e;
            e.actorId = query->value(0).toLongLong();
            e.action = query->value(1).toString();
            e.entity = query->value(2).toString();
            e.entityId = query->value(3).toLongLong();
            e.dealId = query->value(4).toLongLong();
            e.field = query->value(5).toString();
            e.oldValue = query->value(6).toString();
            e.newValue = query->value(7).toString();
            e.reason = query->value(8).toString();
            entries.append(e);
        }
        return entries;
    }
};

// The refusal carries the expected code and exactly one reason per fragment, in order.
template <typename T>
inline void verifyRefused(const Result<T>& result, const QString& code, const QStringList& fragments)
{
    QVERIFY2(!result.ok(), "the operation was allowed");
    const Error::Code expected = code == QLatin1String("forbidden") ? Error::Code::Forbidden : Error::Code::Invalid;
    QCOMPARE(int(result.error().code), int(expected));
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(result.error().details.size(), fragments.size());
    for (int i = 0; i < fragments.size(); ++i) {
        QVERIFY2(result.error().details.at(i).contains(fragments.at(i)), qPrintable(result.error().fullText()));
    }
}

// The single audit row of a workflow action on a promise.
inline void verifyActionRow(const QList<AuditEntry>& rows, const Promise& promise, qint64 actorId, const char* action,
                            const char* field, const QString& oldValue, const QString& newValue, const QString& reason)
{
    QCOMPARE(rows.size(), 1);
    const AuditEntry& row = rows.first();
    QCOMPARE(row.action, QLatin1String(action));
    QCOMPARE(row.entity, QStringLiteral("promises"));
    QCOMPARE(row.entityId, promise.id);
    QCOMPARE(row.dealId, promise.dealId);
    QCOMPARE(row.actorId, actorId);
    QCOMPARE(row.field, QLatin1String(field));
    QCOMPARE(row.oldValue, oldValue);
    QCOMPARE(row.newValue, newValue);
    QCOMPARE(row.reason, reason);
}

} // namespace promisetest
