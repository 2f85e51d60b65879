// The capability catalog screen: a lead adds and edits capabilities through the dialog and sees them in the table,
// unsupported and planned entries are marked without relying on colour, every change undoes and redoes, the table
// sorts and filters, and everyone else sees it read-only.

#include "catalog/CapabilityTableModel.h"
#include "catalog/CatalogView.h"
#include "core/TestDatabase.h"
#include "storage/Stores.h"
#include "workflow/CatalogService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace handoff;

namespace {

const QDate kToday(2026, 11, 10);

// Acts on the next modal window named objectName once it is the active modal one; gives up after a few seconds.
void whenModal(const QString& objectName, std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("modalAnswer"));
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, tries, objectName, act] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == objectName) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        } else if (++*tries > 300) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

// Fills the capability dialog as a person does and presses OK; leaves it open when it stays open.
void fillCapability(QWidget* dialog, const QString& name, int statusIndex, int leadTime)
{
    auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    auto* status = dialog->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    status->setFocus();
    while (status->currentIndex() < statusIndex) {
        QTest::keyClick(status, Qt::Key_Down);
    }
    while (status->currentIndex() > statusIndex) {
        QTest::keyClick(status, Qt::Key_Up);
    }
    auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("leadTimeSpin"));
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(leadTime));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
}

void closeIfOpen(QWidget* dialog)
{
    if (dialog->isVisible()) {
        static_cast<QDialog*>(dialog)->reject();
    }
}

struct World {
    TestDatabase t;
    Database& db = t.db;
    User rep, lead;
    Capability saml;
    qint64 promiseId = 0;

    World()
    {
        db.setClock([] { return QDateTime(kToday, QTime(12, 0), Qt::LocalTime); });
        rep = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Rita Rep"), QStringLiteral("rita@example.com"), Role::Sales, true});
        lead = *Seed<UserStore>(db).create(
            User{0, 0, QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead, true});
        saml = *CatalogService(db).add(lead,
                                       Capability{0, 0, QStringLiteral("SAML single sign-on"),
                                                  QStringLiteral("Okta, Azure AD"), CapabilityStatus::Available, 10});
        QVERIFY(CatalogService(db).add(
            lead, Capability{0, 0, QStringLiteral("Audit log export"), {}, CapabilityStatus::Planned, 30}));
        QVERIFY(CatalogService(db).add(
            lead, Capability{0, 0, QStringLiteral("Custom SSO flows"), {}, CapabilityStatus::Unsupported, 0}));
        const qint64 account = Seed<AccountStore>(db).create(Account{0, 0, QStringLiteral("Acme"), {}, {}})->id;
        Deal deal;
        deal.accountId = account;
        deal.title = QStringLiteral("Acme rollout");
        deal.closedOn = kToday;
        deal.salesRepId = rep.id;
        const qint64 dealId = Seed<DealStore>(db).create(deal)->id;
        promiseId = promiseNaming(dealId, saml.id);
    }

    qint64 promiseNaming(qint64 dealId, qint64 capabilityId)
    {
        Promise p;
        p.dealId = dealId;
        p.capabilityId = capabilityId;
        p.description = QStringLiteral("Okta SSO at go-live");
        p.dueOn = kToday.addDays(60);
        p.promisedById = rep.id;
        return Seed<PromiseStore>(db).create(p)->id;
    }

    Feasibility feasibility() const { return PromiseStore(db).get(promiseId)->feasibility; }
};

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.index(row, column).data().toString());
    }
    return values;
}

int rowNamed(const CatalogView& view, const QString& name)
{
    return int(column(*view.model(), CapabilityTableModel::NameColumn).indexOf(name));
}

// Presses a key in the table as a person does: the window in front (a closed dialog hands activation back to it
// through the window manager, which the offscreen platform does not have) and the focus in the table.
void press(CatalogView& view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.table()->setFocus();
    QTest::keyClick(view.table(), key, modifiers);
}

void show(CatalogView& view)
{
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.table()->setFocus();
}

} // namespace

