#include "io/CsvReader.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace handoff {

namespace {

// Bytes asked of the device at a time, and how far past the first non-ASCII byte the encoding is judged.
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kEncodingWindow = 64 * 1024;

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five bytes it leaves undefined keep their C1 code points,
// as browsers decode them, so no byte is lost.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Whether the bytes hold no malformed UTF-8 sequence. A sequence cut off by the end of the window is held against
// them only when the file ends there too; otherwise the next bytes may complete it.
bool looksLikeUtf8(const unsigned char* p, const unsigned char* end, bool endOfFile)
{
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            return false;
        }
        for (int i = 1; i < length; ++i) {
            if (p + i >= end) {
                return !endOfFile;
            }
            const unsigned char next = p[i];
            if (next < (i == 1 ? low : 0x80) || next > (i == 1 ? high : 0xBF)) {
                return false;
            }
        }
        p += length;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice* device, CsvOptions options)
    : m_device(device)
    , m_options(std::move(options))
    , m_buffer(kChunk, Qt::Uninitialized)
{}

QString CsvReader::encoding() const
{
    switch (m_encoding) {
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    case Encoding::Latin1:
        return QStringLiteral("latin-1");
    case Encoding::Undecided:
    case Encoding::Utf8:
        break;
    }
    return QStringLiteral("utf-8");
}

bool CsvReader::fail(Error error)
{
    m_error = std::move(error);
    m_finished = true;
    return false;
}

bool CsvReader::start()
{
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        return fail(makeError(Error::Code::NotFound, tr("The file is not open for reading.")));
    }

    const QString name = m_options.encoding.trimmed().toLower();
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8")) {
        m_encoding = Encoding::Utf8;
    } else if (name == QLatin1String("windows-1252") || name == QLatin1String("cp1252")) {
        m_encoding = Encoding::Windows1252;
    } else if (name == QLatin1String("latin-1") || name == QLatin1String("latin1") ||
               name == QLatin1String("iso-8859-1")) {
        m_encoding = Encoding::Latin1;
    } else if (!name.isEmpty()) {
        return fail(makeError(
            Error::Code::Invalid,
            tr("The encoding \"%1\" is not supported; use utf-8, windows-1252 or latin-1.").arg(m_options.encoding)));
    }

    // Every special character is ASCII in all three encodings, so records are split on bytes and only field
    // contents are decoded. That needs an ASCII separator.
    if (!m_options.separator.isNull()) {
        const char16_t given = m_options.separator.unicode();
        if (given >= 0x80 || given == u'"' || given == u'\r' || given == u'\n') {
            return fail(makeError(Error::Code::Invalid,
                                  tr("\"%1\" cannot separate the columns; use a comma, a semicolon, a tab or another "
                                     "plain character that is not a quote or a line break.")
                                      .arg(m_options.separator)));
        }
        m_sep = char(given);
        m_separator = m_options.separator;
    }

    while (m_end < kChunk && !m_atEnd) {
        if (readSome(0) < 0) {
            return false;
        }
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_buffer.constData());
    const bool utf16 = m_end >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
    if (utf16 && (m_encoding == Encoding::Undecided || m_encoding == Encoding::Utf8)) {
        return fail(makeError(Error::Code::Invalid,
                              tr("The file is saved as UTF-16 (\"Unicode text\"), which cannot be read; save it again "
                                 "as \"CSV UTF-8\" or plain CSV.")));
    }
    const bool utf8Bom = m_end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
    if (utf8Bom && (m_encoding == Encoding::Undecided || m_encoding == Encoding::Utf8)) {
        m_encoding = Encoding::Utf8;
        m_pos = 3;
    }
    if (m_encoding == Encoding::Undecided && !decideEncoding(m_pos, m_pos)) {
        return false;
    }
    if (m_separator.isNull()) {
        detectSeparator();
    }

    m_stops.fill(0);
    m_stops[static_cast<unsigned char>(m_sep)] |= kStopUnquoted;
    m_stops['\r'] |= kStopUnquoted | kStopQuoted;
    m_stops['\n'] |= kStopUnquoted | kStopQuoted;
    m_stops['"'] |= kStopQuoted;
    return true;
}

qint64 CsvReader::readSome(qsizetype keepFrom)
{
    if (keepFrom == m_end) {
        m_offset += m_end;
        m_pos = 0;
        m_end = 0;
    } else if (m_end == m_buffer.size()) {
        if (keepFrom > 0) {
            std::memmove(m_buffer.data(), m_buffer.constData() + keepFrom, size_t(m_end - keepFrom));
            m_offset += keepFrom;
            m_pos -= keepFrom;
            m_end -= keepFrom;
        }
        if (m_end == m_buffer.size()) {
            m_buffer.resize(m_buffer.size() * 2); // a field longer than the buffer
        }
    }
    const qint64 read = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (read < 0) {
        fail(makeError(Error::Code::Storage,
                       tr("The file could not be read after line %1: %2").arg(m_line).arg(m_device->errorString())));
        return -1;
    }
    m_atEnd = read == 0;
    m_end += read;
    return read;
}

