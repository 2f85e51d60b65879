#include "widgets/FieldWidth.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>

#include <algorithm>

namespace handoff {

namespace {

// The placeholder's width with the field's frame and text margins (about a character and a half each side).
int neededWidth(const QWidget* edit, const QString& placeholder)
{
    const QFontMetrics metrics = edit->fontMetrics();
    return metrics.horizontalAdvance(placeholder) + 3 * metrics.averageCharWidth() + 8;
}

} // namespace

void fitPlaceholder(QLineEdit* edit)
{
    edit->setMinimumWidth(std::max(edit->minimumWidth(), neededWidth(edit, edit->placeholderText())));
}

void fitPlaceholder(QPlainTextEdit* edit)
{
    edit->setMinimumWidth(std::max(edit->minimumWidth(), neededWidth(edit, edit->placeholderText()) +
                                                             edit->verticalScrollBar()->sizeHint().width()));
}

} // namespace handoff
