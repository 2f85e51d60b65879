// The command line: every subcommand's help, exit codes, and what check, backup and demo do to real files.

#include "HandoffProcess.h"
#include "core/FileDamage.h"
#include "core/TestDatabase.h"
#include "storage/Migrator.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace handoff;

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("top") << QStringList{QStringLiteral("--help")} << QStringLiteral("demo");
        QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                              << QStringLiteral("--deals");
        QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("--help")}
                               << QStringLiteral("--database");
        QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--help")}
                                << QStringLiteral("FILE");
    }

    void everyCommandHasHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = runHandoff(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    }

    void theTopHelpListsEachCommandOnOneLine()
    {
        const Run run = runHandoff({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QString commands = run.out.section(QLatin1String("Commands"), 1).section(QLatin1String("\n\n"), 0, 0);
        const QStringList lines = commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1);
        QVERIFY2(lines.size() >= 8, qPrintable(run.out));
        for (const QString& line : lines) {
            // "  name      what it does": a command's own arguments belong to its own --help.
            QVERIFY2(line.startsWith(QLatin1String("  ")) && line.at(2).isLower(), qPrintable(line));
        }
        const Run import = runHandoff({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.out.contains(QLatin1String("import [options] FILE")), qPrintable(import.out));
    }

    void versionIsPrinted()
    {
        const Run run = runHandoff({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("handoff 0.")), qPrintable(run.out));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = runHandoff({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("'frobnicate' is not a command")), qPrintable(run.err));
    }

    void badOptionValueIsAUsageError()
    {
        QTemporaryDir dir;
        const Run run = runHandoff({QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("many"),
                                    QStringLiteral("--database"), dir.filePath(QStringLiteral("x.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--deals")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.sqlite"))));
    }

    void withoutDisplayTheWorkstationSaysHowToRunHeadless()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run run = runHandoff({}, environment);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY2(run.err.contains(QLatin1String("xvfb-run")), qPrintable(run.err));
    }

    void demoThenCheckPasses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = runHandoff({QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("40"),
                                     QStringLiteral("--database"), path});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY2(demo.out.contains(QLatin1String("40 deals")), qPrintable(demo.out));
        const Run check = runHandoff({QStringLiteral("check"), QStringLiteral("--database"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY(check.out.contains(QLatin1String("Integrity")));
        QVERIFY(!check.out.contains(QLatin1String("FAILED")));
        // A second demo run into the same file is refused: demo data goes into an empty database.
        const Run again = runHandoff({QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("5"),
                                      QStringLiteral("--database"), path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!again.err.isEmpty());
    }

    // Opening a database of an older schema upgrades it; the command says so first, since on a large database the
    // backup copy and the upgrade take minutes. Once upgraded, nothing more is said. (The version before the last
    // step that changes this engine: a step for the other engine alone is not worth a word.)
    void upgradeIsAnnounced()
    {
        TestDatabase t;
        const Engine engine = testsRunOnServer() ? Engine::Postgres : Engine::Sqlite;
        int previous = Migrator::kSchemaVersion - 1;
        while (previous > 1 && !Migrator::changesAnything(engine, previous)) {
            --previous;
        }
        QVERIFY(t.db.run(testsRunOnServer() ? QStringLiteral("UPDATE handoff_schema SET version = %1").arg(previous)
                                            : QStringLiteral("PRAGMA user_version = %1").arg(previous),
                         {}));
        t.db.close();
        const QStringList list{QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--database"), t.path()};
        const Run upgraded = runHandoff(list);
        QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));
        const QString said = QStringLiteral("from schema version %1 to %2").arg(previous).arg(Migrator::kSchemaVersion);
        QVERIFY2(upgraded.err.contains(said), qPrintable(upgraded.err));
        const Run again = runHandoff(list);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(!again.err.contains(QLatin1String("Upgrading")), qPrintable(again.err));
    }

    void checkFailsOnTamperedAuditLog()
    {
        TestDatabase t;
        QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Acme')")));
        QVERIFY(t.db.run(testsRunOnServer() ? QStringLiteral("DROP TRIGGER audit_log_no_delete ON audit_log")
                                            : QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                         {}));
        t.db.close();
        const Run check = runHandoff({QStringLiteral("check"), QStringLiteral("--database"), t.path()});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QLatin1String("FAILED")), qPrintable(check.out));
        QVERIFY2(check.err.contains(t.path()), qPrintable(check.err));
    }

    // A command reads only what it needs, so damage elsewhere in the file goes unseen until 'handoff check' reads it
    // all; from then on every command refuses the file, and the check itself still opens it to list the damage.
    void checkFindsDamageThatCommandsDidNotReadAndLaterCommandsRefuseTheFile()
    {
        if (testsRunOnServer()) {
            QSKIP("damage to a file's pages is a file's concern");
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        const QStringList onFile{QStringLiteral("--database"), path};
        QCOMPARE(
            runHandoff(QStringList{QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("40")} + onFile)
                .exitCode,
            0);
        QVERIFY(damageLastLeafOf(path, "audit_log") > 2);
        const QStringList show =
            QStringList{QStringLiteral("deal"), QStringLiteral("show"), QStringLiteral("1")} + onFile;
        const Run before = runHandoff(show);
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));

        for (int round = 0; round < 2; ++round) {
            const Run check = runHandoff(QStringList{QStringLiteral("check")} + onFile);
            QCOMPARE(check.exitCode, 1);
            QVERIFY2(check.out.contains(QLatin1String("FAILED Integrity")), qPrintable(check.out + check.err));
        }
        const Run after = runHandoff(show);
        QCOMPARE(after.exitCode, 1);
        QVERIFY2(after.err.contains(QLatin1String("found damaged by the check of")), qPrintable(after.err));
    }

    void checkOnBadFileNamesFileAndLeavesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear customer, this is not a database.");
        file.close();
        const QByteArray before = sha256Of(path);
        const Run check = runHandoff({QStringLiteral("check"), QStringLiteral("--database"), path});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(path), qPrintable(check.err));
        QCOMPARE(sha256Of(path), before);
    }

    void checkDoesNotCreateAMissingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        const Run check = runHandoff({QStringLiteral("check"), QStringLiteral("--database"), path});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QLatin1String("does not exist")), qPrintable(check.err));
        QVERIFY(!QFileInfo::exists(path));
    }

    void backupCopiesAndRefusesToOverwrite()
    {
        TestDatabase t;
        QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('Copied Co')")));
        const QString target = t.path(QStringLiteral("backup.sqlite"));
        const Run backup = runHandoff({QStringLiteral("backup"), target, QStringLiteral("--database"), t.path()});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        if (testsRunOnServer()) {
            // A pg_dump archive (tst_serverdatabase restores one): its header, and the row in it.
            QFile archive(target);
            QVERIFY(archive.open(QIODevice::ReadOnly));
            QVERIFY(archive.read(5) == "PGDMP");
        } else {
            Database copy;
            QVERIFY(copy.open(target));
            QCOMPARE(copy.scalar(QStringLiteral("SELECT name FROM accounts"))->toString(), QStringLiteral("Copied Co"));
        }
        const QByteArray before = sha256Of(target);
        const Run again = runHandoff({QStringLiteral("backup"), target, QStringLiteral("--database"), t.path()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
        QCOMPARE(sha256Of(target), before);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
