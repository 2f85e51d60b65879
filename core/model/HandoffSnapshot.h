#pragma once

#include <QByteArray>
#include <QDateTime>

namespace handoff {

// The deal as it was submitted (JSON), kept per submission so support sees what changed.
struct HandoffSnapshot {
    qint64 id = 0;
    int version = 0;
    qint64 dealId = 0;
    int submissionNo = 1;
    qint64 submittedById = 0;
    QDateTime submittedAt;
    QByteArray content;
};

} // namespace handoff
