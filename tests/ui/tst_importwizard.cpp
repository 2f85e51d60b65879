// The import wizard: it guesses the CRM's layout from the headers, explains every rejected row before anything is
// written, imports what the check promised and rolls back when cancelled.

#include "core/TestDatabase.h"
#include "io/DealImporter.h"
#include "transfer/ColumnMappingEditor.h"
#include "transfer/ImportCheckPage.h"
#include "transfer/ImportColumnsPage.h"
#include "transfer/ImportRunPage.h"
#include "transfer/ImportRunner.h"
#include "transfer/ImportSession.h"
#include "transfer/ImportWizard.h"
#include "views/DatabaseStats.h"
#include "views/DealListQuery.h"
#include "workflow/UserService.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>

using namespace handoff;

namespace {

User makeUser(Database& db, Role role)
{
    const QString name = role == Role::Support ? QStringLiteral("Sue Support") : QStringLiteral("Lee Lead");
    const QString email = role == Role::Support ? QStringLiteral("sue@example.com") : QStringLiteral("lee@example.com");
    auto user = UserService(db).create(name, email, role);
    if (!user) {
        qFatal("cannot create user: %s", qPrintable(user.error().fullText()));
    }
    return *user;
}

QString salesforceFile()
{
    return QFINDTESTDATA("../data/import/salesforce_opportunities.csv");
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QStringList dealTitles(const Database& db)
{
    QStringList titles;
    const auto rows = DealListQuery(db).firstPage(DealListColumn::Title, Qt::AscendingOrder, 1000);
    if (rows) {
        for (const DealListRow& row : *rows) {
            titles.append(row.title);
        }
    }
    return titles;
}

// Shows the wizard on the file and goes on through the file and column pages until the check has ended.
bool checked(ImportWizard& wizard, const QString& file = salesforceFile())
{
    wizard.setFilePath(file);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard)) {
        return false;
    }
    wizard.next();
    wizard.next();
    return QTest::qWaitFor([&wizard] { return wizard.checkPage()->isFinished(); });
}

