#pragma once

#include <QDateTime>
#include <QString>

namespace handoff {

// A message in a deal's comment thread.
struct Comment {
    qint64 id = 0;
    int version = 0;
    qint64 dealId = 0;
    qint64 authorId = 0;
    QString body;
    QDateTime createdAt;
};

} // namespace handoff
