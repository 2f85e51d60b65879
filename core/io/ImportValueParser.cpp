#include "io/ImportValueParser.h"

#include "model/Money.h"

namespace handoff {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Reads up to maxDigits digits at pos; -1 when there are none.
int number(QStringView text, qsizetype& pos, int maxDigits, int& digits)
{
    int value = 0;
    digits = 0;
    while (pos < text.size() && isDigit(text[pos]) && digits < maxDigits) {
        value = value * 10 + (text[pos].unicode() - '0');
        ++pos;
        ++digits;
    }
    return digits > 0 ? value : -1;
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\t');
}

// A time or anything else after the date must be set off by a space or 'T' (ISO).
bool dateEndsAt(QStringView text, qsizetype pos, bool iso)
{
    return pos == text.size() || isSpace(text[pos]) || (iso && text[pos] == QLatin1Char('T'));
}

struct SlashParts {
    int first = -1;
    int second = -1;
    int year = -1;
    QChar separator;
};

// The three parts of D/M/Y, M/D/Y or D.M.Y text; first < 0 when the text is not of that form.
SlashParts slashParts(QStringView text)
{
    SlashParts parts;
    qsizetype pos = 0;
    int digits = 0;
    const int first = number(text, pos, 2, digits);
    if (first < 0 || pos >= text.size() || (text[pos] != QLatin1Char('/') && text[pos] != QLatin1Char('.'))) {
        return parts;
    }
    const QChar separator = text[pos++];
    const int second = number(text, pos, 2, digits);
    if (second < 0 || pos >= text.size() || text[pos] != separator) {
        return parts;
    }
    ++pos;
    int year = number(text, pos, 4, digits);
    if (year < 0 || (digits != 2 && digits != 4) || !dateEndsAt(text, pos, false)) {
        return parts;
    }
    if (digits == 2) {
        year += 2000;
    }
    return SlashParts{first, second, year, separator};
}

QDate isoDate(QStringView text)
{
    qsizetype pos = 0;
    int digits = 0;
    const int year = number(text, pos, 4, digits);
    if (digits != 4 || pos >= text.size() || text[pos] != QLatin1Char('-')) {
        return {};
    }
    ++pos;
    const int month = number(text, pos, 2, digits);
    if (month < 0 || pos >= text.size() || text[pos] != QLatin1Char('-')) {
        return {};
    }
    ++pos;
    const int day = number(text, pos, 2, digits);
    if (day < 0 || !dateEndsAt(text, pos, true)) {
        return {};
    }
    return QDate(year, month, day);
}

struct CurrencySign {
    QChar symbol;
    const char* code;
};
constexpr CurrencySign kSigns[] = {
    {QChar(u'$'), "USD"}, {QChar(u'€'), "EUR"}, {QChar(u'£'), "GBP"}, {QChar(u'¥'), "JPY"}};

QString signCode(QChar c)
{
    for (const CurrencySign& sign : kSigns) {
        if (sign.symbol == c) {
            return QLatin1StringView(sign.code);
        }
    }
    return {};
}

bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}

// Takes a currency symbol or a three-letter code off either end of text; false when two disagree.
bool stripCurrency(QStringView& text, QString& currency)
{
    const auto take = [&currency](const QString& code) {
        if (!currency.isEmpty() && currency != code) {
            return false;
        }
        currency = code;
        return true;
    };
    for (int round = 0; round < 2; ++round) {
        text = text.trimmed();
        while (!text.isEmpty() && isSpace(text.front())) {
            text = text.mid(1);
        }
        while (!text.isEmpty() && isSpace(text.back())) {
            text.chop(1);
        }
        if (text.isEmpty()) {
            return true;
        }
        const QString front = signCode(text.front());
        const QString back = signCode(text.back());
        if (!front.isEmpty()) {
            if (!take(front)) {
                return false;
            }
            text = text.mid(1);
        } else if (!back.isEmpty()) {
            if (!take(back)) {
                return false;
            }
            text.chop(1);
        } else if (text.size() > 3 && isLetter(text[0]) && isLetter(text[1]) && isLetter(text[2]) &&
                   !isLetter(text[3])) {
            if (!take(text.first(3).toString().toUpper())) {
                return false;
            }
            text = text.mid(3);
        } else if (text.size() > 3 && isLetter(text.back()) && isLetter(text[text.size() - 2]) &&
                   isLetter(text[text.size() - 3]) && !isLetter(text[text.size() - 4])) {
            if (!take(text.last(3).toString().toUpper())) {
                return false;
            }
            text.chop(3);
        }
    }
    return true;
}

bool isGroupMark(QChar c)
{
    return isSpace(c) || c == QLatin1Char('\'') || c == QChar(0x2019);
}

} // namespace

