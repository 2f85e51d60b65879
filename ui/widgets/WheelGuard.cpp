#include "widgets/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace handoff {

void WheelGuard::install(QApplication& app)
{
    app.installEventFilter(new WheelGuard(&app));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if ((event->type() != QEvent::Wheel && event->type() != QEvent::Polish) || !watched->isWidgetType()) {
        return false;
    }
    auto* field = static_cast<QWidget*>(watched);
    if (!qobject_cast<QComboBox*>(field) && !qobject_cast<QAbstractSpinBox*>(field)) {
        return false;
    }
    if (event->type() == QEvent::Polish) {
        // These take the focus from the wheel by default, before the wheel reaches them (and this filter): only a
        // click or Tab gives them the focus now.
        if (field->focusPolicy() == Qt::WheelFocus) {
            field->setFocusPolicy(Qt::StrongFocus);
        }
        return false;
    }
    if (field->hasFocus()) {
        return false;
    }
    // The form around the field scrolls, as it would over a label: the wheel goes up to the first widget that takes
    // it (a sent event does not travel up to the parents by itself, as one from the window system does).
    for (QWidget* around = field->parentWidget(); around; around = around->parentWidget()) {
        event->ignore();
        QCoreApplication::sendEvent(around, event);
        if (event->isAccepted() || around->isWindow()) {
            break;
        }
    }
    return true;
}

} // namespace handoff
