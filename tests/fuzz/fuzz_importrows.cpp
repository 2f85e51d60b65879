// libFuzzer target for the import's row reader: any CSV, read with one of the presets or a mapping of the file's own
// headers, must end in rows that are either rejected with a reason or hold what an imported deal needs, never in a
// crash, a hang or memory trouble.

#include "io/CsvReader.h"
#include "io/ImportMapping.h"
#include "io/ImportPresets.h"
#include "io/ImportRowReader.h"

#include <QBuffer>

#include <cstdint>

using namespace handoff;

namespace {

void check(bool condition)
{
    if (!condition) {
        __builtin_trap();
    }
}

// A mapping of every field to the header of the same position, for files whose headers are not a preset's.
ImportMapping byPosition(const QStringList& headers)
{
    ImportMapping mapping;
    mapping.strict = false;
    const QStringList keys = ImportMapping::fieldKeys();
    for (qsizetype i = 0; i < keys.size() && i < headers.size(); ++i) {
        mapping.columns.insert(keys.at(i), headers.at(i));
    }
    return mapping;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    // The first byte picks the mapping (bits 0-1), the date order (bits 2-3) and contact lists (bit 4).
    const uint8_t pick = data[0];
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvOptions{});
    QStringList headers;
    if (!reader.next(headers)) {
        return 0;
    }
    static const char* const presets[] = {"salesforce", "hubspot", "handoff"};
    const int choice = pick & 3;
    ImportMapping mapping =
        choice < 3 ? *ImportPresets::preset(QString::fromLatin1(presets[choice])) : byPosition(headers);
    mapping.contactLists = (pick & 16) != 0;
    const auto columns = mapping.resolve(headers);
    if (!columns) {
        check(!columns.error().message.isEmpty());
        return 0;
    }
    static const DateOrder orders[] = {DateOrder::Detect, DateOrder::MonthFirst, DateOrder::DayFirst,
                                       DateOrder::Detect};
    ImportRowReader rows(*columns, mapping.wonStages, orders[(pick >> 2) & 3], mapping.contactLists);
    QStringList fields;
    qint64 line = 1;
    while (reader.next(fields)) {
        ++line;
        if (!rows.isWon(fields)) {
            continue;
        }
        rows.noteDateOrder(fields, line);
        const ImportRowReader::Row row = rows.read(fields, line);
        if (!row.problems.isEmpty()) {
            for (const QString& problem : row.problems) {
                check(!problem.isEmpty());
            }
            continue;
        }
        // A row taken as it is names an account and a close date; the deal has a name (given or made) and no
        // amount below zero unless the file said so.
        check(!row.account.isEmpty());
        check(row.deal.closedOn.isValid());
        check(!row.deal.title.isEmpty());
        check(row.deal.uid.isEmpty() || row.deal.uid.size() == 36);
    }
    return 0;
}
