// The search field as a user drives it: type, see the hits under the field, choose one with the keyboard or the
// mouse, and the host hears which deal to open.

#include "core/TestDatabase.h"
#include "search/SearchField.h"
#include "search/SearchHitModel.h"
#include "storage/Stores.h"
#include "workflow/DealService.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace handoff;

namespace {

struct Fixture {
    TestDatabase t;
    User rep;
    qint64 zebraDeal = 0;
    qint64 yakDeal = 0;
    qint64 stripesDeal = 0; // Zebra's newest deal, which its account and contact hits open

    Fixture()
    {
        rep = *Seed<UserStore>(t.db).create(
            User{0, 0, QStringLiteral("Rita Rep"), QStringLiteral("rita@example.com"), Role::Sales, true});
        zebraDeal = deal(QStringLiteral("Zebra Inc"), QStringLiteral("Zebra rollout"));
        yakDeal = deal(QStringLiteral("Yak Farms"), QStringLiteral("Yak pilot"));
        stripesDeal = deal(QStringLiteral("Zebra Inc"), QStringLiteral("Stripes expansion"));
    }

    qint64 deal(const QString& account, const QString& title)
    {
        NewDeal draft;
        draft.accountName = account;
        draft.title = title;
        draft.closedOn = QDate(2025, 11, 3);
        auto created = DealService(t.db).create(rep, draft);
        if (!created) {
            qFatal("cannot create deal: %s", qPrintable(created.error().fullText()));
        }
        return created->id;
    }
};

// A field on screen with the keyboard focus, as after Ctrl+K.
bool showFocused(SearchField& field)
{
    field.resize(400, field.sizeHint().height());
    field.show();
    field.activateWindow();
    if (!QTest::qWaitForWindowActive(&field)) {
        return false;
    }
    field.setFocus(Qt::ShortcutFocusReason);
    return field.hasFocus();
}

} // namespace

