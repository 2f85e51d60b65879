#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace handoff {

// A PostgreSQL server named as libpq names it: postgresql://[user@][host][:port][/database][?key=value&…] (also
// postgres://). What the address leaves out comes from libpq's own conventions — the PG* environment variables, the
// service file, ~/.pgpass, a Unix socket — so Handoff never needs a password: one written into the address is refused,
// because it would end up in shell histories, settings and window titles.
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host; // a name, an address or a socket folder (starting with '/')
    int port = -1;
    QString user;
    QString database;
    QString options; // the query's other parameters as libpq keywords: "sslmode='require' …"

    // True when text names a server rather than a file.
    static bool isServerAddress(const QString& text);
    static Result<ServerAddress> parse(const QString& text);

    // Sets the QPSQL connection's fields; empty ones are left for libpq to fill in.
    void applyTo(QSqlDatabase& db) const;
    // The address as people read it (never a password): "postgresql://anna@db.example.org:5432/handoff".
    QString display() const;

    // A value as libpq's keyword=value settings write it: in single quotes, with \ and ' escaped by a backslash.
    static QString quoted(const QString& value);
};

} // namespace handoff