qint64 CsvReader::refill(qsizetype keepFrom)
{
    const qint64 offsetBefore = m_offset;
    const qint64 read = readSome(keepFrom);
    if (read > 0 && m_encoding == Encoding::Undecided) {
        keepFrom -= qsizetype(m_offset - offsetBefore);
        if (!decideEncoding(m_end - qsizetype(read), keepFrom)) {
            return -1;
        }
    }
    return read;
}

bool CsvReader::decideEncoding(qsizetype from, qsizetype keepFrom)
{
    const char* data = m_buffer.constData();
    qsizetype first = from;
    while (first < m_end && static_cast<unsigned char>(data[first]) < 0x80) {
        ++first;
    }
    if (first == m_end) {
        return true; // ASCII reads the same in every encoding: decide when there is something to decide on
    }
    const qint64 firstInFile = m_offset + first;
    while (m_offset + m_end - firstInFile < kEncodingWindow && !m_atEnd) {
        const qint64 offsetBefore = m_offset;
        if (readSome(keepFrom) < 0) {
            return false;
        }
        keepFrom -= qsizetype(m_offset - offsetBefore);
    }
    first = qsizetype(firstInFile - m_offset);
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_buffer.constData());
    const qsizetype windowEnd = std::min(m_end, first + kEncodingWindow);
    const bool utf8 = looksLikeUtf8(bytes + first, bytes + windowEnd, m_atEnd && windowEnd == m_end);
    m_encoding = utf8 ? Encoding::Utf8 : Encoding::Windows1252;
    return true;
}

void CsvReader::detectSeparator()
{
    // Quotes are recognised at the start of a field, and a field may start after any of the candidates.
    constexpr std::array<char, 3> candidates = {',', ';', '\t'};
    std::array<int, 3> counts = {};
    const char* data = m_buffer.constData();
    qsizetype i = m_pos;
    while (i < m_end && (data[i] == '\r' || data[i] == '\n')) {
        ++i;
    }
    bool quoted = false;
    bool fieldStart = true;
    for (; i < m_end; ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < m_end && data[i + 1] == '"') {
                    ++i;
                } else {
                    quoted = false;
                }
            }
            continue;
        }
        if (c == '\r' || c == '\n') {
            break;
        }
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            continue;
        }
        const auto found = std::find(candidates.begin(), candidates.end(), c);
        fieldStart = found != candidates.end();
        if (fieldStart) {
            ++counts[size_t(found - candidates.begin())];
        }
    }
    size_t best = 0; // a comma when no candidate occurs or on a tie
    for (size_t k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best]) {
            best = k;
        }
    }
    m_sep = candidates[best];
    m_separator = QChar(QLatin1Char(m_sep));
}

QString CsvReader::decode(const char* data, qsizetype size) const
{
    switch (m_encoding) {
    case Encoding::Latin1:
        return QString::fromLatin1(data, size);
    case Encoding::Windows1252: {
        QString text(size, Qt::Uninitialized);
        QChar* out = text.data();
        for (qsizetype i = 0; i < size; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            out[i] = (byte >= 0x80 && byte < 0xA0) ? QChar(kWindows1252High[byte - 0x80]) : QChar(char16_t(byte));
        }
        return text;
    }
    case Encoding::Undecided: // only ASCII has been seen
    case Encoding::Utf8:
        break;
    }
    QString text = QString::fromUtf8(data, size);
    if (text.contains(QChar::ReplacementCharacter)) {
        // A U+FFFD the file spells out is text; one more is a byte sequence that is not UTF-8.
        const qsizetype written = QByteArray::fromRawData(data, size).count("\xEF\xBF\xBD");
        m_invalid += text.count(QChar::ReplacementCharacter) - written;
    }
    return text;
}

void CsvReader::appendField(QStringList& fields, qsizetype begin, qsizetype end, bool doubledQuotes)
{
    const char* data = m_buffer.constData();
    if (!doubledQuotes) {
        fields.append(decode(data + begin, end - begin));
        return;
    }
    // Inside the quotes every quote comes as a pair: keep the first of each.
    m_scratch.resize(end - begin);
    char* out = m_scratch.data();
    for (const char* p = data + begin; p < data + end;) {
        const char c = *p++;
        *out++ = c;
        if (c == '"') {
            ++p;
        }
    }
    fields.append(decode(m_scratch.constData(), out - m_scratch.constData()));
}

