#include "storage/WaitNotice.h"

#include <QThread>

#include <sqlite3.h>

#include <cstdint>

namespace handoff {

namespace {

std::function<void()>& notice()
{
    static std::function<void()> shown;
    return shown;
}

// Milliseconds between two tries: short at first, as most locks are held for a moment.
constexpr int kPauses[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};

// SQLite's busy handler: 1 to try again, 0 to give up and report the database as busy.
int waitForLock(void* timeout, int attempt)
{
    const auto limit = static_cast<int>(reinterpret_cast<std::intptr_t>(timeout));
    if (attempt == 0) {
        WaitNotice::waiting();
    }
    int waited = 0;
    for (int i = 0; i < attempt; ++i) {
        waited += kPauses[std::min<int>(i, int(std::size(kPauses)) - 1)];
    }
    if (waited >= limit) {
        return 0;
    }
    const int pause = kPauses[std::min<int>(attempt, int(std::size(kPauses)) - 1)];
    QThread::msleep(static_cast<unsigned long>(std::min(pause, limit - waited)));
    return 1;
}

} // namespace

void WaitNotice::set(std::function<void()> shown)
{
    notice() = std::move(shown);
}

void WaitNotice::install(sqlite3* handle, int timeoutMs)
{
    sqlite3_busy_handler(handle, &waitForLock, reinterpret_cast<void*>(static_cast<std::intptr_t>(timeoutMs)));
}

void WaitNotice::waiting()
{
    if (notice()) {
        notice()();
    }
}

} // namespace handoff
