#pragma once

#include "Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace handoff {

struct CsvOptions {
    QChar separator;  // null: detect from the first record among ',' ';' '\t'
    QString encoding; // empty: detect; or "utf-8", "windows-1252", "latin-1" (ISO-8859-1)
};

// Reads the records of a CSV file as spreadsheet programs and CRM exports write them, streaming.
//
// RFC 4180 plus what real files do: CRLF, LF and lone CR line ends (also inside quoted fields, kept as they are),
// blank lines skipped, no final line break needed, a UTF-8 byte-order mark skipped. Decisions where files disagree:
// - a quote inside an unquoted field (5" screen) is an ordinary character, as in spreadsheet programs;
// - after a closing quote only spaces or tabs may come before the separator or line end (they are dropped); any
//   other text is an error naming the line, because it almost always means a quote inside the field was not doubled
//   and guessing would silently change the data;
// - the encoding, when not given, stays open while the file is plain ASCII; at the first other byte the next 64 KiB
//   decide once: valid UTF-8 is UTF-8, anything else is Windows-1252. Invalid UTF-8 after that becomes U+FFFD;
// - UTF-16 files (Excel's "Unicode text") are refused with a message saying how to save them instead.
// Memory holds one chunk of the file plus the longest field, never the whole file.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QIODevice* device, CsvOptions options = {}); // device already open for reading

    // The next record's fields; false at the end of input or on an error (then error() is set).
    bool next(QStringList& fields);

    qint64 recordLine() const { return m_recordLine; } // 1-based physical line where the last record started
    // Characters of the last record that were not valid UTF-8 in a file read as UTF-8, each read as U+FFFD.
    qint64 invalidCharacters() const { return m_invalid; }
    std::optional<Error> error() const { return m_error; }
    QChar separator() const { return m_separator; } // null until the first next() when it is detected
    QString encoding() const;
    qint64 bytesConsumed() const { return m_offset + m_pos; }

private:
    enum class Encoding { Undecided, Utf8, Windows1252, Latin1 };
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, AfterQuote };

    bool start();
    qint64 refill(qsizetype keepFrom);
    qint64 readSome(qsizetype keepFrom);
    bool decideEncoding(qsizetype from, qsizetype keepFrom);
    void detectSeparator();
    bool finishAtEnd(State state, qsizetype spanStart, bool doubledQuotes, qint64 fieldLine, QStringList& fields);
    void appendField(QStringList& fields, qsizetype begin, qsizetype end, bool doubledQuotes);
    QString decode(const char* data, qsizetype size) const;
    bool fail(Error error);

    static constexpr unsigned char kStopUnquoted = 1; // bytes that end an unquoted field
    static constexpr unsigned char kStopQuoted = 2;   // bytes a quoted field must look at

    QIODevice* m_device;
    CsvOptions m_options;
    QByteArray m_buffer;  // m_buffer[m_pos, m_end) is read but not parsed; the current field stays before m_pos
    QByteArray m_scratch; // a quoted field with its doubled quotes undone
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_offset = 0; // file offset of m_buffer[0]
    qint64 m_line = 1;   // physical line of m_buffer[m_pos]
    qint64 m_recordLine = 0;
    mutable qint64 m_invalid = 0; // of the record being read (decode() counts them)
    Encoding m_encoding = Encoding::Undecided;
    QChar m_separator;
    char m_sep = ',';
    bool m_started = false;
    bool m_atEnd = false;     // the device has no more bytes
    bool m_finished = false;  // next() returns false from now on
    bool m_pendingLf = false; // the last record ended with CR: a LF right after it belongs to that line end
    std::array<unsigned char, 256> m_stops = {};
    std::optional<Error> m_error;
};

} // namespace handoff
