#include "commands/ProgressLine.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace handoff {

ProgressLine::ProgressLine()
    : m_err(stderr)
    , m_terminal(isatty(fileno(stderr)) != 0)
{}

void ProgressLine::show(const QString& text)
{
    if (!m_terminal || text == m_text) {
        return;
    }
    // Spaces cover what a longer line before left behind.
    const qsizetype cover = std::max<qsizetype>(0, m_text.size() - text.size());
    m_err << '\r' << text << QString(cover, QLatin1Char(' ')) << Qt::flush;
    m_text = text;
}

void ProgressLine::clear()
{
    if (!m_terminal || m_text.isEmpty()) {
        return;
    }
    m_err << '\r' << QString(m_text.size(), QLatin1Char(' ')) << '\r' << Qt::flush;
    m_text.clear();
}

} // namespace handoff
