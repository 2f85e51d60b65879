#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace handoff {

class Database;
struct User;

// The team's handoff settings kept in the database (the `settings` table), with the defaults that apply while a
// key has never been set. Only an active team lead changes them; changes are audited like any other edit.
class Settings {
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    explicit Settings(Database& db);

    // Generated fulfilment tasks are due this many days before their promise (default 5).
    int dueDateBufferDays() const;
    // Business days from closed-won to the first submission (default 1).
    int submitTargetBusinessDays() const;
    // Business days from acceptance to the kickoff call (default 10).
    int kickoffTargetBusinessDays() const;

    Result<void> setDueDateBufferDays(const User& actor, int days);
    Result<void> setSubmitTargetBusinessDays(const User& actor, int days);
    Result<void> setKickoffTargetBusinessDays(const User& actor, int days);

private:
    int number(const QString& key, int fallback) const;
    Result<void> setNumber(const User& actor, const QString& key, int value, const QString& label);

    Database& m_db;
};

} // namespace handoff
