// Dialogs at the size they open with, in each language: no placeholder, label or error that is cut. A dialog that is
// narrower than what it says hides the key text ("standard lead time is 120 days", an email's error).

#include "PromiseTabWorld.h"
#include "catalog/CapabilityDialog.h"
#include "contacts/ContactDialog.h"
#include "dialogs/NewDealDialog.h"
#include "promises/PromiseEditorDialog.h"
#include "tasks/TaskEditorDialog.h"
#include "template/TemplateItemDialog.h"
#include "workflow/CatalogService.h"
#include "workflow/ContactService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace handoff;
using namespace promisetab;

namespace {

// What of dialog's text is cut at its size, one line each; empty when nothing is.
QStringList cut(QDialog& dialog)
{
    dialog.show();
    QCoreApplication::processEvents();
    QStringList found;
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        const QString placeholder = edit->placeholderText();
        // The text's own margins and the frame take about a character on each side.
        const int room = edit->contentsRect().width() - 2 * edit->fontMetrics().averageCharWidth();
        if (edit->isVisible() && !placeholder.isEmpty() && edit->fontMetrics().horizontalAdvance(placeholder) > room) {
            found << QStringLiteral("%1: placeholder \"%2\"").arg(edit->objectName(), placeholder);
        }
    }
    for (QPlainTextEdit* edit : dialog.findChildren<QPlainTextEdit*>()) {
        const QString placeholder = edit->placeholderText();
        const int room = edit->viewport()->width() - 2 * edit->fontMetrics().averageCharWidth();
        if (edit->isVisible() && !placeholder.isEmpty() && edit->fontMetrics().horizontalAdvance(placeholder) > room) {
            found << QStringLiteral("%1: placeholder \"%2\"").arg(edit->objectName(), placeholder);
        }
    }
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty() &&
            label->sizeHint().width() > label->width() + 1) {
            found << QStringLiteral("%1: label \"%2\"").arg(label->objectName(), label->text());
        }
        if (label->isVisible() && label->wordWrap() && label->heightForWidth(label->width()) > label->height() + 1) {
            found
                << QStringLiteral("%1: wrapped label \"%2\" needs more height").arg(label->objectName(), label->text());
        }
    }
    dialog.hide();
    return found;
}

} // namespace

class TestDialogSizes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void contactDialogWithAnEmailError()
    {
        ContactDialog dialog;
        dialog.setRow(DealContactRow{});
        auto* email = dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit"));
        QVERIFY(email);
        email->setText(QStringLiteral("carla.customer-at-acme"));
        dialog.showProblems(ContactService::problems(dialog.row().contact));
        const QStringList found = cut(dialog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void promiseEditorWithALongFeasibilityLine()
    {
        World w;
        const auto catalog = CatalogService(w.db).all();
        QVERIFY(catalog);
        PromiseEditorDialog dialog(*catalog, kToday, kToday);
        QStringList found = cut(dialog);
        // A capability the product lacks, and one whose lead time the due date does not leave: the reason is said
        // whole ("… standard lead time is 10 days"; "not offered").
        for (const Capability& capability : *catalog) {
            Promise promise;
            promise.kind = PromiseKind::Feature;
            promise.description = QStringLiteral("Provisioning of every user from the customer's directory");
            promise.capabilityId = capability.id;
            promise.dueOn = kToday.addDays(3);
            dialog.setPromise(promise);
            found << cut(dialog);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void taskEditor()
    {
        World w;
        const qint64 deal = w.deal(HandoffState::Accepted);
        TaskEditorDialog dialog(FulfilmentTask{0, 0, deal, 0, {}, 0, kToday, TaskStatus::Todo, {}},
                                {w.user(QStringLiteral("support"))}, {});
        const QStringList found = cut(dialog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void newDealAndCapabilityDialogs()
    {
        World w;
        NewDealDialog deal(w.db, w.user(QStringLiteral("rep")));
        QStringList found = cut(deal);
        CapabilityDialog capability(QStringLiteral("Edit capability"), Capability{},
                                    [](const Capability&) { return Result<void>(); });
        found << cut(capability);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestDialogSizes)
#include "tst_dialogsizes.moc"
