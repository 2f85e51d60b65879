// Two writers on one file at once, as two windows or two instances of Handoff: nobody waits forever, nobody gets
// "database is locked", and no update is lost.

#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/IntegrityCheck.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSemaphore>
#include <QSqlQuery>
#include <QThread>

#include <array>
#include <functional>
#include <memory>

using namespace handoff;

namespace {

constexpr int kRounds = 200;

// The child mode of this executable: run by twoProcessesDoNotLoseUpdates, never on its own.
const char* const kChildDatabase = "HANDOFF_TEST_WRITER_DB";
const char* const kChildGoFile = "HANDOFF_TEST_WRITER_GO";

struct WriterReport {
    int committed = 0;
    QStringList errors;
};

// One read-then-write transaction on a counter kept as plain SQL: read it, let the other writer run, write it + 1.
Result<void> incrementRaw(Database& db)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    auto value = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'counter'"));
    if (!value) {
        return value.error();
    }
    QThread::yieldCurrentThread(); // widen the window in which a missing lock would lose an update
    auto written = db.exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'counter'"),
                           {QString::number(value->toString().toLongLong() + 1)});
    if (!written) {
        return written.error();
    }
    return transaction->commit();
}

// The same through a store: get, change, update (audited, version-checked), inside one outer transaction.
Result<void> incrementStored(Database& db, qint64 capabilityId)
{
    // Each writer thread is named by the id of the user it writes as.
    auto work = UnitOfWork::begin(db, QThread::currentThread()->objectName().toLongLong());
    if (!work) {
        return work.error();
    }
    CapabilityStore store(db);
    auto capability = store.get(capabilityId);
    if (!capability) {
        return capability.error();
    }
    QThread::yieldCurrentThread();
    capability->leadTimeDays += 1;
    if (auto updated = store.update(*work, *capability); !updated) {
        return updated.error();
    }
    return work->commit();
}

// Opens its own connection, waits for the starting signal, runs rounds of step, and closes the connection, all in
// the calling thread.
WriterReport runWriter(const QString& path, int rounds, const std::function<Result<void>(Database&)>& step,
                       const std::function<void()>& readyThenWait)
{
    WriterReport report;
    Database db;
    if (auto opened = db.open(path); !opened) {
        report.errors.append(opened.error().fullText());
        readyThenWait();
        return report;
    }
    readyThenWait();
    for (int i = 0; i < rounds; ++i) {
        if (auto done = step(db); done) {
            ++report.committed;
        } else {
            report.errors.append(done.error().fullText());
        }
    }
    return report;
}

// Runs step kRounds times in each of two threads at once and returns both reports.
std::array<WriterReport, 2> runTwoThreads(const QString& path, const std::function<Result<void>(Database&)>& step)
{
    std::array<WriterReport, 2> reports; // each thread writes only its own element
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            reports[i] = runWriter(path, kRounds, step, [&] {
                ready.release();
                go.acquire();
            });
        }));
        threads.back()->setObjectName(QString::number(100 + i)); // the acting user of the thread's audit rows
        threads.back()->start();
    }
    ready.acquire(2);
    go.release(2);
    for (auto& thread : threads) {
        thread->wait();
    }
    return reports;
}

