// The deal list as a user works it: filter with the mouse, open a deal with Enter or a double-click, sort by clicking
// headers, get the list's order back after a restart, and read the badges on a light and a dark palette.

#include "DealFixture.h"
#include "deals/DealListFilterBar.h"
#include "deals/DealListView.h"
#include "models/DealListModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>

#include <cmath>

using namespace handoff;

namespace {

constexpr int kDeals = 60;

// A blocked promise on every fourth deal; only the open handoffs among them are flagged.
bool addFlags(Database& db)
{
    return db
        .exec(QStringLiteral("INSERT INTO promises (deal_id, kind, feasibility, due_on, created_at) "
                             "SELECT id, 'feature', 'blocked', '2030-01-01', '2024-05-01T00:00:00.000Z' "
                             "FROM deals WHERE id % 4 = 0"))
        .ok();
}

QList<qint64> flaggedIds(const Database& db)
{
    QList<qint64> ids;
    auto query = db.exec(QStringLiteral("SELECT id FROM deals WHERE id % 4 = 0 AND state NOT IN ('fulfilled', "
                                        "'cancelled') ORDER BY id"));
    while (query && query->next()) {
        ids.append(query->value(0).toLongLong());
    }
    return ids;
}

QList<qint64> shownIds(DealListView& view)
{
    DealListModel* model = view.model();
    while (model->canFetchMore(QModelIndex())) {
        model->fetchMore(QModelIndex());
    }
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.append(model->dealId(row));
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void clickHeader(QHeaderView* header, int section)
{
    const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

QPoint centreOf(QTableView* table, int row, int column)
{
    return table->visualRect(table->model()->index(row, column)).center();
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(37, 37, 38));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::AlternateBase, QColor(45, 45, 45));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(45, 45, 45));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(38, 79, 120));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    return dark;
}

