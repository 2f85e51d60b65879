#pragma once

// Reading back what a report printed: the text of a PDF (poppler's pdftotext) and its page size (pdfinfo), and the
// cells of a report's HTML tables.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>
#include <QTextDocumentFragment>

namespace reporttest {

// The text of a PDF, or of one page of it (1-based), as pdftotext reads it; empty and a failed check without
// poppler-utils (scripts/deps.sh installs it).
inline QString pdfText(const QString& path, int page = 0)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        qWarning("pdftotext is missing: install poppler-utils (scripts/deps.sh does)");
        return {};
    }
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    }
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString pdfInfo(const QString& path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text without any whitespace (a table cell may wrap a line anywhere, and pdftotext gives the pieces back with line
// breaks in between) and with ligatures spelled out (the PDF's text names the glyph "ﬁ" where "fi" was typed).
inline QString compact(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

inline qsizetype occurrences(const QString& text, const QString& needle)
{
    return compact(text).count(compact(needle));
}

// Every table of the HTML, each as rows of cells in plain text.
inline QList<QList<QStringList>> htmlTables(const QString& html)
{
    static const QRegularExpression tableExpression(QStringLiteral("<table[^>]*>(.*?)</table>"),
                                                    QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression rowExpression(QStringLiteral("<tr>(.*?)</tr>"),
                                                  QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellExpression(QStringLiteral("<t[dh][^>]*>(.*?)</t[dh]>"),
                                                   QRegularExpression::DotMatchesEverythingOption);
    QList<QList<QStringList>> tables;
    for (const auto& table : tableExpression.globalMatch(html)) {
        QList<QStringList> rows;
        for (const auto& row : rowExpression.globalMatch(table.captured(1))) {
            QStringList cells;
            for (const auto& cell : cellExpression.globalMatch(row.captured(1))) {
                cells.append(QTextDocumentFragment::fromHtml(cell.captured(1)).toPlainText().trimmed());
            }
            rows.append(cells);
        }
        tables.append(rows);
    }
    return tables;
}

} // namespace reporttest
