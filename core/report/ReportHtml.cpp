#include "report/ReportHtml.h"

#include "model/UserText.h"

#include <QLocale>

namespace handoff::reporthtml {

namespace {

QString yearInFull(QString format)
{
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return format;
}

} // namespace

QString text(const QString& plain)
{
    // Isolated line by line before the line breaks become <br>: a name's direction, or a lone override in it, stays
    // inside the name instead of turning the rest of its line around.
    QString escaped = UserText::shown(plain).toHtmlEscaped();
    escaped.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    escaped.replace(QLatin1Char('\r'), QLatin1String("<br>"));
    return escaped;
}

QString textOrDash(const QString& plain)
{
    return plain.trimmed().isEmpty() ? QStringLiteral("<span class=\"muted\">\u2014</span>") : text(plain);
}

QString dateText(QDate day)
{
    const QLocale locale;
    return day.isValid() ? locale.toString(day, yearInFull(locale.dateFormat(QLocale::ShortFormat))) : QString();
}

QString date(QDate day)
{
    return textOrDash(dateText(day));
}

QString dateTimeText(const QDateTime& at)
{
    if (!at.isValid()) {
        return {};
    }
    const QDateTime local = at.toLocalTime();
    return dateText(local.date()) + QLatin1Char(' ') + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString dateTime(const QDateTime& at)
{
    return textOrDash(dateTimeText(at));
}

QString heading(const QString& title)
{
    return QStringLiteral("<h2>%1</h2>\n").arg(text(title));
}

QString subheading(const QString& title)
{
    return QStringLiteral("<h3>%1</h3>\n").arg(text(title));
}

QString paragraph(const QString& plain)
{
    return QStringLiteral("<p>%1</p>\n").arg(text(plain));
}

QString note(const QString& plain)
{
    return QStringLiteral("<p class=\"note\">%1</p>\n").arg(text(plain));
}

QString warningHtml(const QString& plain)
{
    return QStringLiteral("<span class=\"warning\">%1</span>").arg(text(plain));
}

QString fieldsHtml(const QList<QPair<QString, QString>>& fields)
{
    QString html = QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (qsizetype i = 0; i < fields.size(); i += 2) {
        html += QLatin1String("<tr>");
        for (qsizetype j = i; j < i + 2; ++j) {
            if (j < fields.size()) {
                html += QStringLiteral("<td class=\"label\" width=\"21%\">%1</td><td width=\"29%\">%2</td>")
                            .arg(text(fields.at(j).first), fields.at(j).second);
            } else {
                html += QLatin1String("<td width=\"21%\"></td><td width=\"29%\"></td>");
            }
        }
        html += QLatin1String("</tr>\n");
    }
    return html + QLatin1String("</table>\n");
}

Table::Table(const QStringList& headers, const QList<int>& widths)
    : m_headers(headers)
    , m_widths(widths)
{}

void Table::addRow(const QStringList& cellsHtml)
{
    QString row = QStringLiteral("<tr>");
    for (const QString& cell : cellsHtml) {
        row += QStringLiteral("<td>%1</td>").arg(cell);
    }
    m_rows.append(row + QLatin1String("</tr>\n"));
}

void Table::addSpanningRow(const QString& cellHtml)
{
    m_rows.append(QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>\n").arg(m_headers.size()).arg(cellHtml));
}

QString Table::html() const
{
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"4\">\n<thead><tr>");
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        const QString width = i < m_widths.size() ? QStringLiteral(" width=\"%1%\"").arg(m_widths.at(i)) : QString();
        html += QStringLiteral("<th%1>%2</th>").arg(width, text(m_headers.at(i)));
    }
    html += QLatin1String("</tr></thead>\n<tbody>\n");
    for (const QString& row : m_rows) {
        html += row;
    }
    return html + QLatin1String("</tbody></table>\n");
}

} // namespace handoff::reporthtml
