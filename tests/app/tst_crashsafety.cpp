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

#include "core/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <map>
#include <memory>

using namespace handoff;

namespace {

constexpr int kDefaultTrials = 21;
constexpr int kImportRows = 3000;
constexpr int kDemoDeals = 300;
constexpr int kPlainDeals = 3;   // deals that go the whole way: submit, return, submit, accept, fulfil, csat
constexpr int kPromiseDeals = 2; // deals with a promise: submit, review, accept

const QString kSam = QStringLiteral("sam@example.com");
const QString kDana = QStringLiteral("dana@example.com");
const QString kRefPrefix = QStringLiteral("CRASH-");

QString executable()
{
    const QString chosen = qEnvironmentVariable("HANDOFF_EXECUTABLE");
    return chosen.isEmpty() ? QStringLiteral(HANDOFF_EXECUTABLE) : chosen;
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

struct Run {
    int exitCode = -1; // -2: the command crashed
    QString out;
    QString err;
    qint64 micros = 0;
};

Run runHandoff(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    QElapsedTimer timer;
    process.start(executable(), arguments);
    if (!process.waitForStarted()) {
        return {-1, {}, process.errorString(), 0};
    }
    timer.start();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("did not finish in two minutes"), 0};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()),
            timer.nsecsElapsed() / 1000};
}

// What a command left in the write-ahead log: its size (a log exists with its header once a commit begins to write
// it), frames of transactions that committed, and frames after the last commit, of a transaction cut short.
struct WalTally {
    qint64 bytes = 0;
    int committed = 0;
    int uncommitted = 0;
};

// Reads the frames' headers as SQLite's file format describes them; a frame whose salts differ from the header's is
// left over from before the log was last restarted, and ends the log.
WalTally tallyWal(const QString& database)
{
    WalTally tally;
    QFile wal(database + QLatin1String("-wal"));
    if (!wal.open(QIODevice::ReadOnly)) {
        return tally;
    }
    tally.bytes = wal.size();
    const QByteArray header = wal.read(32);
    if (header.size() < 32) {
        return tally;
    }
    quint32 pageSize = qFromBigEndian<quint32>(header.constData() + 8);
    pageSize = pageSize == 1 ? 65536 : pageSize;
    const QByteArray salts = header.mid(16, 8);
    int pending = 0;
    while (true) {
        const QByteArray frame = wal.read(24);
        if (frame.size() < 24 || frame.mid(8, 8) != salts) {
            break;
        }
        ++pending; // a torn last frame counts: it was being written
        if (qFromBigEndian<quint32>(frame.constData() + 4) != 0) {
            tally.committed += pending;
            pending = 0;
        }
        if (wal.size() - wal.pos() < qint64(pageSize) || !wal.seek(wal.pos() + pageSize)) {
            break;
        }
    }
    tally.uncommitted = pending;
    return tally;
}

// Where a kill landed, for the figures a run prints.
enum class Landing { Finished, BeforeWriting, MidWrite, AfterCommit };

Landing landingOf(bool killed, const WalTally& wal, bool changed)
{
    if (!killed) {
        return Landing::Finished;
    }
    if (changed) {
        return Landing::AfterCommit;
    }
    return wal.bytes >= 32 ? Landing::MidWrite : Landing::BeforeWriting;
}

struct Tally {
    std::map<Landing, int> landings;
    int trials = 0;

    void add(Landing landing, const WalTally& wal)
    {
        ++trials;
        ++landings[landing];
        static const std::map<Landing, const char*> said{{Landing::Finished, "it finished before the kill"},
                                                         {Landing::BeforeWriting, "killed before writing"},
                                                         {Landing::MidWrite, "killed mid-write"},
                                                         {Landing::AfterCommit, "killed after its commit"}};
        qInfo("  %s (log of %lld bytes: %d frames committed, %d not)", said.at(landing), wal.bytes, wal.committed,
              wal.uncommitted);
    }

