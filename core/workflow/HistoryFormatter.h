#pragma once

#include "Result.h"
#include "model/AuditEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace handoff {

class Database;

// One step of a handoff's way through the workflow: when it happened and what, in a sentence.
struct HandoffEvent {
    QDateTime at;
    QString sentence;
};

// The audit history of a deal told as sentences a person reads, in the user's language, oldest first:
// "2026-11-20 14:03  Dana Reyes returned the handoff: missing information — billing contact missing".
class HistoryFormatter {
    Q_DECLARE_TR_FUNCTIONS(HistoryFormatter)

public:
    explicit HistoryFormatter(const Database& db);

    // Each line: the local time ("yyyy-MM-dd HH:mm"), two spaces, the sentence.
    Result<QStringList> dealHistory(qint64 dealId) const;
    // Only the handoff's transitions (submissions, returns with their reasons, acceptance, fulfilment, cancelling
    // and overrides), oldest first: the history a printed report tells.
    Result<QList<HandoffEvent>> handoffEvents(qint64 dealId) const;
    // The sentence of each entry (of any deals), in the order given, without the time.
    QStringList sentences(const QList<AuditEntry>& entries) const;

private:
    // What the sentences name and the audit rows only refer to by id, looked up once per history.
    struct Names {
        QHash<qint64, QString> users;
        QHash<qint64, QString> promises;
        QHash<qint64, QString> tasks;
        QHash<qint64, QString> items;
        QHash<qint64, QString> itemKinds;
        QHash<qint64, QString> contacts;
        QHash<qint64, QString> accounts;
        QString currency;
    };

    QString sentence(const AuditEntry& entry, Names& names) const;
    QString dealSentence(const AuditEntry& entry, const QString& who, Names& names) const;
    QString promiseSentence(const AuditEntry& entry, const QString& who, Names& names) const;
    QString taskSentence(const AuditEntry& entry, const QString& who, Names& names) const;
    QString otherSentence(const AuditEntry& entry, const QString& who, Names& names) const;
    // Edits of a person, of their role on the deal, and of the deal's channels.
    QString contactSentence(const AuditEntry& entry, const QString& who, Names& names) const;
    // Edits of the people on the deal: recorded against the person, who may be on several deals.
    Result<QList<AuditEntry>> contactEdits(qint64 dealId) const;
    QString dealFieldValue(const QString& field, const QString& value, Names& names) const;

    // One of HistorySql's lookups of a name by id.
    using NameQuery = Result<std::optional<QString>> (*)(const Database&, qint64);

    QString userName(qint64 id, Names& names) const;
    // The name from cache, or else from query; "#id" when the row is gone or cannot be read.
    QString lookup(QHash<qint64, QString>& cache, NameQuery query, qint64 id) const;

    const Database& m_db;
};

} // namespace handoff
