#include "AppPaths.h"

#include "storage/ServerAddress.h"

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

QString AppPaths::refusal(const QString& path)
{
    if (!ServerAddress::isServerAddress(path) || qEnvironmentVariable("HANDOFF_SERVER_PREVIEW") == QLatin1String("1")) {
        return {};
    }
    return tr("Team servers are not supported by this version of Handoff yet: it can open a PostgreSQL database, but "
              "its commands and the workstation still work only on a local file. Give a file with --database.");
}

} // namespace handoff
