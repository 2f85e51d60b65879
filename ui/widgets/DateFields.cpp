#include "widgets/DateFields.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLocale>
#include <QSignalBlocker>

namespace handoff::DateFields {

namespace {

const QDate kUnset(2000, 1, 1);

} // namespace

QDateEdit* optionalDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kUnset);
    edit->setSpecialValueText(QCoreApplication::translate("DateFields", "Not set"));
    edit->setDisplayFormat(displayFormat());
    edit->setDate(kUnset);
    edit->setToolTip(QCoreApplication::translate("DateFields", "Set to the earliest date to clear it"));
    return edit;
}

QString displayFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return format;
}

QDate date(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void setDate(QDateEdit* edit, QDate date)
{
    const QSignalBlocker blocker(edit);
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

} // namespace handoff::DateFields
