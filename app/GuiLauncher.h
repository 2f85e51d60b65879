#pragma once

#include <QCoreApplication>
#include <QString>

class QApplication;

namespace handoff {

// Opens the workstation window on a database, making and filling the demo database on first use.
class GuiLauncher {
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    // Whether a window can be shown at all; when not, why, in one line with the way to run headless.
    static QString missingDisplayReason(const QString& program);

    static int run(QApplication& app, const QString& databasePath, bool demo);
};

} // namespace handoff
