#include "commands/CheckCommand.h"

#include "commands/ProgressLine.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"

#include <QElapsedTimer>

namespace handoff {

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"), tr("Verifies the database: integrity, foreign keys, schema version, the "
                                          "append-only audit log and the kept figures (built again when they differ "
                                          "from the rows). Exits with 0 only when every check passes."))
{}

void CheckCommand::addOptions(QCommandLineParser&) {}

int CheckCommand::execute(const QCommandLineParser& parser)
{
    Database db;
    if (!openDatabase(parser, db, false, false)) {
        return Failure;
    }
    ProgressLine line;
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&](int check, int checks) {
        line.show(tr("Checking %1: check %2 of %3 (%4 s)")
                      .arg(db.path())
                      .arg(check + 1)
                      .arg(checks)
                      .arg(timer.elapsed() / 1000));
    };
    const QList<CheckResult> results =
        IntegrityCheck::run(db, line.shown() ? IntegrityCheck::Progress(progress) : nullptr);
    line.clear();
    for (const CheckResult& result : results) {
        printLine(QStringLiteral("%1 %2: %3").arg(result.ok ? tr("ok    ") : tr("FAILED"), result.name, result.detail));
    }
    if (auto recorded = IntegrityCheck::record(db, results); !recorded) {
        printError(tr("The check's result could not be recorded in the database: %1").arg(recorded.error().fullText()));
    }
    if (!IntegrityCheck::allOk(results)) {
        printError(tr("'%1' failed the check.").arg(db.path()));
        return Failure;
    }
    return Success;
}

} // namespace handoff
