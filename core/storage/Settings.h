#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace handoff {

class Database;

// The team's handoff settings kept in the database (the `settings` table), with the defaults that apply while a
// key has never been set. Changes are audited like any other edit.
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

    Result<void> setDueDateBufferDays(int days);
    Result<void> setSubmitTargetBusinessDays(int days);
    Result<void> setKickoffTargetBusinessDays(int days);

private:
    int number(const QString& key, int fallback) const;
    Result<void> setNumber(const QString& key, int value, const QString& label);

    Database& m_db;
};

} // namespace handoff
