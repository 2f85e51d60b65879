#pragma once

class QLineEdit;
class QPlainTextEdit;

namespace handoff {

// Makes the field at least as wide as its placeholder, in whatever language it is, so that the hint is never cut;
// the dialog around it grows to match.
void fitPlaceholder(QLineEdit* edit);
void fitPlaceholder(QPlainTextEdit* edit);

} // namespace handoff
