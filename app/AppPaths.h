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
};

} // namespace handoff
