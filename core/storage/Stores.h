#pragma once

#include "model/Account.h"
#include "model/Capability.h"
#include "model/ChecklistAnswer.h"
#include "model/ChecklistItem.h"
#include "model/Comment.h"
#include "model/Contact.h"
#include "model/Deal.h"
#include "model/DealChannel.h"
#include "model/DealContact.h"
#include "model/FulfilmentTask.h"
#include "model/HandoffSnapshot.h"
#include "model/Promise.h"
#include "model/User.h"
#include "storage/EntityStore.h"

namespace handoff {

// The mappings are defined in EntityMapping.cpp; these declarations let every user of a store see them.
#define HANDOFF_DECLARE_MAPPING(T)                                                                                     \
    template <>                                                                                                        \
    const TableSpec& EntityMapping<T>::spec();                                                                         \
    template <>                                                                                                        \
    QVariantList EntityMapping<T>::toValues(const T& value);                                                           \
    template <>                                                                                                        \
    T EntityMapping<T>::fromRow(const Row& row);

HANDOFF_DECLARE_MAPPING(User)
HANDOFF_DECLARE_MAPPING(Account)
HANDOFF_DECLARE_MAPPING(Contact)
HANDOFF_DECLARE_MAPPING(Deal)
HANDOFF_DECLARE_MAPPING(DealContact)
HANDOFF_DECLARE_MAPPING(DealChannel)
HANDOFF_DECLARE_MAPPING(ChecklistItem)
HANDOFF_DECLARE_MAPPING(ChecklistAnswer)
HANDOFF_DECLARE_MAPPING(Capability)
HANDOFF_DECLARE_MAPPING(Promise)
HANDOFF_DECLARE_MAPPING(FulfilmentTask)
HANDOFF_DECLARE_MAPPING(Comment)
HANDOFF_DECLARE_MAPPING(HandoffSnapshot)
#undef HANDOFF_DECLARE_MAPPING
template <>
void EntityMapping<Deal>::bind(Statement& statement, const Deal& value);
template <>
void EntityMapping<Promise>::bind(Statement& statement, const Promise& value);

// One store per entity of the domain; each is cheap to make on the stack around a Database.
using UserStore = EntityStore<User>;
using AccountStore = EntityStore<Account>;
using ContactStore = EntityStore<Contact>;
using DealStore = EntityStore<Deal>;
using DealContactStore = EntityStore<DealContact>;
using DealChannelStore = EntityStore<DealChannel>;
using ChecklistItemStore = EntityStore<ChecklistItem>;
using ChecklistAnswerStore = EntityStore<ChecklistAnswer>;
using CapabilityStore = EntityStore<Capability>;
using PromiseStore = EntityStore<Promise>;
using TaskStore = EntityStore<FulfilmentTask>;
using CommentStore = EntityStore<Comment>;
using SnapshotStore = EntityStore<HandoffSnapshot>;

} // namespace handoff
