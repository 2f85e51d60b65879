#pragma once

#include <QLocale>
#include <QString>

namespace handoff {

// Amounts are integer minor units of an ISO 4217 currency; this turns them into text a person reads.
class Money {
public:
    // Decimal places of the currency's minor unit: 2 unless the currency has none (JPY) or three (KWD).
    static int minorDigits(const QString& currency);

    // "$1,250.00" when the currency is the locale's own, else the ISO code before the number: "EUR 1,250.00".
    static QString format(qint64 minor, const QString& currency, const QLocale& locale = QLocale());
};

} // namespace handoff
