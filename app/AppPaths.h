#pragma once

#include <QString>

namespace handoff {

// Where the workstation keeps its files when the user names none.
class AppPaths {
public:
    static QString defaultDatabase(); // the user's own database
    static QString demoDatabase();    // the demo database of --demo
};

} // namespace handoff
