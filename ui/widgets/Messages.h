#pragma once

#include "Result.h"

class QWidget;

namespace handoff {

// The dialogs every screen shows the same way: a refusal from core with all its reasons, and the question what to
// do when someone else changed a record first.
namespace Messages {

// A warning titled title whose text is the error's message and, below it, every reason as a bullet.
void showError(QWidget* parent, const QString& title, const Error& error);

enum class ConflictChoice { Reload, Overwrite };
// Asks whether to reload what the other window or person saved (dropping this edit) or to write this edit over it.
// what names the record ("the deal 'Acme renewal'"); lastChange, when known, says who changed what and when, as the
// record's history tells it. Escape reloads: nothing is overwritten without a yes.
ConflictChoice askConflict(QWidget* parent, const QString& what, const QString& lastChange = {});

} // namespace Messages

} // namespace handoff
