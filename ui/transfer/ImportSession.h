#pragma once

#include "io/DealImporter.h"
#include "model/User.h"

#include <QString>

#include <optional>

namespace handoff {

class Database;

// What the pages of the import wizard share: the file, how to read and map it, and what the check and the import
// found.
struct ImportSession {
    Database& db;
    const User& user;
    QString path;
    ImportOptions options;               // CSV reading from the file page, mapping and date order from the columns page
    QStringList headers;                 // the file's first record, as the columns page read it
    std::optional<ImportSummary> check;  // the dry run of the check page
    std::optional<ImportSummary> result; // the import itself
};

} // namespace handoff
