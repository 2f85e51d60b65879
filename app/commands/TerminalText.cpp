#include "commands/TerminalText.h"

#include <QChar>
#include <QList>

#include <algorithm>

namespace handoff::TerminalText {

namespace {

// Unicode's East Asian Wide and Fullwidth ranges (UAX #11), as terminals draw them.
bool wide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

int cellsOf(char32_t c)
{
    const auto category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format) {
        return 0; // drawn on the character before it, or not at all
    }
    return wide(c) ? 2 : 1;
}

} // namespace

int cells(QStringView text)
{
    int total = 0;
    for (const char32_t c : text.toUcs4()) {
        total += cellsOf(c);
    }
    return total;
}

QString padded(const QString& text, int width)
{
    return text + QString(std::max(0, width - cells(text)), QLatin1Char(' '));
}

QString fitted(const QString& text, int width)
{
    if (cells(text) <= width) {
        return padded(text, width);
    }
    QString kept;
    int used = 0;
    for (const char32_t c : text.toUcs4()) {
        if (used + cellsOf(c) > width - 1) {
            break; // one cell stays for the ellipsis
        }
        kept += QString::fromUcs4(&c, 1);
        used += cellsOf(c);
    }
    return padded(kept + QChar(0x2026), width);
}

} // namespace handoff::TerminalText
