#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace handoff {

// The building blocks of a report's HTML. Every function that takes text a person typed escapes it; functions named
// *Html take markup the report built itself.
namespace reporthtml {

// Escaped, with line breaks kept; control characters shown as U+FFFD and each line that holds right-to-left or bidi
// formatting characters isolated (UserText::shown), so that it cannot reorder the text around it.
QString text(const QString& plain);
// Escaped, or a dash in grey when empty.
QString textOrDash(const QString& plain);
// A whole date in the user's language (the year in four digits), as plain text; empty when invalid.
QString dateText(QDate day);
// The same escaped, or a dash when invalid.
QString date(QDate day);
QString dateTime(const QDateTime& at);
// The local date and time as plain text; empty when invalid.
QString dateTimeText(const QDateTime& at);
// A section heading that starts a new part of the report.
QString heading(const QString& title);
QString subheading(const QString& title);
QString paragraph(const QString& plain);
// A line of small grey text under a heading.
QString note(const QString& plain);
// Text in the report's warning colour, bold: for what is missing or overdue.
QString warningHtml(const QString& plain);
// Label and value pairs in two columns of two (label, value, label, value); values are markup.
QString fieldsHtml(const QList<QPair<QString, QString>>& fields);

// A table whose header row is repeated on every page it runs over. Cells are markup.
class Table {
public:
    // widths: percentages of the page width per column, or empty to let the layout decide.
    explicit Table(const QStringList& headers, const QList<int>& widths = {});
    void addRow(const QStringList& cellsHtml);
    // A row that spans every column, such as "and 40 more".
    void addSpanningRow(const QString& cellHtml);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString html() const;

private:
    QStringList m_headers;
    QList<int> m_widths;
    QStringList m_rows;
};

} // namespace reporthtml

} // namespace handoff
