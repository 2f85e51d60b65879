#pragma once

#include <QObject>

class QApplication;

namespace handoff {

// Keeps the mouse wheel from changing a field the user did not pick: over a drop-down, a date or a number field that
// does not have the focus, the wheel scrolls the form around it instead (scrolling the checklist used to pick another
// contact or clear a choice, which was saved and audited). A field with the focus takes the wheel as usual.
class WheelGuard : public QObject {
    Q_OBJECT

public:
    // Guards every widget of the application; the guard lives as long as app.
    static void install(QApplication& app);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace handoff
