#include "demo/DemoPromisePlanner.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace handoff {

namespace {

using W = DemoWorld;

QDate clampDate(QDate day, QDate low, QDate high)
{
    return day < low ? low : (day > high ? high : day);
}

QString days(qint64 count)
{
    return count == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(count);
}

const char* taskPrefix(PromiseKind kind)
{
    switch (kind) {
    case PromiseKind::Feature:
        return "Enable: ";
    case PromiseKind::Integration:
        return "Set up: ";
    case PromiseKind::Timeline:
        return "Meet the date: ";
    case PromiseKind::ServiceLevel:
        return "Put in place: ";
    case PromiseKind::Training:
        return "Deliver training: ";
    case PromiseKind::Pricing:
        return "Apply pricing: ";
    default:
        return "Deliver: ";
    }
}

} // namespace

DemoPromisePlanner::DemoPromisePlanner(DemoDice& dice, const DemoWorld& world)
    : m_dice(dice)
    , m_world(world)
{}

std::vector<DemoPromisePlan> DemoPromisePlanner::promises(const Deal& deal, const DemoStory& story, int count,
                                                          qint64 draftFrom, qint64 draftTo)
{
    const HandoffState reached = story.reached();
    ReviewStage stage = ReviewStage::None;
    if (reached == HandoffState::Accepted || reached == HandoffState::Fulfilled) {
        stage = ReviewStage::Decided;
    } else if (reached == HandoffState::Returned) {
        stage = ReviewStage::Returned;
    } else if (reached == HandoffState::Submitted && m_dice.chance(40)) {
        stage = ReviewStage::Partial;
    }

    std::vector<DemoPromisePlan> plans(static_cast<std::size_t>(count));
    for (DemoPromisePlan& plan : plans) {
        invent(plan, deal, draftFrom, draftTo);
    }
    // A returned handoff names the promise it stumbled over: the first one that looked doubtful, else any.
    std::size_t troubled = plans.size();
    if (stage == ReviewStage::Returned && !plans.empty()) {
        troubled = static_cast<std::size_t>(m_dice.below(static_cast<int>(plans.size())));
        for (std::size_t i = 0; i < plans.size(); ++i) {
            if (plans[i].feasibilityWhenMade != Feasibility::Ok) {
                troubled = i;
                break;
            }
        }
    }
    for (std::size_t i = 0; i < plans.size(); ++i) {
        DemoPromisePlan& plan = plans[i];
        review(plan, story, stage, i == troubled);
        fulfil(plan, story, stage);
        Promise& p = plan.promise;
        assess(p, plan.capability, W::dayOf(plan.createdMs));
        if (p.feasibility == Feasibility::Blocked && (story.everSubmitted() || m_dice.chance(50))) {
            p.justification = m_dice.text(DemoVocabulary::justifications());
        }
    }
    return plans;
}

void DemoPromisePlanner::invent(DemoPromisePlan& plan, const Deal& deal, qint64 draftFrom, qint64 draftTo)
{
    Promise& p = plan.promise;
    plan.createdMs = m_dice.between64(draftFrom, draftTo);
    p.createdAt = W::stamp(plan.createdMs);
    const QDate createdOn = W::dayOf(plan.createdMs);
    p.promisedById = m_dice.chance(90) ? deal.salesRepId : m_world.anyLead(m_dice);
    if (m_dice.chance(62)) {
        plan.capability =
            &m_world
                 .capabilities[static_cast<std::size_t>(m_dice.below(static_cast<int>(m_world.capabilities.size())))];
        const DemoCapability& seed = *plan.capability->seed;
        p.kind = seed.kind;
        p.capabilityId = plan.capability->id;
        p.description = QString::fromUtf8(seed.promise);
        p.customerWords = QString::fromUtf8(seed.customerWords);
        // Some reps promise faster than the product team can deliver.
        const bool rushed = seed.leadTimeDays > 1 && m_dice.chance(22);
        p.dueOn = rushed ? createdOn.addDays(m_dice.between(1, seed.leadTimeDays - 1))
                         : createdOn.addDays(seed.leadTimeDays + m_dice.between(0, 90));
    } else {
        const DemoPromise& seed = m_dice.pick(DemoVocabulary::promisesWithoutCapability());
        p.kind = seed.kind;
        p.dueOn = p.kind == PromiseKind::Timeline ? deal.contractStart.addDays(m_dice.between(14, 120))
                                                  : createdOn.addDays(m_dice.between(14, 180));
        p.description = QString::fromUtf8(seed.description);
        if (p.description.contains(QLatin1StringView("%1"))) {
            p.description = p.description.arg(QLocale::c().toString(p.dueOn, QStringLiteral("d MMMM yyyy")));
        }
        p.customerWords = QString::fromUtf8(seed.customerWords);
    }
    if (p.dueOn <= createdOn) {
        p.dueOn = createdOn.addDays(1);
    }
    assess(p, plan.capability, createdOn);
    plan.feasibilityWhenMade = p.feasibility;
}

