#pragma once

class QLabel;
class QString;
class QWidget;

namespace handoff {

// The colour of what stops the user's next step (a refused submit, a field it waits for), readable on light and dark
// palettes alike.
inline constexpr char kErrorColour[] = "#c0392b";

// A line under a form field for what core said is wrong with it; hidden while there is nothing to say. Told apart by
// weight, not by a colour a dark palette may swallow; selectable so the text can be copied into a question.
QLabel* makeProblemLabel(const QString& objectName, QWidget* parent);

// Marks (or unmarks) the label of a field a step waits for: bold in the error colour, with the property "missing" set
// so that tests and style sheets can find it.
void markMissing(QLabel* label, bool missing);

} // namespace handoff
