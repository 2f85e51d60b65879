#pragma once

#include "Result.h"
#include "metrics/CsatScore.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace handoff {

class Database;

// Customer satisfaction (CSAT) per fulfilled deal. Recording is one BEGIN IMMEDIATE transaction with one audit row
// (entity "csat_scores": action "create" for the first score, "replace" for a later one, old and new as JSON), so
// replacing a score keeps the earlier one in the deal's history.
class CsatService {
    Q_DECLARE_TR_FUNCTIONS(CsatService)

public:
    static constexpr int kMinScore = 1;
    static constexpr int kMaxScore = 5;

    explicit CsatService(Database& db);

    // The deal's support owner or a lead (active), on a fulfilled deal; score within 1..5; ratedOn a valid day not
    // after today and not before the deal closed (an invalid ratedOn means today). A refusal lists every reason and
    // writes nothing.
    Result<CsatScore> record(const User& actor, qint64 dealId, int score, QDate ratedOn, const QString& note);
    // Why the actor may not record a score on the deal now (role, the deal's state); empty: allowed.
    QStringList refusals(const User& actor, qint64 dealId) const;
    // The deal's score, or nullopt when none has been recorded.
    Result<std::optional<CsatScore>> forDeal(qint64 dealId) const;

private:
    Database& m_db;
};

} // namespace handoff
