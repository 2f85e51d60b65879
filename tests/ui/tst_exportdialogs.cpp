// File ▸ Export… and Export calendar…: the file the user gets holds the whole table in the chosen format, and the
// calendar is one a calendar program reads.

#include "core/TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "io/CalendarWriter.h"
#include "io/CsvReader.h"
#include "io/TableExporter.h"
#include "transfer/CalendarExport.h"
#include "transfer/ExportDialog.h"
#include "views/DatabaseStats.h"
#include "workflow/UserService.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

using namespace handoff;

namespace {

constexpr int kDeals = 40;

void fill(Database& db)
{
    DemoOptions options;
    options.deals = kDeals;
    options.seed = 7;
    options.today = QDate(2026, 3, 2);
    const auto made = DemoGenerator::generate(db, options);
    if (!made) {
        qFatal("cannot make demo data: %s", qPrintable(made.error().fullText()));
    }
}

// Header and data records of a CSV file, read as a spreadsheet would.
QList<QStringList> records(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    CsvReader reader(&file);
    QList<QStringList> result;
    QStringList fields;
    while (reader.next(fields)) {
        result.append(fields);
    }
    return result;
}

qint64 eventCount(const Database& db, qint64 userId)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = CalendarWriter(db).write(&buffer, userId, QDateTime::currentDateTimeUtc());
    return written ? *written : -1;
}

} // namespace

class TestExportDialogs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HandoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialogs"));
    }

    void init() { QSettings().clear(); }

    void exportsDealsAsCsv()
    {
        TestDatabase t;
        fill(t.db);
        const qint64 deals = DatabaseStats::read(t.db)->deals;
        QCOMPARE(deals, kDeals);

        ExportDialog dialog(t.db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table(), ExportTable::Deals); // the first choice
        QCOMPARE(dialog.format(), ExportFormat::Csv);
        const QString path =
            t.dir.filePath(ExportDialog::suggestedName(dialog.table(), dialog.format(), QDate(2026, 11, 23)));
        QVERIFY(path.endsWith(QStringLiteral("/deals-2026-11-23.csv")));
        dialog.setTargetPath(path);
        dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QList<QStringList> rows = records(path);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first(), TableExporter::csvHeader(ExportTable::Deals));
        QCOMPARE(rows.size() - 1, deals);
        QCOMPARE(dialog.confirmation(),
                 QStringLiteral("Exported %1 deals to %2.").arg(deals).arg(QDir::toNativeSeparators(path)));
        QVERIFY(QDir(t.dir.path()).entryList(QDir::Files).filter(QStringLiteral("deals")).size() == 1); // no leftovers
    }

    void exportsTasksAsJsonOverAnOldFile()
    {
        TestDatabase t;
        fill(t.db);
        const qint64 tasks = DatabaseStats::read(t.db)->tasks;
        QVERIFY(tasks > 0);
        const QString path = t.dir.filePath(QStringLiteral("tasks.json"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content");
        }
        ExportDialog dialog(t.db);
        dialog.findChild<QComboBox*>(QStringLiteral("tableCombo"))->setCurrentIndex(2);
        dialog.findChild<QComboBox*>(QStringLiteral("formatCombo"))->setCurrentIndex(1);
        QCOMPARE(dialog.table(), ExportTable::Tasks);
        QCOMPARE(dialog.format(), ExportFormat::Json);
        dialog.setTargetPath(path);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.array().size(), tasks);
        QVERIFY(dialog.confirmation().contains(QStringLiteral(" fulfilment tasks to ")));
    }

    void exportsCalendar()
    {
        TestDatabase t;
        fill(t.db);
        const auto reps = UserService(t.db).active(Role::Support);
        QVERIFY(reps && !reps->isEmpty());
        const User me = reps->first();
        const qint64 everyone = eventCount(t.db, 0);
        const qint64 mine = eventCount(t.db, me.id);
        QVERIFY(everyone > 0);
        QVERIFY(mine < everyone);

        CalendarExport dialog(t.db, me);
        QVERIFY(dialog.onlyMine()); // the usual wish: my own dates
        QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("mineRadio"))->text().contains(me.name));
        dialog.findChild<QRadioButton*>(QStringLiteral("everyoneRadio"))->click();
        QVERIFY(!dialog.onlyMine());
        const QString path = t.dir.filePath(QStringLiteral("handoff.ics"));
        dialog.setTargetPath(path);
        dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), everyone);
        QCOMPARE(dialog.confirmation(), QStringLiteral("Exported %1 calendar events to %2.")
                                            .arg(QLocale().toString(everyone), QDir::toNativeSeparators(path)));

        CalendarExport mineOnly(t.db, me);
        const QString minePath = t.dir.filePath(QStringLiteral("mine.ics"));
        mineOnly.setTargetPath(minePath);
        mineOnly.accept();
        QFile mineFile(minePath);
        QVERIFY(mineFile.open(QIODevice::ReadOnly));
        QCOMPARE(mineFile.readAll().count("BEGIN:VEVENT\r\n"), mine);
    }

    void suggestedNames()
    {
        QCOMPARE(ExportDialog::suggestedName(ExportTable::Promises, ExportFormat::Json, QDate(2026, 1, 5)),
                 QStringLiteral("promises-2026-01-05.json"));
        QCOMPARE(CalendarExport::suggestedName(QStringLiteral("Dana Reyes"), QDate(2026, 1, 5)),
                 QStringLiteral("handoff-calendar-dana-2026-01-05.ics"));
        QCOMPARE(CalendarExport::suggestedName(QString(), QDate(2026, 1, 5)),
                 QStringLiteral("handoff-calendar-2026-01-05.ics"));
    }
};

QTEST_MAIN(TestExportDialogs)
#include "tst_exportdialogs.moc"
