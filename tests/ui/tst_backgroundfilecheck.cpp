// The workstation's background verification of a file it opened without waiting for quick_check.

#include "core/FileDamage.h"
#include "core/TestDatabase.h"
#include "mainwindow/BackgroundFileCheck.h"
#include "storage/CheckLog.h"

#include <QSignalSpy>

using namespace handoff;

class TestBackgroundFileCheck : public QObject {
    Q_OBJECT

private:
    // A closed database file with a few pages of accounts.
    static void fill(TestDatabase& t)
    {
        for (int i = 0; i < 600; ++i) {
            QVERIFY(t.db.exec(QStringLiteral("INSERT INTO accounts (name) VALUES (?)"),
                              {QStringLiteral("Account %1 with a name long enough to fill pages").arg(i)}));
        }
        t.db.close();
    }

private slots:
    void intactFileRaisesNoWarning()
    {
        TestDatabase t;
        fill(t);
        BackgroundFileCheck check(t.path());
        QSignalSpy damaged(&check, &BackgroundFileCheck::damaged);
        QSignalSpy finished(&check, &BackgroundFileCheck::finished);
        check.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCoreApplication::processEvents();
        QCOMPARE(damaged.count(), 0);
    }

    void damagedFileIsReported()
    {
        TestDatabase t;
        fill(t);
        QFile file(t.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (qsizetype page = 4096 * 3; page + 8 < bytes.size(); page += 4096) {
            bytes[page] = char(0x55); // not a b-tree page type
        }
        file.seek(0);
        file.write(bytes);
        file.close();

        BackgroundFileCheck check(t.path());
        QSignalSpy damaged(&check, &BackgroundFileCheck::damaged);
        check.start();
        QTRY_COMPARE_WITH_TIMEOUT(damaged.count(), 1, 20000);
        const QString message = damaged.first().first().toString();
        QVERIFY2(message.contains(t.path()), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
    }

    // The workstation opens a large file at once, reading only its first pages; damage deeper inside is found by the
    // check in the background, which records it, so that the next open refuses the file without reading it all.
    void damageDeepInsideIsFoundAfterTheOpenAndRefusedAtTheNextOne()
    {
        TestDatabase t;
        fill(t);
        QVERIFY(damageLastLeafOf(t.path(), "accounts") > 2);
        {
            Database opened;
            QVERIFY2(opened.open(t.path()), "the damage is not on a page that an open reads");
        }

        BackgroundFileCheck check(t.path());
        QSignalSpy damaged(&check, &BackgroundFileCheck::damaged);
        check.start();
        QTRY_COMPARE_WITH_TIMEOUT(damaged.count(), 1, 20000);
        const QString message = damaged.first().first().toString();
        QVERIFY2(message.contains(t.path()) && message.contains(QLatin1String("damaged")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Page ")), qPrintable(message)); // what the check found

        Database again;
        const auto refused = again.open(t.path());
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().code), int(Error::Code::Corrupt));
        QVERIFY2(refused.error().message.contains(QLatin1String("found damaged by the check of")),
                 qPrintable(refused.error().message));
    }

    void intactFileRecordsThatItPassed()
    {
        TestDatabase t;
        fill(t);
        BackgroundFileCheck check(t.path());
        QSignalSpy finished(&check, &BackgroundFileCheck::finished);
        check.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        Database db;
        QVERIFY(db.open(t.path()));
        const auto last = CheckLog::last(db);
        QVERIFY(last && last->has_value());
        QCOMPARE((*last)->kind, CheckLog::Kind::Pages);
        QVERIFY((*last)->ok);
    }
};

QTEST_MAIN(TestBackgroundFileCheck)
#include "tst_backgroundfilecheck.moc"
