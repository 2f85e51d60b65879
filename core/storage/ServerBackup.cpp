#include "storage/ServerBackup.h"

#include "storage/ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <libpq-fe.h>

namespace handoff {

namespace {

// The settings the connection was made with, secrets (a password) and debug options left out.
QString settingsOf(pg_conn* connection)
{
    QStringList settings;
    PQconninfoOption* options = PQconninfo(connection);
    for (PQconninfoOption* option = options; option && option->keyword; ++option) {
        const QByteArray display(option->dispchar ? option->dispchar : "");
        if (!option->val || !*option->val || display.contains('*') || display.contains('D')) {
            continue;
        }
        settings.append(QString::fromUtf8(option->keyword) + QLatin1Char('=') +
                        ServerAddress::quoted(QString::fromUtf8(option->val)));
    }
    PQconninfoFree(options);
    return settings.join(QLatin1Char(' '));
}

} // namespace

Result<void> ServerBackup::write(pg_conn* connection, const QString& target)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    if (program.isEmpty()) {
        return makeError(Error::Code::NotFound,
                         tr("A database on a server is backed up with PostgreSQL's pg_dump, which is not installed "
                            "here (Debian: postgresql-client). Install it, or ask the server's administrator where "
                            "the server's backups go."));
    }
    QProcess dump;
    dump.setProgram(program);
    dump.setArguments({QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                       QStringLiteral("--file=") + target, QStringLiteral("--dbname=") + settingsOf(connection)});
    dump.setProcessChannelMode(QProcess::SeparateChannels);
    dump.start();
    const bool finished = dump.waitForFinished(-1);
    if (!finished || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(dump.readAllStandardError()).trimmed();
        QFile::remove(target);
        return makeError(Error::Code::Storage,
                         tr("Could not back up the database to '%1': pg_dump failed: %2")
                             .arg(QDir::toNativeSeparators(target), said.isEmpty() ? dump.errorString() : said));
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace handoff
