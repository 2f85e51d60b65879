#pragma once

namespace handoff::bench {

class BenchTable;
struct BenchDatabase;

// One database size's cases: on the file, on the server when there is one (null otherwise), recorded in table at the
// size's index.
struct BenchRun {
    BenchDatabase& file;
    BenchDatabase* server;
    BenchTable& table;
    int size;
};

// Adds the sections the cases below record into.
void addCoreSections(BenchTable& table);

// Reading and saving a deal, a change the kept figures count, deal list pages and counting: median microseconds
// beside the C API doing the same statements.
void operations(const BenchRun& run);
// Milliseconds per page of 200 for every kind of list and filter: the first page (median of 5) and the next 10 pages
// as one scrolls (median and worst).
void listPages(const BenchRun& run);
// The dashboard's figures for a period: MetricsService::report (every row, the team, the trend) next to the C API
// running the same statements with the same values and stepping through their rows (on a file); and the deals behind
// three figures.
void metrics(const BenchRun& run);

} // namespace handoff::bench
