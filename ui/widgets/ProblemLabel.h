#pragma once

class QLabel;
class QString;
class QWidget;

namespace handoff {

// A line under a form field for what core said is wrong with it; hidden while there is nothing to say. Told apart by
// weight, not by a colour a dark palette may swallow; selectable so the text can be copied into a question.
QLabel* makeProblemLabel(const QString& objectName, QWidget* parent);

} // namespace handoff
