#pragma once

#include <QString>
#include <QStringList>

namespace handoff {

// Cells and lines of a CSV file that is safe to open in a spreadsheet (RFC 4180, CRLF line ends).
//
// Text a person typed is written through cell(): when it starts with = + - @, tab, CR or LF a spreadsheet would run it
// as a formula, so it gets a leading apostrophe (OWASP "CSV injection"). Text that already starts with apostrophes
// followed by such a character gets one more, so that an importer that strips exactly one leading apostrophe before
// those characters gives back every original text unchanged. Values Handoff formats itself (ids, amounts like -12.50,
// term months) are written through number(): a negative amount is data, not a formula, and must stay a number.
class CsvWriter {
public:
    // The text neutralised and quoted when it holds a separator, a quote or a line break; each invisible control
    // character (UserText::isControl) is written as U+FFFD.
    static QString cell(const QString& text);
    // A value Handoff formatted itself (digits, sign, decimal point): quoted as needed, never neutralised.
    static QString number(const QString& text);
    // The cells (each already made by cell() or number()) joined with ',' and ended with CRLF.
    static QString line(const QStringList& cells);

    // Whether cell() prefixes text with an apostrophe.
    static bool needsNeutralising(QStringView text);
    // The inverse of cell()'s neutralising, for a reader of such a file: one leading apostrophe removed where
    // cell() would have added it ("'=SUM(1)" gives "=SUM(1)", "''=x" gives "'=x", "'plain" stays).
    static QStringView restored(QStringView cell);
};

} // namespace handoff
