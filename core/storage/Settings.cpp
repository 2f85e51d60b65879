#include "storage/Settings.h"

#include "model/User.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

namespace handoff {

namespace {

const QString kDueDateBuffer = QStringLiteral("due_date_buffer_days");
const QString kSubmitTarget = QStringLiteral("submit_target_business_days");
const QString kKickoffTarget = QStringLiteral("kickoff_target_business_days");

constexpr int kDefaultDueDateBuffer = 5;
constexpr int kDefaultSubmitTarget = 1;
constexpr int kDefaultKickoffTarget = 10;
constexpr int kMinimum = 0;
constexpr int kMaximum = 365;

} // namespace

Settings::Settings(Database& db)
    : m_db(db)
{}

int Settings::dueDateBufferDays() const
{
    return number(kDueDateBuffer, kDefaultDueDateBuffer);
}

int Settings::submitTargetBusinessDays() const
{
    return number(kSubmitTarget, kDefaultSubmitTarget);
}

int Settings::kickoffTargetBusinessDays() const
{
    return number(kKickoffTarget, kDefaultKickoffTarget);
}

Result<void> Settings::setDueDateBufferDays(const User& actor, int days)
{
    return setNumber(actor, kDueDateBuffer, days, tr("days a task is due before its promise"));
}

Result<void> Settings::setSubmitTargetBusinessDays(const User& actor, int days)
{
    return setNumber(actor, kSubmitTarget, days, tr("business days to submit a handoff"));
}

Result<void> Settings::setKickoffTargetBusinessDays(const User& actor, int days)
{
    return setNumber(actor, kKickoffTarget, days, tr("business days from acceptance to kickoff"));
}

// A missing or unreadable value falls back to the default: a damaged setting must not stop the workflow.
int Settings::number(const QString& key, int fallback) const
{
    const auto value = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!value || value->isNull()) {
        return fallback;
    }
    bool ok = false;
    const int parsed = value->toString().trimmed().toInt(&ok);
    return ok && parsed >= kMinimum && parsed <= kMaximum ? parsed : fallback;
}

Result<void> Settings::setNumber(const User& actor, const QString& key, int value, const QString& label)
{
    if (!actor.active || actor.role != Role::Lead) {
        return makeError(
            Error::Code::Forbidden,
            tr("The setting '%1' was not changed: only a team lead changes the team's settings.").arg(label));
    }
    if (value < kMinimum || value > kMaximum) {
        return makeError(Error::Code::Invalid, tr("The setting '%1' was not changed: %2 is not between %3 and %4.")
                                                   .arg(label)
                                                   .arg(value)
                                                   .arg(kMinimum)
                                                   .arg(kMaximum));
    }
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto old = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!old) {
        return old.error();
    }
    const QString newValue = QString::number(value);
    if (!old->isNull() && old->toString() == newValue) {
        return {};
    }
    auto written = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                             {key, newValue});
    if (!written) {
        return written.error();
    }
    AuditEntry entry;
    entry.action = old->isNull() ? QStringLiteral("create") : QStringLiteral("update");
    entry.entity = QStringLiteral("settings");
    entry.field = key;
    entry.oldValue = old->isNull() ? QString() : old->toString();
    entry.newValue = newValue;
    if (auto logged = AuditLog::append(*work, entry); !logged) {
        return logged.error();
    }
    return work->commit();
}

} // namespace handoff
