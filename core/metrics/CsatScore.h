#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace handoff {

// The customer's satisfaction with a fulfilled handoff: a score from 1 to 5 given on a day, with a note.
// A deal has at most one; a new one replaces it and the audit log keeps the one before.
struct CsatScore {
    qint64 id = 0;
    int version = 0;
    qint64 dealId = 0;
    int score = 0;
    QDate ratedOn;
    QString note;
    qint64 recordedById = 0;
    QDateTime recordedAt;
};

} // namespace handoff
