// Customer satisfaction in the deal editor: who may record a score and when, the dialog that takes it (a score from 1
// to 5 and nothing else), and the score shown on the Overview afterwards.
#include "core/PromiseTestWorld.h"
#include "deals/DealSession.h"
#include "editor/CsatDialog.h"
#include "editor/DealEditor.h"
#include "editor/HandoffActionsPanel.h"
#include "editor/OverviewTab.h"
#include "metrics/CsatService.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace handoff;
using namespace promisetest;

namespace {

// Runs act on the next modal dialog of type T once it shows (it opens from inside a button's click).
template <typename T>
void whenModal(const std::function<void(T*)>& act)
{
    auto* timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, act] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (dialog) {
            act(dialog);
        }
        if (dialog || ++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

QPushButton* okOf(CsatDialog& dialog)
{
    return dialog.buttons()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestCsatDialog : public QObject {
    Q_OBJECT

private slots:
    void theScoreIsOneToFiveAndNothingElse()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Fulfilled);
        DealSession session(w.db, w.user(QStringLiteral("support")), id);
        CsatDialog dialog(session, QStringLiteral("Acme rollout"), kToday.addDays(-3), std::nullopt);
        dialog.show();
        QSpinBox* score = dialog.scoreEdit();
        // Nothing chosen yet: no score to record.
        QCOMPARE(score->value(), 0);
        QVERIFY(!okOf(dialog)->isEnabled());

        score->setFocus();
        score->selectAll();
        QTest::keyClicks(score, QStringLiteral("6"));
        QVERIFY(score->value() != 6);
        QVERIFY(!okOf(dialog)->isEnabled());

        score->selectAll();
        QTest::keyClicks(score, QStringLiteral("0"));
        QCOMPARE(score->value(), 0);
        QVERIFY(!okOf(dialog)->isEnabled());
        QVERIFY(!CsatService(w.db).forDeal(id)->has_value());

        score->selectAll();
        QTest::keyClicks(score, QStringLiteral("5"));
        QCOMPARE(score->value(), 5);
        QVERIFY(okOf(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("csatMeaning"))->text().contains(QLatin1String("satisfied")));
        // Beyond the top the value stays at 5.
        QTest::keyClick(score, Qt::Key_Up);
        QCOMPARE(score->value(), 5);
    }

    void aScoreIsRecordedAndShownOnTheOverview()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Fulfilled);
        DealEditor editor(w.db, w.user(QStringLiteral("support")), id);
        editor.show();
        auto* overview = editor.findChild<OverviewTab*>();
        QVERIFY(overview);
        QVERIFY(!overview->csatLabel()->isHidden());
        QCOMPARE(overview->csatLabel()->text(), QStringLiteral("Not recorded yet"));
        QPushButton* button = overview->actions()->csatButton();
        QVERIFY(!button->isHidden());
        QVERIFY(button->isEnabled());

        bool shown = false;
        whenModal<CsatDialog>([&shown](CsatDialog* dialog) {
            shown = true;
            dialog->scoreEdit()->setValue(4);
            dialog->dateEdit()->setDate(kToday.addDays(-1));
            dialog->noteEdit()->setPlainText(QStringLiteral("Happy with the rollout"));
            okOf(*dialog)->click();
        });
        button->click();
        QVERIFY(shown);

        const auto stored = CsatService(w.db).forDeal(id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->score, 4);
        QCOMPARE((*stored)->ratedOn, kToday.addDays(-1));
        QCOMPARE((*stored)->note, QStringLiteral("Happy with the rollout"));
        const QString text = overview->csatLabel()->text();
        QVERIFY2(text.startsWith(QLatin1String("4 of 5")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(kToday.addDays(-1), QLocale::ShortFormat)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Happy with the rollout")), qPrintable(text));

        // A second score replaces the first; the dialog starts from the one recorded.
        whenModal<CsatDialog>([](CsatDialog* dialog) {
            QCOMPARE(dialog->scoreEdit()->value(), 4);
            dialog->scoreEdit()->setValue(2);
            okOf(*dialog)->click();
        });
        button->click();
        QCOMPARE((*CsatService(w.db).forDeal(id))->score, 2);
        QVERIFY(overview->csatLabel()->text().startsWith(QLatin1String("2 of 5")));
    }

    void cancellingRecordsNothing()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Fulfilled);
        DealEditor editor(w.db, w.user(QStringLiteral("lead")), id);
        auto* overview = editor.findChild<OverviewTab*>();
        QVERIFY(overview->actions()->csatButton()->isEnabled());
        whenModal<CsatDialog>([](CsatDialog* dialog) {
            dialog->scoreEdit()->setValue(3);
            dialog->reject();
        });
        overview->actions()->csatButton()->click();
        QVERIFY(!CsatService(w.db).forDeal(id)->has_value());
        QCOMPARE(overview->csatLabel()->text(), QStringLiteral("Not recorded yet"));
    }

    void aSalesRepCannotRecordOneAndSeesWhy()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Fulfilled);
        DealEditor editor(w.db, w.user(QStringLiteral("rep")), id);
        QPushButton* button = editor.findChild<OverviewTab*>()->actions()->csatButton();
        QVERIFY(!button->isHidden());
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QLatin1String("support owner")), qPrintable(button->toolTip()));

        // Another support rep than the owner is refused the same way.
        DealEditor other(w.db, w.user(QStringLiteral("other support")), id);
        QVERIFY(!other.findChild<OverviewTab*>()->actions()->csatButton()->isEnabled());
    }

    void onlyAFulfilledDealAsksForIt()
    {
        World w;
        const qint64 id = w.deal(HandoffState::Accepted);
        DealEditor editor(w.db, w.user(QStringLiteral("support")), id);
        auto* overview = editor.findChild<OverviewTab*>();
        QVERIFY(overview->actions()->csatButton()->isHidden());
        QVERIFY(overview->csatLabel()->isHidden());
    }
};

QTEST_MAIN(TestCsatDialog)
#include "tst_csatdialog.moc"
