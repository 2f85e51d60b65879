#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace handoff {

// Writes compact JSON text straight into a string. Demo generation writes hundreds of thousands of snapshots and
// audit values, where building QJsonObjects would cost more than storing them.
class DemoJson {
public:
    DemoJson() { m_text.reserve(1024); }

    void beginObject(const char* key = nullptr) { open(key, u'{'); }
    void endObject() { close(u'}'); }
    void beginArray(const char* key = nullptr) { open(key, u'['); }
    void endArray() { close(u']'); }

    void value(const char* key, QStringView text)
    {
        prefix(key);
        string(text);
    }
    // A member whose name is not known at compile time (a checklist item's key).
    void member(QStringView name, QStringView text)
    {
        prefix(nullptr);
        string(name);
        m_text += u':';
        string(text);
    }
    void value(const char* key, const char* latin1) { value(key, QLatin1StringView(latin1)); }
    void value(const char* key, QLatin1StringView text)
    {
        prefix(key);
        m_text += u'"';
        m_text += text; // only ever enum keys and ISO dates: nothing to escape
        m_text += u'"';
    }
    void value(const char* key, qint64 number)
    {
        prefix(key);
        m_text += QString::number(number);
    }
    void value(const char* key, int number) { value(key, static_cast<qint64>(number)); }
    // An id where 0 means none, written as null.
    void id(const char* key, qint64 number)
    {
        if (number == 0) {
            null(key);
        } else {
            value(key, number);
        }
    }
    void date(const char* key, QDate day)
    {
        if (day.isValid()) {
            value(key, day.toString(Qt::ISODate));
        } else {
            null(key);
        }
    }
    void null(const char* key)
    {
        prefix(key);
        m_text += QLatin1StringView("null");
    }

    const QString& text() const { return m_text; }
    QByteArray toUtf8() const { return m_text.toUtf8(); }

private:
    void open(const char* key, char16_t bracket)
    {
        prefix(key);
        m_text += bracket;
        m_first.push_back(true);
    }
    void close(char16_t bracket)
    {
        m_text += bracket;
        m_first.pop_back();
    }
    void prefix(const char* key)
    {
        if (!m_first.empty()) {
            if (!m_first.back()) {
                m_text += u',';
            }
            m_first.back() = false;
        }
        if (key) {
            m_text += u'"';
            m_text += QLatin1StringView(key);
            m_text += QLatin1StringView("\":");
        }
    }
    void string(QStringView text)
    {
        m_text += u'"';
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u'"' || u == u'\\') {
                m_text += u'\\';
                m_text += c;
            } else if (u < 0x20) {
                m_text += QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
            } else {
                m_text += c;
            }
        }
        m_text += u'"';
    }

    QString m_text;
    std::vector<bool> m_first;
};

} // namespace handoff