bool CsvReader::finishAtEnd(State state, qsizetype spanStart, bool doubledQuotes, qint64 fieldLine, QStringList& fields)
{
    switch (state) {
    case State::RecordStart:
        m_finished = true;
        return false;
    case State::FieldStart: // the line ended with a separator
        fields.append(QString());
        return true;
    case State::Unquoted:
        appendField(fields, spanStart, m_end, false);
        m_pos = m_end;
        return true;
    case State::Quoted:
        if (m_pos < m_end) { // the closing quote is the file's last byte
            appendField(fields, spanStart, m_pos, doubledQuotes);
            m_pos = m_end;
            return true;
        }
        fields.clear();
        return fail(makeError(Error::Code::Invalid,
                              tr("line %1: a quoted field is not closed before the end of the file; a closing quote "
                                 "is missing in that line or a quote inside the field is not written twice (\"\")")
                                  .arg(fieldLine)));
    case State::AfterQuote:
        return true;
    }
    return true;
}

bool CsvReader::next(QStringList& fields)
{
    fields.clear();
    m_invalid = 0;
    if (m_finished || (!m_started && !start())) {
        return false;
    }
    State state = State::RecordStart;
    qsizetype spanStart = 0; // where the current field's bytes begin in m_buffer; kept across refills
    bool doubledQuotes = false;
    qint64 fieldLine = 0;
    const auto endRecord = [this](char lineEnd) {
        ++m_line;
        m_pendingLf = lineEnd == '\r';
        return true;
    };

    for (;;) {
        bool needMore = m_pos == m_end;
        const char* data = m_buffer.constData();
        if (!needMore) {
            switch (state) {
            case State::RecordStart: {
                const char c = data[m_pos];
                if (c == '\n') {
                    m_line += m_pendingLf ? 0 : 1;
                    m_pendingLf = false;
                    ++m_pos;
                } else if (c == '\r') {
                    ++m_line;
                    m_pendingLf = true;
                    ++m_pos;
                } else {
                    m_pendingLf = false;
                    m_recordLine = m_line;
                    state = State::FieldStart;
                }
                break;
            }
            case State::FieldStart:
                doubledQuotes = false;
                if (data[m_pos] == '"') {
                    fieldLine = m_line;
                    spanStart = ++m_pos;
                    state = State::Quoted;
                } else {
                    spanStart = m_pos;
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted: {
                const char* p = data + m_pos;
                const char* end = data + m_end;
                while (p < end && !(m_stops[static_cast<unsigned char>(*p)] & kStopUnquoted)) {
                    ++p;
                }
                m_pos = p - data;
                if (p == end) {
                    needMore = true;
                    break;
                }
                appendField(fields, spanStart, m_pos, false);
                ++m_pos;
                if (*p == m_sep) {
                    state = State::FieldStart;
                    break;
                }
                return endRecord(*p);
            }
            case State::Quoted: {
                const char* fieldBegin = data + spanStart;
                const char* p = data + m_pos;
                const char* end = data + m_end;
                for (;;) {
                    while (p < end && !(m_stops[static_cast<unsigned char>(*p)] & kStopQuoted)) {
                        ++p;
                    }
                    if (p == end || *p == '"') {
                        break;
                    }
                    if (*p == '\r' || p == fieldBegin || p[-1] != '\r') { // CRLF is one line break
                        ++m_line;
                    }
                    ++p;
                }
                m_pos = p - data;
                if (p == end || p + 1 == end) { // a quote is judged by the byte after it
                    needMore = true;
                    break;
                }
                if (p[1] == '"') {
                    doubledQuotes = true;
                    m_pos += 2;
                    break;
                }
                appendField(fields, spanStart, m_pos, doubledQuotes);
                ++m_pos;
                state = State::AfterQuote;
                break;
            }
            case State::AfterQuote: {
                const char c = data[m_pos];
                if (c == m_sep) {
                    ++m_pos;
                    state = State::FieldStart;
                } else if (c == '\r' || c == '\n') {
                    ++m_pos;
                    return endRecord(c);
                } else if (c == ' ' || c == '\t') {
                    ++m_pos;
                } else {
                    const qsizetype field = fields.size();
                    fields.clear();
                    return fail(makeError(Error::Code::Invalid,
                                          tr("line %1: column %2 has text after its closing quote; a quote inside a "
                                             "quoted field must be written twice (\"\")")
                                              .arg(m_line)
                                              .arg(field)));
                }
                break;
            }
            }
        }
        if (needMore) {
            const bool inField = state == State::Unquoted || state == State::Quoted;
            const qint64 offsetBefore = m_offset;
            const qint64 read = refill(inField ? spanStart : m_pos);
            if (read < 0) {
                fields.clear();
                return false;
            }
            spanStart -= qsizetype(m_offset - offsetBefore);
            if (read == 0) {
                return finishAtEnd(state, spanStart, doubledQuotes, fieldLine, fields);
            }
        }
    }
}

} // namespace handoff
