#pragma once

#include <functional>

struct sqlite3;

namespace handoff {

// What the program shows while a change waits for another program that is changing the same database (a file's
// write lock, a server's writer lock), so that a wait is not taken for a hang and a wait that ends well prints no
// error. The program sets the notice once; storage calls it when a wait begins.
class WaitNotice {
public:
    static void set(std::function<void()> notice);

    // Makes SQLite wait up to timeoutMs for another connection's lock, calling the notice as the wait begins (in
    // place of a plain busy timeout, which waits in silence).
    static void install(sqlite3* handle, int timeoutMs);
    // Called by storage as a wait begins.
    static void waiting();
};

} // namespace handoff
