#include "CrashTrials.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>
#include <QtEndian>

#include <algorithm>

namespace crash {

namespace {

bool walHasGrown(const QString& database)
{
    return QFileInfo(database + QLatin1String("-wal")).size() > 0;
}

} // namespace

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

QString executable()
{
    const QString chosen = qEnvironmentVariable("HANDOFF_EXECUTABLE");
    return chosen.isEmpty() ? QStringLiteral(HANDOFF_EXECUTABLE) : chosen;
}

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

QString copyInto(const QTemporaryDir& dir, const QString& prepared)
{
    const QString path = dir.filePath(QStringLiteral("handoff.sqlite"));
    return QFile::copy(prepared, path) ? path : QString();
}

QString stateAfter(const QString& action)
{
    static const QHash<QString, QString> states{{QStringLiteral("submit"), QStringLiteral("submitted")},
                                                {QStringLiteral("return"), QStringLiteral("returned")},
                                                {QStringLiteral("accept"), QStringLiteral("accepted")},
                                                {QStringLiteral("fulfil"), QStringLiteral("fulfilled")}};
    return states.value(action, QStringLiteral("draft"));
}

} // namespace crash
