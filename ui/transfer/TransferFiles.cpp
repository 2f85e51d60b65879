#include "transfer/TransferFiles.h"

#include "io/ExportFile.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

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

void TransferFiles::layOutExportDialog(QDialog* dialog, QWidget* choices, const QString& note, int width)
{
    auto* noteLabel = new QLabel(note, dialog);
    noteLabel->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* save = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("exportButton"));
    save->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(choices);
    layout->addWidget(noteLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    dialog->resize(width, dialog->sizeHint().height());
}

} // namespace handoff
