#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;
class QWidget;

namespace handoff {

// The file handling the import and export dialogs share: the folder they open in (the last one the user chose a
// file in, remembered between runs) and writing an export so that a failure never leaves half a file.
class TransferFiles {
    Q_DECLARE_TR_FUNCTIONS(TransferFiles)

public:
    // The remembered folder; the documents folder until the user has chosen a file.
    static QString lastFolder();
    // Remembers the folder of filePath.
    static void rememberFolder(const QString& filePath);

    // Asks where to save, starting at suggestedName in the remembered folder; empty when the user cancels. The
    // dialog itself asks before replacing an existing file.
    static QString askSavePath(QWidget* parent, const QString& title, const QString& suggestedName,
                               const QString& filter);

    // Writes through a temporary file beside path that replaces it only when produce succeeded, with a wait cursor
    // meanwhile. An existing file is replaced: the user agreed to that in the save dialog.
    static Result<qint64> write(const QString& path, const std::function<Result<qint64>(QIODevice*)>& produce);
};

} // namespace handoff
