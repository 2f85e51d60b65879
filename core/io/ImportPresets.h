#pragma once

#include "Result.h"
#include "io/ImportMapping.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace handoff {

// The column layouts of the exports teams bring (a Salesforce opportunity report, a HubSpot deals export, Handoff's
// own deals export) and the user's own mapping from the command line.
class ImportPresets {
    Q_DECLARE_TR_FUNCTIONS(ImportPresets)

public:
    static QStringList names(); // "salesforce", "hubspot", "handoff"
    static std::optional<ImportMapping> preset(const QString& name);
    // "field=column,field=column"; a column holding a comma or an equals sign is written in double quotes.
    static Result<ImportMapping> parseMap(const QString& spec);
    // The best mapping for a file with these headers: the preset that fits it, else field by field.
    static ImportMapping guess(const QStringList& headers);
};

} // namespace handoff
