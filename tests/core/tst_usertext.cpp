// The rules for text people type, in one place: which characters the doors refuse, what output shows instead of a
// control character, and isolation that keeps a name's direction or a lone override inside the name, as Qt lays it
// out on screen and in reports.

#include "model/UserText.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextLayout>

using namespace handoff;

namespace {

const QChar kFsi(0x2068);
const QChar kPdi(0x2069);
const QChar kRlo(0x202E);

// text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
QString inIsolate(const QString& text)
{
    return kFsi + text + kPdi;
}

// The x position at which each character of text starts when Qt lays it out as one line, left to right.
QList<qreal> positions(const QString& text)
{
    QTextLayout layout(text);
    QTextOption option;
    option.setTextDirection(Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(100000);
    layout.endLayout();
    QList<qreal> xs;
    for (qsizetype i = 0; i < text.size(); ++i) {
        xs.append(line.cursorToX(int(i)));
    }
    return xs;
}

// Whether the characters of text[from, from + length) stand left to right in the laid-out line.
bool readsLeftToRight(const QString& text, qsizetype from, qsizetype length)
{
    const QList<qreal> xs = positions(text);
    for (qsizetype i = from + 1; i < from + length; ++i) {
        if (xs.at(i) <= xs.at(i - 1)) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestUserText : public QObject {
    Q_OBJECT

private slots:
    void controlCharactersAreFound()
    {
        QCOMPARE(UserText::controls(QStringLiteral("plain text")), QList<qsizetype>());
        QCOMPARE(UserText::controls(QStringLiteral("tab\tand\r\nbreaks")), QList<qsizetype>());
        const QString mixed = QStringLiteral("a") + QChar(0) + QStringLiteral("b\x1B") + QChar(0x7F) + QChar(0x85) +
                              QChar(0x9F) + QChar(0xA0);
        QCOMPARE(UserText::controls(mixed), (QList<qsizetype>{1, 3, 4, 5, 6}));
        // Bidi formatting and other invisible format characters are text, not controls.
        QCOMPARE(UserText::controls(QStringLiteral("a\u202Eb\u2066c\u200Fd\u00ADe")), QList<qsizetype>());
        // A character beyond U+FFFF whose low surrogate would look like nothing special stays whole.
        QCOMPARE(UserText::controls(QStringLiteral("🚀")), QList<qsizetype>());
    }

    void controlProblemNamesCharacterAndPosition()
    {
        QCOMPARE(UserText::controlProblem(QStringLiteral("fine"), QStringLiteral("The name")), QString());
        const QString name = QStringLiteral("Invoice") + QChar(0) + QStringLiteral("x");
        QCOMPARE(UserText::controlProblem(name, QStringLiteral("The name")),
                 QStringLiteral("The name contains an invisible control character, U+0000, at position 8; remove it."));
        QCOMPARE(UserText::codePointName(0x1B), QStringLiteral("U+001B"));
    }

    void withoutControlsReplacesOnlyControls()
    {
        const QString stored = QStringLiteral("a") + QChar(0) + QStringLiteral("\tb\nc\u202Ed") + QChar(0x9B);
        QCOMPARE(UserText::withoutControls(stored), QStringLiteral("a\uFFFD\tb\nc\u202Ed\uFFFD"));
        QCOMPARE(UserText::withoutControls(QStringLiteral("Acme")), QStringLiteral("Acme"));
    }

    void onlyTextThatNeedsItIsIsolated()
    {
        for (const QString& plain : {QString(), QStringLiteral("Acme, Inc."), QStringLiteral("Zoë \"Zed\" Rep"),
                                     QStringLiteral("张伟"), QStringLiteral("राजेश ✅"), QStringLiteral("🚀 42")}) {
            QCOMPARE(UserText::isolated(plain), plain);
        }
        QCOMPARE(UserText::isolated(QStringLiteral("شركة النور")), inIsolate(QStringLiteral("شركة النور")));
        QCOMPARE(UserText::isolated(QStringLiteral("Invoice\u202Egpj.exe")),
                 inIsolate(QStringLiteral("Invoice\u202Egpj.exe")));
        QCOMPARE(UserText::isolated(QStringLiteral("left\u200Emark")), inIsolate(QStringLiteral("left\u200Emark")));
        // Right-to-left letters beyond U+FFFF (Adlam) count too.
        const QString adlam = QString::fromUcs4(U"\U0001E900\U0001E901");
        QCOMPARE(UserText::isolated(adlam), inIsolate(adlam));
    }

    void isolatesAreBalanced()
    {
        // A stray PDI would close the isolate early and let the override after it loose: it gets an isolate of its
        // own. An isolate the text opens is closed before the isolate around it.
        QCOMPARE(UserText::isolated(QStringLiteral("a\u2069\u202Eb")),
                 inIsolate(kFsi + QStringLiteral("a\u2069\u202Eb")));
        QCOMPARE(UserText::isolated(QStringLiteral("a\u2067b")), inIsolate(QStringLiteral("a\u2067b") + kPdi));
        QCOMPARE(UserText::isolated(QStringLiteral("\u2066a\u2069")), inIsolate(QStringLiteral("\u2066a\u2069")));
    }

    void eachLineIsIsolatedOnItsOwn()
    {
        // The bidi algorithm ends every isolate at a paragraph's end, so one isolate around two lines would leave the
        // second line's override open.
        QCOMPARE(
            UserText::isolated(QStringLiteral("one\n\u202Etwo\r\nthree")),
            QString(QStringLiteral("one\n") + inIsolate(QStringLiteral("\u202Etwo")) + QStringLiteral("\r\nthree")));
    }

    void shownIsCleanAndIsolated()
    {
        QCOMPARE(UserText::shown(QStringLiteral("x\u202E") + QChar(0)), inIsolate(QStringLiteral("x\u202E\uFFFD")));
    }

    // What the isolate is for, checked on Qt's own layout engine: the text after a name with a lone U+202E reads
    // left to right again once the name is isolated, and the name itself looks as its writer made it look.
    void qtEndsTheOverrideAtTheIsolate()
    {
        const QString name = QStringLiteral("Invoice") + kRlo + QStringLiteral("gpj.exe");
        const QString after = QStringLiteral(" (Sponsor)");

        const QString raw = name + after;
        QVERIFY2(!readsLeftToRight(raw, name.size(), after.size()), "the override no longer spills over: check test");

        const QString isolated = UserText::isolated(name);
        const QString line = isolated + after;
        QVERIFY(readsLeftToRight(line, isolated.size(), after.size()));
        QVERIFY(readsLeftToRight(line, 1, QStringLiteral("Invoice").size()));
        // Inside the isolate the override still holds: "gpj.exe" is drawn reversed, as it would be on its own (a
        // cursor inside a right-to-left run stands at the right edge of the character after it: 'p' right of 'x').
        const QList<qreal> xs = positions(line);
        QVERIFY(xs.at(line.indexOf(u'p')) > xs.at(line.indexOf(u'x')));

        // Stray isolate characters in the name do not undo it.
        const QString sly = QStringLiteral("a\u2069\u202Eb");
        const QString slyLine = UserText::isolated(sly) + after;
        QVERIFY(readsLeftToRight(slyLine, slyLine.size() - after.size(), after.size()));
    }
};

QTEST_MAIN(TestUserText)
#include "tst_usertext.moc"
