#include "widgets/Actions.h"

#include <QAction>

namespace handoff {

QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QKeySequence& shortcut,
                    const QString& tip)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(
        shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace handoff
