#pragma once

#include "core/TestDatabase.h"
#include "storage/Transaction.h"

#include <QSqlQuery> // Database::exec returns one by value

// Fills a test database with deals whose amounts, dates and states repeat, by plain SQL in one transaction.
// Deal i (from 0) has amount (i % 13) * 1000 minor units; deal 3 is in JPY, the others in USD or EUR.
inline bool fillDeals(handoff::Database& db, int deals)
{
    auto transaction = handoff::Transaction::begin(db);
    if (!transaction) {
        qWarning("%s", qPrintable(transaction.error().fullText()));
        return false;
    }
    const auto run = [&db](const QString& sql, const QVariantList& values) {
        const auto done = db.exec(sql, values);
        if (!done) {
            qWarning("%s", qPrintable(done.error().fullText()));
        }
        return done.ok();
    };
    const QStringList reps{QStringLiteral("Sam Lee"), QStringLiteral("Ana Ruiz"), QStringLiteral("Sam Lee")};
    for (int i = 0; i < reps.size(); ++i) {
        if (!run(QStringLiteral("INSERT INTO users (id, name, email, role) VALUES (?, ?, ?, 'sales')"),
                 {i + 1, reps[i], QStringLiteral("rep%1@example.com").arg(i + 1)})) {
            return false;
        }
    }
    for (int i = 1; i <= 10; ++i) {
        if (!run(QStringLiteral("INSERT INTO accounts (id, name) VALUES (?, ?)"),
                 {i, QStringLiteral("Customer %1").arg(i, 2, 10, QLatin1Char('0'))})) {
            return false;
        }
    }
    const QStringList states{QStringLiteral("draft"),    QStringLiteral("submitted"), QStringLiteral("returned"),
                             QStringLiteral("accepted"), QStringLiteral("fulfilled"), QStringLiteral("cancelled")};
    for (int i = 0; i < deals; ++i) {
        const QString currency =
            i == 3 ? QStringLiteral("JPY") : (i % 2 ? QStringLiteral("USD") : QStringLiteral("EUR"));
        if (!run(
                QStringLiteral("INSERT INTO deals (account_id, title, amount_minor, currency, closed_on, sales_rep_id, "
                               "state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2024-05-01T00:00:00.000Z')"),
                {1 + i % 10, QStringLiteral("Deal %1").arg(i % 17), (i % 13) * 1000, currency,
                 QDate(2024, 5, 1).addDays(i % 5).toString(Qt::ISODate), 1 + i % 3, states[i % 6]})) {
            return false;
        }
    }
    const auto committed = transaction->commit();
    if (!committed) {
        qWarning("%s", qPrintable(committed.error().fullText()));
    }
    return committed.ok();
}
