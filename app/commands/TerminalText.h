#pragma once

#include <QString>
#include <QStringView>

namespace handoff {

// Text laid out in columns on a terminal, which gives Chinese, Japanese and Korean characters (and other wide ones)
// two cells and combining marks none: padding by characters would shift every column after such a name.
namespace TerminalText {

// The cells text takes on a terminal.
int cells(QStringView text);
// text followed by spaces up to width cells (nothing cut when it is wider).
QString padded(const QString& text, int width);
// text in exactly width cells: padded, or cut with an ellipsis when it is wider.
QString fitted(const QString& text, int width);

} // namespace TerminalText

} // namespace handoff
