#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QWidget;

namespace handoff {

// Date editors for dates that may be unset: the earliest date of the editor stands for "not set" and shows as such,
// so a user can clear a date by going below the first real one or typing nothing.
namespace DateFields {

QDateEdit* optionalDateEdit(QWidget* parent);
// The format every date editor shows: the user's locale's short date, as the lists show dates, with a four-digit
// year (a locale's two-digit year would make 2026 and 1926 the same to type).
QString displayFormat();
// The date shown, or a null QDate when the editor says "not set".
QDate date(const QDateEdit* edit);
// Shows date (null: "not set") without emitting change signals.
void setDate(QDateEdit* edit, QDate date);

} // namespace DateFields

} // namespace handoff
