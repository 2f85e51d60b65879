#include "io/ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace handoff {

Result<qint64> ExportFile::write(const QString& path, bool overwrite,
                                 const std::function<Result<qint64>(QIODevice*)>& produce)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        return makeError(Error::Code::Invalid, tr("'%1' is a folder; name a file to export to.").arg(shown));
    }
    if (info.exists() && !overwrite) {
        return makeError(Error::Code::Invalid, tr("'%1' already exists and was left as it is.").arg(shown));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(Error::Code::ReadOnly,
                         tr("Could not create '%1': %2. Nothing was exported.").arg(shown, file.errorString()));
    }
    const auto produced = produce(&file);
    if (!produced) {
        // Without commit() QSaveFile removes the temporary file: the target is untouched.
        file.cancelWriting();
        Error error = produced.error();
        error.message = tr("Nothing was written to '%1': %2").arg(shown, error.message);
        return error;
    }
    if (!file.commit()) {
        return makeError(
            Error::Code::Storage,
            tr("Could not finish writing '%1': %2. The file was left as it was.").arg(shown, file.errorString()));
    }
    return produced;
}

} // namespace handoff
