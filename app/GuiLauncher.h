#pragma once

#include "model/User.h"

#include <QCoreApplication>

#include <QString>
#include <optional>

class QApplication;

namespace handoff {
class Database;
}

namespace handoff {

// Opens the workstation window on a database, making and filling the demo database on first use.
class GuiLauncher {
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    // Whether a window can be shown at all; when not, why, in one line with the way to run headless.
    static QString missingDisplayReason(const QString& program);

    static int run(QApplication& app, const QString& databasePath, bool demo);

private:
    // Opens path and shows a window on it until the user quits (0) or opens another file (then *next is set).
    static int session(QApplication& app, const QString& path, bool demo, QString* next);
    // The user who works in this database on this computer: the one chosen last time, else asked for.
    static std::optional<User> chooseUser(Database& db);
};

} // namespace handoff
