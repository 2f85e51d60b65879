// libFuzzer target for the reader of a deal's JSON: the handoff snapshots that SnapshotService compares to tell
// support what changed since the last submission. Any two byte strings (split at the first NUL) must give changes or
// an error, never a crash, a hang or memory trouble; a snapshot compared with itself shows no change.

#include "storage/Database.h"
#include "workflow/SnapshotService.h"

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

// The snapshots live in the database, but comparing two reads none: an empty one in memory serves every input. It
// is never destroyed: at exit, Qt's registry of connections may already be gone.
Database& database()
{
    static Database& db = *new Database;
    static const bool opened = [] { return bool(db.open(QStringLiteral(":memory:"))); }();
    check(opened);
    return db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const char* bytes = reinterpret_cast<const char*>(data);
    const void* nul = std::memchr(bytes, 0, size);
    const size_t split = nul ? size_t(static_cast<const char*>(nul) - bytes) : size;
    const QByteArray before(bytes, qsizetype(split));
    const QByteArray after = split < size ? QByteArray(bytes + split + 1, qsizetype(size - split - 1)) : before;

    const SnapshotService snapshots(database());
    const auto changes = snapshots.diff(before, after);
    if (!changes) {
        check(changes.error().code == Error::Code::Corrupt && !changes.error().message.isEmpty());
        return 0;
    }
    for (const SnapshotChange& change : *changes) {
        check(!change.area.isEmpty());
    }
    const auto same = snapshots.diff(after, after);
    check(same && same->isEmpty());
    return 0;
}
