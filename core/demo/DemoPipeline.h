#pragma once

#include "Result.h"
#include "demo/DemoGenerator.h"

#include <functional>

namespace handoff {

class Database;
class DemoDice;
class DemoWriter;
struct DemoWorld;

// The demo's deals made on a second thread while this one writes them (on a file). Making a deal's rows (its texts,
// dates and JSON) takes about 40 % of the time SQLite takes to write them (2.5 s of a 6.4 s rows phase at 20,000
// deals); side by side, the rows phase takes the writing's time alone. The indexes and the kept figures come after,
// on one thread, so the whole run gains less: at 100,000 deals 59.7 s, against 61.8 s before (which had one index
// fewer to build). The maker writes through statements that only record each row, with the id the file will give
// it: a table's ids are taken in order from the next one free, and the rows go to the file with their ids, in the
// order they were made, through the same statements and binds as without the second thread. The file's rows are the
// same either way.
class DemoPipeline {
public:
    // What a failure while making or writing deal index (from 0) becomes.
    using Failure = std::function<Error(int index, const Error& error)>;

    // Makes deals [0, count) with a DemoDealBuilder over dice and world on a second thread and writes them through
    // direct, which was prepared with explicit ids inside the caller's transaction. progress(done, count) is called
    // now and then on this thread; returning false stops both threads and returns cancelled. The counts are of the
    // rows written.
    static Result<DemoSummary> run(Database& db, DemoWriter& direct, DemoDice& dice, const DemoWorld& world, int count,
                                   const std::function<bool(qint64, qint64)>& progress, const Error& cancelled,
                                   const Failure& failure);
};

} // namespace handoff
