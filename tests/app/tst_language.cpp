// Switching the language: Preferences stores the choice, and the workstation comes up in that language.
#include "core/TestDatabase.h"
#include "dialogs/PreferencesDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationPanel.h"
#include "workflow/UserService.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace handoff;

class TestLanguage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HandoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
        QSettings().clear();
    }

    void preferencesStoreTheChosenLanguage()
    {
        TestDatabase t;
        const User lead =
            UserService(t.db).create(QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead).value();
        PreferencesDialog dialog(t.db, lead);
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(language);
        const int german = language->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        QCOMPARE(language->itemText(german), QStringLiteral("Deutsch")); // named in itself
        // The system's choice names the system's language, and no empty brackets where it has no name (the C locale).
        QVERIFY2(!language->itemText(0).contains(QLatin1String("()")), qPrintable(language->itemText(0)));
        // The database field's label gives it the Alt+D shortcut rather than showing a literal '&'.
        auto* databaseField = dialog.findChild<QLineEdit*>(QStringLiteral("defaultDatabaseEdit"));
        QVERIFY(databaseField);
        bool labelled = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->buddy() == databaseField) {
                labelled = true;
                QVERIFY2(label->text().startsWith(QLatin1Char('&')), qPrintable(label->text()));
            }
        }
        QVERIFY(labelled);
        language->setCurrentIndex(german);
        // The dialog says the change shows at the next start.
        bool told = false;
        QTimer::singleShot(0, [&told] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                told = true;
                box->accept();
            }
        });
        dialog.accept();
        QVERIFY(told);
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    }

    void theWorkstationSpeaksGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("handoff"), QStringLiteral("_"),
                            QStringLiteral(HANDOFF_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&german));
        TestDatabase t;
        const User rep = UserService(t.db)
                             .create(QStringLiteral("Rita Rep"), QStringLiteral("rita@example.com"), Role::Sales)
                             .value();
        {
            MainWindow window(t.db, rep);
            const QString file = window.menuBar()->actions().first()->text();
            QCOMPARE(file, german.translate("handoff::MainWindow", "&File"));
            QVERIFY(file != QLatin1String("&File"));
            const QString queue = window.navigation()->item(NavigationPanel::ReviewQueue)->text();
            QVERIFY(!queue.isEmpty());
            QVERIFY2(queue != QLatin1String("Review queue"), qPrintable(queue));
            // The side bar is wide enough for its longest place name in German, with nothing cut off.
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY2(window.navigation()->viewport()->width() >= window.navigation()->sizeHintForColumn(0),
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(window.navigation()->viewport()->width())
                                    .arg(window.navigation()->sizeHintForColumn(0))));
        }
        QCoreApplication::removeTranslator(&german);
        MainWindow english(t.db, rep);
        QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
