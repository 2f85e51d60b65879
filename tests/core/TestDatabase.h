#pragma once

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A fresh database file in a temporary folder for one test.
struct TestDatabase {
    QTemporaryDir dir;
    handoff::Database db;

    explicit TestDatabase(const QString& name = QStringLiteral("handoff.sqlite"))
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto opened = db.open(path(name));
        if (!opened) {
            qFatal("cannot open test database: %s", qPrintable(opened.error().fullText()));
        }
    }

    QString path(const QString& name = QStringLiteral("handoff.sqlite")) const { return dir.filePath(name); }
};

inline QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
