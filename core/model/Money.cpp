#include "model/Money.h"

#include <QStringList>

#include <cmath>

namespace handoff {

int Money::minorDigits(const QString& currency)
{
    static const QStringList none{
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"),
        QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList three{QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                   QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                   QStringLiteral("TND")};
    if (none.contains(currency)) {
        return 0;
    }
    return three.contains(currency) ? 3 : 2;
}

QString Money::format(qint64 minor, const QString& currency, const QLocale& locale)
{
    const int digits = minorDigits(currency);
    const double major = double(minor) / std::pow(10.0, digits);
    if (currency == locale.currencySymbol(QLocale::CurrencyIsoCode)) {
        return locale.toCurrencyString(major, locale.currencySymbol(QLocale::CurrencySymbol), digits);
    }
    // Another country's currency keeps its ISO code, which cannot be mistaken ("$" is also AUD, CAD ...), where the
    // locale puts a currency; some locales glue it to the digits ("EUR20.00"), so a no-break space keeps it apart.
    QString text = locale.toCurrencyString(major, currency, digits);
    const QChar space(0x00A0);
    const qsizetype size = currency.size();
    if (text.startsWith(currency) && text.size() > size && text.at(size).isDigit()) {
        text.insert(size, space);
    } else if (text.endsWith(currency) && text.size() > size && text.at(text.size() - size - 1).isDigit()) {
        text.insert(text.size() - size, space);
    }
    return text;
}

} // namespace handoff
