#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace handoff {

// What went wrong, in words a person can act on. Errors a user can cause travel as values, never as exceptions.
struct Error {
    enum class Code {
        Invalid,    // the input breaks a rule; details lists every reason
        NotFound,   // the record or file does not exist
        Conflict,   // someone else changed the record since it was read
        Forbidden,  // the acting user's role may not do this
        Locked,     // another program holds the database
        ReadOnly,   // the file or its folder cannot be written
        NotHandoff, // the file is not a Handoff database
        Corrupt,    // the file is damaged
        TooNew,     // the file was written by a newer Handoff
        Cancelled,  // the user cancelled; nothing was changed
        Storage,    // any other failure of the database or the file system
    };

    Code code = Code::Storage;
    QString message;
    QStringList details;

    // The message followed by every detail on its own line.
    QString fullText() const
    {
        QString text = message;
        for (const QString& detail : details) {
            text += QLatin1String("\n  - ") + detail;
        }
        return text;
    }
};

inline Error makeError(Error::Code code, QString message, QStringList details = {})
{
    return Error{code, std::move(message), std::move(details)};
}

// A value or the Error that prevented it.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace handoff
