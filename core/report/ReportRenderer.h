#pragma once

#include "Result.h"
#include "report/ReportContent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>

class QIODevice;
class QLocale;
class QPagedPaintDevice;

namespace handoff {

// Prints a report page by page: a running head with the report's title, the body laid out by Qt's rich text (tables
// that run over a page repeat their header row, lines and table rows are never cut at a page edge), and a footer
// with the print date and "Page 2 of 5". Works on any paged device (a PDF writer, a printer) and needs no window
// system, so the command line makes PDFs without a display. Resources are only the report's own images: a
// reference to anything else (a file, a link) loads nothing.
class ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    enum class Format { Pdf, Html };

    // US Letter in the countries that use it, A4 everywhere else.
    static QPageSize defaultPageSize(const QLocale& locale);
    // Pdf for .pdf, Html for .html and .htm (any case); nullopt for anything else.
    static std::optional<Format> formatOf(const QString& path);

    // Paints every page on device (already set up with its page layout) and returns how many there were.
    static Result<int> print(const ReportContent& report, QPagedPaintDevice* device, const QDateTime& printedAt);
    // A self-contained web page: UTF-8, the style sheet inline, images as data: URLs, and a content security policy
    // that lets the page load nothing from anywhere.
    static QByteArray html(const ReportContent& report, const QDateTime& printedAt);

    // Writes a PDF (A4 or Letter with 15 mm margins) or a web page to out. Returns the number of pages (1 for a
    // web page). A file is best written through ExportFile, so that a failure never leaves half a file.
    static Result<qint64> write(const ReportContent& report, Format format, QIODevice* out, const QPageSize& pageSize,
                                const QDateTime& printedAt);

    static QString styleSheet();
};

} // namespace handoff
