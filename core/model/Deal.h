#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace handoff {

// A closed-won deal being handed from sales to support. Money is in minor units of currency.
struct Deal {
    qint64 id = 0;
    int version = 0;
    qint64 accountId = 0;
    QString title;
    QString externalRef; // the CRM's id; unique when set
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("USD");
    QDate closedOn;
    QDate contractStart;
    int termMonths = 12;
    QString products;
    qint64 salesRepId = 0;
    qint64 supportOwnerId = 0; // 0 until support accepts
    QDate goLiveTarget;
    QString successCriteria;
    QString whyBought;
    QString knownRisks;
    HandoffState state = HandoffState::Draft;
    QDateTime createdAt;
    QDateTime submittedAt; // the latest submission
    QDateTime acceptedAt;
    // Who the deal is wherever it goes: a UUID given when the deal is first written and never changed, carried by the
    // export so that importing it again finds the same deal, even one without a CRM reference.
    QString uid;
};

} // namespace handoff
