#pragma once

#include <QString>

// Times a CSV import of generated deals (DealImporter into a fresh database) next to the work of the sqlite3 shell's
// `.import` of the same file into a bare table, done through the C API and, where it is installed, by the shell, and
// next to the import's own writes done in SQL through the C API (SqlImport), whole and without its audit entries and
// indexes. With a server, the import into a fresh database there too, next to psql's \copy of the file into a bare
// table of that server.
class ImportBench {
public:
    struct Options {
        int deals = 100000;
        int repeat = 3;         // each case runs this often on a fresh database; the best time is shown
        QString csvPath;        // where to write the file (empty: a temporary directory); see intoDatabase
        bool reimport = true;   // also time importing the same file again into the filled database (updates)
        bool references = true; // also time the shell and the C API (off to profile the import alone)
        QString intoDatabase;   // import once into this existing database (as its first lead) instead, the file
                                // at csvPath as it is when it exists (to compare two builds on the same file)
        QString server;         // a database on a PostgreSQL server next to which the server's cases make theirs
    };

    // Prints the table; returns 0, or 1 when something could not be run.
    static int run(const Options& options);
};
