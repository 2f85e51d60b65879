#include "AppPaths.h"

#include <QDir>
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
    return inDataFolder(QStringLiteral("handoff.sqlite"));
}

QString AppPaths::demoDatabase()
{
    return inDataFolder(QStringLiteral("demo.sqlite"));
}

} // namespace handoff
