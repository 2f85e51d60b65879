#include "io/CsvWriter.h"

#include "model/UserText.h"

namespace handoff {

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n';
}

QString quoted(const QString& text)
{
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes) {
        return text;
    }
    QString out;
    out.reserve(text.size() + 8);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"') {
            out += u'"';
        }
        out += c;
    }
    out += u'"';
    return out;
}

} // namespace

bool CsvWriter::needsNeutralising(QStringView text)
{
    // Skipping earlier apostrophes makes the escape itself escapable: "'=x" becomes "''=x" and comes back as "'=x".
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'') {
        ++i;
    }
    return i < text.size() && startsFormula(text.at(i));
}

QStringView CsvWriter::restored(QStringView cell)
{
    if (!cell.startsWith(u'\'') || !needsNeutralising(cell.mid(1))) {
        return cell;
    }
    return cell.mid(1);
}

QString CsvWriter::cell(const QString& stored)
{
    // A NUL ends the text in many programs that read the file; the doors refuse these characters, but rows stored
    // before they did, or written by other programs, may still hold them.
    const QString text = UserText::withoutControls(stored);
    return quoted(needsNeutralising(text) ? QLatin1Char('\'') + text : text);
}

QString CsvWriter::number(const QString& text)
{
    return quoted(text);
}

QString CsvWriter::line(const QStringList& cells)
{
    return cells.join(u',') + QLatin1String("\r\n");
}

} // namespace handoff
