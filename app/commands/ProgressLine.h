#pragma once

#include <QString>
#include <QTextStream>

namespace handoff {

// One line of progress on standard error for long work, written over in place and erased when the work ends. Only
// on a terminal: a log file or a pipe gets no progress lines.
class ProgressLine {
public:
    ProgressLine();
    ~ProgressLine() { clear(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // Whether lines are shown at all.
    bool shown() const { return m_terminal; }
    // Writes text over the line when it differs from what the line shows.
    void show(const QString& text);
    // Erases the line.
    void clear();

private:
    QTextStream m_err;
    bool m_terminal = false;
    QString m_text;
};

} // namespace handoff
