// The window of pages a DealListModel holds in full, and reading a page again once it was let go.

#include "models/DealListModel.h"

#include <algorithm>

namespace handoff {

void DealListModel::appendPage(QList<DealListRow> rows)
{
    if (m_pages.isEmpty()) {
        m_pageRows = m_pageSize;
    }
    Page page;
    page.last = DealListQuery::cursorOf(rows.constLast(), readOrder());
    page.lines.reserve(rows.size());
    for (DealListRow& row : rows) {
        m_ids.append(row.id);
        page.lines.append(lineFor(std::move(row)));
    }
    m_pages.append(std::move(page));
    hold(int(m_pages.size()) - 1);
}

const DealListModel::Line* DealListModel::lineAt(int row) const
{
    const int number = row / m_pageRows;
    if (!m_pages.at(number).held && !readAgain(number)) {
        return nullptr;
    }
    Page& page = m_pages[number];
    page.used = ++m_uses;
    const int at = row % m_pageRows;
    return at < page.lines.size() ? &page.lines.at(at) : nullptr;
}

bool DealListModel::readAgain(int number) const
{
    if (m_stale) {
        return false;
    }
    const int first = number * m_pageRows;
    const int rows = qMin(m_pageRows, int(m_ids.size()) - first);
    const DealListColumn column = readOrder();
    // One range scan from where the page started; deals added or removed before it since then do not move it.
    auto read = number == 0 ? m_query.firstPage(m_filter, column, m_sortOrder, rows)
                            : m_query.pageAfter(m_filter, m_pages.at(number - 1).last, column, m_sortOrder, rows);
    auto* self = const_cast<DealListModel*>(this); // signals are not const; data() is
    if (!read) {
        m_stale = true; // a view asks for every row it paints; one message is enough
        QMetaObject::invokeMethod(
            self, [self, message = read.error().fullText()] { emit self->errorOccurred(message); },
            Qt::QueuedConnection);
        return false;
    }
    Page& page = m_pages[number];
    page.lines.clear();
    page.lines.reserve(read->size());
    for (DealListRow& row : *read) {
        page.lines.append(lineFor(std::move(row)));
    }
    // Deals changed since the page was first read: its rows now show the deals that are there, and the view hears
    // of it after data() returns, since a listener may ask for data again at once.
    int top = rows;
    int bottom = -1;
    for (int i = 0; i < rows; ++i) {
        const qint64 id = i < page.lines.size() ? page.lines.at(i).row.id : 0;
        if (m_ids.at(first + i) != id) {
            m_ids[first + i] = id;
            top = qMin(top, i);
            bottom = i;
        }
    }
    hold(number);
    if (bottom >= 0) {
        QMetaObject::invokeMethod(
            self,
            [self, generation = m_generation, top = first + top, bottom = first + bottom] {
                if (generation == self->m_generation && bottom < self->rowCount()) {
                    emit self->dataChanged(self->index(top, 0), self->index(bottom, ColumnCount - 1));
                }
            },
            Qt::QueuedConnection);
    }
    return true;
}

void DealListModel::hold(int number) const
{
    Page& page = m_pages[number];
    page.used = ++m_uses;
    page.held = true;
    m_window.append(number);
    while (m_window.size() > kWindowPages) {
        const auto oldest = std::min_element(m_window.begin(), m_window.end(),
                                             [this](int a, int b) { return m_pages.at(a).used < m_pages.at(b).used; });
        Page& dropped = m_pages[*oldest];
        dropped.lines = QList<Line>();
        dropped.held = false;
        m_window.erase(oldest);
    }
}

} // namespace handoff
