#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace handoff {

// Writes an export (CSV, JSON, iCalendar) to a file so that a failed export never leaves half a file: the content goes
// to a temporary file beside the target, which replaces the target only once everything was written.
class ExportFile {
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    // produce writes to the device it is given and returns what it counted (rows, events). An existing file is
    // refused unless overwrite is set; on any error the target is as it was before.
    static Result<qint64> write(const QString& path, bool overwrite,
                                const std::function<Result<qint64>(QIODevice*)>& produce);
};

} // namespace handoff
