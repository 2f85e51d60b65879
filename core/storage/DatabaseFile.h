#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace handoff {

// Looks at a database file from the outside, before SQLite touches it: does it exist, can we write it,
// does it start like an SQLite database, whose is it. Never writes to an existing file.
class DatabaseFile {
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    static constexpr quint32 kApplicationId = 0x48414E44; // "HAND", PRAGMA application_id of every Handoff file

    struct Header {
        quint32 applicationId = 0;
        quint32 userVersion = 0;
    };

    // Checks an existing file: a regular, readable and writable file in a writable folder, non-empty, with an
    // SQLite header that is ours or blank. Returns what the header says.
    static Result<Header> inspect(const QString& path);

    // Checks that a new file can be made at path (the folder exists and is writable) and makes an empty one beside
    // it, path.new-<pid>, readable and writable by its owner only (0600), in which a new database is built before it
    // takes path's name (moveIntoPlace). First removes the files that builds of path by processes now gone left
    // behind. Returns the new file's name; errors name path.
    static Result<QString> createBuildFile(const QString& path);

    // Gives the built file the name path in one step that never overwrites. False (and nothing moved) when a file
    // took that name meanwhile.
    static Result<bool> moveIntoPlace(const QString& built, const QString& path);

    // Removes a file and the journals SQLite keeps beside it.
    static void removeWithJournals(const QString& path);

    // A warning when the file sits on a network file system, where SQLite's WAL mode does not work; else empty.
    static QString networkWarning(const QString& path);

    // "The file '/x/y.sqlite' is damaged. Restore it …", with what a check found as details.
    static Error damaged(const QString& path, const QStringList& findings = {});

    // "The file '/x/y.sqlite' <problem>": every file error names the file.
    static Error error(Error::Code code, const QString& path, const QString& problem);
};

} // namespace handoff
