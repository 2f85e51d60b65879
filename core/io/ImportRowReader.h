#pragma once

#include "io/ImportMapping.h"
#include "io/ImportValueParser.h"
#include "storage/DealImportStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <array>

namespace handoff {

// Reads one CSV row into the values of a deal and says everything wrong with it, in words for the person who
// exported the file. It also collects what the file's slash dates tell about their order (3/14 or 14/3).
class ImportRowReader {
    Q_DECLARE_TR_FUNCTIONS(ImportRowReader)

public:
    using Columns = std::array<int, enumCount<ImportField>()>;

    struct Row {
        ImportedDeal deal; // without the ids of account and sales rep, which the store finds
        QString account;
        QString repName;
        QString repEmail;
        QString contactName;
        QString contactEmail;
        QString contactPhone;
        QString contactTitle;
        ContactRole contactRole = ContactRole::DayToDay;
        QStringList problems;
    };

    ImportRowReader(const Columns& columns, const QStringList& wonStages, DateOrder order, bool contactLists = false);

    bool isWon(const QStringList& fields) const;
    // Notes the order the row's slash dates reveal; true when this is the first row that decides it.
    bool noteDateOrder(const QStringList& fields, qint64 line);
    // Whether rows of both orders have been seen: the rows read by the order the file seemed to have are wrong.
    bool hasConflictingDates() const { return m_dayFirstLine && m_monthFirstLine; }
    // The rows whose slash dates were read by the order other rows showed, since last taken.
    QList<qint64> takeInferredLines();
    QString conflictReason() const;
    // Whether the row holds a slash date that the file has not yet told how to read.
    bool waitsForDateOrder(const QStringList& fields) const;
    Row read(const QStringList& fields, qint64 line);
    // Whether the file has no column for the deals' names, so that read() names them after account and products.
    bool namesDeals() const { return m_columns[static_cast<std::size_t>(ImportField::Title)] < 0; }
    // Whether contact cells are read as lists of people, the first taken apart into name and email.
    bool splitsContacts() const
    {
        return m_contactLists && m_columns[static_cast<std::size_t>(ImportField::ContactName)] >= 0;
    }
    // Rows whose contact cell listed more than one person (only with contact lists; the first was read).
    qint64 rowsWithMoreContacts() const { return m_moreContacts; }
    // The name of a deal whose file gives it none: its account and products ("Acme – Starter").
    static QString namedAfter(const QString& account, const QString& products);

private:
    QStringView value(const QStringList& fields, ImportField field) const;
    bool has(ImportField field) const { return m_columns[static_cast<std::size_t>(field)] >= 0; }
    DateOrder order() const;
    QDate date(const QStringList& fields, ImportField field, QStringList& problems, bool& inferred) const;
    QString dateProblem(ImportField field, QStringView text, const ImportValueParser::DateValue& value) const;
    // Why a cell with an invisible control character is refused, naming its column (0-based here); empty if none.
    static QString controlProblem(ImportField field, int column, const QString& cell);

    Columns m_columns;
    QStringList m_wonStages;
    DateOrder m_given;
    bool m_contactLists;
    qint64 m_moreContacts = 0;
    qint64 m_dayFirstLine = 0;   // first line with a slash date that reads only day first
    qint64 m_monthFirstLine = 0; // ... only month first
    // Rows with a slash date read by the order the file seemed to have; rejected if the file turns out to mix
    // orders. Only lines are kept, and only until then.
    QList<qint64> m_inferredLines;
};

} // namespace handoff
