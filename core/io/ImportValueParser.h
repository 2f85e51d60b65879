#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace handoff {

// How to read a slash date: 3/4/2026 is 4 March for MonthFirst (US exports) and 3 April for DayFirst (most others).
enum class DateOrder { Detect, MonthFirst, DayFirst };

// Reads the dates and amounts CRM exports and spreadsheets write, without regular expressions or allocation on the
// way, since an import reads them a hundred thousand times.
class ImportValueParser {
    Q_DECLARE_TR_FUNCTIONS(ImportValueParser)

public:
    struct DateValue {
        QDate date;             // valid when read
        bool ambiguous = false; // a slash date that reads both ways and the order was not given
        QString problem;        // why the text is not a date ("is not a date"), empty when read or ambiguous
    };

    // ISO (2026-03-14, with or without a time after it), M/D/YYYY or D/M/YYYY by order, D.M.YYYY; two-digit years
    // are 2000 to 2099. Empty text gives an invalid date and no problem.
    static DateValue date(QStringView text, DateOrder order);

    // What a slash date tells about the file's order: DayFirst when its first part is above 12, MonthFirst when its
    // second part is, Detect otherwise (also for anything that is not a slash date).
    static DateOrder slashEvidence(QStringView text);

    struct AmountValue {
        qint64 minor = 0;
        QString currency; // from a symbol or code in the text; empty when it has none
        QString problem;  // empty when read
    };

    // "$1,234.50", "1.234,50 €", "EUR 1 234,50", "¥150,000": symbols $ € £ ¥ and ISO codes before or after the
    // number, thousands separators ',' '.' space, no-break space and apostrophe. currency (from a column, may be
    // empty) gives the decimal places; refused: negative amounts, more decimals than the currency has, a symbol
    // or code that disagrees with the column. Empty text is 0.
    static AmountValue amount(QStringView text, const QString& currency);

    // A three-letter ISO 4217 code in upper case, or an empty string when text is not one.
    static QString currencyCode(QStringView text);

    // A whole number of months from 0 to 1200; -1 when text is not one.
    static int months(QStringView text);
};

} // namespace handoff
