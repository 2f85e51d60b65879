// The workflow trials of TestCrashSafety: a script of deal and promise commands, each killed in turn.

#include "TestCrashSafety.h"
#include "core/ChecklistFill.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace handoff;
using namespace crash;

void TestCrashSafety::prepareWorkflow()
{
    m_workflow = std::make_unique<TestDatabase>();
    Database& db = m_workflow->db;
    auto sam = Seed<UserStore>(db).create(User{0, 0, QStringLiteral("Sam Sales"), kSam, Role::Sales, true});
    auto dana = Seed<UserStore>(db).create(User{0, 0, QStringLiteral("Dana Reyes"), kDana, Role::Support, true});
    QVERIFY(sam && dana);
    auto account = Seed<AccountStore>(db, sam->id).create(Account{0, 0, QStringLiteral("Acme Corp"), {}, {}});
    QVERIFY(account);
    auto contact = Seed<ContactStore>(db, sam->id)
                       .create(Contact{0, 0, account->id, QStringLiteral("Jane Doe"), QStringLiteral("CTO"),
                                       QStringLiteral("jane@acme.example"), QStringLiteral("+1 555 0100"),
                                       Channel::Email, QStringLiteral("Europe/Berlin")});
    QVERIFY(contact);
    const auto required = ChecklistItemStore(db).where(QStringLiteral("required = 1"));
    QVERIFY(required);

    const QString database = QStringLiteral("--database");
    QList<QList<Step>> perDeal;
    for (int i = 0; i < kPlainDeals + kPromiseDeals; ++i) {
        Deal deal;
        deal.accountId = account->id;
        deal.title = QStringLiteral("Rollout %1").arg(i + 1);
        deal.amountMinor = 1250000;
        deal.currency = QStringLiteral("EUR");
        deal.closedOn = QDate::currentDate().addDays(-3);
        deal.salesRepId = sam->id;
        auto created = Seed<DealStore>(db, sam->id).create(deal);
        QVERIFY(created);
        const qint64 dealId = created->id;
        // A complete handoff: every required item answered and a contact named.
        for (const ChecklistItem& item : *required) {
            if (item.dealField != AnsweringField::None) {
                QVERIFY(fillAnsweringField(db, dealId, item.dealField, QDate::currentDate().addDays(7)));
                continue;
            }
            const QString value = answerFitting(item, contact->id, QDate::currentDate().addDays(7));
            ChecklistAnswer answer{0, 0, dealId, item.id, value, sam->id, db.now()};
            QVERIFY(Seed<ChecklistAnswerStore>(db, sam->id).create(answer));
        }
        QVERIFY(
            Seed<DealContactStore>(db, sam->id).create(DealContact{0, 0, dealId, contact->id, ContactRole::Technical}));

        const QString id = QString::number(dealId);
        const auto transition = [&](const QString& action, const QString& as, const QStringList& more = {}) {
            Step step;
            step.dealId = dealId;
            step.action = action;
            step.arguments = QStringList{QStringLiteral("deal"), action, id, QStringLiteral("--as"), as} + more;
            return step;
        };
        QList<Step> steps;
        if (i < kPlainDeals) {
            Step csat;
            csat.kind = Step::Kind::Csat;
            csat.dealId = dealId;
            csat.arguments = {QStringLiteral("csat"), id, QStringLiteral("4"), QStringLiteral("--as"), kDana};
            steps = {transition(QStringLiteral("submit"), kSam),
                     transition(QStringLiteral("return"), kDana,
                                {QStringLiteral("--reason"), QStringLiteral("missing_information"),
                                 QStringLiteral("--note"), QStringLiteral("the billing address")}),
                     transition(QStringLiteral("submit"), kSam),
                     transition(QStringLiteral("accept"), kDana),
                     transition(QStringLiteral("fulfil"), kDana),
                     csat};
        } else {
            Promise promise;
            promise.dealId = dealId;
            promise.kind = PromiseKind::Integration;
            promise.description = QStringLiteral("SAML SSO by March");
            promise.dueOn = QDate::currentDate().addDays(90);
            promise.promisedById = sam->id;
            auto made = Seed<PromiseStore>(db, sam->id).create(promise);
            QVERIFY(made);
            Step review;
            review.kind = Step::Kind::Review;
            review.dealId = dealId;
            review.promiseId = made->id;
            review.arguments = {QStringLiteral("promise"),
                                QStringLiteral("review"),
                                QString::number(made->id),
                                QStringLiteral("--as"),
                                kDana,
                                QStringLiteral("--status"),
                                QStringLiteral("accepted")};
            steps = {transition(QStringLiteral("submit"), kSam), review, transition(QStringLiteral("accept"), kDana)};
        }
        perDeal.append(steps);
    }
    // The deals take turns, as a team's day would have them.
    for (qsizetype round = 0; !perDeal.isEmpty(); ++round) {
        bool any = false;
        for (const QList<Step>& steps : std::as_const(perDeal)) {
            if (round < steps.size()) {
                m_script.append(steps.at(round));
                any = true;
            }
        }
        if (!any) {
            break;
        }
    }
    for (Step& step : m_script) {
        step.arguments << database; // the file follows per trial
    }
    db.close();
}