qint64 createCounter(Database& db)
{
    auto created = Seed<CapabilityStore>(db).create(
        Capability{0, 0, QStringLiteral("Counter"), {}, CapabilityStatus::Available, 0});
    return created ? created->id : 0;
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoThreadsDoNotLoseRawUpdates()
    {
        TestDatabase t;
        QVERIFY(t.db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('counter', '0')")));
        const auto reports = runTwoThreads(t.path(), incrementRaw);
        for (const WriterReport& report : reports) {
            QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
            QCOMPARE(report.committed, kRounds);
        }
        auto counter = t.db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'counter'"));
        QVERIFY(counter);
        QCOMPARE(counter->toString().toInt(), 2 * kRounds);
    }

    void twoThreadsDoNotLoseStoredUpdates()
    {
        TestDatabase t;
        const qint64 id = createCounter(t.db);
        QVERIFY(id > 0);
        const auto reports = runTwoThreads(t.path(), [id](Database& db) { return incrementStored(db, id); });
        for (const WriterReport& report : reports) {
            QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
            QCOMPARE(report.committed, kRounds);
        }
        auto counter = CapabilityStore(t.db).get(id);
        QVERIFY(counter);
        QCOMPARE(counter->leadTimeDays, 2 * kRounds);
        QCOMPARE(counter->version, 2 * kRounds + 1);

        // Every change is in the history, each with the old and new value in order, by the thread that made it.
        auto history = AuditLog(t.db).forEntity(QStringLiteral("capabilities"), id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1 + 2 * kRounds);
        int perWriter[2] = {0, 0};
        for (int i = 1; i < history->size(); ++i) {
            const AuditEntry& entry = history->at(i);
            QCOMPARE(entry.field, QStringLiteral("lead_time_days"));
            QCOMPARE(entry.oldValue, QString::number(i - 1));
            QCOMPARE(entry.newValue, QString::number(i));
            QVERIFY(entry.actorId == 100 || entry.actorId == 101);
            ++perWriter[entry.actorId - 100];
        }
        QCOMPARE(perWriter[0], kRounds);
        QCOMPARE(perWriter[1], kRounds);
        const auto check = IntegrityCheck::run(t.db);
        QVERIFY(IntegrityCheck::allOk(check));
    }

    void twoProcessesDoNotLoseUpdates()
    {
        TestDatabase t;
        const qint64 id = createCounter(t.db);
        QVERIFY(id > 0);
        const QString goFile = t.path(QStringLiteral("go"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(kChildDatabase), t.path());
        environment.insert(QLatin1String(kChildGoFile), goFile);

        std::vector<std::unique_ptr<QProcess>> children;
        for (int i = 0; i < 2; ++i) {
            auto child = std::make_unique<QProcess>();
            child->setProcessEnvironment(environment);
            child->setProcessChannelMode(QProcess::MergedChannels);
            child->start(QCoreApplication::applicationFilePath(), {QStringLiteral("childWriter")});
            QVERIFY2(child->waitForStarted(10000), qPrintable(child->errorString()));
            children.push_back(std::move(child));
        }
        // Both are running; let them write at the same time.
        QFile go(goFile);
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        for (auto& child : children) {
            QVERIFY(child->waitForFinished(120000));
            const QByteArray output = child->readAll();
            QVERIFY2(child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0, output.constData());
        }
        auto counter = CapabilityStore(t.db).get(id);
        QVERIFY(counter);
        QCOMPARE(counter->leadTimeDays, 2 * kRounds);
        QCOMPARE(counter->version, 2 * kRounds + 1);
        QVERIFY(IntegrityCheck::allOk(IntegrityCheck::run(t.db)));
    }

    // The other side of twoProcessesDoNotLoseUpdates: one writer process.
    void childWriter()
    {
        const QString path = qEnvironmentVariable(kChildDatabase);
        if (path.isEmpty()) {
            QSKIP("runs only as a child process of twoProcessesDoNotLoseUpdates");
        }
        const QString goFile = qEnvironmentVariable(kChildGoFile);
        const WriterReport report = runWriter(
            path, kRounds,
            [](Database& db) {
                auto counters = CapabilityStore(db).where(QStringLiteral("name = 'Counter'"));
                if (!counters) {
                    return Result<void>(counters.error());
                }
                if (counters->size() != 1) {
                    return Result<void>(makeError(Error::Code::NotFound, QStringLiteral("no counter row")));
                }
                return incrementStored(db, counters->first().id);
            },
            [&goFile] {
                QDeadlineTimer deadline(30000);
                while (!QFile::exists(goFile) && !deadline.hasExpired()) {
                    QThread::msleep(2);
                }
            });
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(report.committed, kRounds);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
