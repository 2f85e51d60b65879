#include "storage/DatabaseFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace handoff {

namespace {

constexpr int kHeaderSize = 100;
constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL byte
constexpr int kPageSizeOffset = 16;
constexpr int kChangeCounterOffset = 24;
constexpr int kPageCountOffset = 28;
constexpr int kUserVersionOffset = 60;
constexpr int kVersionValidForOffset = 92;
constexpr int kApplicationIdOffset = 68;

// The journals SQLite keeps beside a database file, and the file itself.
const char* const kJournalSuffixes[] = {"", "-journal", "-wal", "-shm"};
constexpr auto kBuildInfix = ".new-"; // path.new-<pid>: a database being built for path

// Removes what builds of the file at info left behind when their processes were killed. This is safe because the
// name of a build carries the id of the one process that writes it: once that process is gone nobody will finish or
// move the file, and removing it never touches the database itself. A live process keeps its files, even one that
// only got a dead builder's id again. This process builds one new file at a time, so its own id marks a leftover too.
void removeStaleBuilds(const QFileInfo& info)
{
    const QString prefix = info.fileName() + QLatin1String(kBuildInfix);
    const QDir folder = info.absoluteDir();
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!name.startsWith(prefix)) {
            continue;
        }
        QString pidText = name.mid(prefix.size());
        for (const char* suffix : kJournalSuffixes) {
            if (*suffix && pidText.endsWith(QLatin1String(suffix))) {
                pidText.chop(qstrlen(suffix));
                break;
            }
        }
        const bool digitsOnly = std::all_of(pidText.cbegin(), pidText.cend(),
                                            [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
        bool isNumber = false;
        const pid_t pid = digitsOnly ? pidText.toInt(&isNumber) : 0;
        if (!isNumber || pid <= 0) {
            continue;
        }
        if (pid == ::getpid() || (::kill(pid, 0) == -1 && errno == ESRCH)) {
            QFile::remove(folder.filePath(name));
        }
    }
}

// The file's size by its header: page size × page count, or 0 when the header's page count is not valid (written by
// an SQLite older than 3.7.0, which did not keep it, as its version-valid-for number says).
qint64 sizeInHeader(const QByteArray& header)
{
    const auto number = [&header](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    if (number(kChangeCounterOffset) != number(kVersionValidForOffset)) {
        return 0;
    }
    const quint16 pageSizeField = qFromBigEndian<quint16>(header.constData() + kPageSizeOffset);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    return pageSize * number(kPageCountOffset);
}

// A write-ahead log or rollback journal beside the file may still hold pages that SQLite adds to it at open.
bool hasJournal(const QString& path)
{
    for (const char* suffix : {"-journal", "-wal"}) {
        if (QFileInfo(path + QLatin1String(suffix)).size() > 0) {
            return true;
        }
    }
    return false;
}

} // namespace

Error DatabaseFile::error(Error::Code code, const QString& path, const QString& problem)
{
    return makeError(code, tr("The file '%1' %2").arg(QDir::toNativeSeparators(path), problem));
}

Error DatabaseFile::damaged(const QString& path, const QStringList& findings)
{
    Error result = error(Error::Code::Corrupt, path,
                         tr("is damaged. Restore it from a backup; 'handoff check' lists the damage."));
    result.details = findings;
    return result;
}

Result<DatabaseFile::Header> DatabaseFile::inspect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return error(Error::Code::NotFound, path, tr("does not exist."));
    }
    if (!info.isFile()) {
        return error(Error::Code::NotHandoff, path, tr("is a folder or a device, not a database file."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return error(Error::Code::ReadOnly, path, tr("cannot be read: %1.").arg(file.errorString()));
    }
    const QByteArray header = file.read(kHeaderSize);
    file.close();
    if (header.isEmpty()) {
        return error(Error::Code::NotHandoff, path, tr("is empty: it is not a Handoff database."));
    }
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic))) {
        return error(Error::Code::NotHandoff, path,
                     tr("is not a Handoff database: it is not an SQLite database at all (a text file, a document "
                        "or a damaged file?)."));
    }
    Header result;
    result.userVersion = qFromBigEndian<quint32>(header.constData() + kUserVersionOffset);
    result.applicationId = qFromBigEndian<quint32>(header.constData() + kApplicationIdOffset);
    if (result.applicationId != 0 && result.applicationId != kApplicationId) {
        return error(Error::Code::NotHandoff, path,
                     tr("is an SQLite database of another application, not a Handoff database."));
    }
    if (const qint64 expected = sizeInHeader(header); expected > info.size() && !hasJournal(path)) {
        return error(
            Error::Code::Corrupt, path,
            tr("is damaged: it is shorter than its header says (%1 of %2 bytes), as if it was cut off. Restore "
               "it from a backup.")
                .arg(info.size())
                .arg(expected));
    }
    // A file nobody may write is read-only even for root, who could write it anyway.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || (info.permissions() & writeBits) == 0) {
        return error(Error::Code::ReadOnly, path,
                     tr("is read-only. Handoff needs to write to its database: make the file writable or open a "
                        "copy."));
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        return error(Error::Code::ReadOnly, path,
                     tr("is in a folder that cannot be written ('%1'). Handoff keeps a write-ahead log next to the "
                        "database and needs to write there.")
                         .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    return result;
}

