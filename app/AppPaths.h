#pragma once

#include <QCoreApplication>
#include <QString>

namespace handoff {

// Where the workstation keeps its files when the user names none, and which databases this version opens.
class AppPaths {
    Q_DECLARE_TR_FUNCTIONS(AppPaths)

public:
    static QString defaultDatabase(); // the user's own database
    static QString demoDatabase();    // the demo database of --demo

    // Why this version of the program does not open path, or an empty string when it does. Team servers: core opens
    // them and its storage tests run on them, but the commands and the workstation are not yet ported to them, so
    // they are refused with a clear message; HANDOFF_SERVER_PREVIEW=1 lets developers try them as they are.
    static QString refusal(const QString& path);
};

} // namespace handoff