    QString text() const
    {
        const auto count = [this](Landing landing) {
            const auto found = landings.find(landing);
            return found == landings.end() ? 0 : found->second;
        };
        return QStringLiteral("%1 trials: %2 killed before writing, %3 killed mid-write (its log begun, its change "
                              "not committed), %4 killed after the commit, %5 finished before the kill")
            .arg(trials)
            .arg(count(Landing::BeforeWriting))
            .arg(count(Landing::MidWrite))
            .arg(count(Landing::AfterCommit))
            .arg(count(Landing::Finished));
    }
};

// When a kill comes: a delay after the command's start, or after its write-ahead log first grew. A commit begins at
// a moment that varies by tens of milliseconds from run to run and lasts a few, so only the second reaches it often.
struct Kill {
    bool fromWrite = false;
    qint64 delay = 0; // microseconds
};

bool walHasGrown(const QString& database)
{
    return QFileInfo(database + QLatin1String("-wal")).size() > 0;
}

// A command started and killed; how it ended and what it left in the write-ahead log.
struct Cut {
    bool started = false;
    bool killed = false; // false: it exited on its own before the kill
    int exitCode = -1;
    QString err;
    WalTally wal;
};

Cut runAndKill(const QStringList& arguments, const QString& database, const Kill& kill)
{
    Cut cut;
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(executable(), arguments);
    if (!process.waitForStarted()) {
        cut.err = process.errorString();
        return cut;
    }
    cut.started = true;
    if (kill.fromWrite) {
        QElapsedTimer waiting;
        waiting.start();
        while (!walHasGrown(database) && !process.waitForFinished(0) && waiting.elapsed() < 60000) {
            QThread::usleep(50);
        }
    }
    // A sleep rather than a wait for the process keeps the kill to the microsecond; a command that exits during the
    // sleep shows as a normal exit below.
    QThread::usleep(static_cast<unsigned long>(kill.delay));
    process.kill();
    process.waitForFinished(30000);
    cut.killed = process.exitStatus() == QProcess::CrashExit;
    cut.exitCode = cut.killed ? -2 : process.exitCode();
    cut.err = QString::fromUtf8(process.readAllStandardError());
    cut.wal = tallyWal(database); // before anything opens the file and replays the log
    return cut;
}

// How long a command takes uncut, and when and for how long its write-ahead log grew: the spans kills are drawn from.
struct Span {
    qint64 micros = 0;
    qint64 writesFrom = 0;
    qint64 writesFor = 0;
    Run run;
};

Span measure(const QStringList& arguments, const QString& database)
{
    Span span;
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(executable(), arguments);
    if (!process.waitForStarted()) {
        span.run = {-1, {}, process.errorString(), 0};
        return span;
    }
    QElapsedTimer timer;
    timer.start();
    const QString wal = database + QLatin1String("-wal");
    qint64 first = -1;
    qint64 last = -1;
    qint64 largest = 0;
    while (!process.waitForFinished(0)) {
        if (const qint64 size = QFileInfo(wal).size(); size > largest) {
            largest = size;
            last = timer.nsecsElapsed() / 1000;
            first = first < 0 ? last : first;
        }
        if (timer.elapsed() > 120000) {
            process.kill();
            process.waitForFinished();
            break;
        }
        QThread::usleep(50);
    }
    span.micros = timer.nsecsElapsed() / 1000;
    // A short write can begin and end between two looks: then the last quarter of the run stands for it.
    span.writesFrom = first >= 0 ? first : span.micros * 3 / 4;
    span.writesFor = first >= 0 ? last - first : span.micros / 4;
    span.run = {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()),
                span.micros};
    return span;
}

// Half the kills anywhere in the run; half from the first growth of the log through twice the time it grew uncut (at
// least a millisecond), so that they land in the commit's writing or in the checkpoint that follows it.
Kill drawKill(QRandomGenerator& random, const Span& span)
{
    Kill kill;
    kill.fromWrite = random.bounded(2) == 1;
    const qint64 range = kill.fromWrite ? std::max<qint64>(1000, 2 * span.writesFor) : span.micros;
    kill.delay = random.bounded(qint64(0), std::max<qint64>(1, range));
    return kill;
}

