#pragma once

#include "model/User.h"
#include "storage/Database.h"

#include <QString>

#include <memory>

class QTextStream;

namespace handoff::bench {

// One user of each role, as the lists are shown to them.
struct Staff {
    User sales, support, lead;
};

// A database the cases run on, a file or a server's, filled with the same demo data (seed 7) when it is empty.
struct BenchDatabase {
    QString engine;
    Database db;
    Staff staff;
    qint64 deals = 0;

    // Null after printing why it could not be opened or filled; log gets how long the opening and filling took.
    static std::unique_ptr<BenchDatabase> open(const QString& engine, const QString& path, int dealCount,
                                               QTextStream& log);
};

} // namespace handoff::bench
