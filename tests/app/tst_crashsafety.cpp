// Crash safety of the handoff command line: commands are killed with SIGKILL while they write, and the file they
// leave is judged by SQLite (integrity_check, foreign_key_check), by `handoff check`, and by a ledger of the writes
// that were acknowledged (a command that exited 0) before the kill.
//
// Three kinds of trial, each killed after a delay drawn from a seeded generator within the time the same command
// takes uncut (measured once per kind at its start): half the delays count from the command's start, half from the
// moment its write-ahead log first grows and fall in its commit or the checkpoint after it, because a commit lasts a
// few milliseconds of a run of hundreds and begins at a moment that varies by tens of milliseconds:
//  - import: a generated CSV of new deals; after the kill all of them are there or none, and a second import of the
//    file succeeds and leaves exactly all of them;
//  - demo: demo data into an empty database; after the kill every table holds what it held before or what an uncut
//    run writes, and a second demo works, or is refused because the database already has its deals;
//  - workflow: a script of deal and promise commands run one after another until one of them is killed; every
//    command that exited 0 is in the file, and the killed one is there whole or not at all.
// A last test kills demo while it creates a new file, which the trials above (on prepared files) do not reach.
//
// The environment chooses the run (Qt Test owns the command line):
//   HANDOFF_CRASH_TRIALS=N   trials in all, shared by the three kinds (default 21); 200 for a long run
//   HANDOFF_CRASH_SEED=S     the seed of the delays; each run prints its seed and every trial's delay
//   HANDOFF_EXECUTABLE=PATH  drive another handoff build than the one built with this test

#include "TestCrashSafety.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <algorithm>

