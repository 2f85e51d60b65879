#include "transfer/CalendarExport.h"

#include "io/CalendarWriter.h"
#include "model/User.h"
#include "transfer/TransferFiles.h"
#include "widgets/Messages.h"

#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace handoff {

CalendarExport::CalendarExport(const Database& db, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_user(user)
{
    setObjectName(QStringLiteral("calendarExport"));
    setWindowTitle(tr("Export calendar"));

    auto* whose = new QGroupBox(tr("Whose dates"), this);
    m_everyone = new QRadioButton(tr("E&veryone's"), whose);
    m_everyone->setObjectName(QStringLiteral("everyoneRadio"));
    m_mine = new QRadioButton(tr("Only &mine (%1)").arg(user.name), whose);
    m_mine->setObjectName(QStringLiteral("mineRadio"));
    m_mine->setToolTip(tr("The tasks assigned to you and the promises of the deals you sold or own in support"));
    // A lead is rarely assigned tasks; the team's dates are what a lead plans with.
    (user.role == Role::Lead ? m_everyone : m_mine)->setChecked(true);
    auto* whoseLayout = new QVBoxLayout(whose);
    whoseLayout->addWidget(m_everyone);
    whoseLayout->addWidget(m_mine);

    TransferFiles::layOutExportDialog(this, whose,
                                      tr("Each open fulfilment task and open promise with a due date becomes an "
                                         "all-day event. Importing a newer file into the calendar updates the events "
                                         "instead of adding copies."),
                                      460);
}

void CalendarExport::setOnlyMine(bool onlyMine)
{
    (onlyMine ? m_mine : m_everyone)->setChecked(true);
}

bool CalendarExport::onlyMine() const
{
    return m_mine->isChecked();
}

QString CalendarExport::suggestedName(const QString& person, QDate day)
{
    QString who;
    for (const QChar c : person.section(QLatin1Char(' '), 0, 0).toLower()) {
        if (c.isLetterOrNumber()) {
            who += c;
        }
    }
    const QString date = day.toString(Qt::ISODate);
    return who.isEmpty() ? QStringLiteral("handoff-calendar-%1.ics").arg(date)
                         : QStringLiteral("handoff-calendar-%1-%2.ics").arg(who, date);
}

void CalendarExport::accept()
{
    const qint64 userId = onlyMine() ? m_user.id : 0;
    QString path = m_targetPath;
    if (path.isEmpty()) {
        path = TransferFiles::askSavePath(this, tr("Export calendar to"),
                                          suggestedName(userId ? m_user.name : QString(), QDate::currentDate()),
                                          tr("iCalendar files (*.ics)"));
        if (path.isEmpty()) {
            return;
        }
    }
    const CalendarWriter writer(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto written = TransferFiles::write(path, [&](QIODevice* out) { return writer.write(out, userId, now); });
    if (!written) {
        Messages::showError(this, tr("The calendar was not written"), written.error());
        return;
    }
    const QString shown = QDir::toNativeSeparators(path);
    m_confirmation = *written == 1 ? tr("Exported 1 calendar event to %1.").arg(shown)
                                   : tr("Exported %1 calendar events to %2.").arg(QLocale().toString(*written), shown);
    QDialog::accept();
}

} // namespace handoff
