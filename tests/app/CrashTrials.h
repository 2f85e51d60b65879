// The harness of the crash-safety trials: running a handoff command uncut or killed at a chosen moment, reading what
// it left in the write-ahead log, and judging the file it left with SQLite and `handoff check`.

#pragma once

#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantList>

#include <map>

namespace crash {

inline constexpr int kDefaultTrials = 21;
inline constexpr int kImportRows = 3000;
inline constexpr int kDemoDeals = 300;
inline constexpr int kPlainDeals = 3;   // deals that go the whole way: submit, return, submit, accept, fulfil, csat
inline constexpr int kPromiseDeals = 2; // deals with a promise: submit, review, accept

inline const QString kSam = QStringLiteral("sam@example.com");
inline const QString kDana = QStringLiteral("dana@example.com");
inline const QString kRefPrefix = QStringLiteral("CRASH-");

// The handoff program the trials drive, and the environment it runs in.
QString executable();
QProcessEnvironment childEnvironment();

struct Run {
    int exitCode = -1; // -2: the command crashed
    QString out;
    QString err;
    qint64 micros = 0;
};

Run runHandoff(const QStringList& arguments);

// What a command left in the write-ahead log: its size (a log exists with its header once a commit begins to write
// it), frames of transactions that committed, and frames after the last commit, of a transaction cut short.
struct WalTally {
    qint64 bytes = 0;
    int committed = 0;
    int uncommitted = 0;
};

// Reads the frames' headers as SQLite's file format describes them; a frame whose salts differ from the header's is
// left over from before the log was last restarted, and ends the log.
WalTally tallyWal(const QString& database);

// Where a kill landed, for the figures a run prints.
enum class Landing { Finished, BeforeWriting, MidWrite, AfterCommit };

Landing landingOf(bool killed, const WalTally& wal, bool changed);

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

// A command started and killed; how it ended and what it left in the write-ahead log.
struct Cut {
    bool started = false;
    bool killed = false; // false: it exited on its own before the kill
    int exitCode = -1;
    QString err;
    WalTally wal;
};

Cut runAndKill(const QStringList& arguments, const QString& database, const Kill& kill);

// How long a command takes uncut, and when and for how long its write-ahead log grew: the spans kills are drawn from.
struct Span {
    qint64 micros = 0;
    qint64 writesFrom = 0;
    qint64 writesFor = 0;
    Run run;
};

Span measure(const QStringList& arguments, const QString& database);

// Half the kills anywhere in the run; half from the first growth of the log through twice the time it grew uncut (at
// least a millisecond), so that they land in the commit's writing or in the checkpoint that follows it.
Kill drawKill(QRandomGenerator& random, const Span& span);

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
QStringList judge(const QString& path);

// A fresh copy of a prepared database in dir, or an empty string when it cannot be made.
QString copyInto(const QTemporaryDir& dir, const QString& prepared);

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

// The state a deal is in after a transition action.
QString stateAfter(const QString& action);

} // namespace crash
