#pragma once

// The fixture shared by tst_promisestab and tst_taskstab: a team, a customer, a small catalog and deals in a known
// state, made through core's stores on a database whose clock says kToday; and a guard that answers any message box
// so that a refusal fails the test instead of hanging it.

#include "core/TestDatabase.h"
#include "storage/Stores.h"

#include <QApplication>
#include <QHash>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTimer>

namespace promisetab {

using namespace handoff;

inline const QDate kToday(2026, 11, 10);

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

    // A promise already in the register, pending review, stored directly for the test's setup.
    Promise seed(qint64 dealId, const QString& description, QDate due = kToday.addDays(30))
    {
        Promise p;
        p.dealId = dealId;
        p.kind = PromiseKind::Feature;
        p.capabilityId = sso.id;
        p.description = description;
        p.customerWords = QStringLiteral("we need it on day one");
        p.dueOn = due;
        p.promisedById = user(QStringLiteral("rep")).id;
        return *Seed<PromiseStore>(db).create(p);
    }

    FulfilmentTask task(qint64 dealId, const QString& title, QDate due, TaskStatus status = TaskStatus::Todo)
    {
        FulfilmentTask task{0, 0, dealId, 0, title, user(QStringLiteral("support")).id, due, status, {}};
        if (status == TaskStatus::Done) {
            task.doneOn = kToday;
        }
        return *Seed<TaskStore>(db).create(task);
    }
};

// Closes every message box that appears while it lives and keeps its text: a test that expects none checks
// texts() is empty, and a refusal never leaves the test waiting on a modal dialog.
class MessageGuard {
public:
    MessageGuard()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                m_texts.append(box->text());
                box->done(QMessageBox::Ok);
            }
        });
        m_timer.start();
    }
    QStringList texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

} // namespace promisetab
