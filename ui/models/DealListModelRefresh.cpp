// Showing what changed since a DealListModel read its rows, without a reset, so that a view keeps its selection, its
// scroll position and its sort while other people's changes arrive (ChangeFeed) or the program's own.

#include "models/DealListModel.h"

#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>

namespace handoff {

void DealListModel::refresh()
{
    if (m_fetching) {
        return;
    }
    const int pageRows = m_pages.isEmpty() ? m_pageSize : m_pageRows;
    const int whole = kWindowPages * pageRows;
    const bool heldWhole = std::all_of(m_pages.cbegin(), m_pages.cend(), [](const Page& page) { return page.held; });
    if (m_atEnd && !m_stale && heldWhole && m_ids.size() <= whole) {
        refreshWhole(whole);
        return;
    }
    // A long list: the pages it holds show the deals that are there now, row for row; its length stays, and deals
    // new to it appear as it is read further or again.
    const QScopedValueRollback fetching(m_fetching, true);
    const QList<int> held = m_window;
    for (const int number : held) {
        m_window.removeAll(number); // readAgain holds it anew
        m_pages[number].held = false;
        if (!readAgain(number)) {
            return;
        }
        const int first = number * m_pageRows;
        const int last = first + int(m_pages.at(number).lines.size()) - 1;
        if (last >= first) {
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        }
    }
    if (DealListQuery::countIsCheap(m_filter)) {
        if (auto counted = m_query.count(m_filter); counted) {
            m_count = *counted;
        }
    }
}

void DealListModel::refreshWhole(int whole)
{
    const QScopedValueRollback fetching(m_fetching, true);
    auto read = m_query.firstPage(m_filter, readOrder(), m_sortOrder, whole + 1);
    if (!read) {
        emit errorOccurred(read.error().fullText());
        return;
    }
    if (read->size() > whole) {
        // It grew past what a list holds whole: read it again from the top.
        m_fetching = false;
        readFirstPage(true);
        return;
    }
    QList<Line> lines;
    lines.reserve(m_ids.size());
    for (const Page& page : std::as_const(m_pages)) {
        lines.append(page.lines);
    }
    m_count = qint64(read->size()); // what a view that counts on each row inserted or removed shows at once
    QSet<qint64> now;
    for (const DealListRow& row : std::as_const(*read)) {
        now.insert(row.id);
    }
    // Deals gone from the list, from the bottom up so that the rows above keep their numbers.
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!now.contains(m_ids.at(row))) {
            beginRemoveRows(QModelIndex(), row, row);
            m_ids.removeAt(row);
            lines.removeAt(row);
            holdWhole(lines);
            endRemoveRows();
        }
    }
    // Then every row in its new order, top down: a deal further down moves up (a view's selection moves with it), a
    // deal new to the list is inserted.
    for (int row = 0; row < read->size(); ++row) {
        const DealListRow& fresh = read->at(row);
        if (row < m_ids.size() && m_ids.at(row) == fresh.id) {
            continue;
        }
        const int from = int(m_ids.indexOf(fresh.id, row));
        if (from > row) {
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), row);
            m_ids.move(from, row);
            lines.move(from, row);
            holdWhole(lines);
            endMoveRows();
        } else {
            beginInsertRows(QModelIndex(), row, row);
            m_ids.insert(row, fresh.id);
            lines.insert(row, lineFor(fresh));
            holdWhole(lines);
            endInsertRows();
        }
    }
    for (int row = 0; row < read->size(); ++row) {
        lines[row] = lineFor(read->at(row));
    }
    holdWhole(lines);
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    }
}

void DealListModel::holdWhole(const QList<Line>& lines)
{
    if (m_pages.isEmpty()) {
        m_pageRows = m_pageSize;
    }
    m_pages.clear();
    m_window.clear();
    for (qsizetype first = 0; first < lines.size(); first += m_pageRows) {
        Page page;
        page.lines = lines.mid(first, m_pageRows);
        page.last = DealListQuery::cursorOf(page.lines.constLast().row, readOrder());
        m_pages.append(std::move(page));
        hold(int(m_pages.size()) - 1);
    }
}

} // namespace handoff
