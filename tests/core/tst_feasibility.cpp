// Feasibility of a promise as the sales rep sees it while typing: each rule of the issue, its boundaries, and the
// worst level winning with every problem named.

#include "workflow/FeasibilityRules.h"

#include <QTest>

#include <optional>

using namespace handoff;

Q_DECLARE_METATYPE(std::optional<handoff::Capability>)

namespace {

const QDate kToday(2026, 11, 10);

std::optional<Capability> capability(const char* name, CapabilityStatus status, int leadTimeDays)
{
    return Capability{7, 1, QString::fromUtf8(name), {}, status, leadTimeDays};
}

std::optional<Capability> available(int leadTimeDays)
{
    return capability("Salesforce sync", CapabilityStatus::Available, leadTimeDays);
}

} // namespace

class TestFeasibility : public QObject {
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
};

void TestFeasibility::evaluate_data()
{
    QTest::addColumn<PromiseKind>("kind");
    QTest::addColumn<std::optional<Capability>>("capability");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("contractStart");
    QTest::addColumn<Feasibility>("level");
    QTest::addColumn<QString>("reason");

    const auto none = std::optional<Capability>();
    const QDate noDate;
    const auto F = PromiseKind::Feature;

    // The capability's status.
    QTest::newRow("available, plenty of time")
        << F << available(10) << kToday.addDays(30) << noDate << Feasibility::Ok << QString();
    QTest::newRow("unsupported") << F << capability("SCIM provisioning", CapabilityStatus::Unsupported, 0)
                                 << kToday.addDays(30) << noDate << Feasibility::Blocked
                                 << QStringLiteral("'SCIM provisioning' is not offered");
    QTest::newRow("planned") << F << capability("SAML single sign-on", CapabilityStatus::Planned, 0)
                             << kToday.addDays(30) << noDate << Feasibility::Warning
                             << QStringLiteral("'SAML single sign-on' is planned, not available");
    QTest::newRow("beta") << PromiseKind::Integration << capability("Slack alerts", CapabilityStatus::Beta, 0)
                          << kToday.addDays(30) << noDate << Feasibility::Warning
                          << QStringLiteral("'Slack alerts' is in beta, not generally available");

    // Lead time against the days left, counted from today.
    QTest::newRow("5 days left, lead time 20")
        << F << available(20) << kToday.addDays(5) << noDate << Feasibility::Warning
        << QStringLiteral("due in 5 days; standard lead time is 20 days");
    QTest::newRow("lead time one day more than left")
        << F << available(20) << kToday.addDays(19) << noDate << Feasibility::Warning
        << QStringLiteral("due in 19 days; standard lead time is 20 days");
    QTest::newRow("lead time equal to the days left")
        << F << available(20) << kToday.addDays(20) << noDate << Feasibility::Ok << QString();
    QTest::newRow("one day left, lead time 2")
        << F << available(2) << kToday.addDays(1) << noDate << Feasibility::Warning
        << QStringLiteral("due in 1 day; standard lead time is 2 days");
    QTest::newRow("one day left, lead time 1")
        << F << available(1) << kToday.addDays(1) << noDate << Feasibility::Ok << QString();

    // Due today is not past; due yesterday is.
    QTest::newRow("due today, no lead time") << F << available(0) << kToday << noDate << Feasibility::Ok << QString();
    QTest::newRow("due today, lead time 3") << F << available(3) << kToday << noDate << Feasibility::Warning
                                            << QStringLiteral("due today; standard lead time is 3 days");
    QTest::newRow("due yesterday") << F << available(0) << kToday.addDays(-1) << noDate << Feasibility::Blocked
                                   << QStringLiteral("was due on 2026-11-09");
    QTest::newRow("due yesterday, no capability needed")
        << PromiseKind::Timeline << none << kToday.addDays(-1) << noDate << Feasibility::Blocked
        << QStringLiteral("was due on 2026-11-09");
    // A past date is one problem, not also a lead-time problem.
    QTest::newRow("long past, long lead time") << F << available(30) << QDate(2026, 11, 2) << noDate
                                               << Feasibility::Blocked << QStringLiteral("was due on 2026-11-02");

    // The contract start: work cannot start before it, so a later start shortens the time left.
    QTest::newRow("contract starts later, too short")
        << F << available(20) << QDate(2026, 12, 15) << QDate(2026, 12, 1) << Feasibility::Warning
        << QStringLiteral("due 14 days after the contract starts on "
                          "2026-12-01; standard lead time is 20 days");
    QTest::newRow("contract starts later, exactly the lead time")
        << F << available(20) << QDate(2026, 12, 21) << QDate(2026, 12, 1) << Feasibility::Ok << QString();
    QTest::newRow("due before the contract starts")
        << F << available(10) << QDate(2026, 11, 25) << QDate(2026, 12, 1) << Feasibility::Warning
        << QStringLiteral("due 6 days before the contract starts on 2026-12-01; standard lead time is 10 days");
    QTest::newRow("due before the contract starts, no lead time")
        << F << available(0) << QDate(2026, 11, 25) << QDate(2026, 12, 1) << Feasibility::Warning
        << QStringLiteral("due 6 days before the contract starts on 2026-12-01");
    QTest::newRow("due the day the contract starts")
        << F << available(10) << QDate(2026, 12, 1) << QDate(2026, 12, 1) << Feasibility::Warning
        << QStringLiteral("due the day the contract starts (2026-12-01); standard lead time is 10 days");
    QTest::newRow("contract started earlier counts from today")
        << F << available(20) << kToday.addDays(10) << QDate(2026, 10, 1) << Feasibility::Warning
        << QStringLiteral("due in 10 days; standard lead time is 20 days");
    QTest::newRow("contract starts today")
        << F << available(20) << kToday.addDays(20) << kToday << Feasibility::Ok << QString();
    QTest::newRow("past due even before a later contract start")
        << F << available(20) << kToday.addDays(-1) << QDate(2026, 12, 1) << Feasibility::Blocked
        << QStringLiteral("was due on 2026-11-09");

    // No capability named.
    QTest::newRow("feature without capability") << F << none << kToday.addDays(30) << noDate << Feasibility::Warning
                                                << QStringLiteral("a feature promise names no capability from the "
                                                                  "catalog");
    QTest::newRow("integration without capability")
        << PromiseKind::Integration << none << kToday.addDays(30) << noDate << Feasibility::Warning
        << QStringLiteral("an integration promise names no capability from the catalog");
    for (PromiseKind kind : {PromiseKind::Timeline, PromiseKind::ServiceLevel, PromiseKind::Training,
                             PromiseKind::Pricing, PromiseKind::Custom, PromiseKind::Other}) {
        QTest::addRow("%s without capability", qPrintable(toKey(kind)))
            << kind << none << kToday.addDays(1) << noDate << Feasibility::Ok << QString();
    }

    // No due date: the date rules do not apply (submission asks for the date), the capability's status still does.
    QTest::newRow("no due date, lead time") << F << available(20) << noDate << noDate << Feasibility::Ok << QString();
    QTest::newRow("no due date, unsupported")
        << F << capability("SCIM provisioning", CapabilityStatus::Unsupported, 20) << noDate << noDate
        << Feasibility::Blocked << QStringLiteral("'SCIM provisioning' is not offered");

    // Several problems: the worst level wins and every problem is named.
    QTest::newRow("planned and past due")
        << F << capability("SAML single sign-on", CapabilityStatus::Planned, 0) << QDate(2026, 11, 2) << noDate
        << Feasibility::Blocked
        << QStringLiteral("'SAML single sign-on' is planned, not available; was due on 2026-11-02");
    QTest::newRow("beta and too little time")
        << F << capability("Slack alerts", CapabilityStatus::Beta, 20) << kToday.addDays(5) << noDate
        << Feasibility::Warning
        << QStringLiteral("'Slack alerts' is in beta, not generally available; due in 5 days; standard lead time is "
                          "20 days");
    // What is not offered has no lead time to fit in.
    QTest::newRow("unsupported and too little time")
        << F << capability("SCIM provisioning", CapabilityStatus::Unsupported, 20) << kToday.addDays(5) << noDate
        << Feasibility::Blocked << QStringLiteral("'SCIM provisioning' is not offered");
    QTest::newRow("no capability and past due")
        << PromiseKind::Integration << none << kToday.addDays(-3) << noDate << Feasibility::Blocked
        << QStringLiteral("an integration promise names no capability from the catalog; was due on 2026-11-07");
}

void TestFeasibility::evaluate()
{
    QFETCH(PromiseKind, kind);
    QFETCH(std::optional<Capability>, capability);
    QFETCH(QDate, due);
    QFETCH(QDate, contractStart);
    QFETCH(Feasibility, level);
    QFETCH(QString, reason);

    Promise promise;
    promise.kind = kind;
    promise.capabilityId = capability ? capability->id : 0;
    promise.description = QStringLiteral("as promised on the call");
    promise.dueOn = due;

    const FeasibilityResult result = FeasibilityRules::evaluate(promise, capability, kToday, contractStart);
    QCOMPARE(toKey(result.level), toKey(level));
    QCOMPARE(result.reason, reason);
}

QTEST_GUILESS_MAIN(TestFeasibility)
#include "tst_feasibility.moc"
