#include "widgets/Messages.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace handoff::Messages {

void showError(QWidget* parent, const QString& title, const Error& error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessage"));
    if (!error.details.isEmpty()) {
        QString list = QStringLiteral("<ul>");
        for (const QString& detail : error.details) {
            list += QStringLiteral("<li>") + detail.toHtmlEscaped() + QStringLiteral("</li>");
        }
        box.setTextFormat(Qt::RichText);
        box.setText(QStringLiteral("<p>") + error.message.toHtmlEscaped() + QStringLiteral("</p>") + list +
                    QStringLiteral("</ul>"));
    }
    box.exec();
}

ConflictChoice askConflict(QWidget* parent, const QString& what, const QString& lastChange)
{
    QString text = QCoreApplication::translate("Messages", "Someone else saved a change to %1 after you opened it (in "
                                                           "another window or another Handoff).")
                       .arg(what);
    if (!lastChange.isEmpty()) {
        text += QLatin1String("\n\n") + QCoreApplication::translate("Messages", "The last change: %1").arg(lastChange);
    }
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("Messages", "Changed elsewhere"), text,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictMessage"));
    box.setInformativeText(QCoreApplication::translate(
        "Messages", "Reload to see their version and drop your edit, or overwrite their change with "
                    "yours."));
    QPushButton* reload = box.addButton(QCoreApplication::translate("Messages", "&Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton* overwrite =
        box.addButton(QCoreApplication::translate("Messages", "&Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    box.setDefaultButton(reload);
    box.setEscapeButton(reload);
    box.exec();
    return box.clickedButton() == overwrite ? ConflictChoice::Overwrite : ConflictChoice::Reload;
}

} // namespace handoff::Messages
