#pragma once

#include "model/Enums.h"

#include <QString>

#include <span>

namespace handoff {

// Where a demo customer sits: what its domain, phone numbers, money, clocks and company names look like.
struct DemoRegion {
    const char* tld;
    const char* phonePrefix;
    const char* currency;
    int minorUnits; // minor units per major unit: 100, or 1 for JPY
    double perUsd;  // rough exchange rate, for plausible amounts
    int weight;     // how often customers come from here
    std::span<const char* const> timeZones;
    std::span<const char* const> legalForms;
    std::span<const char* const> cities;
};

struct DemoSector {
    const char* word; // as in "Harbor Logistics"
    const char* industry;
};

// A catalog entry together with what a sales rep typically promises about it and how the customer put it.
struct DemoCapability {
    const char* name;
    const char* description;
    CapabilityStatus status;
    int leadTimeDays;
    PromiseKind kind;
    const char* promise;
    const char* customerWords;
};

// A promise that names no capability. description may hold %1 for a date.
struct DemoPromise {
    PromiseKind kind;
    const char* description;
    const char* customerWords;
};

struct DemoPlan {
    const char* name;
    int usdPerSeatMonth;
    int minSeats;
    int maxSeats;
};

// An onboarding task and when it falls between acceptance (0) and go-live (100).
struct DemoTask {
    const char* title;
    int percent;
};

// The word lists that demo data is made of. Data, not user interface: English, not translated.
struct DemoVocabulary {
    static std::span<const char* const> firstNames();
    static std::span<const char* const> lastNames();
    static std::span<const char* const> companyCores();
    static std::span<const char* const> companyPrefixes();
    static std::span<const char* const> brandStarts();
    static std::span<const char* const> brandEnds();
    static std::span<const DemoSector> sectors();
    static std::span<const DemoRegion> regions();
    static std::span<const char* const> titlesFor(ContactRole role);
    static std::span<const DemoCapability> capabilities();
    static std::span<const DemoPromise> promisesWithoutCapability();
    static std::span<const DemoPlan> plans();
    static std::span<const char* const> addOns();
    static std::span<const DemoTask> onboardingTasks();
    static std::span<const char* const> pains();
    static std::span<const char* const> outcomes();
    static std::span<const char* const> successCriteria();
    static std::span<const char* const> risks();
    static std::span<const char* const> alternatives();
    static std::span<const char* const> criticalEvents();
    static std::span<const char* const> integrationsInScope();
    static std::span<const char* const> securityNeeds();
    static std::span<const char* const> scopes();
    static std::span<const char* const> pricingExceptions();
    static std::span<const char* const> justifications();
    static std::span<const char* const> reviewNotes(ReviewStatus status);
    static std::span<const char* const> returnNotes(ReturnReason reason);
    static std::span<const char* const> cancelReasons();
    static std::span<const char* const> salesComments();
    static std::span<const char* const> supportComments();
    static std::span<const char* const> userNames(Role role);

    // Lower-case ASCII letters and digits of text, for e-mail addresses and domains ("Sørensen" -> "sorensen").
    static QString asciiFold(const QString& text);
};

} // namespace handoff