// A connection of the test's own to a file a command left: nothing of the code under test reads it for the verdict.
class Inspection {
public:
    explicit Inspection(const QString& path)
        : m_name(QStringLiteral("crash-inspection-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
        }
    }
    ~Inspection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Inspection(const Inspection&) = delete;
    Inspection& operator=(const Inspection&) = delete;

    // The first column of every row; a failed query gives one row that says why, which no expectation equals.
    QStringList column(const QString& sql, const QVariantList& values = {}) const
    {
        if (!m_error.isEmpty()) {
            return {QStringLiteral("<cannot open: %1>").arg(m_error)};
        }
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QVariant& value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return {QStringLiteral("<%1 failed: %2>").arg(sql, query.lastError().text())};
        }
        QStringList rows;
        while (query.next()) {
            rows.append(query.value(0).toString());
        }
        return rows;
    }

    qint64 number(const QString& sql, const QVariantList& values = {}) const
    {
        const QStringList rows = column(sql, values);
        bool ok = false;
        const qint64 value = rows.value(0).toLongLong(&ok);
        return ok && rows.size() == 1 ? value : -1;
    }

    // "deals 3000, accounts 400, ...": the rows of each table, to compare with a state before or after.
    QString counts(const QStringList& tables) const
    {
        QStringList parts;
        for (const QString& table : tables) {
            parts.append(
                QStringLiteral("%1 %2").arg(table).arg(number(QStringLiteral("SELECT count(*) FROM ") + table)));
        }
        return parts.join(QStringLiteral(", "));
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QString m_error;
};

// SQLite's verdict and handoff's own on a file a killed command left; empty when both are content.
QStringList judge(const QString& path)
{
    QStringList problems;
    if (!QFileInfo::exists(path)) {
        return {QStringLiteral("the database file is gone")};
    }
    {
        const Inspection file(path);
        const QStringList integrity = file.column(QStringLiteral("PRAGMA integrity_check"));
        if (integrity != QStringList{QStringLiteral("ok")}) {
            problems.append(QStringLiteral("integrity_check: ") + integrity.join(QStringLiteral(" | ")));
        }
        const QStringList foreignKeys = file.column(QStringLiteral("PRAGMA foreign_key_check"));
        if (!foreignKeys.isEmpty()) {
            problems.append(QStringLiteral("foreign_key_check: rows in ") + foreignKeys.join(QStringLiteral(", ")));
        }
    }
    const Run check = runHandoff({QStringLiteral("check"), QStringLiteral("--database"), path});
    if (check.exitCode != 0) {
        problems.append(QStringLiteral("handoff check exited %1: %2 %3")
                            .arg(check.exitCode)
                            .arg(check.out.simplified(), check.err.simplified()));
    }
    return problems;
}

// A fresh copy of a prepared database in dir, or an empty string when it cannot be made.
QString copyInto(const QTemporaryDir& dir, const QString& prepared)
{
    const QString path = dir.filePath(QStringLiteral("handoff.sqlite"));
    return QFile::copy(prepared, path) ? path : QString();
}

// One step of the workflow script and what it changes, so that the ledger can tell whether it is in the file.
struct Step {
    enum class Kind { Transition, Review, Csat };
    Kind kind = Kind::Transition;
    qint64 dealId = 0;
    qint64 promiseId = 0; // Review
    QString action;       // Transition: submit, return, accept, fulfil
    QStringList arguments;
    Span span; // measured uncut

    QString label() const { return arguments.mid(0, 3).join(QLatin1Char(' ')); }
};

