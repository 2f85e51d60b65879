#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace handoff {

// Appends the members of a JSON object one by one, into a string reused row after row (RowStore writes the same
// objects through QJsonDocument, which costs more than the insert it describes).
class ImportJsonWriter {
public:
    explicit ImportJsonWriter(QString& out)
        : m_out(out)
    {
        m_out.resize(0);
        m_out += QLatin1Char('{');
    }
    void text(const char* key, QStringView value)
    {
        name(key);
        m_out += QLatin1Char('"');
        qsizetype plain = 0; // start of the run of characters that need no escape
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char16_t c = value[i].unicode();
            if (c != u'"' && c != u'\\' && c >= 0x20) {
                continue;
            }
            m_out += value.sliced(plain, i - plain);
            plain = i + 1;
            if (c == u'"' || c == u'\\') {
                m_out += QLatin1Char('\\');
                m_out += QChar(c);
            } else {
                m_out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            }
        }
        m_out += value.sliced(plain);
        m_out += QLatin1Char('"');
    }
    void number(const char* key, qint64 value)
    {
        name(key);
        // Written backwards into a buffer on the stack: QString::number would allocate a string for each.
        char buffer[24];
        char* end = buffer + sizeof(buffer);
        char* p = end;
        const bool negative = value < 0;
        quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
        do {
            *--p = char('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (negative) {
            *--p = '-';
        }
        m_out += QLatin1StringView(p, end - p);
    }
    void date(const char* key, QDate value)
    {
        if (!value.isValid() || value.year() < 1000 || value.year() > 9999) {
            value.isValid() ? text(key, value.toString(Qt::ISODate)) : null(key);
            return;
        }
        // QDate::toString costs a formatted print per call; the import writes three dates a row.
        name(key);
        const int parts[] = {value.year(), value.month(), value.day()};
        char buffer[13] = {'"', 0, 0, 0, 0, '-', 0, 0, '-', 0, 0, '"', 0};
        for (int i = 4, v = parts[0]; i >= 1; --i, v /= 10) {
            buffer[i] = char('0' + v % 10);
        }
        buffer[6] = char('0' + parts[1] / 10);
        buffer[7] = char('0' + parts[1] % 10);
        buffer[9] = char('0' + parts[2] / 10);
        buffer[10] = char('0' + parts[2] % 10);
        m_out += QLatin1StringView(buffer, 12);
    }
    void null(const char* key)
    {
        name(key);
        m_out += QLatin1String("null");
    }
    const QString& close()
    {
        m_out += QLatin1Char('}');
        return m_out;
    }

private:
    void name(const char* key)
    {
        if (m_out.size() > 1) {
            m_out += QLatin1Char(',');
        }
        // Appended piece by piece: a concatenation would build a temporary string for every member.
        m_out += QLatin1Char('"');
        m_out += QLatin1StringView(key);
        m_out += QLatin1String("\":");
    }
    QString& m_out;
};

} // namespace handoff