Result<QString> DatabaseFile::createBuildFile(const QString& path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists()) {
        return error(Error::Code::NotFound, path,
                     tr("cannot be created: the folder '%1' does not exist.")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    if (!folder.isDir() || !folder.isWritable()) {
        return error(Error::Code::ReadOnly, path,
                     tr("cannot be created: the folder '%1' cannot be written.")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    removeStaleBuilds(info);
    QFile file(info.absoluteFilePath() + QLatin1String(kBuildInfix) + QString::number(::getpid()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return error(Error::Code::Storage, path, tr("cannot be created: %1.").arg(file.errorString()));
    }
    // SQLite gives the -wal and -shm files the permissions of the database file.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.remove();
        return error(Error::Code::Storage, path,
                     tr("cannot be made private to its owner: %1.").arg(file.errorString()));
    }
    file.close();
    return file.fileName();
}

Result<bool> DatabaseFile::moveIntoPlace(const QString& built, const QString& path)
{
    const QByteArray from = QFile::encodeName(built);
    const QByteArray to = QFile::encodeName(path);
    // One step that leaves nothing behind: a kill before it leaves the build (removed by the next creation), a kill
    // after it the database under its name. Linking and then unlinking the build, the fallback for file systems
    // without this rename, leaves the build's name behind when a kill falls between the two.
    int failure = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0 ? 0 : errno;
    if (failure == EINVAL || failure == ENOSYS) {
        failure = ::link(from.constData(), to.constData()) == 0 ? 0 : errno;
        if (failure == 0) {
            ::unlink(from.constData());
        }
    }
    if (failure == 0) {
        return true;
    }
    if (failure == EEXIST) {
        return false;
    }
    return error(Error::Code::Storage, path, tr("cannot be created: %1.").arg(qt_error_string(failure)));
}

void DatabaseFile::removeWithJournals(const QString& path)
{
    for (const char* suffix : kJournalSuffixes) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

QString DatabaseFile::networkWarning(const QString& path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const QByteArray type = storage.fileSystemType().toLower();
    static const QByteArrayList networkTypes{"nfs",   "nfs4",        "cifs",  "smb",       "smb2",
                                             "smb3",  "smbfs",       "afs",   "9p",        "fuse.sshfs",
                                             "davfs", "fuse.davfs2", "ncpfs", "glusterfs", "ceph"};
    if (!networkTypes.contains(type)) {
        return {};
    }
    return tr("'%1' is on a network file system (%2). Handoff's database needs a local disk: on a network share "
              "two computers can damage it. Keep the file on this computer and use backups to share it.")
        .arg(QDir::toNativeSeparators(path), QString::fromLatin1(type));
}

} // namespace handoff
