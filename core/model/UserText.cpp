#include "model/UserText.h"

namespace handoff {

namespace {

constexpr char16_t kFirstStrongIsolate = 0x2068;
constexpr char16_t kPopDirectionalIsolate = 0x2069;

bool isIsolateInitiator(char32_t c)
{
    return c >= 0x2066 && c <= 0x2068; // LRI, RLI, FSI
}

// Characters whose only work is to steer the bidi algorithm.
bool isBidiFormat(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool needsIsolate(char32_t c)
{
    if (isBidiFormat(c)) {
        return true;
    }
    const QChar::Direction direction = QChar::direction(c);
    return direction == QChar::DirR || direction == QChar::DirAL;
}

// The code point at i, and how many UTF-16 units it takes.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype& units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    units = 1;
    return c.unicode();
}

// Where a bidi paragraph ends: the algorithm closes every isolate there, so each line is isolated on its own.
bool isParagraphSeparator(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator;
}

QString isolatedLine(QStringView line)
{
    bool needed = false;
    qsizetype strayPops = 0; // U+2069 with no isolate of the text's own to close
    qsizetype open = 0;      // isolates the text opens and leaves open so far
    for (qsizetype i = 0; i < line.size();) {
        qsizetype units = 1;
        const char32_t c = codePointAt(line, i, units);
        needed = needed || needsIsolate(c);
        if (isIsolateInitiator(c)) {
            ++open;
        } else if (c == kPopDirectionalIsolate) {
            if (open > 0) {
                --open;
            } else {
                ++strayPops;
            }
        }
        i += units;
    }
    if (!needed) {
        return line.toString();
    }
    QString result;
    result.reserve(line.size() + strayPops + open + 2);
    result.append(QChar(kFirstStrongIsolate));
    for (qsizetype k = 0; k < strayPops; ++k) {
        result.append(QChar(kFirstStrongIsolate));
    }
    result.append(line);
    for (qsizetype k = 0; k < open; ++k) {
        result.append(QChar(kPopDirectionalIsolate));
    }
    result.append(QChar(kPopDirectionalIsolate));
    return result;
}

} // namespace

bool UserText::isControl(char32_t codePoint)
{
    if (codePoint == u'\t' || codePoint == u'\n' || codePoint == u'\r') {
        return false;
    }
    return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
}

QList<qsizetype> UserText::controls(QStringView text)
{
    QList<qsizetype> found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControl(text.at(i).unicode())) { // controls are all in the BMP: surrogates never match
            found.append(i);
        }
    }
    return found;
}

QString UserText::codePointName(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

QString UserText::controlProblem(QStringView text, const QString& what)
{
    const QList<qsizetype> found = controls(text);
    if (found.isEmpty()) {
        return {};
    }
    const qsizetype first = found.constFirst();
    return tr("%1 contains an invisible control character, %2, at position %3; remove it.")
        .arg(what, codePointName(text.at(first).unicode()))
        .arg(first + 1);
}

QString UserText::withoutControls(const QString& text)
{
    const QList<qsizetype> found = controls(text);
    if (found.isEmpty()) {
        return text;
    }
    QString clean = text;
    for (const qsizetype i : found) {
        clean[i] = QChar::ReplacementCharacter;
    }
    return clean;
}

QString UserText::isolated(const QString& text)
{
    QString result;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isParagraphSeparator(text.at(i))) {
            continue;
        }
        if (start == 0 && i == text.size()) {
            const QString whole = isolatedLine(text);
            return whole.size() == text.size() ? text : whole; // unchanged text stays shared
        }
        result += isolatedLine(QStringView(text).mid(start, i - start));
        if (i < text.size()) {
            result += text.at(i);
        }
        start = i + 1;
    }
    return result;
}

} // namespace handoff
