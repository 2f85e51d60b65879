// 'handoff --profile': each key press, click and wheel turn timed on the GUI thread until the event loop waits again.

#include "widgets/InteractionProfile.h"

#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

using namespace handoff;

// Runs the event loop as the application does, waiting for events (QTest::qWait only polls, and never waits).
static void runEventLoop(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

class TestInteractionProfile : public QObject {
    Q_OBJECT

private slots:
    void timesEachInteractionUntilTheEventLoopWaits()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* search = new QLineEdit(&window);
        search->setObjectName(QStringLiteral("searchField"));
        auto* slow = new QPushButton(QStringLiteral("Slow"), &window);
        slow->setObjectName(QStringLiteral("slowButton"));
        layout->addWidget(search);
        layout->addWidget(slow);
        // The click's work goes on in a slot queued for later: still the GUI thread's time for this interaction.
        constexpr int kWorkMs = 30;
        QObject::connect(slow, &QPushButton::clicked, &window,
                         [&window] { QTimer::singleShot(0, &window, [] { QThread::msleep(kWorkMs); }); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList lines;
        {
            InteractionProfile profile([&lines](const QString& line) { lines.append(line); });
            search->setFocus();
            QTest::keyClick(search, Qt::Key_A);
            runEventLoop(20);
            QTest::mousePress(slow, Qt::LeftButton);
            runEventLoop(20);
            QTest::mouseRelease(slow, Qt::LeftButton);
            runEventLoop(100);

            const QList<InteractionProfile::Interaction>& done = profile.interactions();
            QCOMPARE(done.size(), 3); // the key press, the button's press, its release (the click)
            QCOMPARE(done.at(0).what, QStringLiteral("key press 'A' in QLineEdit 'searchField'"));
            QCOMPARE(done.at(1).kind, QStringLiteral("mouse press in QPushButton 'slowButton'"));
            QCOMPARE(done.at(2).kind, QStringLiteral("mouse release in QPushButton 'slowButton'"));
            // A lower bound, not a speed target: the release's time includes the work its click queued.
            QVERIFY2(done.at(2).milliseconds >= kWorkMs, qPrintable(QString::number(done.at(2).milliseconds)));
            QCOMPARE(lines.size(), 3);
            QVERIFY2(lines.at(0).endsWith(QLatin1String(" ms  key press 'A' in QLineEdit 'searchField'")),
                     qPrintable(lines.at(0)));
        }
        // When the profile ends it sums up per kind of interaction, slowest first.
        QCOMPARE(lines.size(), 3 + 1 + 3);
        QVERIFY2(lines.at(4).startsWith(QStringLiteral("1 × mouse release in QPushButton 'slowButton', median ")),
                 qPrintable(lines.at(4)));
    }

    // Work a timer starts (a search typed ahead) is timed on its own, and listed only when it holds the thread up.
    void listsATimersWorkWhenItHoldsTheThreadUp()
    {
        QWidget window;
        window.setObjectName(QStringLiteral("searchField"));
        QTimer typeAhead(&window);
        typeAhead.setSingleShot(true);
        QTimer blink(&window);
        blink.setSingleShot(true);
        QObject::connect(&typeAhead, &QTimer::timeout, &window, [] { QThread::msleep(20); });
        QObject::connect(&blink, &QTimer::timeout, &window, [] {});
        QStringList lines;
        InteractionProfile profile([&lines](const QString& line) { lines.append(line); });
        blink.start(1);
        runEventLoop(30);
        typeAhead.start(1);
        runEventLoop(60);
        QCOMPARE(profile.interactions().size(), 1);
        const InteractionProfile::Interaction& work = profile.interactions().constFirst();
        QVERIFY(work.timer);
        QCOMPARE(work.kind, QStringLiteral("timer in QWidget 'searchField'"));
        QVERIFY2(work.milliseconds >= 20, qPrintable(QString::number(work.milliseconds)));
    }
};

QTEST_MAIN(TestInteractionProfile)
#include "tst_interactionprofile.moc"