class TestCatalogView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // An answer that found no window must not fill in the next test's dialog.
    void cleanup() { qDeleteAll(qApp->findChildren<QTimer*>(QStringLiteral("modalAnswer"))); }

    void modelSortsFiltersAndMarks()
    {
        CapabilityTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapabilities(
            {{1, 1, QStringLiteral("beta thing"), {}, CapabilityStatus::Beta, 5},
             {2, 1, QStringLiteral("Alpha"), QStringLiteral("first\nsecond"), CapabilityStatus::Unsupported, 20},
             {3, 1, QStringLiteral("Gamma"), {}, CapabilityStatus::Planned, 1}});
        QCOMPARE(column(model, CapabilityTableModel::NameColumn),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta thing"), QStringLiteral("Gamma")}));
        model.sort(CapabilityTableModel::LeadTimeColumn, Qt::DescendingOrder);
        QCOMPARE(column(model, CapabilityTableModel::LeadTimeColumn),
                 (QStringList{QStringLiteral("20"), QStringLiteral("5"), QStringLiteral("1")}));
        model.sort(CapabilityTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, CapabilityTableModel::StatusColumn),
                 (QStringList{QStringLiteral("Beta"), QStringLiteral("Planned"), QStringLiteral("Unsupported")}));

        // Unsupported and planned: an icon, the word and bold type; nothing depends on a colour.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex status = model.index(row, CapabilityTableModel::StatusColumn);
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(!status.data(Qt::ForegroundRole).isValid());
            const bool flagged = row > 0;
            QCOMPARE(status.data(Qt::FontRole).isValid() && status.data(Qt::FontRole).value<QFont>().bold(), flagged);
        }
        QCOMPARE(model.index(2, CapabilityTableModel::DescriptionColumn).data().toString(), QStringLiteral("first"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setNameFilter(QStringLiteral("A"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3); // every name has an a, in some case
        model.setNameFilter(QStringLiteral("ALP"));
        QCOMPARE(column(model, CapabilityTableModel::NameColumn), QStringList{QStringLiteral("Alpha")});
        QCOMPARE(model.rowOf(3), -1);
        QCOMPARE(model.capability(0).id, qint64(2));
        model.setNameFilter(QString());
        QCOMPARE(model.rowCount(), 3);
    }

    void leadAddsACapabilityThroughTheDialog()
    {
        World w;
        CatalogView view(w.db, w.lead);
        show(view);
        QCOMPARE(view.model()->rowCount(), 3);

        bool checkedProblem = false;
        whenModal(QStringLiteral("capabilityDialog"), [&](QWidget* dialog) {
            // OK with no name: the dialog stays, the reason sits next to the name field.
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
            auto* problem = dialog->findChild<QLabel*>(QStringLiteral("nameProblem"));
            checkedProblem = dialog->isVisible() && problem->isVisible() &&
                             problem->text().contains(QStringLiteral("Give the capability a name"));
            fillCapability(dialog, QStringLiteral("SCIM provisioning"), int(CapabilityStatus::Beta), 15);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_Insert);
        QVERIFY(checkedProblem);

        const int row = rowNamed(view, QStringLiteral("SCIM provisioning"));
        QVERIFY(row >= 0);
        QCOMPARE(view.model()->rowCount(), 4);
        QCOMPARE(view.model()->index(row, CapabilityTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Beta"));
        QCOMPARE(view.model()->index(row, CapabilityTableModel::LeadTimeColumn).data().toInt(), 15);
        QCOMPARE(view.table()->selectionModel()->selectedRows().value(0).row(), row); // the new one is selected
        QCOMPARE(view.statusText(), QStringLiteral("Added 'SCIM provisioning' to the catalog"));

        // A name the catalog has already (in another case) is refused where it was typed; the dialog keeps it.
        QString refusal;
        whenModal(QStringLiteral("capabilityDialog"), [&](QWidget* dialog) {
            fillCapability(dialog, QStringLiteral("scim PROVISIONING"), 0, 0);
            refusal = dialog->findChild<QLabel*>(QStringLiteral("nameProblem"))->text();
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(),
                     QStringLiteral("scim PROVISIONING"));
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_N, Qt::ControlModifier); // Ctrl+N adds while the catalog has focus
        QVERIFY2(refusal.contains(QStringLiteral("already has a capability named")), qPrintable(refusal));
        QCOMPARE(view.model()->rowCount(), 4);
    }

    void editToUnsupportedIsMarkedAndRechecksPromises()
    {
        World w;
        CatalogView view(w.db, w.lead);
        show(view);
        QSignalSpy said(&view, &CatalogView::statusMessage);
        view.table()->selectRow(rowNamed(view, QStringLiteral("SAML single sign-on")));
        auto impact = std::make_shared<QStringList>();
        whenModal(QStringLiteral("capabilityDialog"), [impact](QWidget* dialog) {
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(),
                     QStringLiteral("SAML single sign-on"));
            // Before saving, the dialog says what the change would do to the promises that name the capability.
            auto* label = dialog->findChild<QLabel*>(QStringLiteral("impactLabel"));
            *impact << label->text();
            dialog->findChild<QComboBox*>(QStringLiteral("statusCombo"))
                ->setCurrentIndex(int(CapabilityStatus::Unsupported));
            *impact << label->text();
            fillCapability(dialog, QStringLiteral("SAML single sign-on"), int(CapabilityStatus::Unsupported), 10);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_F2);

        const int row = rowNamed(view, QStringLiteral("SAML single sign-on"));
        const QModelIndex status = view.model()->index(row, CapabilityTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Unsupported"));
        QVERIFY(status.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(view.statusText(),
                 QStringLiteral("Updated 'SAML single sign-on'; feasibility of open promises re-checked"));
        QCOMPARE(said.count(), 1);
        QCOMPARE(w.feasibility(), Feasibility::Blocked);
        QCOMPARE(*impact, (QStringList{QStringLiteral("1 open promise names this capability. Saving leaves their "
                                                      "feasibility as it is."),
                                       QStringLiteral("1 open promise names this capability. Saving: 1 become "
                                                      "blocked.")}));
    }

    void undoAndRedoEveryChange()
    {
        World w;
        CatalogView view(w.db, w.lead);
        show(view);
        view.table()->selectRow(rowNamed(view, QStringLiteral("SAML single sign-on")));
        whenModal(QStringLiteral("capabilityDialog"), [](QWidget* dialog) {
            fillCapability(dialog, QStringLiteral("SAML single sign-on"), int(CapabilityStatus::Unsupported), 10);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_Return); // Enter edits the selected row as well
        whenModal(QStringLiteral("capabilityDialog"), [](QWidget* dialog) {
            fillCapability(dialog, QStringLiteral("SCIM provisioning"), int(CapabilityStatus::Available), 5);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_Insert);
        QCOMPARE(view.undoStack()->count(), 2);
        QCOMPARE(view.undoStack()->undoText(), QStringLiteral("Add 'SCIM provisioning'"));

        const auto statusOf = [&view](const QString& name) {
            const int row = rowNamed(view, name);
            return row < 0 ? QString() : view.model()->index(row, CapabilityTableModel::StatusColumn).data().toString();
        };
        view.undoStack()->undo();
        QCOMPARE(rowNamed(view, QStringLiteral("SCIM provisioning")), -1);
        QCOMPARE(view.statusText(), QStringLiteral("Removed 'SCIM provisioning' from the catalog again"));
        view.undoStack()->undo();
        QCOMPARE(statusOf(QStringLiteral("SAML single sign-on")), QStringLiteral("Available"));
        QCOMPARE(w.feasibility(), Feasibility::Ok);
        QVERIFY(view.statusText().contains(QStringLiteral("feasibility of open promises re-checked")));

        view.undoStack()->redo();
        QCOMPARE(statusOf(QStringLiteral("SAML single sign-on")), QStringLiteral("Unsupported"));
        QCOMPARE(w.feasibility(), Feasibility::Blocked);
        view.undoStack()->redo();
        QCOMPARE(statusOf(QStringLiteral("SCIM provisioning")), QStringLiteral("Available"));

        // Edit the re-added entry, then undo all the way: the steps follow it to the row it has now.
        view.table()->selectRow(rowNamed(view, QStringLiteral("SCIM provisioning")));
        whenModal(QStringLiteral("capabilityDialog"), [](QWidget* dialog) {
            fillCapability(dialog, QStringLiteral("SCIM 2.0 provisioning"), int(CapabilityStatus::Beta), 5);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_F2);
        QCOMPARE(statusOf(QStringLiteral("SCIM 2.0 provisioning")), QStringLiteral("Beta"));
        view.undoStack()->undo();
        view.undoStack()->undo();
        view.undoStack()->undo();
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(statusOf(QStringLiteral("SAML single sign-on")), QStringLiteral("Available"));
        view.undoStack()->redo();
        view.undoStack()->redo();
        view.undoStack()->redo();
        QCOMPARE(statusOf(QStringLiteral("SCIM 2.0 provisioning")), QStringLiteral("Beta"));
        QCOMPARE(view.undoStack()->index(), 3);
    }

    void undoKeepsSomeoneElsesChange()
    {
        World w;
        CatalogView view(w.db, w.lead);
        show(view);
        view.table()->selectRow(rowNamed(view, QStringLiteral("SAML single sign-on")));
        whenModal(QStringLiteral("capabilityDialog"), [](QWidget* dialog) {
            fillCapability(dialog, QStringLiteral("SAML single sign-on"), int(CapabilityStatus::Beta), 10);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_F2);

        // Another lead changes the lead time meanwhile (another window, another Handoff).
        Capability theirs = *CapabilityStore(w.db).get(w.saml.id);
        theirs.leadTimeDays = 45;
        QVERIFY(CatalogService(w.db).update(w.lead, theirs));

        QString shown;
        whenModal(QStringLiteral("errorMessage"), [&shown](QWidget* box) {
            shown = static_cast<QMessageBox*>(box)->text();
            static_cast<QMessageBox*>(box)->accept();
        });
        view.undoStack()->undo();
        QVERIFY2(shown.contains(QStringLiteral("changed elsewhere")), qPrintable(shown));
        const Capability stored = *CapabilityStore(w.db).get(w.saml.id);
        QCOMPARE(stored.leadTimeDays, 45);
        QCOMPARE(stored.status, CapabilityStatus::Beta);
        QCOMPARE(view.undoStack()->count(), 0); // the refused step left the stack
    }

    void undoOfAnAddIsRefusedOncePromisesNameIt()
    {
        World w;
        CatalogView view(w.db, w.lead);
        show(view);
        whenModal(QStringLiteral("capabilityDialog"), [](QWidget* dialog) {
            fillCapability(dialog, QStringLiteral("SCIM provisioning"), int(CapabilityStatus::Available), 5);
            closeIfOpen(dialog);
        });
        press(view, Qt::Key_Insert);
        const qint64 scim = view.model()->capability(rowNamed(view, QStringLiteral("SCIM provisioning"))).id;
        w.promiseNaming(PromiseStore(w.db).get(w.promiseId)->dealId, scim);

        QString shown;
        whenModal(QStringLiteral("errorMessage"), [&shown](QWidget* box) {
            shown = static_cast<QMessageBox*>(box)->text();
            static_cast<QMessageBox*>(box)->accept();
        });
        view.undoStack()->undo();
        QVERIFY2(shown.contains(QStringLiteral("Promises name it: 1")), qPrintable(shown));
        QVERIFY(rowNamed(view, QStringLiteral("SCIM provisioning")) >= 0);
    }

    void salesRepSeesItReadOnly()
    {
        World w;
        CatalogView view(w.db, w.rep);
        show(view);
        const auto* add = view.findChild<QAction*>(QStringLiteral("addCapabilityAction"));
        const auto* edit = view.findChild<QAction*>(QStringLiteral("editCapabilityAction"));
        QVERIFY(add && edit);
        view.table()->selectRow(0);
        QVERIFY(!add->isEnabled());
        QVERIFY(!edit->isEnabled());
        QCOMPARE(add->toolTip(), QStringLiteral("Only team leads change the capability catalog."));
        QCOMPARE(edit->toolTip(), add->toolTip());
        QVERIFY(view.statusText().startsWith(QStringLiteral("Read-only")));

        // Neither keys nor a double-click open an editor.
        press(view, Qt::Key_Insert);
        press(view, Qt::Key_F2);
        press(view, Qt::Key_Return);
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(view.undoStack()->count(), 0);

        // The same view for a lead after switching user.
        view.setActor(w.lead);
        QVERIFY(add->isEnabled());
        QVERIFY(edit->isEnabled());
        QVERIFY(view.statusText().isEmpty());
    }

    void filterAndSortFromTheWidgets()
    {
        World w;
        CatalogView view(w.db, w.lead);
        show(view);
        auto* filter = view.findChild<QLineEdit*>(QStringLiteral("catalogFilter"));
        QTest::keyClicks(filter, QStringLiteral("sso"));
        QCOMPARE(column(*view.model(), CapabilityTableModel::NameColumn),
                 (QStringList{QStringLiteral("Custom SSO flows")}));
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Backspace);
        QCOMPARE(view.model()->rowCount(), 3);

        // A click on the lead time header sorts by it.
        QHeaderView* header = view.table()->horizontalHeader();
        const int x = header->sectionViewportPosition(CapabilityTableModel::LeadTimeColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QStringList leadTimes = column(*view.model(), CapabilityTableModel::LeadTimeColumn);
        if (header->sortIndicatorOrder() == Qt::DescendingOrder) {
            std::reverse(leadTimes.begin(), leadTimes.end());
        }
        QCOMPARE(leadTimes, (QStringList{QStringLiteral("0"), QStringLiteral("10"), QStringLiteral("30")}));
    }
};

QTEST_MAIN(TestCatalogView)
#include "tst_catalogview.moc"