// What the file says about the script: the steps before acknowledged are there, the killed one (if any) is there
// whole or not at all (*killedApplied tells which), and nothing else happened.
QStringList TestCrashSafety::workflowLedger(const QString& path, int acknowledged, const Step* killed,
                                            bool* killedApplied) const
{
    QStringList problems;
    const Inspection file(path);
    bool applied = false;
    QSet<qint64> deals;
    for (const Step& step : m_script) {
        deals.insert(step.dealId);
    }
    for (const qint64 dealId : std::as_const(deals)) {
        QStringList expected;
        bool reviewed = false;
        bool rated = false;
        const Step* review = nullptr;
        for (int i = 0; i < acknowledged; ++i) {
            const Step& step = m_script.at(i);
            if (step.dealId != dealId) {
                continue;
            }
            if (step.kind == Step::Kind::Transition) {
                expected.append(step.action);
            }
            reviewed = reviewed || step.kind == Step::Kind::Review;
            rated = rated || step.kind == Step::Kind::Csat;
        }
        for (const Step& step : m_script) {
            if (step.dealId == dealId && step.kind == Step::Kind::Review) {
                review = &step;
            }
        }
        const bool killedHere = killed && killed->dealId == dealId;
        const QString deal = QStringLiteral("deal %1").arg(dealId);

        const QStringList transitions =
            file.column(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'deals' AND field = 'state' AND "
                                       "deal_id = ? AND action <> 'create' ORDER BY id"),
                        {dealId});
        if (transitions != expected) {
            const bool whole = killedHere && killed->kind == Step::Kind::Transition &&
                               transitions == expected + QStringList{killed->action};
            if (!whole) {
                problems.append(QStringLiteral("%1 went through [%2] where the acknowledged commands say [%3]")
                                    .arg(deal, transitions.join(QLatin1Char(' ')), expected.join(QLatin1Char(' '))));
            }
            applied = applied || whole;
        }
        const QString state = file.column(QStringLiteral("SELECT state FROM deals WHERE id = ?"), {dealId}).value(0);
        const QString stateSaid = stateAfter(transitions.value(transitions.size() - 1));
        if (state != stateSaid) {
            problems.append(QStringLiteral("%1 is %2 while its audit log says %3").arg(deal, state, stateSaid));
        }
        const bool owned =
            file.number(QStringLiteral("SELECT count(*) FROM deals WHERE id = ? AND support_owner_id IS NOT NULL"),
                        {dealId}) == 1;
        if (owned != transitions.contains(QLatin1String("accept"))) {
            problems.append(QStringLiteral("%1 %2 a support owner after [%3]")
                                .arg(deal, owned ? QStringLiteral("has") : QStringLiteral("has no"),
                                     transitions.join(QLatin1Char(' '))));
        }
        if (review) {
            // Accepting makes a task of each promise in the same change.
            const qint64 tasks = file.number(QStringLiteral("SELECT count(*) FROM tasks WHERE deal_id = ?"), {dealId});
            if (tasks != (owned ? 1 : 0)) {
                problems.append(QStringLiteral("%1 has %2 tasks after [%3]")
                                    .arg(deal)
                                    .arg(tasks)
                                    .arg(transitions.join(QLatin1Char(' '))));
            }
            const QString status =
                file.column(QStringLiteral("SELECT review_status FROM promises WHERE id = ?"), {review->promiseId})
                    .value(0);
            const qint64 audited =
                file.number(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                           "'promises' AND field = 'review_status' AND entity_id = ?"),
                            {review->promiseId});
            const bool there = status == QLatin1String("accepted");
            if (there != (audited == 1)) {
                problems.append(QStringLiteral("promise %1 is %2 with %3 audit entries for its review")
                                    .arg(review->promiseId)
                                    .arg(status)
                                    .arg(audited));
            }
            if (there != reviewed) {
                const bool whole = killedHere && killed->kind == Step::Kind::Review && there;
                if (!whole) {
                    problems.append(
                        QStringLiteral("promise %1 is %2 where the acknowledged commands say %3")
                            .arg(review->promiseId)
                            .arg(status, reviewed ? QStringLiteral("accepted") : QStringLiteral("pending")));
                }
                applied = applied || whole;
            }
        }
        const qint64 scores =
            file.number(QStringLiteral("SELECT count(*) FROM csat_scores WHERE deal_id = ?"), {dealId});
        const qint64 scoresAudited = file.number(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'csat_scores' AND deal_id = ?"), {dealId});
        if (scoresAudited != scores) {
            problems.append(QStringLiteral("%1 has %2 satisfaction scores and %3 audit entries for them")
                                .arg(deal)
                                .arg(scores)
                                .arg(scoresAudited));
        }
        if (scores != (rated ? 1 : 0)) {
            const bool whole = killedHere && killed->kind == Step::Kind::Csat && scores == 1;
            if (!whole) {
                problems.append(QStringLiteral("%1 has %2 satisfaction scores where the acknowledged commands give %3")
                                    .arg(deal)
                                    .arg(scores)
                                    .arg(rated ? 1 : 0));
            }
            applied = applied || whole;
        }
    }
    if (killedApplied) {
        *killedApplied = applied;
    }
    return problems;
}