ImportValueParser::DateValue ImportValueParser::date(QStringView text, DateOrder order)
{
    text = text.trimmed();
    DateValue value;
    if (text.isEmpty()) {
        return value;
    }
    if (text.size() >= 8 && isDigit(text[0]) && isDigit(text[3]) && text[4] == QLatin1Char('-')) {
        value.date = isoDate(text);
    } else if (const SlashParts parts = slashParts(text); parts.first >= 0) {
        bool dayFirst = parts.separator == QLatin1Char('.') || order == DateOrder::DayFirst;
        if (parts.separator == QLatin1Char('/') && order == DateOrder::Detect) {
            if (parts.first > 12) {
                dayFirst = true;
            } else if (parts.second <= 12 && parts.first != parts.second) {
                value.ambiguous = true;
                return value;
            }
        }
        value.date =
            dayFirst ? QDate(parts.year, parts.second, parts.first) : QDate(parts.year, parts.first, parts.second);
    }
    if (!value.date.isValid()) {
        value.problem = tr("is not a date");
    }
    return value;
}

DateOrder ImportValueParser::slashEvidence(QStringView text)
{
    const SlashParts parts = slashParts(text.trimmed());
    if (parts.first < 0 || parts.separator != QLatin1Char('/')) {
        return DateOrder::Detect;
    }
    if (parts.first > 12 && parts.second <= 12) {
        return DateOrder::DayFirst;
    }
    if (parts.second > 12 && parts.first <= 12) {
        return DateOrder::MonthFirst;
    }
    return DateOrder::Detect;
}

QString ImportValueParser::currencyCode(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 3 || !isLetter(text[0]) || !isLetter(text[1]) || !isLetter(text[2])) {
        return {};
    }
    return text.toString().toUpper();
}

int ImportValueParser::months(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 4) {
        return -1;
    }
    int value = 0;
    for (const QChar c : text) {
        if (!isDigit(c)) {
            return -1;
        }
        value = value * 10 + (c.unicode() - '0');
    }
    return value <= 1200 ? value : -1;
}

ImportValueParser::AmountValue ImportValueParser::amount(QStringView text, const QString& currency)
{
    AmountValue value;
    QStringView rest = text.trimmed();
    if (rest.isEmpty()) {
        return value;
    }
    if (rest.startsWith(QLatin1Char('(')) && rest.endsWith(QLatin1Char(')'))) {
        value.problem = tr("is negative (in parentheses); a closed-won deal's amount cannot be below zero");
        return value;
    }
    QString found = currency;
    if (!stripCurrency(rest, found)) {
        value.problem = tr("names a currency other than %1").arg(currency.isEmpty() ? found : currency);
        return value;
    }
    if (rest.startsWith(QLatin1Char('-')) || rest.startsWith(QChar(0x2212))) {
        value.problem = tr("is negative; a closed-won deal's amount cannot be below zero");
        return value;
    }
    if (rest.startsWith(QLatin1Char('+'))) {
        rest = rest.mid(1);
    }
    if (found != currency) {
        value.currency = found;
    }
    const QString effective = found.isEmpty() ? QStringLiteral("USD") : found;
    const int places = Money::minorDigits(effective);

    // Which of '.' and ',' is the decimal mark: the later one when both appear; a single one followed by exactly
    // three digits groups thousands (1,234 and 1.234), unless the currency itself has three decimals.
    const qsizetype lastDot = rest.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = rest.lastIndexOf(QLatin1Char(','));
    QChar decimal;
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar mark = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype at = std::max(lastDot, lastComma);
        const bool once = rest.indexOf(mark) == at;
        const bool threeAfter = rest.size() - at - 1 == 3;
        if (once && (!threeAfter || places == 3)) {
            decimal = mark;
        }
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    QString fraction;
    bool inFraction = false;
    bool lastWasDigit = false;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest[i];
        if (isDigit(c)) {
            if (inFraction) {
                fraction += c;
            } else {
                if (++wholeDigits > 15) {
                    value.problem = tr("is too large");
                    return value;
                }
                whole = whole * 10 + (c.unicode() - '0');
            }
            lastWasDigit = true;
        } else if (!decimal.isNull() && c == decimal && !inFraction) {
            inFraction = true;
            lastWasDigit = false;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',') || isGroupMark(c)) && !inFraction && lastWasDigit &&
                   i + 1 < rest.size() && isDigit(rest[i + 1])) {
            lastWasDigit = false; // a thousands separator between digits
        } else {
            value.problem = tr("is not an amount");
            return value;
        }
    }
    if (wholeDigits == 0 && fraction.isEmpty()) {
        value.problem = tr("is not an amount");
        return value;
    }
    for (qsizetype i = places; i < fraction.size(); ++i) {
        if (fraction.at(i) != QLatin1Char('0')) {
            value.problem = tr("has more decimal places than %1 has").arg(effective);
            return value;
        }
    }
    qint64 minor = whole;
    for (int i = 0; i < places; ++i) {
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i).unicode() - '0' : 0);
    }
    value.minor = minor;
    return value;
}

} // namespace handoff
