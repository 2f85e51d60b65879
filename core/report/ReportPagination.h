#pragma once

#include <QList>

class QTextDocument;

namespace handoff {

// Where a report laid out as one long page is cut into pages: only between lines of text, between table rows and
// between blocks, never right after a heading (it goes to the next page with what it heads), and a table that runs
// over a page break has its header rows repeated at the top of the next page. Something taller than a page (a
// huge cell) is cut where the page ends.
struct ReportPage {
    double top = 0; // the slice of the long page this page shows: [top, bottom)
    double bottom = 0;
    double headerTop = 0; // the repeated table header drawn above the slice: [headerTop, headerBottom); empty if none
    double headerBottom = 0;

    double headerHeight() const { return headerBottom - headerTop; }
};

class ReportPagination {
public:
    // document is laid out without pages (setTextWidth); pageHeight is the height of the body of a page.
    static QList<ReportPage> paginate(const QTextDocument& document, double pageHeight);
};

} // namespace handoff