bool nextEnabled(const QWizard& wizard)
{
    const QAbstractButton* next = wizard.button(
        wizard.currentPage() && wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    return next && next->isVisible() && next->isEnabled();
}

QString labelText(const QWidget& parent, const char* name)
{
    const auto* label = parent.findChild<QLabel*>(QLatin1StringView(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1StringView(name));
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HandoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
    }

    void init() { QSettings().clear(); }

    void guessesSalesforcePreset()
    {
        TestDatabase t;
        const User lead = makeUser(t.db, Role::Lead);
        ImportWizard wizard(t.db, lead);
        wizard.setFilePath(salesforceFile());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(nextEnabled(wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));

        ColumnMappingEditor* editor = wizard.columnsPage()->editor();
        QCOMPARE(editor->presetName(), QStringLiteral("salesforce"));
        QCOMPARE(editor->presetCombo()->currentText(), QStringLiteral("Salesforce"));
        QCOMPARE(editor->fieldCombo(ImportField::Title)->currentText(), QStringLiteral("Opportunity Name"));
        QCOMPARE(editor->fieldCombo(ImportField::Currency)->currentText(), QStringLiteral("Amount Currency"));
        QCOMPARE(editor->fieldCombo(ImportField::Products)->currentIndex(), 0); // the file has no such column
        QCOMPARE(editor->mapping().wonStages, QStringList{QStringLiteral("Closed Won")});

        // The first records as parsed, with the file's headers; the doubled quotes are undone.
        QTableWidget* preview = wizard.columnsPage()->preview();
        QCOMPARE(preview->accessibleName(), QStringLiteral("First rows of the file"));
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Opportunity Owner"));
        QCOMPARE(preview->rowCount(), 7);
        QCOMPARE(preview->item(2, 2)->text(), QStringLiteral("Initech - \"TPS\" Automation"));
        QVERIFY(nextEnabled(wizard));
    }

    void changingAColumnMakesItCustom()
    {
        TestDatabase t;
        const User lead = makeUser(t.db, Role::Lead);
        ImportWizard wizard(t.db, lead);
        wizard.setFilePath(salesforceFile());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        ColumnMappingEditor* editor = wizard.columnsPage()->editor();
        QComboBox* products = editor->fieldCombo(ImportField::Products);
        products->setCurrentIndex(products->findText(QStringLiteral("Type")));
        QVERIFY(editor->presetName().isEmpty());
        QCOMPARE(editor->presetCombo()->currentText(), QStringLiteral("Custom"));
        QCOMPARE(editor->mapping().columns.value(QStringLiteral("products")), QStringLiteral("Type"));
        QVERIFY(nextEnabled(wizard));

        // A required field without a column is a problem and keeps the user on the page.
        auto* problems = wizard.columnsPage()->findChild<QLabel*>(QStringLiteral("mappingProblems"));
        QVERIFY(problems && problems->isHidden());
        editor->fieldCombo(ImportField::Account)->setCurrentIndex(0);
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("account")), qPrintable(problems->text()));

        // Choosing the preset again brings its columns back.
        editor->presetCombo()->setCurrentIndex(0);
        emit editor->presetCombo()->activated(0);
        QCOMPARE(editor->fieldCombo(ImportField::Account)->currentText(), QStringLiteral("Account Name"));
        QCOMPARE(editor->fieldCombo(ImportField::Products)->currentIndex(), 0);
        QVERIFY(nextEnabled(wizard));
    }

    void rejectedRowBlocksNext()
    {
        TestDatabase t;
        const User lead = makeUser(t.db, Role::Lead);
        const QString path = writeFile(t.dir, QStringLiteral("bad.csv"),
                                       "title,account,amount,currency,closed_on,sales_rep\n"
                                       "Good deal,Acme,100.00,USD,2026-03-01,Dana Reyes\n"
                                       "Bad deal,Acme,lots,USD,2026-03-02,Dana Reyes\n"
                                       "Other deal,Initech,5.00,EUR,2026-03-03,Dana Reyes\n");
        ImportWizard wizard(t.db, lead);
        wizard.setFilePath(path);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.columnsPage()->editor()->presetName(), QStringLiteral("handoff"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QTRY_VERIFY(wizard.checkPage()->isFinished());

        // What core says about the row, on the row's line.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ImportOptions options = wizard.session().options;
        options.dryRun = true;
        const auto expected = DealImporter(t.db).run(lead, &file, options);
        QVERIFY(expected);
        QCOMPARE(expected->rejections.size(), 1);

        QTableWidget* table = wizard.checkPage()->rejections();
        QVERIFY(table->isVisible());
        QCOMPARE(table->accessibleName(), QStringLiteral("Rejected rows"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(0, 1)->text(), expected->rejections.first().reason);
        QCOMPARE(labelText(*wizard.checkPage(), "wouldReject"), QStringLiteral("1"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(!wizard.validateCurrentPage());
        auto* message = wizard.checkPage()->findChild<QLabel*>(QStringLiteral("checkMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("all or nothing")));
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(dealTitles(t.db).isEmpty());
    }

    // A file without a column for the deals' names: the name is not marked as needed, the check passes and says how
    // the deals will be named.
    void fileWithoutNamesPassesTheCheckAndSaysHowDealsAreNamed()
    {
        TestDatabase t;
        const User lead = makeUser(t.db, Role::Lead);
        const QString path = writeFile(t.dir, QStringLiteral("unnamed.csv"),
                                       "account,products,amount,currency,closed_on,sales_rep\n"
                                       "Acme,Starter,100.00,USD,2026-03-01,Dana Reyes\n");
        ImportWizard wizard(t.db, lead);
        wizard.setFilePath(path);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        ColumnMappingEditor* editor = wizard.columnsPage()->editor();
        const auto neededLabel = [editor](ImportField field) {
            for (const QLabel* label : editor->findChildren<QLabel*>()) {
                if (label->buddy() == editor->fieldCombo(field)) {
                    return label->font().bold();
                }
            }
            return false;
        };
        QVERIFY(!neededLabel(ImportField::Title));
        QVERIFY(neededLabel(ImportField::Account));
        QVERIFY(neededLabel(ImportField::ClosedOn));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QTRY_VERIFY(wizard.checkPage()->isFinished());
        QVERIFY(nextEnabled(wizard));
        auto* message = wizard.checkPage()->findChild<QLabel*>(QStringLiteral("checkMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Acme \u2013 Starter")), qPrintable(message->text()));
    }

    void importsAndSummarises()
    {
        TestDatabase t;
        const User lead = makeUser(t.db, Role::Lead);
        ImportWizard wizard(t.db, lead);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        QVERIFY(checked(wizard));
        QVERIFY(nextEnabled(wizard));
        const ImportSummary check = wizard.session().check.value();
        QVERIFY(check.imported > 0);
        QCOMPARE(labelText(*wizard.checkPage(), "wouldImport"), QString::number(check.imported));
        QCOMPARE(labelText(*wizard.checkPage(), "wouldSkip"), QString::number(check.skipped));

        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
        QCOMPARE(imported.count(), 1);
        const ImportSummary done = wizard.session().result.value();
        QCOMPARE(done.imported, check.imported);
        QCOMPARE(done.skipped, check.skipped);
        QCOMPARE(done.rejected, 0);
        QWizardPage* summary = wizard.currentPage();
        QCOMPARE(labelText(*summary, "importedCount"), QString::number(done.imported));
        QCOMPARE(labelText(*summary, "updatedCount"), QString::number(done.updated));
        QCOMPARE(labelText(*summary, "skippedCount"), QString::number(done.skipped));
        QCOMPARE(labelText(*summary, "rejectedCount"), QStringLiteral("0"));
        QCOMPARE(labelText(*summary, "accountsCount"), QString::number(done.accountsCreated));
        QCOMPARE(labelText(*summary, "usersCount"), QString::number(done.usersCreated));
        QCOMPARE(labelText(*summary, "contactsCount"), QString::number(done.contactsCreated));
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() || !wizard.button(QWizard::BackButton)->isEnabled());

        // The closed-won rows are deals now; the lost and open ones are not.
        const QStringList titles = dealTitles(t.db);
        QCOMPARE(titles.size(), int(done.imported));
        QVERIFY(titles.contains(QStringLiteral("Acme - Platform Expansion")));
        QVERIFY(titles.contains(QStringLiteral("Initech - \"TPS\" Automation")));
        QVERIFY(!titles.contains(QStringLiteral("Globex - Pilot")));
        QCOMPARE(DatabaseStats::read(t.db)->deals, done.imported);

        // The same file again: nothing new, every deal matched by its CRM reference.
        ImportWizard again(t.db, lead);
        again.setFilePath(salesforceFile());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.next();
        again.next();
        QTRY_VERIFY(again.checkPage()->isFinished());
        QCOMPARE(again.session().check->imported, 0);
        QCOMPARE(again.session().check->unchanged, done.imported);
        QVERIFY(!nextEnabled(again)); // nothing would change
    }

    // The import writes on a connection of its own: while it runs, with every row written but not yet committed, the
    // window's connection still sees the database as it was (the lists never show rows that a Cancel could take
    // back), and a Cancel clicked at that last moment still rolls everything back.
    void windowSeesOnlyWhatIsCommitted_data()
    {
        QTest::addColumn<bool>("cancelAtTheEnd");
        QTest::newRow("imported") << false;
        QTest::newRow("cancelled after the last row") << true;
    }

    void windowSeesOnlyWhatIsCommitted()
    {
        QFETCH(bool, cancelAtTheEnd);
        TestDatabase t;
        const User lead = makeUser(t.db, Role::Lead);
        ImportWizard wizard(t.db, lead);
        QVERIFY(checked(wizard));

        qint64 seenAtTheEnd = -1;
        connect(wizard.runner(), &ImportRunner::progressed, this, [&](int percent) {
            if (percent == 100 && wizard.runner()->isRunning() && seenAtTheEnd < 0) {
                seenAtTheEnd = DatabaseStats::read(t.db)->deals;
                if (cancelAtTheEnd) {
                    QTest::mouseClick(wizard.runPage()->cancelButton(), Qt::LeftButton);
                }
            }
        });
        wizard.next();
        QTRY_VERIFY(wizard.runPage()->isFinished());
        QCOMPARE(seenAtTheEnd, 0);
        if (cancelAtTheEnd) {
            QCOMPARE(labelText(*wizard.runPage(), "importStatus"),
                     QStringLiteral("Import cancelled; nothing was changed."));
            QCOMPARE(DatabaseStats::read(t.db)->deals, 0);
        } else {
            QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
            QVERIFY(wizard.session().result.has_value());
            QCOMPARE(DatabaseStats::read(t.db)->deals, wizard.session().result->imported);
            QVERIFY(wizard.session().result->imported > 0);
        }
    }

    void cancelLeavesDatabaseUnchanged()
    {
        TestDatabase t;
        const User lead = makeUser(t.db, Role::Lead);
        const qint64 usersBefore = UserService(t.db).all()->size();
        ImportWizard wizard(t.db, lead);
        QVERIFY(checked(wizard));
        QVERIFY(nextEnabled(wizard));

        // The user clicks Cancel import while the import runs: Back and Next are off meanwhile.
        bool clicked = false;
        bool buttonsOff = false;
        connect(wizard.runner(), &ImportRunner::progressed, this, [&] {
            QPushButton* cancel = wizard.runPage()->cancelButton();
            if (!clicked && wizard.runner()->isRunning() && cancel->isEnabled()) {
                buttonsOff = !wizard.button(QWizard::BackButton)->isEnabled() &&
                             !wizard.button(QWizard::CommitButton)->isEnabled();
                clicked = true;
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        });
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QTRY_VERIFY(wizard.runPage()->isFinished());
        QVERIFY(clicked);
        QVERIFY(buttonsOff);
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QCOMPARE(labelText(*wizard.runPage(), "importStatus"),
                 QStringLiteral("Import cancelled; nothing was changed."));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(wizard.isVisible());

        QVERIFY(dealTitles(t.db).isEmpty());
        QCOMPARE(DatabaseStats::read(t.db)->deals, 0);
        QCOMPARE(UserService(t.db).all()->size(), usersBefore); // no sales rep was added either
    }

    void escapeDuringCheckCancelsInsteadOfClosing()
    {
        TestDatabase t;
        const User lead = makeUser(t.db, Role::Lead);
        ImportWizard wizard(t.db, lead);
        wizard.setFilePath(salesforceFile());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        bool pressed = false;
        connect(wizard.runner(), &ImportRunner::progressed, this, [&] {
            if (!pressed && wizard.runner()->isRunning()) {
                pressed = true;
                QTest::keyClick(&wizard, Qt::Key_Escape);
            }
        });
        wizard.next();
        QTRY_VERIFY(wizard.checkPage()->isFinished());
        QVERIFY(pressed);
        QVERIFY(wizard.isVisible());
        QCOMPARE(labelText(*wizard.checkPage(), "checkStatus"), QStringLiteral("The check was cancelled."));
        QVERIFY(!nextEnabled(wizard));
        QTest::keyClick(&wizard, Qt::Key_Escape); // nothing runs now: Esc closes
        QVERIFY(!wizard.isVisible());
    }

    // The import's connection of its own cannot reach a database held in memory: the user is told, nothing runs.
    void inMemoryDatabaseIsRefused()
    {
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        auto user = UserService(db).create(QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead);
        QVERIFY(user);
        ImportWizard wizard(db, *user);
        QVERIFY(checked(wizard));
        QCOMPARE(labelText(*wizard.checkPage(), "checkStatus"), QStringLiteral("The file could not be checked."));
        const QString message = labelText(*wizard.checkPage(), "checkMessage");
        QVERIFY2(message.contains(QStringLiteral("held in memory")), qPrintable(message));
        QVERIFY(!nextEnabled(wizard));
    }

    void supportRepIsRefused()
    {
        TestDatabase t;
        const User support = makeUser(t.db, Role::Support);
        ImportWizard wizard(t.db, support);
        QVERIFY(checked(wizard));
        QVERIFY(!nextEnabled(wizard));
        const QString message = labelText(*wizard.checkPage(), "checkMessage");
        QVERIFY2(message.contains(QStringLiteral("cannot import")), qPrintable(message));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
