#include "report/ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <optional>
#include <set>

namespace handoff {

namespace {

struct TableSpan {
    double top = 0, headerBottom = 0, bottom = 0; // headerBottom == top: no header rows
};

struct Layout {
    std::set<double> cuts; // where a page may end
    // Ranges no page may end inside: a heading with the first line or row of what it heads.
    QList<std::pair<double, double>> together;
    std::optional<double> headingTop; // a heading waiting for what it heads
    QList<TableSpan> tables;

    void keepHeadingWith(double firstUnitBottom)
    {
        if (headingTop) {
            together.append({*headingTop, firstUnitBottom});
            headingTop.reset();
        }
    }
};

void addBlockCuts(const QTextDocument& document, const QTextBlock& block, Layout& layout)
{
    if (block.text().isEmpty()) {
        return; // nothing to keep together; the empty block Qt keeps after a table even lies inside the table
    }
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    layout.cuts.insert(rect.top());
    const QTextLayout* lines = block.layout();
    for (int i = 1; i < lines->lineCount(); ++i) {
        layout.cuts.insert(rect.top() + lines->lineAt(i).y());
    }
    layout.cuts.insert(rect.bottom());
    layout.keepHeadingWith(lines->lineCount() > 1 ? rect.top() + lines->lineAt(1).y() : rect.bottom());
    if (block.blockFormat().headingLevel() > 0) {
        layout.headingTop = rect.top();
    }
}

// The extent of a cell's text: from its first block's top to its last block's bottom.
std::pair<double, double> cellExtent(const QTextDocument& document, const QTextTableCell& cell)
{
    const QAbstractTextDocumentLayout* layout = document.documentLayout();
    double top = 0, bottom = 0;
    bool first = true;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid()) {
            continue;
        }
        const QRectF rect = layout->blockBoundingRect(block);
        top = first ? rect.top() : std::min(top, rect.top());
        bottom = first ? rect.bottom() : std::max(bottom, rect.bottom());
        first = false;
    }
    return {top, bottom};
}

void addTableCuts(const QTextDocument& document, QTextTable* table, Layout& layout)
{
    const QRectF frame = document.documentLayout()->frameBoundingRect(table);
    QList<double> rowTops, rowBottoms;
    for (int row = 0; row < table->rows(); ++row) {
        double top = frame.bottom(), bottom = frame.top();
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column) {
                continue; // covered by a spanning cell
            }
            const auto [cellTop, cellBottom] = cellExtent(document, cell);
            top = std::min(top, cellTop);
            bottom = std::max(bottom, cellBottom);
        }
        rowTops.append(top);
        rowBottoms.append(bottom);
    }
    // Between two rows the cut lies where the next row's padding starts, just below the border line, so the page
    // that ends there shows the whole line. The layout scales the padding (CSS pixels) to the device's resolution.
    const QPaintDevice* device = document.documentLayout()->paintDevice();
    const double scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    const double padding = table->format().cellPadding() * scale;
    // The border lines lie outside the rows' padding: the table's first cut is above its top line, its last below
    // its bottom line.
    const double border = (table->format().border() + 0.5) * scale;
    const double tableTop = std::max(0.0, rowTops.value(0, frame.top()) - padding - border);
    QList<double> boundaries{tableTop};
    for (int row = 1; row < table->rows(); ++row) {
        boundaries.append(std::max(rowBottoms.at(row - 1), rowTops.at(row) - padding));
    }
    boundaries.append(rowBottoms.isEmpty() ? frame.bottom() : rowBottoms.constLast() + padding + border);
    const int headerRows = std::clamp(table->format().headerRowCount(), 0, int(table->rows()));
    for (int row = 0; row < boundaries.size(); ++row) {
        if (row == 0 || row > headerRows) {
            layout.cuts.insert(boundaries.at(row));
        }
    }
    layout.tables.append({tableTop, boundaries.at(headerRows), boundaries.constLast()});
    layout.keepHeadingWith(boundaries.at(std::min<qsizetype>(headerRows + 1, boundaries.size() - 1)));
}

void collect(const QTextDocument& document, QTextFrame* frame, Layout& layout)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* child = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(child)) {
                addTableCuts(document, table, layout);
            } else {
                collect(document, child, layout);
            }
        } else if (it.currentBlock().isValid()) {
            addBlockCuts(document, it.currentBlock(), layout);
        }
    }
}

} // namespace

QList<ReportPage> ReportPagination::paginate(const QTextDocument& document, double pageHeight)
{
    Layout layout;
    collect(document, document.rootFrame(), layout);
    const double end = document.documentLayout()->documentSize().height();
    for (const auto& [from, to] : layout.together) {
        if (to - from > 1) {
            layout.cuts.erase(layout.cuts.upper_bound(from + 0.5), layout.cuts.lower_bound(to - 0.5));
        }
    }
    layout.cuts.insert(end);

    QList<ReportPage> pages;
    double top = 0;
    while (top < end - 0.5) {
        ReportPage page;
        page.top = top;
        for (const TableSpan& table : layout.tables) {
            if (top > table.headerBottom - 0.5 && top < table.bottom - 0.5 && table.headerBottom > table.top &&
                top > table.top + 0.5) {
                page.headerTop = table.top;
                page.headerBottom = table.headerBottom;
            }
        }
        const double limit = top + pageHeight - page.headerHeight();
        auto after = layout.cuts.upper_bound(limit);
        double bottom = limit;
        if (after != layout.cuts.begin()) {
            const double best = *std::prev(after);
            if (best > top + 0.5) {
                bottom = best;
            }
        }
        page.bottom = std::min(bottom, end);
        pages.append(page);
        top = page.bottom;
    }
    if (pages.isEmpty()) {
        pages.append(ReportPage{});
    }
    return pages;
}

} // namespace handoff
