#pragma once

namespace handoff {

class Database;

// Reads every statement made while it lives from the same snapshot of the file, so that what a report or a set of
// figures reads agrees with itself even while another program writes. A plain (deferred) BEGIN takes no write lock.
// Inside a caller's transaction it does nothing.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    const Database& m_db;
    bool m_open = false;
};

} // namespace handoff
