#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QDialog;
class QIODevice;
class QWidget;

namespace handoff {

// What the import and export dialogs share: the folder they open in (the last one the user chose a file in,
// remembered between runs), writing an export so that a failure never leaves half a file, and the export dialogs'
// layout.
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

    // Lays out an export dialog: the choices of what to export on top, a note under them, and Cancel and Export…
    // (the default button, which accepts the dialog) at the bottom; width is the dialog's first width.
    static void layOutExportDialog(QDialog* dialog, QWidget* choices, const QString& note, int width);
};

} // namespace handoff