void TestCrashSafety::workflowKilled()
{
    QVERIFY(!m_script.isEmpty());
    // The script uncut: every step works, the ledger finds all of it, and each step's span is measured.
    {
        QTemporaryDir calibration;
        const QString measured = copyInto(calibration, m_workflow->path());
        QVERIFY(!measured.isEmpty());
        QVERIFY2(workflowLedger(measured, 0, nullptr, nullptr).isEmpty(),
                 qPrintable(workflowLedger(measured, 0, nullptr, nullptr).join(QLatin1Char('\n'))));
        for (Step& step : m_script) {
            step.span = measure(step.arguments + QStringList{measured}, measured);
            QVERIFY2(step.span.run.exitCode == 0, qPrintable(step.label() + QStringLiteral(": ") + step.span.run.err));
        }
        const QStringList problems = workflowLedger(measured, int(m_script.size()), nullptr, nullptr);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The ledger sees a missing step: the last one, taken back.
        QVERIFY(!workflowLedger(measured, int(m_script.size()) - 1, nullptr, nullptr).isEmpty());
        qint64 total = 0;
        for (const Step& step : std::as_const(m_script)) {
            total += step.span.micros;
        }
        qInfo("workflow script of %d commands: %.1f ms uncut", int(m_script.size()), double(total) / 1000.0);
    }

    QRandomGenerator random(m_seed ^ 0x3);
    QStringList failures;
    Tally tally;
    for (int trial = 1; trial <= trialsPerKind(); ++trial) {
        // The script runs until the chosen step, which is killed within the span it took uncut.
        const int cutAt = int(random.bounded(quint32(m_script.size())));
        const Step& killed = m_script.at(cutAt);
        const Kill kill = drawKill(random, killed.span);
        const QString name =
            trialName("workflow", trial, kill, killed.span) +
            QStringLiteral(" at command %1 of %2, %3").arg(cutAt + 1).arg(m_script.size()).arg(killed.label());
        qInfo("%s", qPrintable(name));
        QTemporaryDir dir;
        const QString path = copyInto(dir, m_workflow->path());
        if (path.isEmpty()) {
            failures.append(name + QStringLiteral(": cannot copy the prepared database"));
            continue;
        }
        QStringList problems;
        int acknowledged = 0;
        for (; acknowledged < cutAt; ++acknowledged) {
            const Run run = runHandoff(m_script.at(acknowledged).arguments + QStringList{path});
            if (run.exitCode != 0) {
                problems.append(QStringLiteral("%1 exited %2 before any kill: %3")
                                    .arg(m_script.at(acknowledged).label())
                                    .arg(run.exitCode)
                                    .arg(run.err.simplified()));
                break;
            }
        }
        if (!problems.isEmpty()) {
            failures.append(name + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
            continue;
        }
        const Cut cut = runAndKill(killed.arguments + QStringList{path}, path, kill);
        if (!cut.started) {
            failures.append(name + QStringLiteral(": could not start handoff: ") + cut.err);
            continue;
        }
        if (!cut.killed) {
            if (cut.exitCode != 0) {
                problems.append(QStringLiteral("%1 finished before the kill with exit %2: %3")
                                    .arg(killed.label())
                                    .arg(cut.exitCode)
                                    .arg(cut.err.simplified()));
            }
            ++acknowledged; // it said it was done: its change is owed like the others
        }
        problems += judge(path);
        bool applied = false;
        problems += workflowLedger(path, acknowledged, cut.killed ? &killed : nullptr, &applied);
        tally.add(landingOf(cut.killed, cut.wal, applied), cut.wal);
        if (!problems.isEmpty()) {
            failures.append(name + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
        }
    }
    qInfo("workflow: %s", qPrintable(tally.text()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}