QString stateAfter(const QString& action)
{
    static const QHash<QString, QString> states{{QStringLiteral("submit"), QStringLiteral("submitted")},
                                                {QStringLiteral("return"), QStringLiteral("returned")},
                                                {QStringLiteral("accept"), QStringLiteral("accepted")},
                                                {QStringLiteral("fulfil"), QStringLiteral("fulfilled")}};
    return states.value(action, QStringLiteral("draft"));
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importKilled();
    void demoKilled();
    void workflowKilled();
    void demoKilledWhileItCreatesItsFile_data();
    void demoKilledWhileItCreatesItsFile();
    void cleanupTestCase();

private:
    int trialsPerKind() const { return (m_trials + 2) / 3; }
    QString trialName(const char* kind, int trial, const Kill& kill, const Span& span) const;
    void prepareWorkflow();
    QStringList workflowLedger(const QString& path, int acknowledged, const Step* killed, bool* killedApplied) const;

    quint32 m_seed = 0;
    int m_trials = kDefaultTrials;
    QTemporaryDir m_dir;
    QString m_csv;
    std::unique_ptr<TestDatabase> m_empty;    // for demo: nothing in it but what the schema brings
    std::unique_ptr<TestDatabase> m_people;   // for import: the sales rep who imports
    std::unique_ptr<TestDatabase> m_workflow; // deals ready for the script
    QList<Step> m_script;
};

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

void TestCrashSafety::prepareWorkflow()
{
    m_workflow = std::make_unique<TestDatabase>();
    Database& db = m_workflow->db;
    auto sam = Seed<UserStore>(db).create(User{0, 0, QStringLiteral("Sam Sales"), kSam, Role::Sales, true});
    auto dana = Seed<UserStore>(db).create(User{0, 0, QStringLiteral("Dana Reyes"), kDana, Role::Support, true});
    QVERIFY(sam && dana);
    auto account = Seed<AccountStore>(db, sam->id).create(Account{0, 0, QStringLiteral("Acme Corp"), {}, {}});
    QVERIFY(account);
    auto contact = Seed<ContactStore>(db, sam->id)
                       .create(Contact{0, 0, account->id, QStringLiteral("Jane Doe"), QStringLiteral("CTO"),
                                       QStringLiteral("jane@acme.example"), QStringLiteral("+1 555 0100"),
                                       Channel::Email, QStringLiteral("Europe/Berlin")});
    QVERIFY(contact);
    const auto required = ChecklistItemStore(db).where(QStringLiteral("required = 1"));
    QVERIFY(required);

    const QString database = QStringLiteral("--database");
    QList<QList<Step>> perDeal;
    for (int i = 0; i < kPlainDeals + kPromiseDeals; ++i) {
        Deal deal;
        deal.accountId = account->id;
        deal.title = QStringLiteral("Rollout %1").arg(i + 1);
        deal.amountMinor = 1250000;
        deal.currency = QStringLiteral("EUR");
        deal.closedOn = QDate::currentDate().addDays(-3);
        deal.salesRepId = sam->id;
        auto created = Seed<DealStore>(db, sam->id).create(deal);
        QVERIFY(created);
        const qint64 dealId = created->id;
        // A complete handoff: every required item answered and a contact named.
        for (const ChecklistItem& item : *required) {
            QString value;
            switch (item.kind) {
            case ChecklistItemKind::Check:
                value = QStringLiteral("true");
                break;
            case ChecklistItemKind::Date:
                value = QDate::currentDate().addDays(7).toString(Qt::ISODate);
                break;
            case ChecklistItemKind::Choice:
                value = item.choices.value(0);
                break;
            case ChecklistItemKind::Contact:
                value = QString::number(contact->id);
                break;
            case ChecklistItemKind::Text:
                value = QStringLiteral("Written down");
                break;
            }
            ChecklistAnswer answer{0, 0, dealId, item.id, value, sam->id, db.now()};
            QVERIFY(Seed<ChecklistAnswerStore>(db, sam->id).create(answer));
        }
        QVERIFY(
            Seed<DealContactStore>(db, sam->id).create(DealContact{0, 0, dealId, contact->id, ContactRole::Technical}));

        const QString id = QString::number(dealId);
        const auto transition = [&](const QString& action, const QString& as, const QStringList& more = {}) {
            Step step;
            step.dealId = dealId;
            step.action = action;
            step.arguments = QStringList{QStringLiteral("deal"), action, id, QStringLiteral("--as"), as} + more;
            return step;
        };
        QList<Step> steps;
        if (i < kPlainDeals) {
            Step csat;
            csat.kind = Step::Kind::Csat;
            csat.dealId = dealId;
            csat.arguments = {QStringLiteral("csat"), id, QStringLiteral("4"), QStringLiteral("--as"), kDana};
            steps = {transition(QStringLiteral("submit"), kSam),
                     transition(QStringLiteral("return"), kDana,
                                {QStringLiteral("--reason"), QStringLiteral("missing_information"),
                                 QStringLiteral("--note"), QStringLiteral("the billing address")}),
                     transition(QStringLiteral("submit"), kSam),
                     transition(QStringLiteral("accept"), kDana),
                     transition(QStringLiteral("fulfil"), kDana),
                     csat};
        } else {
            Promise promise;
            promise.dealId = dealId;
            promise.kind = PromiseKind::Integration;
            promise.description = QStringLiteral("SAML SSO by March");
            promise.dueOn = QDate::currentDate().addDays(90);
            promise.promisedById = sam->id;
            auto made = Seed<PromiseStore>(db, sam->id).create(promise);
            QVERIFY(made);
            Step review;
            review.kind = Step::Kind::Review;
            review.dealId = dealId;
            review.promiseId = made->id;
            review.arguments = {QStringLiteral("promise"),
                                QStringLiteral("review"),
                                QString::number(made->id),
                                QStringLiteral("--as"),
                                kDana,
                                QStringLiteral("--status"),
                                QStringLiteral("accepted")};
            steps = {transition(QStringLiteral("submit"), kSam), review, transition(QStringLiteral("accept"), kDana)};
        }
        perDeal.append(steps);
    }
    // The deals take turns, as a team's day would have them.
    for (qsizetype round = 0; !perDeal.isEmpty(); ++round) {
        bool any = false;
        for (const QList<Step>& steps : std::as_const(perDeal)) {
            if (round < steps.size()) {
                m_script.append(steps.at(round));
                any = true;
            }
        }
        if (!any) {
            break;
        }
    }
    for (Step& step : m_script) {
        step.arguments << database; // the file follows per trial
    }
    db.close();
}

