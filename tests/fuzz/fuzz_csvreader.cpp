// libFuzzer target for CsvReader: any bytes, with any options and read sizes, must end in records or an error,
// never in a crash, a hang or memory trouble; and what it reads in Latin-1 must survive being written and read again.

#include "core/TrickleDevice.h"
#include "io/CsvReader.h"

#include <QBuffer>

#include <algorithm>
#include <cstdint>
#include <cstring>

using namespace handoff;

namespace {

void check(bool condition)
{
    if (!condition) {
        __builtin_trap();
    }
}

// Reads every record and checks what must hold for any input.
QList<QStringList> readAll(QIODevice* device, const CsvOptions& options, qint64 size, bool& failed)
{
    CsvReader reader(device, options);
    QList<QStringList> records;
    QStringList fields;
    qint64 lastLine = 0;
    while (reader.next(fields)) {
        check(!fields.isEmpty());
        check(reader.recordLine() > lastLine);
        check(reader.bytesConsumed() <= size);
        lastLine = reader.recordLine();
        records.append(fields);
    }
    failed = reader.error().has_value();
    check(!failed || !reader.error()->message.isEmpty());
    check(failed || reader.bytesConsumed() == size);
    return records;
}

QByteArray writeLatin1(const QList<QStringList>& records, char separator)
{
    QByteArray out;
    for (const QStringList& fields : records) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QByteArray cell = fields.at(i).toLatin1();
            cell.replace("\"", "\"\"");
            out += (i ? QByteArray(1, separator) : QByteArray()) + '"' + cell + '"';
        }
        out += "\r\n";
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    // The first byte picks the options: separator (bits 0-1), encoding (bits 2-3), read size (bits 4-6).
    const uint8_t pick = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    static const QChar separators[] = {QChar(), QChar(u','), QChar(u';'), QChar(u'\t')};
    static const char* const encodings[] = {"", "utf-8", "windows-1252", "latin-1"};
    static const qint64 steps[] = {0, 1, 2, 3, 7, 64, 4093, 65537};
    const CsvOptions options{separators[pick & 3], QString::fromLatin1(encodings[(pick >> 2) & 3])};
    const qint64 step = steps[(pick >> 4) & 7];

    bool failed = false;
    QList<QStringList> records;
    if (step == 0) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        records = readAll(&buffer, options, bytes.size(), failed);
    } else {
        TrickleDevice device(bytes, step);
        records = readAll(&device, options, bytes.size(), failed);
    }

    // Latin-1 maps every byte to one character and back, so a careful writer's output must read back the same.
    if (!failed && options.encoding == QLatin1String("latin-1") && !options.separator.isNull()) {
        const QByteArray written = writeLatin1(records, char(options.separator.unicode()));
        QBuffer again;
        again.setData(written);
        again.open(QIODevice::ReadOnly);
        bool failedAgain = false;
        check(readAll(&again, options, written.size(), failedAgain) == records);
        check(!failedAgain);
    }
    return 0;
}
