// libFuzzer target for the iCalendar writer's escaping: any text, escaped as a TEXT value and folded as a content
// line, must unfold and unescape to the same text without its control characters (tab stays), never split a UTF-8
// sequence and never make a physical line longer than 75 octets.

#include "io/CalendarWriter.h"

#include <cstdint>

using namespace handoff;

namespace {

void check(bool condition)
{
    if (!condition) {
        __builtin_trap();
    }
}

// The reader's side of RFC 5545: unfolds the lines and reads a TEXT value back.
QString unfoldAndUnescape(const QByteArray& folded, qsizetype prefixLength)
{
    QByteArray line;
    const QList<QByteArray> physical = folded.split('\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray part = physical.at(i);
        if (part.isEmpty() && i == physical.size() - 1) {
            break; // after the last CRLF
        }
        check(part.endsWith('\r'));
        part.chop(1);
        check(part.size() <= 75);
        check(QString::fromUtf8(part).toUtf8() == part); // no UTF-8 sequence split across two lines
        if (i > 0) {
            check(part.startsWith(' '));
            part.remove(0, 1);
        }
        line += part;
    }
    const QString text = QString::fromUtf8(line).mid(prefixLength);
    QString value;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            value += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        } else {
            check(c != u';' && c != u','); // an unescaped separator would end the value early
            value += c;
        }
    }
    return value;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString escaped = CalendarWriter::escapeText(text);
    for (const QChar c : escaped) {
        check(c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F));
    }
    const QString prefix = QStringLiteral("SUMMARY:");

    // What comes back is the text with its line breaks as \n and the control characters but tab gone.
    QString expected = text;
    expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString kept;
    for (const QChar c : std::as_const(expected)) {
        if (c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F)) {
            kept += c;
        }
    }
    check(unfoldAndUnescape(CalendarWriter::foldLine(prefix + escaped), prefix.size()) == kept);
    return 0;
}
