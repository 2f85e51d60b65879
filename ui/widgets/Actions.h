#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

namespace handoff {

// A menu or tool bar action as every window makes them: an object name for tests and scripts, the tip in the status
// bar, and a tool tip that names the shortcut when there is one.
QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QKeySequence& shortcut,
                    const QString& tip);

} // namespace handoff
