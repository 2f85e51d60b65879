#include "transfer/TransferFiles.h"

#include "io/ExportFile.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace handoff {

namespace {

const QString kLastFolderKey = QStringLiteral("transfer/lastFolder");

} // namespace

QString TransferFiles::lastFolder()
{
    const QString folder = QSettings().value(kLastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        return folder;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void TransferFiles::rememberFolder(const QString& filePath)
{
    if (!filePath.isEmpty()) {
        QSettings().setValue(kLastFolderKey, QFileInfo(filePath).absolutePath());
    }
}

QString TransferFiles::askSavePath(QWidget* parent, const QString& title, const QString& suggestedName,
                                   const QString& filter)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(suggestedName), filter);
    if (!path.isEmpty()) {
        rememberFolder(path);
    }
    return path;
}

Result<qint64> TransferFiles::write(const QString& path, const std::function<Result<qint64>(QIODevice*)>& produce)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = ExportFile::write(path, true, produce);
    QApplication::restoreOverrideCursor();
    return written;
}

} // namespace handoff
