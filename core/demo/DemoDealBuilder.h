#pragma once

#include "Result.h"
#include "demo/DemoPromisePlanner.h"
#include "demo/DemoWorld.h"
#include "model/AuditEntry.h"
#include "model/Deal.h"

#include <QSet>
#include <QString>

#include <array>
#include <deque>
#include <utility>
#include <vector>

namespace handoff {

class DemoWriter;

// Writes one deal with everything around it (account, contacts, channels, checklist, promises, tasks, snapshots,
// comments, audit history), telling a consistent story from creation to its handoff state.
class DemoDealBuilder {
public:
    DemoDealBuilder(DemoDice& dice, DemoWriter& writer, const DemoWorld& world);

    Result<void> build(int index);

private:
    struct Person {
        qint64 id = 0;
        QString name;
        QString title;
        QString email;
        QString phone;
        Channel channel = Channel::Email;
        QString timeZone;
    };
    struct Customer {
        qint64 id = 0;
        QString name;
        QString shortName;
        QString industry;
        QString slug;
        QString domain;
        const DemoRegion* region = nullptr;
        std::vector<Person> people;
    };
    struct Answer {
        const DemoWorld::ChecklistItem* item = nullptr;
        QString value;
        qint64 at = 0;
    };
    // The deal being built.
    struct Current {
        int index = 0;
        Deal deal;
        DemoStory story;
        Customer* customer = nullptr;
        bool repeat = false;
        int seats = 0;
        std::array<std::size_t, enumCount<ContactRole>()> roleHolder{}; // index into customer->people
        Channel preferred = Channel::Email;
        std::vector<std::pair<Channel, QString>> channels;
        std::vector<Answer> answers;
        std::vector<DemoPromisePlan> promises;

        const Person& holder(ContactRole role) const
        {
            return customer->people[roleHolder[static_cast<std::size_t>(role)]];
        }
    };

    void planDeal(int index);
    Customer& customerFor(int index, bool& repeat);
    QString uniqueCompanyName(int index, const DemoRegion& region, const DemoSector& sector, QString& shortName,
                              QString& slug);
    Person makePerson(const Customer& customer, ContactRole role);
    DemoStory makeStory(HandoffState state, QDate closedOn);
    qint64 draftTime(); // a moment while the sales rep was still preparing the handoff
    QString answerFor(const DemoWorld::ChecklistItem& item);

    Result<void> writeCustomer();
    Result<void> writeContactsAndChannels();
    Result<void> writeChecklist();
    Result<void> writePromisesAndTasks();
    Result<void> writeSnapshots();
    QByteArray snapshot(std::size_t submission) const;
    Result<void> writeComments();
    Result<void> writeHistory();
    Result<void> writeSatisfaction();
    void log(qint64 at, qint64 actor, const char* action, const char* entity, qint64 entityId,
             const QString& field = {}, const QString& oldValue = {}, const QString& newValue = {},
             const QString& reason = {});

    DemoDice& m_dice;
    DemoWriter& m_writer;
    const DemoWorld& m_world;
    DemoPromisePlanner m_planner;
    Current m_current;
    // Hashes of the case-folded names taken so far (accounts.name is unique without regard to case): 8 bytes a name,
    // where the names themselves took about 130 at a million deals. Equal names always have equal hashes, so no name
    // is used twice; a rare collision only sends a new name to its next attempt.
    QSet<size_t> m_companyNames;
    std::deque<Customer> m_recent;                      // the latest customers, some of whom buy again
    std::vector<std::pair<qint64, AuditEntry>> m_audit; // the deal's history, sorted by time before it is written
};

} // namespace handoff
