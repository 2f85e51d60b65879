#include "AppPaths.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace handoff {

namespace {

QString inDataFolder(const QString& name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

} // namespace

QString AppPaths::defaultDatabase()
{
    // Chosen in Preferences; the data folder's file until then.
    const QString chosen = QSettings().value(QStringLiteral("defaultDatabase")).toString();
    return chosen.isEmpty() ? inDataFolder(QStringLiteral("handoff.sqlite")) : chosen;
}

QString AppPaths::demoDatabase()
{
    return inDataFolder(QStringLiteral("demo.sqlite"));
}

} // namespace handoff