// What the file says about the script: the steps before acknowledged are there, the killed one (if any) is there
// whole or not at all (*killedApplied tells which), and nothing else happened.
QStringList TestCrashSafety::workflowLedger(const QString& path, int acknowledged, const Step* killed,
                                            bool* killedApplied) const
{
    QStringList problems;
    const Inspection file(path);
    bool applied = false;
    QSet<qint64> deals;
    for (const Step& step : m_script) {
        deals.insert(step.dealId);
    }
    for (const qint64 dealId : std::as_const(deals)) {
        QStringList expected;
        bool reviewed = false;
        bool rated = false;
        const Step* review = nullptr;
        for (int i = 0; i < acknowledged; ++i) {
            const Step& step = m_script.at(i);
            if (step.dealId != dealId) {
                continue;
            }
            if (step.kind == Step::Kind::Transition) {
                expected.append(step.action);
            }
            reviewed = reviewed || step.kind == Step::Kind::Review;
            rated = rated || step.kind == Step::Kind::Csat;
        }
        for (const Step& step : m_script) {
            if (step.dealId == dealId && step.kind == Step::Kind::Review) {
                review = &step;
            }
        }
        const bool killedHere = killed && killed->dealId == dealId;
        const QString deal = QStringLiteral("deal %1").arg(dealId);

        const QStringList transitions =
            file.column(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'deals' AND field = 'state' AND "
                                       "deal_id = ? AND action <> 'create' ORDER BY id"),
                        {dealId});
        if (transitions != expected) {
            const bool whole = killedHere && killed->kind == Step::Kind::Transition &&
                               transitions == expected + QStringList{killed->action};
            if (!whole) {
                problems.append(QStringLiteral("%1 went through [%2] where the acknowledged commands say [%3]")
                                    .arg(deal, transitions.join(QLatin1Char(' ')), expected.join(QLatin1Char(' '))));
            }
            applied = applied || whole;
        }
        const QString state = file.column(QStringLiteral("SELECT state FROM deals WHERE id = ?"), {dealId}).value(0);
        const QString stateSaid = stateAfter(transitions.value(transitions.size() - 1));
        if (state != stateSaid) {
            problems.append(QStringLiteral("%1 is %2 while its audit log says %3").arg(deal, state, stateSaid));
        }
        const bool owned =
            file.number(QStringLiteral("SELECT count(*) FROM deals WHERE id = ? AND support_owner_id IS NOT NULL"),
                        {dealId}) == 1;
        if (owned != transitions.contains(QLatin1String("accept"))) {
            problems.append(QStringLiteral("%1 %2 a support owner after [%3]")
                                .arg(deal, owned ? QStringLiteral("has") : QStringLiteral("has no"),
                                     transitions.join(QLatin1Char(' '))));
        }
        if (review) {
            // Accepting makes a task of each promise in the same change.
            const qint64 tasks = file.number(QStringLiteral("SELECT count(*) FROM tasks WHERE deal_id = ?"), {dealId});
            if (tasks != (owned ? 1 : 0)) {
                problems.append(QStringLiteral("%1 has %2 tasks after [%3]")
                                    .arg(deal)
                                    .arg(tasks)
                                    .arg(transitions.join(QLatin1Char(' '))));
            }
            const QString status =
                file.column(QStringLiteral("SELECT review_status FROM promises WHERE id = ?"), {review->promiseId})
                    .value(0);
            const qint64 audited =
                file.number(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                           "'promises' AND field = 'review_status' AND entity_id = ?"),
                            {review->promiseId});
            const bool there = status == QLatin1String("accepted");
            if (there != (audited == 1)) {
                problems.append(QStringLiteral("promise %1 is %2 with %3 audit entries for its review")
                                    .arg(review->promiseId)
                                    .arg(status)
                                    .arg(audited));
            }
            if (there != reviewed) {
                const bool whole = killedHere && killed->kind == Step::Kind::Review && there;
                if (!whole) {
                    problems.append(
                        QStringLiteral("promise %1 is %2 where the acknowledged commands say %3")
                            .arg(review->promiseId)
                            .arg(status, reviewed ? QStringLiteral("accepted") : QStringLiteral("pending")));
                }
                applied = applied || whole;
            }
        }
        const qint64 scores =
            file.number(QStringLiteral("SELECT count(*) FROM csat_scores WHERE deal_id = ?"), {dealId});
        const qint64 scoresAudited = file.number(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'csat_scores' AND deal_id = ?"), {dealId});
        if (scoresAudited != scores) {
            problems.append(QStringLiteral("%1 has %2 satisfaction scores and %3 audit entries for them")
                                .arg(deal)
                                .arg(scores)
                                .arg(scoresAudited));
        }
        if (scores != (rated ? 1 : 0)) {
            const bool whole = killedHere && killed->kind == Step::Kind::Csat && scores == 1;
            if (!whole) {
                problems.append(QStringLiteral("%1 has %2 satisfaction scores where the acknowledged commands give %3")
                                    .arg(deal)
                                    .arg(scores)
                                    .arg(rated ? 1 : 0));
            }
            applied = applied || whole;
        }
    }
    if (killedApplied) {
        *killedApplied = applied;
    }
    return problems;
}

