#pragma once

#include <QString>

class QCoreApplication;

namespace handoff {

// Loads Handoff's and Qt's own translations for a language ("de", "fr"; empty: the system's).
class Translations {
public:
    static void install(QCoreApplication& app, const QString& language);
};

} // namespace handoff