class TestSearchField : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void looksLikeASearchField()
    {
        Fixture f;
        SearchField field(f.t.db);
        QCOMPARE(field.objectName(), QStringLiteral("searchField"));
        QCOMPARE(field.placeholderText(), QStringLiteral("Search deals, accounts, contacts, promises (Ctrl+K)"));
        QVERIFY(field.isClearButtonEnabled());
        QVERIFY(!field.accessibleName().isEmpty());
        QVERIFY(!field.toolTip().isEmpty());
        QCOMPARE(field.resultList()->objectName(), QStringLiteral("searchResults"));
        QVERIFY(!field.resultList()->isVisible());
    }

    void downAndEnterOpenTheFirstHit()
    {
        Fixture f;
        SearchField field(f.t.db);
        QAbstractItemModelTester tester(field.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(showFocused(field));
        QSignalSpy opened(&field, &SearchField::dealActivated);

        QTest::keyClicks(&field, QStringLiteral("zeb"));
        QTRY_VERIFY(field.resultList()->isVisible());
        QVERIFY(field.hasFocus()); // typing goes on in the field
        QVERIFY(field.resultList()->geometry().top() >= field.mapToGlobal(QPoint(0, field.height())).y());
        // Deals first, the best match on top (its title and its account match), then the account.
        QCOMPARE(field.results()->rowCount(), 3);
        QCOMPARE(field.results()->index(0, 0).data().toString(), QStringLiteral("Zebra rollout"));
        QCOMPARE(field.results()->index(1, 0).data().toString(), QStringLiteral("Stripes expansion"));
        QCOMPARE(field.results()->index(2, 0).data().toString(), QStringLiteral("Zebra Inc"));
        QCOMPARE(field.results()->index(2, 0).data(SearchHitModel::KindLabelRole).toString(),
                 QStringLiteral("Account"));

        QTest::keyClick(&field, Qt::Key_Down);
        QCOMPARE(field.resultList()->currentIndex().row(), 0);
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), f.zebraDeal);
        QVERIFY(!field.resultList()->isVisible());
        QCOMPARE(field.text(), QStringLiteral("zeb")); // what was typed stays, to refine or reuse
    }

    void theAccountHitOpensItsDeal()
    {
        Fixture f;
        SearchField field(f.t.db);
        QVERIFY(showFocused(field));
        QSignalSpy opened(&field, &SearchField::dealActivated);
        QTest::keyClicks(&field, QStringLiteral("zebra"));
        QTRY_VERIFY(field.resultList()->isVisible());
        QCOMPARE(field.results()->rowCount(), 3);
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(&field, Qt::Key_Down); // past the last hit stays on it
        }
        QCOMPARE(field.resultList()->currentIndex().row(), 2);
        QTest::keyClick(&field, Qt::Key_Up);
        QCOMPARE(field.resultList()->currentIndex().row(), 1);
        QTest::keyClick(&field, Qt::Key_Down);
        QTest::keyClick(&field, Qt::Key_Enter);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), f.stripesDeal);
    }

    void enterRightAfterTypingOpensTheBestHit()
    {
        Fixture f;
        SearchField field(f.t.db);
        QVERIFY(showFocused(field));
        QSignalSpy opened(&field, &SearchField::dealActivated);
        // Faster than the delay: Enter searches at once instead of acting on an old list.
        QTest::keyClicks(&field, QStringLiteral("yak"));
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), f.yakDeal);
    }

    void aClickOpensAHit()
    {
        Fixture f;
        SearchField field(f.t.db);
        QVERIFY(showFocused(field));
        QSignalSpy opened(&field, &SearchField::dealActivated);
        QTest::keyClicks(&field, QStringLiteral("yak pil"));
        QTRY_VERIFY(field.resultList()->isVisible());
        QListView* list = field.resultList();
        const QModelIndex first = list->model()->index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("Yak pilot"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), f.yakDeal);
    }

    void noMatchesSaysSo()
    {
        Fixture f;
        SearchField field(f.t.db);
        QVERIFY(showFocused(field));
        QSignalSpy opened(&field, &SearchField::dealActivated);
        QTest::keyClicks(&field, QStringLiteral("quetzal"));
        QTRY_VERIFY(field.resultList()->isVisible());
        QCOMPARE(field.results()->rowCount(), 1);
        QVERIFY(field.results()->index(0, 0).data(SearchHitModel::IsMessageRole).toBool());
        QVERIFY(field.results()->index(0, 0).data().toString().contains(QStringLiteral("No matches")));
        QVERIFY(!(field.results()->flags(field.results()->index(0, 0)) & Qt::ItemIsSelectable));
        QTest::keyClick(&field, Qt::Key_Down);
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(opened.count(), 0);
    }

    void escapeClosesTheListThenClears()
    {
        Fixture f;
        SearchField field(f.t.db);
        QVERIFY(showFocused(field));
        QTest::keyClicks(&field, QStringLiteral("zebra"));
        QTRY_VERIFY(field.resultList()->isVisible());
        QTest::keyClick(&field, Qt::Key_Escape);
        QVERIFY(!field.resultList()->isVisible());
        QCOMPARE(field.text(), QStringLiteral("zebra"));
        QTest::keyClick(&field, Qt::Key_Down); // opens the list again
        QVERIFY(field.resultList()->isVisible());
        QTest::keyClick(&field, Qt::Key_Escape);
        QTest::keyClick(&field, Qt::Key_Escape);
        QVERIFY(field.text().isEmpty());
        QVERIFY(!field.resultList()->isVisible());
    }

    void theListFollowsTheText()
    {
        Fixture f;
        SearchField field(f.t.db);
        QVERIFY(showFocused(field));
        QTest::keyClicks(&field, QStringLiteral("zebra"));
        QTRY_VERIFY(field.resultList()->isVisible());
        field.selectAll();
        QTest::keyClicks(&field, QStringLiteral("yak"));
        QTRY_COMPARE(field.results()->index(0, 0).data().toString(), QStringLiteral("Yak pilot"));
        field.clear(); // the clear button
        QVERIFY(!field.resultList()->isVisible());
        QCOMPARE(field.results()->rowCount(), 0);
    }

    void hostileTextIsSearchedForLiterally()
    {
        Fixture f;
        SearchField field(f.t.db);
        QVERIFY(showFocused(field));
        QTest::keyClicks(&field, QStringLiteral("\"zebra\" OR NEAR(* -x <b>"));
        QTRY_VERIFY(field.resultList()->isVisible());
        QVERIFY(field.results()->index(0, 0).data().toString().contains(QStringLiteral("No matches")));
    }

    void anErrorIsShownInTheList()
    {
        Fixture f;
        QVERIFY(f.t.db.exec(QStringLiteral("DROP TABLE promises_fts")));
        SearchField field(f.t.db);
        QVERIFY(showFocused(field));
        QTest::keyClicks(&field, QStringLiteral("zebra"));
        QTRY_VERIFY(field.resultList()->isVisible());
        QCOMPARE(field.results()->rowCount(), 1);
        QVERIFY(field.results()->index(0, 0).data(SearchHitModel::IsMessageRole).toBool());
        const QString message = field.results()->index(0, 0).data().toString();
        QVERIFY2(message.contains(QStringLiteral("search")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("promises_fts")), qPrintable(message));
    }

    void leavingTheFieldClosesTheList()
    {
        Fixture f;
        QWidget window;
        auto* field = new SearchField(f.t.db, &window);
        auto* other = new QLineEdit(&window);
        other->move(0, 60);
        window.resize(400, 120);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("zebra"));
        QTRY_VERIFY(field->resultList()->isVisible());
        other->setFocus();
        QVERIFY(!field->resultList()->isVisible());
    }
};

QTEST_MAIN(TestSearchField)
#include "tst_searchfield.moc"