void DemoPromisePlanner::review(DemoPromisePlan& plan, const DemoStory& story, ReviewStage stage, bool troubled)
{
    Promise& p = plan.promise;
    const CapabilityStatus status = plan.capability ? plan.capability->seed->status : CapabilityStatus::Available;
    switch (stage) {
    case ReviewStage::None:
        return;
    case ReviewStage::Partial:
        if (m_dice.chance(50)) {
            p.reviewStatus = m_dice.chance(80) ? ReviewStatus::Accepted : ReviewStatus::NeedsClarification;
        }
        break;
    case ReviewStage::Returned:
        if (troubled) {
            p.reviewStatus = story.reasons.back() == ReturnReason::InfeasiblePromise ? ReviewStatus::CannotFulfil
                                                                                     : ReviewStatus::NeedsClarification;
        } else if (m_dice.chance(60)) {
            p.reviewStatus = ReviewStatus::Accepted;
        }
        break;
    case ReviewStage::Decided: {
        const int refuse = status == CapabilityStatus::Unsupported ? 85 : status == CapabilityStatus::Planned ? 30 : 4;
        p.reviewStatus = m_dice.chance(refuse) ? ReviewStatus::CannotFulfil : ReviewStatus::Accepted;
        break;
    }
    }
    if (p.reviewStatus == ReviewStatus::Pending) {
        return;
    }
    p.reviewerId = stage == ReviewStage::Decided    ? story.accepter
                   : stage == ReviewStage::Returned ? story.returners.back()
                                                    : m_world.anySupport(m_dice);
    p.reviewNote = m_dice.text(DemoVocabulary::reviewNotes(p.reviewStatus));
    const qint64 from = story.submits.back() + W::kMinute;
    const qint64 to = story.accepted                   ? story.accepted
                      : stage == ReviewStage::Returned ? story.returns.back()
                      : story.cancelled                ? story.cancelled
                                                       : m_world.now();
    plan.reviewedMs = m_dice.between64(from, std::max(from, to - W::kMinute));
}

void DemoPromisePlanner::fulfil(DemoPromisePlan& plan, const DemoStory& story, ReviewStage stage)
{
    Promise& p = plan.promise;
    const QDate today = m_world.today;
    if (story.state == HandoffState::Cancelled) {
        p.fulfilment = Fulfilment::Waived;
    } else if (stage == ReviewStage::Decided && p.reviewStatus == ReviewStatus::CannotFulfil) {
        p.fulfilment = Fulfilment::Waived; // acceptance requires it
    } else if (story.state == HandoffState::Fulfilled) {
        p.fulfilment = Fulfilment::Fulfilled;
        p.fulfilledOn = W::dayOf(m_dice.between64(story.accepted, story.fulfilled));
    } else if (story.state == HandoffState::Accepted) {
        const QDate acceptedOn = W::dayOf(story.accepted);
        if (p.dueOn < today) {
            const int roll = m_dice.below(100);
            // A promise whose day passed unkept is broken (PromiseService::markBrokenPastDue); none stays open.
            if (roll < 85) {
                p.fulfilment = Fulfilment::Fulfilled;
                p.fulfilledOn = clampDate(p.dueOn.addDays(m_dice.between(-12, 4)), acceptedOn, today.addDays(-1));
            } else {
                p.fulfilment = Fulfilment::Broken;
            }
        } else if (m_dice.chance(20)) {
            p.fulfilment = Fulfilment::Fulfilled;
            p.fulfilledOn = W::dayOf(m_dice.between64(story.accepted, m_world.now() - W::kMinute));
        }
    }
}

