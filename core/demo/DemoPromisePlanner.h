#pragma once

#include "demo/DemoWorld.h"
#include "model/Deal.h"
#include "model/FulfilmentTask.h"
#include "model/Promise.h"

#include <vector>

namespace handoff {

// A promise of a demo deal with what is needed to tell its history.
struct DemoPromisePlan {
    Promise promise;
    const DemoWorld::Capability* capability = nullptr;
    Feasibility feasibilityWhenMade = Feasibility::Ok; // what the sales rep saw while typing it
    qint64 createdMs = 0;
    qint64 reviewedMs = 0; // 0: not reviewed
};

// Decides a deal's promises (what, how feasible, support's review, fulfilment) and the fulfilment tasks of an
// accepted handoff, consistent with the deal's story and with today.
class DemoPromisePlanner {
public:
    DemoPromisePlanner(DemoDice& dice, const DemoWorld& world);

    // count promises made between draftFrom and draftTo.
    std::vector<DemoPromisePlan> promises(const Deal& deal, const DemoStory& story, int count, qint64 draftFrom,
                                          qint64 draftTo);
    // The tasks acceptance generated: one per accepted promise (which must have its id by now) and onboarding.
    std::vector<FulfilmentTask> tasks(const Deal& deal, const DemoStory& story,
                                      const std::vector<DemoPromisePlan>& promises);

private:
    enum class ReviewStage { None, Partial, Returned, Decided };

    void invent(DemoPromisePlan& plan, const Deal& deal, qint64 draftFrom, qint64 draftTo);
    void review(DemoPromisePlan& plan, const DemoStory& story, ReviewStage stage, bool troubled);
    void fulfil(DemoPromisePlan& plan, const DemoStory& story, ReviewStage stage);
    void assess(Promise& promise, const DemoWorld::Capability* capability, QDate createdOn) const;

    DemoDice& m_dice;
    const DemoWorld& m_world;
};

} // namespace handoff