void TestCrashSafety::workflowKilled()
{
    QVERIFY(!m_script.isEmpty());
    // The script uncut: every step works, the ledger finds all of it, and each step's span is measured.
    {
        QTemporaryDir calibration;
        const QString measured = copyInto(calibration, m_workflow->path());
        QVERIFY(!measured.isEmpty());
        QVERIFY2(workflowLedger(measured, 0, nullptr, nullptr).isEmpty(),
                 qPrintable(workflowLedger(measured, 0, nullptr, nullptr).join(QLatin1Char('\n'))));
        for (Step& step : m_script) {
            step.span = measure(step.arguments + QStringList{measured}, measured);
            QVERIFY2(step.span.run.exitCode == 0, qPrintable(step.label() + QStringLiteral(": ") + step.span.run.err));
        }
        const QStringList problems = workflowLedger(measured, int(m_script.size()), nullptr, nullptr);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The ledger sees a missing step: the last one, taken back.
        QVERIFY(!workflowLedger(measured, int(m_script.size()) - 1, nullptr, nullptr).isEmpty());
        qint64 total = 0;
        for (const Step& step : std::as_const(m_script)) {
            total += step.span.micros;
        }
        qInfo("workflow script of %d commands: %.1f ms uncut", int(m_script.size()), double(total) / 1000.0);
    }

    QRandomGenerator random(m_seed ^ 0x3);
    QStringList failures;
    Tally tally;
    for (int trial = 1; trial <= trialsPerKind(); ++trial) {
        // The script runs until the chosen step, which is killed within the span it took uncut.
        const int cutAt = int(random.bounded(quint32(m_script.size())));
        const Step& killed = m_script.at(cutAt);
        const Kill kill = drawKill(random, killed.span);
        const QString name =
            trialName("workflow", trial, kill, killed.span) +
            QStringLiteral(" at command %1 of %2, %3").arg(cutAt + 1).arg(m_script.size()).arg(killed.label());
        qInfo("%s", qPrintable(name));
        QTemporaryDir dir;
        const QString path = copyInto(dir, m_workflow->path());
        if (path.isEmpty()) {
            failures.append(name + QStringLiteral(": cannot copy the prepared database"));
            continue;
        }
        QStringList problems;
        int acknowledged = 0;
        for (; acknowledged < cutAt; ++acknowledged) {
            const Run run = runHandoff(m_script.at(acknowledged).arguments + QStringList{path});
            if (run.exitCode != 0) {
                problems.append(QStringLiteral("%1 exited %2 before any kill: %3")
                                    .arg(m_script.at(acknowledged).label())
                                    .arg(run.exitCode)
                                    .arg(run.err.simplified()));
                break;
            }
        }
        if (!problems.isEmpty()) {
            failures.append(name + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
            continue;
        }
        const Cut cut = runAndKill(killed.arguments + QStringList{path}, path, kill);
        if (!cut.started) {
            failures.append(name + QStringLiteral(": could not start handoff: ") + cut.err);
            continue;
        }
        if (!cut.killed) {
            if (cut.exitCode != 0) {
                problems.append(QStringLiteral("%1 finished before the kill with exit %2: %3")
                                    .arg(killed.label())
                                    .arg(cut.exitCode)
                                    .arg(cut.err.simplified()));
            }
            ++acknowledged; // it said it was done: its change is owed like the others
        }
        problems += judge(path);
        bool applied = false;
        problems += workflowLedger(path, acknowledged, cut.killed ? &killed : nullptr, &applied);
        tally.add(landingOf(cut.killed, cut.wal, applied), cut.wal);
        if (!problems.isEmpty()) {
            failures.append(name + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
        }
    }
    qInfo("workflow: %s", qPrintable(tally.text()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestCrashSafety::demoKilledWhileItCreatesItsFile_data()
{
    QTest::addColumn<qint64>("atSize");
    // The moments a new file goes through before its schema is committed.
    QTest::newRow("the file exists") << qint64(0);
    QTest::newRow("its first page is written") << qint64(1);
}

// demo --database NEW makes the file, sets its journal mode and writes the schema before any demo data; a kill in
// between must not leave a file that handoff then refuses for good.
void TestCrashSafety::demoKilledWhileItCreatesItsFile()
{
    QFETCH(qint64, atSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
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
        const QFileInfo file(path);
        if (file.exists() && file.size() >= atSize) {
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
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
