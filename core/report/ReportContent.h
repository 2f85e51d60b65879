#pragma once

#include <QHash>
#include <QImage>
#include <QString>

namespace handoff {

// A report laid out as HTML, ready to be printed, saved as PDF or written as a web page. The HTML is built from
// escaped text only; images are the report's own (charts), referred to as src="report-image:NAME".
struct ReportContent {
    QString title;    // the document's title; also the running head of every page
    QString language; // BCP 47 name of the language it is written in ("de", "en-US")
    QString html;     // the body
    QHash<QString, QImage> images;

    static QString imageSource(const QString& name) { return QStringLiteral("report-image:") + name; }
};

} // namespace handoff