void DemoPromisePlanner::assess(Promise& promise, const DemoWorld::Capability* capability, QDate createdOn) const
{
    const DemoCapability* seed = capability ? capability->seed : nullptr;
    promise.feasibility = Feasibility::Ok;
    promise.feasibilityReason.clear();
    if (seed && seed->status == CapabilityStatus::Unsupported) {
        promise.feasibility = Feasibility::Blocked;
        promise.feasibilityReason = QStringLiteral("'%1' is not offered").arg(capability->name);
        return;
    }
    if (promise.fulfilment == Fulfilment::Open && promise.dueOn.isValid() && promise.dueOn < m_world.today) {
        promise.feasibility = Feasibility::Blocked;
        promise.feasibilityReason = QStringLiteral("due on %1 has passed and the promise is still open")
                                        .arg(promise.dueOn.toString(Qt::ISODate));
        return;
    }
    QStringList warnings;
    if (seed && seed->status == CapabilityStatus::Planned) {
        warnings.append(QStringLiteral("'%1' is planned, not available").arg(capability->name));
    } else if (seed && seed->status == CapabilityStatus::Beta) {
        warnings.append(QStringLiteral("'%1' is in beta, not generally available").arg(capability->name));
    }
    // Lead time counts from the day the promise was made: that is when the rep should have been warned.
    if (seed && createdOn.daysTo(promise.dueOn) < seed->leadTimeDays) {
        warnings.append(QStringLiteral("due in %1; standard lead time is %2")
                            .arg(days(createdOn.daysTo(promise.dueOn)), days(seed->leadTimeDays)));
    }
    if (!seed && (promise.kind == PromiseKind::Feature || promise.kind == PromiseKind::Integration)) {
        warnings.append(QStringLiteral("names no capability from the catalog"));
    }
    if (!warnings.isEmpty()) {
        promise.feasibility = Feasibility::Warning;
        promise.feasibilityReason = warnings.join(QLatin1StringView("; "));
    }
}

std::vector<FulfilmentTask> DemoPromisePlanner::tasks(const Deal& deal, const DemoStory& story,
                                                      const std::vector<DemoPromisePlan>& promises)
{
    std::vector<FulfilmentTask> tasks;
    if (story.accepted == 0) {
        return tasks;
    }
    const QDate today = m_world.today;
    const QDate acceptedOn = W::dayOf(story.accepted);
    const bool fulfilled = story.state == HandoffState::Fulfilled;
    const QDate lastDay = fulfilled ? W::dayOf(story.fulfilled) : today.addDays(-1);
    for (const DemoPromisePlan& plan : promises) {
        const Promise& p = plan.promise;
        if (p.reviewStatus != ReviewStatus::Accepted) {
            continue;
        }
        FulfilmentTask task;
        task.promiseId = p.id;
        task.title = QLatin1StringView(taskPrefix(p.kind)) + p.description;
        task.dueOn = std::min(p.dueOn, std::max(acceptedOn.addDays(1), p.dueOn.addDays(-m_dice.between(2, 10))));
        if (p.fulfilment == Fulfilment::Fulfilled) {
            task.status = TaskStatus::Done;
            task.doneOn = clampDate(p.fulfilledOn.addDays(-m_dice.between(0, 3)), acceptedOn, p.fulfilledOn);
        } else if (p.fulfilment == Fulfilment::Broken) {
            task.status = TaskStatus::Blocked;
        } else {
            static constexpr std::array openWeights{45, 40, 15};
            static constexpr std::array open{TaskStatus::Todo, TaskStatus::InProgress, TaskStatus::Blocked};
            task.status = open[static_cast<std::size_t>(m_dice.weighted(openWeights))];
        }
        tasks.push_back(std::move(task));
    }
    const int span = std::max<int>(14, static_cast<int>(acceptedOn.daysTo(deal.goLiveTarget)));
    const int onboarding = m_dice.between(7, 11);
    const auto steps = DemoVocabulary::onboardingTasks();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (i != 0 && m_dice.below(static_cast<int>(steps.size())) >= onboarding) {
            continue; // the kickoff always happens; the rest depends on the customer
        }
        FulfilmentTask task;
        task.title = QString::fromUtf8(steps[i].title);
        task.dueOn = acceptedOn.addDays(std::max(1, span * steps[i].percent / 100));
        if (fulfilled) {
            task.status = TaskStatus::Done;
            task.doneOn = clampDate(task.dueOn.addDays(m_dice.between(-5, 3)), acceptedOn, lastDay);
        } else if (task.dueOn < today) {
            if (m_dice.chance(85)) {
                task.status = TaskStatus::Done;
                task.doneOn = clampDate(task.dueOn.addDays(m_dice.between(-4, 4)), acceptedOn, lastDay);
            } else {
                static constexpr std::array lateWeights{40, 40, 20};
                static constexpr std::array late{TaskStatus::Todo, TaskStatus::InProgress, TaskStatus::Blocked};
                task.status = late[static_cast<std::size_t>(m_dice.weighted(lateWeights))];
            }
        } else {
            const int roll = m_dice.below(100);
            if (roll < 10) {
                task.status = TaskStatus::Done;
                task.doneOn = W::dayOf(m_dice.between64(story.accepted, m_world.now() - W::kMinute));
            } else if (roll < 30) {
                task.status = TaskStatus::InProgress;
            }
        }
        tasks.push_back(std::move(task));
    }
    for (FulfilmentTask& task : tasks) {
        task.dealId = deal.id;
        task.assigneeId = deal.supportOwnerId;
    }
    return tasks;
}

} // namespace handoff
