#include "transfer/TransferActions.h"

#include "io/DealImporter.h"
#include "model/User.h"
#include "transfer/CalendarExport.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportWizard.h"
#include "widgets/Actions.h"
#include "widgets/Messages.h"

#include <QAction>
#include <QMenu>

namespace handoff {

TransferActions::TransferActions(QWidget* window, Database& db, const User& user)
    : QObject(window)
    , m_window(window)
    , m_db(db)
    , m_user(user)
{
    setObjectName(QStringLiteral("transferActions"));
}

TransferActions* TransferActions::addTo(QMenu* menu, QWidget* window, Database& db, const User& user)
{
    auto* actions = new TransferActions(window, db, user);
    const auto make = [window](const QString& name, const QString& text, const QString& tip) {
        return makeAction(window, name, text, {}, tip);
    };
    actions->m_import = make(QStringLiteral("importAction"), tr("&Import…"),
                             tr("Bring closed deals from a CRM export (CSV) into Handoff"));
    actions->m_export = make(QStringLiteral("exportAction"), tr("&Export…"),
                             tr("Write the deals, promises or fulfilment tasks as CSV or JSON"));
    actions->m_calendar = make(QStringLiteral("exportCalendarAction"), tr("Export ca&lendar…"),
                               tr("Write task and promise due dates as an iCalendar file for a calendar program"));
    connect(actions->m_import, &QAction::triggered, actions, &TransferActions::importDeals);
    connect(actions->m_export, &QAction::triggered, actions, &TransferActions::exportTable);
    connect(actions->m_calendar, &QAction::triggered, actions, &TransferActions::exportCalendar);
    menu->addAction(actions->m_import);
    menu->addAction(actions->m_export);
    menu->addAction(actions->m_calendar);
    return actions;
}

void TransferActions::importDeals()
{
    // Core decides who may import; ask it before the user picks a file and maps columns for nothing. Without a file
    // the importer answers with the role's refusal first, or else that the file is missing.
    const auto allowed = DealImporter(m_db).run(m_user, nullptr, {});
    if (!allowed && allowed.error().code == Error::Code::Forbidden) {
        Messages::showError(m_window, tr("Import deals"), allowed.error());
        return;
    }
    ImportWizard wizard(m_db, m_user, m_window);
    connect(&wizard, &ImportWizard::imported, this, &TransferActions::imported);
    wizard.exec();
}

void TransferActions::exportTable()
{
    ExportDialog dialog(m_db, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(dialog.confirmation());
    }
}

void TransferActions::exportCalendar()
{
    CalendarExport dialog(m_db, m_user, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(dialog.confirmation());
    }
}

} // namespace handoff
