// Times Handoff's core data operations next to the same work done directly with the SQLite C API and prints the
// ratio; with --server, the same operations on a PostgreSQL server beside them, for one database size or several
// (one table, a group of columns per size). Usage: handoff_bench [--deals N[,N...] | --database FILE[,FILE...]]
// [--server ADDRESS[,ADDRESS...]], or handoff_bench --import-deals N [--repeat K] [--csv FILE]
// [--import-only | --import-into DB] [--server ADDRESS] for the CSV import next to the sqlite3 shell's .import, to
// the same writes done in SQL through the C API and, on a server, to psql's \copy. A fixed seed makes runs
// comparable.

#include "BenchDatabase.h"
#include "BenchTable.h"
#include "CoreBench.h"
#include "ImportBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace handoff;
using namespace handoff::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("deals"),
                      QStringLiteral("Deals in the generated databases, one size or several (2000,100000,1000000): "
                                     "one table with a group of columns per size."),
                      QStringLiteral("N[,N...]"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Use these existing databases instead, one per size, filled with the demo data "
                                     "when empty."),
                      QStringLiteral("FILE[,FILE...]")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Run every case on these databases on a PostgreSQL server too, one per size "
                                     "(filled with the same demo data when empty; an empty address for none); with "
                                     "--import-deals, a database on "
                                     "the server next to which the import's databases are made."),
                      QStringLiteral("ADDRESS[,ADDRESS...]")});
    parser.addOption({QStringLiteral("import-deals"),
                      QStringLiteral("Time a CSV import of N generated deals against the sqlite3 shell's .import."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Rounds of each import case; the best is shown."),
                      QStringLiteral("K"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("csv"),
         QStringLiteral("Write the generated import file here and keep it (with --import-into, a file that "
                        "exists is imported as it is)."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("import-only"),
                      QStringLiteral("Time the import alone: no shell, no C API, no second import (to profile).")});
    parser.addOption({QStringLiteral("import-into"),
                      QStringLiteral("Import the generated file once into this existing database, as its first lead."),
                      QStringLiteral("FILE")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("import-deals"))) {
        ImportBench::Options options;
        options.deals = parser.value(QStringLiteral("import-deals")).toInt();
        options.repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
        options.csvPath = parser.value(QStringLiteral("csv"));
        options.references = options.reimport = !parser.isSet(QStringLiteral("import-only"));
        options.intoDatabase = parser.value(QStringLiteral("import-into"));
        options.server = parser.value(QStringLiteral("server"));
        return ImportBench::run(options);
    }

    QTextStream out(stdout);
    const QStringList dealCounts = parser.value(QStringLiteral("deals")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList files = parser.value(QStringLiteral("database")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // An empty address leaves that size without a server: "--server A,B," for three sizes.
    const QStringList servers = parser.isSet(QStringLiteral("server"))
                                    ? parser.value(QStringLiteral("server")).split(QLatin1Char(','))
                                    : QStringList();
    const qsizetype sizes = files.isEmpty() ? dealCounts.size() : files.size();
    if (sizes == 0 || (!servers.isEmpty() && servers.size() != sizes)) {
        QTextStream(stderr) << "Name one server database for each size (an empty one for none): " << sizes << " sizes, "
                            << servers.size() << " server databases." << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    BenchTable table;
    addCoreSections(table);
    QStringList sizeNames;
    QStringList paths;
    for (int size = 0; size < sizes; ++size) {
        const QString path =
            files.isEmpty() ? dir.filePath(QStringLiteral("bench-%1.sqlite").arg(size)) : files.at(size);
        const int dealCount = dealCounts.value(size, dealCounts.value(0)).toInt();
        const auto file = BenchDatabase::open(QStringLiteral("SQLite"), path, dealCount, out);
        if (!file) {
            return 1;
        }
        std::unique_ptr<BenchDatabase> server;
        if (!servers.value(size).isEmpty()) {
            server = BenchDatabase::open(QStringLiteral("PostgreSQL"), servers.at(size), dealCount, out);
            if (!server) {
                return 1;
            }
        }
        sizeNames.append(QLocale::c().toString(file->deals) + QStringLiteral(" deals"));
        table.setSizes(sizeNames);
        paths.append(QStringLiteral("%1 (%2 MB)").arg(path).arg(QFileInfo(path).size() / (1024 * 1024)));
        const BenchRun run{*file, server.get(), table, size};
        operations(run);
        listPages(run);
        metrics(run);
        out << sizeNames.constLast() << ": measured" << Qt::endl;
    }
    table.print(out);
    out << Qt::endl << "databases: " << paths.join(QStringLiteral(", ")) << Qt::endl;
    return 0;
}