using namespace handoff;
using namespace crash;

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(executable()).isExecutable(), qPrintable(executable()));
    bool ok = false;
    const int trials = qEnvironmentVariableIntValue("HANDOFF_CRASH_TRIALS", &ok);
    m_trials = ok && trials > 0 ? trials : kDefaultTrials;
    const QString seed = qEnvironmentVariable("HANDOFF_CRASH_SEED");
    m_seed = seed.isEmpty() ? QRandomGenerator::global()->generate() : seed.toUInt(&ok);
    QVERIFY2(seed.isEmpty() || ok, "HANDOFF_CRASH_SEED is a whole number from 0 to 4294967295");
    qInfo("crash-safety run: seed %u (HANDOFF_CRASH_SEED=%u replays it), %d trials per kind, handoff %s", m_seed,
          m_seed, trialsPerKind(), qPrintable(executable()));

    m_empty = std::make_unique<TestDatabase>();
    m_empty->db.close();

    m_people = std::make_unique<TestDatabase>();
    QVERIFY(Seed<UserStore>(m_people->db).create(User{0, 0, QStringLiteral("Sam Sales"), kSam, Role::Sales, true}));
    m_people->db.close();

    // New deals only, each with its account, sales rep and contact, a few sharing them as exports do.
    m_csv = m_dir.filePath(QStringLiteral("deals.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QByteArray text = "external_ref,title,account,amount,currency,closed_on,stage,sales_rep,sales_rep_email,"
                      "contact_name,contact_email\n";
    for (int i = 0; i < kImportRows; ++i) {
        const int account = i % 400;
        const int rep = i % 7;
        text += QStringLiteral("%1%2,Rollout %3,Account %4,%5.50,EUR,2026-01-%6,Closed Won,Rep %7,rep%7@example.com,"
                               "Person %3,person%3@account%4.example\n")
                    .arg(kRefPrefix)
                    .arg(i, 5, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(account)
                    .arg(1000 + i)
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(rep)
                    .toUtf8();
    }
    QCOMPARE(csv.write(text), qint64(text.size()));
    csv.close();

    prepareWorkflow();
    if (QTest::currentTestFailed()) {
        return;
    }
    for (const TestDatabase* prepared : {m_empty.get(), m_people.get(), m_workflow.get()}) {
        // A copy of the file alone is the whole database only once its write-ahead log is gone.
        QVERIFY2(!QFileInfo::exists(prepared->path() + QLatin1String("-wal")), qPrintable(prepared->path()));
    }
}

void TestCrashSafety::cleanupTestCase()
{
    qInfo("crash-safety run: seed %u", m_seed);
}

QString TestCrashSafety::trialName(const char* kind, int trial, const Kill& kill, const Span& span) const
{
    return QStringLiteral("%1 trial %2 of %3 (seed %4): killed %5 ms after %6; uncut, its log grew from %7 ms for "
                          "%8 ms and it ended at %9 ms")
        .arg(QLatin1String(kind))
        .arg(trial)
        .arg(trialsPerKind())
        .arg(m_seed)
        .arg(double(kill.delay) / 1000.0, 0, 'f', 3)
        .arg(kill.fromWrite ? QStringLiteral("its log first grew") : QStringLiteral("its start"))
        .arg(double(span.writesFrom) / 1000.0, 0, 'f', 1)
        .arg(double(span.writesFor) / 1000.0, 0, 'f', 1)
        .arg(double(span.micros) / 1000.0, 0, 'f', 1);
}

void TestCrashSafety::importKilled()
{
    const QStringList tables{QStringLiteral("deals"),    QStringLiteral("accounts"),      QStringLiteral("users"),
                             QStringLiteral("contacts"), QStringLiteral("deal_contacts"), QStringLiteral("audit_log")};
    const QString refs = QStringLiteral("SELECT count(*) FROM deals WHERE external_ref LIKE '%1%'").arg(kRefPrefix);
    const auto importInto = [this](const QString& path) {
        return QStringList{QStringLiteral("import"), m_csv, QStringLiteral("--preset"),   QStringLiteral("handoff"),
                           QStringLiteral("--as"),   kSam,  QStringLiteral("--database"), path};
    };

    // What the file holds before, after one import and after a second one of the same file.
    QTemporaryDir calibration;
    const QString measured = copyInto(calibration, m_people->path());
    QVERIFY(!measured.isEmpty());
    const QString before = Inspection(measured).counts(tables);
    const Span span = measure(importInto(measured), measured);
    QVERIFY2(span.run.exitCode == 0, qPrintable(span.run.err));
    const QString afterOne = Inspection(measured).counts(tables);
    QCOMPARE(Inspection(measured).number(refs), qint64(kImportRows));
    const Run again = runHandoff(importInto(measured));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const QString afterTwo = Inspection(measured).counts(tables);
    qInfo("import of %d rows uncut: its log grew from %.1f ms for %.1f ms, it ended at %.1f ms", kImportRows,
          double(span.writesFrom) / 1000.0, double(span.writesFor) / 1000.0, double(span.micros) / 1000.0);

    QRandomGenerator random(m_seed ^ 0x1);
    QStringList failures;
    Tally tally;
    for (int trial = 1; trial <= trialsPerKind(); ++trial) {
        const Kill kill = drawKill(random, span);
        const QString name = trialName("import", trial, kill, span);
        qInfo("%s", qPrintable(name));
        QTemporaryDir dir;
        const QString path = copyInto(dir, m_people->path());
        if (path.isEmpty()) {
            failures.append(name + QStringLiteral(": cannot copy the prepared database"));
            continue;
        }
        const Cut cut = runAndKill(importInto(path), path, kill);
        if (!cut.started) {
            failures.append(name + QStringLiteral(": could not start handoff: ") + cut.err);
            continue;
        }
        QStringList problems = judge(path);
        qint64 present = 0;
        {
            const Inspection file(path);
            present = file.number(refs);
            const QString counts = file.counts(tables);
            if (present == 0 && counts != before) {
                problems.append(
                    QStringLiteral("no deal of the file, yet the rows are %1 instead of %2").arg(counts, before));
            } else if (present == kImportRows && counts != afterOne) {
                problems.append(
                    QStringLiteral("every deal of the file, yet the rows are %1 instead of %2").arg(counts, afterOne));
            } else if (present != 0 && present != kImportRows) {
                problems.append(QStringLiteral("%1 of the file's %2 deals are there: the import is all or nothing")
                                    .arg(present)
                                    .arg(kImportRows));
            }
        }
        if (!cut.killed && (cut.exitCode != 0 || present != kImportRows)) {
            problems.append(QStringLiteral("the import finished before the kill with exit %1 and left %2 deals: %3")
                                .arg(cut.exitCode)
                                .arg(present)
                                .arg(cut.err.simplified()));
        }
        const Run second = runHandoff(importInto(path));
        if (second.exitCode != 0) {
            problems.append(QStringLiteral("the import after the kill exited %1: %2")
                                .arg(second.exitCode)
                                .arg(second.err.simplified()));
        } else {
            const QString counts = Inspection(path).counts(tables);
            const QString expected = present == kImportRows ? afterTwo : afterOne;
            if (counts != expected) {
                problems.append(QStringLiteral("after the import that followed the kill the rows are %1 instead of %2")
                                    .arg(counts, expected));
            }
        }
        tally.add(landingOf(cut.killed, cut.wal, present == kImportRows), cut.wal);
        if (!problems.isEmpty()) {
            failures.append(name + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
        }
    }
    qInfo("import: %s", qPrintable(tally.text()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestCrashSafety::demoKilled()
{
    const QStringList tables{QStringLiteral("deals"),    QStringLiteral("accounts"),     QStringLiteral("users"),
                             QStringLiteral("contacts"), QStringLiteral("capabilities"), QStringLiteral("promises"),
                             QStringLiteral("tasks"),    QStringLiteral("audit_log")};
    const auto demoInto = [](const QString& path, int deals) {
        return QStringList{QStringLiteral("demo"), QStringLiteral("--deals"), QString::number(deals),
                           QStringLiteral("--database"), path};
    };

    QTemporaryDir calibration;
    const QString measured = copyInto(calibration, m_empty->path());
    QVERIFY(!measured.isEmpty());
    const QString before = Inspection(measured).counts(tables);
    const Span span = measure(demoInto(measured, kDemoDeals), measured);
    QVERIFY2(span.run.exitCode == 0, qPrintable(span.run.err));
    const QString after = Inspection(measured).counts(tables);
    QVERIFY2(before != after, qPrintable(after));
    qInfo("demo of %d deals uncut: its log grew from %.1f ms for %.1f ms, it ended at %.1f ms", kDemoDeals,
          double(span.writesFrom) / 1000.0, double(span.writesFor) / 1000.0, double(span.micros) / 1000.0);

    QRandomGenerator random(m_seed ^ 0x2);
    QStringList failures;
    Tally tally;
    for (int trial = 1; trial <= trialsPerKind(); ++trial) {
        const Kill kill = drawKill(random, span);
        const QString name = trialName("demo", trial, kill, span);
        qInfo("%s", qPrintable(name));
        QTemporaryDir dir;
        const QString path = copyInto(dir, m_empty->path());
        if (path.isEmpty()) {
            failures.append(name + QStringLiteral(": cannot copy the prepared database"));
            continue;
        }
        const Cut cut = runAndKill(demoInto(path, kDemoDeals), path, kill);
        if (!cut.started) {
            failures.append(name + QStringLiteral(": could not start handoff: ") + cut.err);
            continue;
        }
        QStringList problems = judge(path);
        const QString counts = Inspection(path).counts(tables);
        const bool complete = counts == after;
        if (counts != before && !complete) {
            problems.append(QStringLiteral("the rows are %1: neither the empty database's %2 nor a whole demo's %3")
                                .arg(counts, before, after));
        }
        if (!cut.killed && (cut.exitCode != 0 || !complete)) {
            problems.append(QStringLiteral("the demo finished before the kill with exit %1 and left %2: %3")
                                .arg(cut.exitCode)
                                .arg(counts, cut.err.simplified()));
        }
        // The file stays usable: more demo data goes into it if the first never arrived, and is refused with the
        // reason if it did.
        const Run rerun = runHandoff(demoInto(path, 5));
        const qint64 deals = Inspection(path).number(QStringLiteral("SELECT count(*) FROM deals"));
        if (complete &&
            (rerun.exitCode != 1 || !rerun.err.contains(QLatin1String("empty database")) || deals != kDemoDeals)) {
            problems.append(QStringLiteral("a second demo into the complete file exited %1 (%2) and left %3 deals; "
                                           "it should be refused because the database is not empty")
                                .arg(rerun.exitCode)
                                .arg(rerun.err.simplified())
                                .arg(deals));
        } else if (!complete && (rerun.exitCode != 0 || deals != 5)) {
            problems.append(QStringLiteral("a second demo into the file without demo data exited %1 (%2) and left "
                                           "%3 deals instead of 5")
                                .arg(rerun.exitCode)
                                .arg(rerun.err.simplified())
                                .arg(deals));
        }
        tally.add(landingOf(cut.killed, cut.wal, complete), cut.wal);
        if (!problems.isEmpty()) {
            failures.append(name + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
        }
    }
    qInfo("demo: %s", qPrintable(tally.text()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestCrashSafety::demoKilledWhileItCreatesItsFile_data()
{
    QTest::addColumn<bool>("whileBuilt");
    QTest::addColumn<qint64>("atSize");
    // The moments a new file goes through before its schema is committed: built beside its name, then given it.
    QTest::newRow("it is being built") << true << qint64(0);
    QTest::newRow("its build has a page") << true << qint64(1);
    QTest::newRow("the file exists") << false << qint64(0);
    QTest::newRow("its first page is written") << false << qint64(1);
}

// demo --database NEW makes the file, sets its journal mode and writes the schema before any demo data; a kill in
// between must not leave a file that handoff then refuses for good, nor a leftover the next creation keeps.
void TestCrashSafety::demoKilledWhileItCreatesItsFile()
{
    QFETCH(bool, whileBuilt);
    QFETCH(qint64, atSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    const QStringList builds{QStringLiteral("new.sqlite.new-*")};
    const auto watched = [&]() {
        if (!whileBuilt) {
            return QFileInfo(path);
        }
        const QStringList found = QDir(dir.path()).entryList(builds, QDir::Files, QDir::Name);
        return found.isEmpty() ? QFileInfo() : QFileInfo(dir.filePath(found.first()));
    };
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--deals"), QString::number(kDemoDeals),
                           QStringLiteral("--database"), path};
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(executable(), demo);
    QVERIFY(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    qint64 size = -1;
    while (process.state() == QProcess::Running && timer.elapsed() < 60000) {
        const QFileInfo file = watched();
        if (!file.filePath().isEmpty() && file.exists() && file.size() >= atSize) {
            size = file.size();
            process.kill();
            break;
        }
        QThread::usleep(100);
        process.waitForFinished(0);
    }
    process.waitForFinished(30000);
    if (process.exitStatus() != QProcess::CrashExit) {
        QSKIP("demo wrote its new file before a look could catch it there: nothing to judge");
    }
    qInfo("killed after %.1f ms with the file at %lld bytes; beside it: %s", double(timer.nsecsElapsed()) / 1e6, size,
          qPrintable(QDir(dir.path()).entryList(QDir::Files).join(QStringLiteral(", "))));

    QStringList problems;
    if (QFileInfo::exists(path)) {
        // First what handoff makes of the file as the kill left it, before SQLite's recovery changes it.
        const Run check = runHandoff({QStringLiteral("check"), QStringLiteral("--database"), path});
        if (check.exitCode != 0) {
            problems.append(QStringLiteral("handoff check on the file as the kill left it exited %1: %2")
                                .arg(check.exitCode)
                                .arg(check.err.simplified()));
        }
        problems += judge(path);
    }
    const Run again = runHandoff(
        {QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("5"), QStringLiteral("--database"), path});
    if (again.exitCode != 0) {
        problems.append(QStringLiteral("a second demo into the same path exited %1: %2")
                            .arg(again.exitCode)
                            .arg(again.err.simplified()));
    }
    if (const QStringList left = QDir(dir.path()).entryList(builds, QDir::Files); !left.isEmpty()) {
        problems.append(QStringLiteral("left behind: ") + left.join(QStringLiteral(", ")));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
