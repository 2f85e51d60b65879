#pragma once

#include <QDate>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

namespace handoff {

// Appends the members of one JSON object to a string, member by member: the import writes the audit entry of every
// row it creates this way into a string reused row after row, and the export writes its rows into the page it is
// filling (QJsonDocument, which RowStore uses for single rows, would cost more than the insert the entry describes).
// Text is escaped as QJsonDocument escapes it, so both read back the same.
class JsonObjectWriter {
public:
    enum class Start {
        Fresh,  // the string is emptied first
        Append, // the object follows what the string holds
    };

    // A member name: a string literal or a view of one.
    struct Key {
        Key(const char* key)
            : view(key)
        {}
        Key(QLatin1StringView key)
            : view(key)
        {}
        QLatin1StringView view;
    };

    explicit JsonObjectWriter(QString& out, Start start = Start::Fresh)
        : m_out(out)
    {
        if (start == Start::Fresh) {
            m_out.resize(0);
        }
        m_out += QLatin1Char('{');
    }

    void text(Key key, QStringView value)
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
            m_out += QLatin1Char('\\');
            switch (c) {
            case u'"':
            case u'\\':
                m_out += QChar(c);
                break;
            case u'\b':
                m_out += QLatin1Char('b');
                break;
            case u'\f':
                m_out += QLatin1Char('f');
                break;
            case u'\n':
                m_out += QLatin1Char('n');
                break;
            case u'\r':
                m_out += QLatin1Char('r');
                break;
            case u'\t':
                m_out += QLatin1Char('t');
                break;
            default:
                m_out += QStringLiteral("u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            }
        }
        m_out += value.sliced(plain);
        m_out += QLatin1Char('"');
    }

    void number(Key key, qint64 value)
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

    // A number the caller has written, such as a decimal amount ("-12.50"); it is not checked.
    void numberText(Key key, QStringView digits)
    {
        name(key);
        m_out += digits;
    }

    void date(Key key, QDate value)
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

    void null(Key key)
    {
        name(key);
        m_out += QLatin1String("null");
    }

    // Ends the object; the string as it now is.
    const QString& close()
    {
        m_out += QLatin1Char('}');
        return m_out;
    }

private:
    void name(Key key)
    {
        if (!m_first) {
            m_out += QLatin1Char(',');
        }
        m_first = false;
        // Appended piece by piece: a concatenation would build a temporary string for every member.
        m_out += QLatin1Char('"');
        m_out += key.view;
        m_out += QLatin1String("\":");
    }

    QString& m_out;
    bool m_first = true;
};

} // namespace handoff