// WCAG's relative luminance, for the contrast ratio a reader gets.
double luminance(const QColor& colour)
{
    const auto linear = [](float c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

} // namespace

class TestDealListView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HandoffTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_deallistview"));
    }

    void flaggedOnlyWithTheMouse()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        QVERIFY(addFlags(t.db));
        DealListView view(t.db);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(shownIds(view).size(), kDeals);
        auto* count = view.findChild<QLabel*>(QStringLiteral("dealCount"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("Deals: %1").arg(kDeals));

        auto* flagged = view.findChild<QCheckBox*>(QStringLiteral("flaggedOnly"));
        QVERIFY(flagged);
        QTest::mouseClick(flagged, Qt::LeftButton, {}, QPoint(8, flagged->height() / 2));
        QVERIFY(flagged->isChecked());
        const QList<qint64> expected = flaggedIds(t.db);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shownIds(view), expected);
        QCOMPARE(count->text(), QStringLiteral("Deals: %1").arg(expected.size()));
        const QModelIndex first = view.model()->index(0, DealListModel::FlaggedColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("1"));

        // Unticked, every deal is back.
        QTest::mouseClick(flagged, Qt::LeftButton, {}, QPoint(8, flagged->height() / 2));
        QCOMPARE(shownIds(view).size(), kDeals);
    }

    void stateAndRepCombosNarrowTheList()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        DealListView view(t.db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* state = view.findChild<QComboBox*>(QStringLiteral("stateFilter"));
        auto* rep = view.findChild<QComboBox*>(QStringLiteral("salesRepFilter"));
        QVERIFY(state && rep);
        QCOMPARE(state->count(), 7); // all states, then each state
        QCOMPARE(rep->count(), 4);   // all reps, then the three of the fixture

        state->setFocus();
        QTest::keyClick(state, Qt::Key_Down); // "Draft"
        QTest::keyClick(state, Qt::Key_Down); // "Submitted"
        QCOMPARE(state->currentText(), QStringLiteral("Submitted"));
        const QList<qint64> submitted = shownIds(view);
        QCOMPARE(submitted.size(), kDeals / 6);
        for (const qint64 id : submitted) {
            QCOMPARE((id - 1) % 6, 1); // fixture deal i is in state i % 6
        }
        rep->setFocus();
        QTest::keyClick(rep, Qt::Key_Down); // the first rep by name: Ana Ruiz, id 2
        QCOMPARE(rep->currentText(), QStringLiteral("Ana Ruiz"));
        for (const qint64 id : shownIds(view)) {
            QVERIFY((id - 1) % 6 == 1 && (id - 1) % 3 == 1);
        }
    }

    void enterOrDoubleClickOpensTheDeal()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        DealListView view(t.db);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView* table = view.table();
        QSignalSpy opened(&view, &DealListView::dealActivated);

        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centreOf(table, 2, DealListModel::TitleColumn));
        QCOMPARE(view.currentDealId(), view.model()->dealId(2));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(opened.count(), 0); // selecting is not opening
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.takeFirst().first().toLongLong(), view.model()->dealId(3));
        QTest::keyClick(table, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(opened.count(), 1);

        opened.clear();
        // As a window system delivers it: the first click, then the second press as a double-click.
        const QPoint fifth = centreOf(table, 5, DealListModel::AccountColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, fifth);
        QCOMPARE(opened.count(), 0);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, fifth);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), view.model()->dealId(5));
    }

    void kindsOfferWhatFits()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        DealListView view(t.db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const User support{9, 1, QStringLiteral("Kim"), {}, Role::Support, true};
        view.setKind(DealListKind::ReviewQueue, support);
        auto* state = view.findChild<QComboBox*>(QStringLiteral("stateFilter"));
        QVERIFY(!state->isEnabled());
        QCOMPARE(state->currentText(), QStringLiteral("Submitted"));
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(), int(DealListModel::SubmittedColumn));
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(shownIds(view).size(), kDeals / 6);

        const User sales{1, 1, QStringLiteral("Sam Lee"), {}, Role::Sales, true};
        view.setKind(DealListKind::MyHandoffs, sales);
        auto* rep = view.findChild<QComboBox*>(QStringLiteral("salesRepFilter"));
        QVERIFY(!rep->isEnabled());
        QCOMPARE(state->count(), 5); // all open states, then each of the four
        for (const qint64 id : shownIds(view)) {
            const int i = int(id - 1);
            QVERIFY(i % 3 == 0 && i % 6 < 4); // rep 1, not fulfilled or cancelled
        }
    }

    // At 1280 pixels the review queue shows first what support decides on (risk, what is due, how complete), not a
    // state column that says "Submitted" on every row; each list keeps its own columns, and the header's menu shows
    // a hidden one again.
    void eachListShowsWhatItsUserDecidesOnFirst()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        DealListView view(t.db);
        view.resize(1280 - 200, 600); // the side bar takes the rest of a 1280-pixel window
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView* header = view.table()->horizontalHeader();
        const auto fullyVisible = [header](int column) {
            return !header->isSectionHidden(column) &&
                   header->sectionViewportPosition(column) + header->sectionSize(column) <= header->viewport()->width();
        };
        const User support{9, 1, QStringLiteral("Kim"), {}, Role::Support, true};
        view.setKind(DealListKind::ReviewQueue, support);
        for (const int column : {DealListModel::TitleColumn, DealListModel::FlaggedColumn, DealListModel::NextDueColumn,
                                 DealListModel::CompletenessColumn}) {
            QVERIFY2(fullyVisible(column), qPrintable(view.model()->headerData(column, Qt::Horizontal).toString()));
        }
        QVERIFY(header->isSectionHidden(DealListModel::StateColumn));
        QVERIFY(header->isSectionHidden(DealListModel::SupportOwnerColumn));
        QVERIFY2(header->sectionSize(DealListModel::TitleColumn) >= 200, "the deal's title is squeezed");

        view.setKind(DealListKind::Fulfilment, support);
        QVERIFY(fullyVisible(DealListModel::AccountColumn));
        QVERIFY(fullyVisible(DealListModel::NextDueColumn));
        QVERIFY2(header->sectionSize(DealListModel::TitleColumn) >= 200, "the deal's title is squeezed");
        QVERIFY(header->isSectionHidden(DealListModel::StateColumn));

        view.setKind(DealListKind::AllDeals, support);
        QVERIFY(!header->isSectionHidden(DealListModel::StateColumn));
        header->setSectionHidden(DealListModel::ClockColumn, true); // the user's own choice for this list

        view.setKind(DealListKind::ReviewQueue, support);
        QVERIFY(header->isSectionHidden(DealListModel::StateColumn));
        QVERIFY(!header->isSectionHidden(DealListModel::ClockColumn));
        view.setKind(DealListKind::AllDeals, support);
        QVERIFY(header->isSectionHidden(DealListModel::ClockColumn)); // kept
    }

    // A click on a computed column does not sort; a click on a plain one does; each list keeps its own order.
    void headersSortWhereTheyCan()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        const QString ini = t.dir.filePath(QStringLiteral("settings.ini"));
        {
            DealListView view(t.db);
            view.resize(1400, 600);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QHeaderView* header = view.table()->horizontalHeader();
            clickHeader(header, DealListModel::FlaggedColumn);
            QCOMPARE(view.model()->sortColumn(), int(DealListModel::ClosedOnColumn));
            QCOMPARE(header->sortIndicatorSection(), int(DealListModel::ClosedOnColumn));
            clickHeader(header, DealListModel::AmountColumn);
            QCOMPARE(view.model()->sortColumn(), int(DealListModel::AmountColumn));
            QCOMPARE(view.model()->sortOrder(), Qt::DescendingOrder); // largest first
            header->resizeSection(DealListModel::AccountColumn, 321);

            view.setKind(DealListKind::ReviewQueue, User{});
            QCOMPARE(view.model()->sortColumn(), int(DealListModel::SubmittedColumn)); // its own order
            view.setKind(DealListKind::AllDeals, User{});
            QCOMPARE(view.model()->sortColumn(), int(DealListModel::AmountColumn)); // the order chosen for it
            QSettings settings(ini, QSettings::IniFormat);
            view.saveState(settings);
        }
        DealListView view(t.db);
        QSettings settings(ini, QSettings::IniFormat);
        view.restoreState(settings);
        QCOMPARE(view.model()->sortColumn(), int(DealListModel::AmountColumn));
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(), int(DealListModel::AmountColumn));
        QCOMPARE(view.table()->horizontalHeader()->sectionSize(DealListModel::AccountColumn), 321);
    }

    // The state badge is a tint of the palette's base, so the palette's text reads on it, light or dark.
    void datesAndAmountsShowWhole()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        DealListView view(t.db);
        view.resize(1400, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView* table = view.table();
        const int margins = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 2;
        // Every date of the loaded rows, and a date with wide digits, as the list writes them.
        QStringList dates{QLocale().toString(QDate(2026, 11, 28), QLocale::ShortFormat)};
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            dates << table->model()->index(row, DealListModel::ClosedOnColumn).data().toString();
        }
        for (const QString& date : std::as_const(dates)) {
            const int needed = table->fontMetrics().horizontalAdvance(date) + margins;
            QVERIFY2(table->columnWidth(DealListModel::ClosedOnColumn) >= needed,
                     qPrintable(QStringLiteral("'%1' needs %2 pixels, has %3")
                                    .arg(date)
                                    .arg(needed)
                                    .arg(table->columnWidth(DealListModel::ClosedOnColumn))));
        }
        const QString amount = QLocale().toString(4985240.0, 'f', 2) + QStringLiteral(" USD");
        QVERIFY(table->columnWidth(DealListModel::AmountColumn) >=
                table->fontMetrics().horizontalAdvance(amount) + margins);
    }

    void badgesFollowThePalette()
    {
        TestDatabase t;
        QVERIFY(fillDeals(t.db, kDeals));
        for (const bool dark : {false, true}) {
            DealListView view(t.db);
            QPalette palette = dark ? darkPalette() : QPalette(Qt::white);
            if (!dark) {
                palette.setColor(QPalette::Base, Qt::white);
                palette.setColor(QPalette::Text, Qt::black);
            }
            view.setPalette(palette);
            view.resize(1400, 400);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QTableView* table = view.table();
            const QImage image = table->viewport()->grab().toImage();
            const QRect cell = table->visualRect(table->model()->index(1, DealListModel::StateColumn));
            const int padding = table->fontMetrics().averageCharWidth();
            const QColor fill = image.pixelColor(cell.left() + padding + padding / 2 + 1, cell.center().y());
            const double text = luminance(palette.color(QPalette::Text));
            const double contrast = (std::max(luminance(fill), text) + 0.05) / (std::min(luminance(fill), text) + 0.05);
            QVERIFY2(contrast > 4.5,
                     qPrintable(QStringLiteral("badge %1 on %2 palette")
                                    .arg(fill.name(), dark ? QStringLiteral("dark") : QStringLiteral("light"))));
            QVERIFY(fill != palette.color(QPalette::Base)); // tinted, not blank
        }
    }
};

QTEST_MAIN(TestDealListView)
#include "tst_deallistview.moc"
