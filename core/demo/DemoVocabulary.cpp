// Demo data is made of these lists. Every name is invented; phone numbers use ranges reserved for fiction where a
// country has one.

#include "demo/DemoVocabulary.h"

namespace handoff {

namespace {

using CS = CapabilityStatus;
using PK = PromiseKind;

constexpr const char* kFirstNames[] = {
    "Aisha",     "Alejandro", "Amara",  "Anders", "Anna",    "Arjun",  "Astrid", "Ben",       "Bianca",  "Camille",
    "Carlos",    "Chen",      "Chloe",  "Daniel", "Dara",    "David",  "Elena",  "Elif",      "Emeka",   "Emma",
    "Ethan",     "Fatima",    "Felix",  "Fiona",  "Gabriel", "Grace",  "Hana",   "Hannah",    "Hiroshi", "Ines",
    "Isaac",     "Ivan",      "Jamal",  "James",  "Jana",    "Javier", "Jin",    "Johanna",   "Jonas",   "José",
    "Julia",     "Kai",       "Karin",  "Kenji",  "Laila",   "Lars",   "Laura",  "Leila",     "Liam",    "Lina",
    "Lucas",     "Lucía",     "Maja",   "Malik",  "Marco",   "Maria",  "Mateo",  "Mei",       "Mia",     "Miguel",
    "Mohammed",  "Nadia",     "Naomi",  "Nikhil", "Nina",    "Noah",   "Olivia", "Omar",      "Oscar",   "Paula",
    "Pedro",     "Priya",     "Rafael", "Rania",  "Ravi",    "Rosa",   "Ruth",   "Sam",       "Samira",  "Sara",
    "Sebastian", "Sofia",     "Sophie", "Stefan", "Tariq",   "Thomas", "Tom",    "Valentina", "Victor",  "Wei",
    "Yara",      "Yusuf",     "Zara",   "Zoë",    "Greta",   "Hugo",   "Ingrid", "Kofi",      "Leon",    "Aiko",
};

constexpr const char* kLastNames[] = {
    "Abbott",   "Adeyemi",  "Andersen",   "Bauer",   "Becker",  "Bergström", "Brooks",     "Campbell", "Castillo",
    "Chen",     "Costa",    "Dubois",     "Eriksen", "Evans",   "Fischer",   "Fitzgerald", "Fontaine", "García",
    "Goldberg", "Gonzalez", "Gupta",      "Hahn",    "Hartley", "Hayes",     "Hoffmann",   "Holm",     "Hughes",
    "Ibrahim",  "Ito",      "Jansen",     "Jensen",  "Kaur",    "Keller",    "Khan",       "Kim",      "Klein",
    "Kowalski", "Kumar",    "Larsen",     "Laurent", "Lee",     "Lindqvist", "Lopez",      "Martin",   "Meyer",
    "Mendes",   "Molina",   "Morales",    "Moreau",  "Murphy",  "Nakamura",  "Nguyen",     "Nielsen",  "Novak",
    "Okafor",   "Olsen",    "Ortiz",      "Park",    "Patel",   "Petrov",    "Quinn",      "Ramírez",  "Reyes",
    "Richter",  "Rossi",    "Russo",      "Saito",   "Santos",  "Schmidt",   "Schneider",  "Shah",     "Silva",
    "Singh",    "Sørensen", "Sullivan",   "Suzuki",  "Tanaka",  "Taylor",    "Thompson",   "Torres",   "Van Dijk",
    "Vargas",   "Vogel",    "Wagner",     "Walsh",   "Wang",    "Weber",     "Williams",   "Wójcik",   "Yamamoto",
    "Young",    "Zhang",    "Zimmermann", "O'Brien", "MacLeod", "Ferreira",  "Haddad",     "Mensah",   "Moss",
    "Navarro",  "Price",    "Romano",     "Stone",   "Webb",    "Ahmed",     "Bianchi",    "Carter",   "Dunn",
};

constexpr const char* kCompanyCores[] = {
    "Northwind",   "Bluefin",     "Granite",    "Silverline",  "Harbor",      "Summit",    "Cobalt",     "Evergreen",
    "Ironwood",    "Brightpath",  "Redstone",   "Lakeshore",   "Meridian",    "Pinnacle",  "Keystone",   "Riverbend",
    "Oakridge",    "Stonebridge", "Clearwater", "Highland",    "Westgate",    "Eastwood",  "Fairview",   "Goldcrest",
    "Maplewood",   "Blackrock",   "Whitepeak",  "Copperfield", "Sandstone",   "Seabright", "Skyline",    "Sunridge",
    "Timberline",  "Trailhead",   "Wildflower", "Windmill",    "Beacon",      "Compass",   "Lighthouse", "Anchor",
    "Arrow",       "Atlas",       "Aurora",     "Birch",       "Cedar",       "Cypress",   "Falcon",     "Fox",
    "Heron",       "Kestrel",     "Lark",       "Lynx",        "Orca",        "Osprey",    "Otter",      "Raven",
    "Sparrow",     "Wren",        "Juniper",    "Magnolia",    "Sage",        "Willow",    "Alder",      "Aspen",
    "Basalt",      "Quartz",      "Onyx",       "Jade",        "Amber",       "Garnet",    "Opal",       "Flint",
    "Harvest",     "Meadow",      "Orchard",    "Prairie",     "Canyon",      "Delta",     "Fjord",      "Glacier",
    "Mesa",        "Ridge",       "Tundra",     "Vista",       "Zephyr",      "Nimbus",    "Solstice",   "Equinox",
    "Horizon",     "Frontier",    "Pioneer",    "Voyager",     "Navigator",   "Sentinel",  "Guardian",   "Vanguard",
    "Catalyst",    "Momentum",    "Vector",     "Quantum",     "Fusion",      "Helix",     "Matrix",     "Nexus",
    "Pulse",       "Signal",      "Spark",      "Tandem",      "Unity",       "Vertex",    "Axiom",      "Cascade",
    "Crescent",    "Ember",       "Forge",      "Foundry",     "Hearth",      "Kiln",      "Loom",       "Mill",
    "Bridgewater", "Kingsley",    "Ashford",    "Blakemore",   "Carrington",  "Dunmore",   "Elmhurst",   "Farnham",
    "Glenwood",    "Hawthorne",   "Inverness",  "Larkspur",    "Millbrook",   "Newhaven",  "Pemberton",  "Rosewood",
    "Thornbury",   "Wexford",     "Yardley",    "Brookfield",  "Ravenscroft", "Whitmore",  "Calder",     "Tamarack",
};

constexpr const char* kCompanyPrefixes[] = {
    "North", "South",   "East",     "West",  "Blue",   "Green",  "Red",     "Silver", "Golden",  "New",
    "First", "Pacific", "Atlantic", "Great", "United", "Global", "Prime",   "Royal",  "Metro",   "Apex",
    "True",  "Bright",  "Clear",    "Open",  "Smart",  "Alpine", "Coastal", "Urban",  "Central", "Nordic",
};

constexpr const char* kBrandStarts[] = {
    "Vel", "Zen", "Lum", "Cor", "Ax",  "Nov", "Quan", "Tri", "Omni", "Sol", "Ver", "Kin", "Astr", "Bri", "Cal",
    "Dyn", "Eco", "Flu", "Gal", "Hex", "Ino", "Jol",  "Kyr", "Lex",  "Mo",  "Nex", "Op",  "Pax",  "Rho", "Syn",
};

constexpr const char* kBrandEnds[] = {
    "ora", "ix", "ify", "io", "on", "ex", "ant", "wise", "ly", "era", "ium", "ic", "os", "ara", "ent", "eo", "ity",
};

constexpr DemoSector kSectors[] = {
    {"Logistics", "Transportation & Logistics"},
    {"Freight", "Transportation & Logistics"},
    {"Health", "Healthcare"},
    {"Clinics", "Healthcare"},
    {"Medical", "Healthcare"},
    {"Foods", "Food & Beverage"},
    {"Brewing", "Food & Beverage"},
    {"Analytics", "Software"},
    {"Software", "Software"},
    {"Labs", "Software"},
    {"Systems", "Information Technology"},
    {"Networks", "Telecommunications"},
    {"Telecom", "Telecommunications"},
    {"Energy", "Energy & Utilities"},
    {"Power", "Energy & Utilities"},
    {"Solar", "Energy & Utilities"},
    {"Capital", "Financial Services"},
    {"Financial", "Financial Services"},
    {"Insurance", "Insurance"},
    {"Bank", "Banking"},
    {"Retail", "Retail"},
    {"Outfitters", "Retail"},
    {"Home", "Retail"},
    {"Manufacturing", "Manufacturing"},
    {"Industries", "Manufacturing"},
    {"Robotics", "Manufacturing"},
    {"Engineering", "Engineering & Construction"},
    {"Construction", "Engineering & Construction"},
    {"Builders", "Engineering & Construction"},
    {"Properties", "Real Estate"},
    {"Realty", "Real Estate"},
    {"Hotels", "Hospitality"},
    {"Travel", "Travel & Leisure"},
    {"Media", "Media & Entertainment"},
    {"Studios", "Media & Entertainment"},
    {"Publishing", "Media & Entertainment"},
    {"Education", "Education"},
    {"Academy", "Education"},
    {"Learning", "Education"},
    {"Legal", "Legal Services"},
    {"Consulting", "Professional Services"},
    {"Partners", "Professional Services"},
    {"Advisors", "Professional Services"},
    {"Agency", "Marketing & Advertising"},
    {"Marketing", "Marketing & Advertising"},
    {"Pharma", "Pharmaceuticals"},
    {"Biotech", "Biotechnology"},
    {"Farms", "Agriculture"},
    {"Marine", "Maritime"},
    {"Aviation", "Aerospace"},
    {"Motors", "Automotive"},
    {"Security", "Security"},
    {"Nonprofit", "Nonprofit"},
    {"Foundation", "Nonprofit"},
};

constexpr const char* kUsZones[] = {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                                    "America/Phoenix"};
constexpr const char* kUsLegal[] = {"Inc.", "LLC", "Corp.", "Co."};
constexpr const char* kUsCities[] = {"Boston", "Austin", "Denver", "Seattle", "Chicago", "Atlanta", "Portland"};
constexpr const char* kUkZones[] = {"Europe/London"};
constexpr const char* kUkLegal[] = {"Ltd", "plc", "LLP"};
constexpr const char* kUkCities[] = {"Leeds", "Bristol", "Manchester", "Edinburgh", "Cardiff"};
constexpr const char* kDeZones[] = {"Europe/Berlin"};
constexpr const char* kDeLegal[] = {"GmbH", "AG", "GmbH & Co. KG"};
constexpr const char* kDeCities[] = {"Hamburg", "München", "Köln", "Leipzig", "Stuttgart"};
constexpr const char* kFrZones[] = {"Europe/Paris"};
constexpr const char* kFrLegal[] = {"SAS", "SA", "SARL"};
constexpr const char* kFrCities[] = {"Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse"};
constexpr const char* kNlZones[] = {"Europe/Amsterdam"};
constexpr const char* kNlLegal[] = {"B.V.", "N.V."};
constexpr const char* kNlCities[] = {"Utrecht", "Rotterdam", "Eindhoven", "Groningen"};
constexpr const char* kSeZones[] = {"Europe/Stockholm"};
constexpr const char* kSeLegal[] = {"AB"};
constexpr const char* kSeCities[] = {"Göteborg", "Malmö", "Uppsala"};
constexpr const char* kEsZones[] = {"Europe/Madrid"};
constexpr const char* kEsLegal[] = {"S.L.", "S.A."};
constexpr const char* kEsCities[] = {"Valencia", "Sevilla", "Bilbao", "Málaga"};
constexpr const char* kCaZones[] = {"America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax"};
constexpr const char* kCaLegal[] = {"Inc.", "Ltd."};
constexpr const char* kCaCities[] = {"Ottawa", "Calgary", "Montréal", "Victoria"};
constexpr const char* kAuZones[] = {"Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"};
constexpr const char* kAuLegal[] = {"Pty Ltd"};
constexpr const char* kAuCities[] = {"Adelaide", "Hobart", "Canberra", "Geelong"};
constexpr const char* kJpZones[] = {"Asia/Tokyo"};
constexpr const char* kJpLegal[] = {"K.K."};
constexpr const char* kJpCities[] = {"Osaka", "Nagoya", "Fukuoka", "Sapporo"};
constexpr const char* kSgZones[] = {"Asia/Singapore"};
constexpr const char* kSgLegal[] = {"Pte. Ltd."};
constexpr const char* kSgCities[] = {"Jurong", "Tampines"};
constexpr const char* kInZones[] = {"Asia/Kolkata"};
constexpr const char* kInLegal[] = {"Pvt. Ltd."};
constexpr const char* kInCities[] = {"Pune", "Bengaluru", "Hyderabad", "Chennai"};

constexpr DemoRegion kRegions[] = {
    {".com", "+1", "USD", 100, 1.0, 40, kUsZones, kUsLegal, kUsCities},
    {".co.uk", "+44", "GBP", 100, 0.79, 12, kUkZones, kUkLegal, kUkCities},
    {".de", "+49", "EUR", 100, 0.92, 10, kDeZones, kDeLegal, kDeCities},
    {".fr", "+33", "EUR", 100, 0.92, 6, kFrZones, kFrLegal, kFrCities},
    {".nl", "+31", "EUR", 100, 0.92, 5, kNlZones, kNlLegal, kNlCities},
    {".se", "+46", "SEK", 100, 10.5, 3, kSeZones, kSeLegal, kSeCities},
    {".es", "+34", "EUR", 100, 0.92, 4, kEsZones, kEsLegal, kEsCities},
    {".ca", "+1", "CAD", 100, 1.36, 7, kCaZones, kCaLegal, kCaCities},
    {".com.au", "+61", "AUD", 100, 1.52, 6, kAuZones, kAuLegal, kAuCities},
    {".co.jp", "+81", "JPY", 1, 150.0, 3, kJpZones, kJpLegal, kJpCities},
    {".sg", "+65", "SGD", 100, 1.34, 2, kSgZones, kSgLegal, kSgCities},
    {".in", "+91", "INR", 100, 83.0, 2, kInZones, kInLegal, kInCities},
};

constexpr const char* kSponsorTitles[] = {"Chief Operating Officer",   "VP of Customer Experience",
                                          "Chief Revenue Officer",     "VP of Operations",
                                          "Chief Information Officer", "Managing Director"};
constexpr const char* kDecisionTitles[] = {"Director of IT",      "Head of Operations", "Director of Customer Support",
                                           "Head of Procurement", "VP of Engineering",  "Director of Sales Operations"};
constexpr const char* kDayToDayTitles[] = {"Operations Manager",       "Support Team Lead", "Project Manager",
                                           "Customer Service Manager", "Program Manager",   "Business Analyst"};
constexpr const char* kTechnicalTitles[] = {"IT Administrator",       "Solutions Architect", "Systems Engineer",
                                            "Head of Infrastructure", "Security Engineer",   "Integration Developer"};
constexpr const char* kBillingTitles[] = {"Accounts Payable Specialist", "Finance Manager", "Controller",
                                          "Procurement Specialist", "Billing Coordinator"};

constexpr DemoCapability kCapabilities[] = {
    {"SAML single sign-on", "Sign-in through any SAML 2.0 identity provider (Okta, Entra ID, OneLogin, Ping).",
     CS::Available, 10, PK::Feature, "SAML single sign-on with their identity provider before go-live",
     "Security will not let us roll out anything without SSO."},
    {"OpenID Connect sign-in", "Sign-in with Google Workspace or Microsoft accounts through OpenID Connect.",
     CS::Available, 5, PK::Feature, "Sign-in with their Google Workspace accounts",
     "Our people already live in Google; no new passwords please."},
    {"SCIM user provisioning", "Users and groups created and removed automatically from the identity provider.",
     CS::Beta, 21, PK::Feature, "Automatic user provisioning and deprovisioning through SCIM",
     "When someone leaves, their access has to disappear the same day."},
    {"Salesforce integration", "Two-way sync of accounts, contacts and cases with Salesforce.", CS::Available, 14,
     PK::Integration, "Two-way sync of accounts and cases with their Salesforce org",
     "Our reps must see every ticket inside Salesforce."},
    {"HubSpot integration", "Contacts, companies and tickets synced with HubSpot.", CS::Available, 7, PK::Integration,
     "Ticket and contact sync with HubSpot", "Marketing runs on HubSpot, so it all has to flow there."},
    {"Microsoft Dynamics 365 integration", "Sync with Dynamics 365 Sales and Customer Service.", CS::Planned, 90,
     PK::Integration, "Integration with their Dynamics 365 instance", "We are a Microsoft shop, top to bottom."},
    {"Slack integration", "Notifications and ticket actions in Slack channels.", CS::Available, 3, PK::Integration,
     "Ticket alerts in their Slack channels", "If it is not in Slack, nobody here will see it."},
    {"Microsoft Teams integration", "Notifications and approvals in Microsoft Teams.", CS::Beta, 14, PK::Integration,
     "Notifications and approvals inside Microsoft Teams", "Everyone works in Teams all day."},
    {"Zendesk integration", "Tickets and users imported and kept in sync with Zendesk.", CS::Available, 7,
     PK::Integration, "Keep their Zendesk history in sync during the transition",
     "We can't lose five years of ticket history."},
    {"Jira integration", "Link tickets to Jira issues and sync their status.", CS::Available, 5, PK::Integration,
     "Escalations linked to Jira issues with status sync", "Engineering only looks at Jira."},
    {"ServiceNow integration", "Incident and change sync with ServiceNow ITSM.", CS::Planned, 120, PK::Integration,
     "Incident sync with their ServiceNow instance", "IT operations runs everything through ServiceNow."},
    {"SAP ERP connector", "Direct connection to SAP S/4HANA for orders and invoices.", CS::Unsupported, 0,
     PK::Integration, "Orders and invoices pulled directly from SAP", "Finance wants the numbers straight from SAP."},
    {"Snowflake data export", "Scheduled export of all data to the customer's Snowflake account.", CS::Beta, 30,
     PK::Integration, "Nightly export of all data into their Snowflake warehouse",
     "Our analysts need everything in Snowflake by morning."},
    {"REST API with raised rate limits", "The public REST API with up to 100 requests per second.", CS::Available, 5,
     PK::Feature, "API access with raised rate limits for their internal tools",
     "We will hit the API hard from our own portal."},
    {"Outgoing webhooks", "Signed webhooks for every change of a record.", CS::Available, 2, PK::Feature,
     "Webhooks into their event bus for every ticket change", "We react to events, we don't poll."},
    {"EU data residency", "All customer data stored and processed in EU data centres only.", CS::Available, 30,
     PK::Feature, "All their data hosted in the EU", "Our works council requires EU hosting, full stop."},
    {"Australian data residency", "Data stored and processed in Australian data centres.", CS::Planned, 150,
     PK::Feature, "Data hosted in Australia", "Government clients require onshore hosting."},
    {"On-premises deployment", "Installation in the customer's own data centre.", CS::Unsupported, 0, PK::Feature,
     "An on-premises installation in their data centre", "Nothing leaves our building."},
    {"99.9% uptime SLA", "Standard service level: 99.9% monthly availability with service credits.", CS::Available, 0,
     PK::ServiceLevel, "99.9% monthly uptime with service credits", "We need a real SLA, in the contract."},
    {"99.95% uptime SLA", "Premium service level: 99.95% monthly availability.", CS::Available, 14, PK::ServiceLevel,
     "99.95% uptime under the premium SLA", "Downtime costs us real money every minute."},
    {"99.99% uptime SLA", "Four nines of monthly availability.", CS::Unsupported, 0, PK::ServiceLevel,
     "99.99% guaranteed uptime", "Our own customers get four nines from us, so we need it too."},
    {"24/7 phone support", "Phone support around the clock for priority 1 incidents.", CS::Available, 7,
     PK::ServiceLevel, "24/7 phone support for their night shift", "Our warehouse runs through the night."},
    {"One-hour P1 response", "First response to priority 1 tickets within one hour.", CS::Available, 7,
     PK::ServiceLevel, "First response to P1 incidents within one hour", "When we are down, we need you in an hour."},
    {"Dedicated customer success manager", "A named CSM with quarterly business reviews.", CS::Available, 14,
     PK::ServiceLevel, "A named customer success manager with quarterly reviews",
     "We want one person who knows us, not a queue."},
    {"Sandbox environment", "A separate sandbox for testing configuration changes.", CS::Available, 10, PK::Feature,
     "A sandbox that mirrors production for testing", "We never change production without testing first."},
    {"Audit log export", "Export of the full audit trail as CSV or to a SIEM.", CS::Available, 5, PK::Feature,
     "Audit log export into their SIEM", "Our auditors ask for every access record each quarter."},
    {"Customer-managed encryption keys", "Data encrypted with keys held in the customer's own KMS.", CS::Planned, 180,
     PK::Feature, "Encryption with keys from their own AWS KMS", "We hold the keys, or legal says no."},
    {"HIPAA business associate agreement", "A signed BAA and HIPAA-eligible configuration.", CS::Available, 21,
     PK::Feature, "A signed HIPAA BAA before any patient data is loaded", "We handle patient data; a BAA is a must."},
    {"SOC 2 Type II report", "The latest SOC 2 Type II report under NDA.", CS::Available, 3, PK::Feature,
     "Our SOC 2 Type II report for their vendor review", "Procurement needs the SOC 2 report to sign."},
    {"FedRAMP Moderate authorization", "Authorization for US federal workloads.", CS::Unsupported, 0, PK::Feature,
     "FedRAMP Moderate authorization for their federal contracts", "Our federal customers require FedRAMP."},
    {"Custom roles and permissions", "Fine-grained roles beyond admin, agent and viewer.", CS::Beta, 14, PK::Feature,
     "Custom roles so contractors see only their queue", "Contractors must not see our VIP customers."},
    {"IP allow-listing", "Access restricted to listed IP ranges.", CS::Available, 5, PK::Feature,
     "Access limited to their office and VPN IP ranges", "Access only from our network."},
    {"Multi-currency invoicing", "Invoices in the customer's local currency.", CS::Available, 10, PK::Pricing,
     "Invoices in their local currency", "Our finance team will not pay invoices in dollars."},
    {"White-label customer portal", "The help portal under the customer's own brand and domain.", CS::Planned, 120,
     PK::Feature, "The customer portal on their own domain and brand", "Our customers must never see your logo."},
    {"Offline mobile app", "The mobile app works without a connection and syncs later.", CS::Beta, 30, PK::Feature,
     "Mobile app that works offline for field technicians", "Our technicians work in basements with no signal."},
    {"Assisted data migration", "Our team migrates data from the previous system.", CS::Available, 21, PK::Custom,
     "Migration of their historical data by our team", "We don't have anyone to do the migration ourselves."},
    {"Custom reporting dashboards", "Dashboards built from any field, shared by schedule.", CS::Available, 10,
     PK::Feature, "A weekly executive dashboard emailed to their leadership", "The board wants numbers every Monday."},
    {"Live remote admin training", "Instructor-led remote training for administrators.", CS::Available, 10,
     PK::Training, "Two remote training sessions for their administrators", "Our admins need to be self-sufficient."},
    {"On-site training", "Instructor-led training at the customer's site.", CS::Available, 30, PK::Training,
     "A full day of on-site training for their team leads", "Our people learn best in the room."},
    {"WCAG 2.1 AA conformance", "The agent and customer interfaces conform to WCAG 2.1 AA.", CS::Beta, 60, PK::Feature,
     "WCAG 2.1 AA accessibility for their public help centre", "Accessibility is a legal requirement for us."},
};

constexpr DemoPromise kPromisesWithoutCapability[] = {
    {PK::Timeline, "Go-live by %1", "We have to be live before our busy season."},
    {PK::Timeline, "Kickoff call within five business days of signature", "We want to start right away."},
    {PK::Timeline, "Historical data migrated by %1", "The old contract ends that day."},
    {PK::Timeline, "Pilot with one team completed by %1", "We prove it with one team, then roll out."},
    {PK::Timeline, "All 12 regional offices live by %1", "Every office at once, no stragglers."},
    {PK::Training, "Train-the-trainer programme for ten internal champions", "Our champions will teach everyone else."},
    {PK::Training, "Recorded onboarding videos for new hires", "We hire every month; training has to scale."},
    {PK::Training, "Weekly office hours during the first two months", "We will have lots of questions early on."},
    {PK::Pricing, "Price locked for the whole term", "No surprises at renewal."},
    {PK::Pricing, "First two months free while they migrate", "We are still paying the old vendor."},
    {PK::Pricing, "Renewal uplift capped at 3%", "Budget is fixed for three years."},
    {PK::Pricing, "Unused seats credited at the first true-up", "We may not fill every seat in year one."},
    {PK::Pricing, "Non-profit discount of 20% applied on every invoice", "We are a registered charity."},
    {PK::Custom, "A custom report of first-contact resolution per region", "That is the number our COO watches."},
    {PK::Custom, "Monthly sandbox refresh from production", "Our test data gets stale quickly."},
    {PK::Custom, "Custom field mapping for their legacy ticket categories", "Our categories took years to get right."},
    {PK::Other, "Quarterly business review with an executive sponsor", "We want to be heard at the top."},
    {PK::Other, "Introduction to two reference customers in their industry", "We'd like to talk to peers first."},
    {PK::Other, "Early access to the new analytics module", "We want to shape the roadmap."},
    {PK::Feature, "Dark mode in the agent console", "Our night shift asked for it."},
    {PK::Feature, "Bulk edit of up to 10,000 tickets at once", "We clean up queues in bulk every quarter."},
    {PK::Integration, "Two-way sync with their in-house order system", "Orders are where our tickets start."},
    {PK::Integration, "Import from their legacy Access database", "Twenty years of customer notes live there."},
};

constexpr DemoPlan kPlans[] = {
    {"Starter", 19, 5, 40},
    {"Team", 39, 10, 150},
    {"Business", 69, 25, 600},
    {"Enterprise", 109, 100, 3000},
};

constexpr const char* kAddOns[] = {"Advanced Analytics", "Premium Support",      "Sandbox",   "API Pack",
                                   "Data Residency",     "Workforce Management", "AI Assist", "Knowledge Base Pro",
                                   "Compliance Pack",    "Field Service"};

constexpr DemoTask kOnboardingTasks[] = {
    {"Schedule and run the kickoff call", 3},
    {"Send the welcome pack and onboarding plan", 5},
    {"Provision the production workspace", 10},
    {"Invite administrators and set up roles", 15},
    {"Configure single sign-on", 25},
    {"Configure email and chat channels", 30},
    {"Import users and teams", 35},
    {"Import historical data", 45},
    {"Set up integrations in scope", 50},
    {"Run admin training", 60},
    {"Run agent training", 70},
    {"User acceptance testing with the customer", 80},
    {"Go-live readiness review", 90},
    {"Go-live day support", 100},
    {"30-day check-in after go-live", 130},
    {"First quarterly business review", 180},
};

constexpr const char* kPains[] = {
    "Tickets get lost between email inboxes and nobody owns them.",
    "Response times doubled after the last hiring freeze.",
    "The old tool is end-of-life and the vendor stopped patching it.",
    "Managers have no view of backlog or SLA breaches.",
    "Agents switch between five tools to answer one question.",
    "Customers repeat their problem to every agent they reach.",
    "Renewals are lost because support problems reach sales too late.",
    "Reporting takes two days of spreadsheet work every month.",
};

constexpr const char* kOutcomes[] = {
    "One queue for every channel with clear ownership.",
    "First response within four business hours for every ticket.",
    "Self-service deflects a third of routine questions.",
    "Leadership sees backlog and satisfaction on one dashboard.",
    "New agents productive in their first week.",
    "Escalations reach engineering with full context.",
};

constexpr const char* kSuccessCriteria[] = {
    "First response time under 4 hours for 90% of tickets within 90 days.",
    "Customer satisfaction above 4.5 out of 5 by the end of the first quarter.",
    "Backlog older than 7 days reduced by half within 60 days.",
    "All agents onboarded and the old tool switched off by go-live.",
    "Self-service resolves 30% of incoming questions within six months.",
    "Monthly reporting produced automatically, with no spreadsheet work.",
    "Zero P1 incidents without a response inside the SLA.",
};

constexpr const char* kRisks[] = {
    "Champion is leaving the company next quarter.",
    "IT has not yet approved the security review.",
    "Budget owner changed during the deal; new sponsor not yet engaged.",
    "Expectations about the roadmap may be higher than what we can ship.",
    "Previous implementation with another vendor failed; team is sceptical.",
    "Tight go-live date set by their busy season.",
    "Data migration depends on an export the old vendor controls.",
    "No known risks beyond a short timeline.",
};

constexpr const char* kAlternatives[] = {
    "Zendesk: too expensive at their seat count.", "Freshdesk: lacked the Salesforce sync they need.",
    "Building in-house: no engineering capacity.", "Staying on email: did not scale past ten agents.",
    "ServiceNow: overkill for their team size.",
};

constexpr const char* kCriticalEvents[] = {
    "Peak season starts in November.",
    "The old contract ends at the end of the quarter.",
    "External audit in the spring.",
    "Product launch next month will triple ticket volume.",
};

constexpr const char* kIntegrationsInScope[] = {
    "Salesforce (owned by Sales Ops), Slack (owned by IT).",
    "Jira for escalations; owned by the engineering manager.",
    "HubSpot contacts; Snowflake export for analytics.",
    "None at go-live; Teams notifications later.",
    "Okta SSO and SCIM; Zendesk history import.",
};

constexpr const char* kSecurityNeeds[] = {
    "Okta SAML SSO; security questionnaire completed.",
    "EU hosting required; DPA signed.",
    "SOC 2 report reviewed by their CISO.",
    "IP allow-listing for the office VPN.",
    "HIPAA BAA required before patient data is loaded.",
};

constexpr const char* kScopes[] = {
    "Email and chat channels, two teams, standard reports. Phone channel out of scope.",
    "All support teams in three regions; knowledge base migration included.",
    "Pilot with the billing team, then company-wide rollout.",
    "Agent workspace, customer portal and Salesforce sync. Custom reporting out of scope.",
};

constexpr const char* kPricingExceptions[] = {
    "15% multi-year discount.",
    "Two free months at the start.",
    "Renewal uplift capped at 3%.",
    "Training days included at no charge.",
    "Seat ramp: half the seats for the first six months.",
};

constexpr const char* kJustifications[] = {
    "Customer accepted a manual workaround until the capability ships; documented in the order form.",
    "VP of Sales approved the exception; product team informed.",
    "Customer agreed in writing that this is a best-effort goal, not a commitment.",
    "Deal would not close without it; escalated to the product lead for a decision.",
};

constexpr const char* kReviewAccepted[] = {"Standard; covered by onboarding.", "Confirmed with product.",
                                           "Fine, we do this every week.", "Looks good.", ""};
constexpr const char* kReviewClarify[] = {
    "Which teams does this cover?", "Please confirm the exact date with the customer.", "Is this per region or global?",
    "What does the customer mean by 'real time'?"};
constexpr const char* kReviewCannot[] = {"Not on the roadmap; we cannot deliver this.",
                                         "Lead time is longer than the due date allows.",
                                         "Engineering confirmed this will not ship this year."};
constexpr const char* kReviewPending[] = {""};

constexpr const char* kReturnMissing[] = {"Billing contact and signed order form are missing.",
                                          "Please add the technical contact and the integrations in scope."};
constexpr const char* kReturnInfeasible[] = {"One promise cannot be delivered; please renegotiate or get it waived.",
                                             "Due date is shorter than the lead time; talk to the customer."};
constexpr const char* kReturnUnclear[] = {"Implementation scope is unclear: which teams go live first?",
                                          "Please clarify what 'full integration' means for the customer."};
constexpr const char* kReturnWrongOwner[] = {"This customer belongs to the enterprise team; please reassign."};
constexpr const char* kReturnOther[] = {"Customer asked to pause the handoff for two weeks."};

constexpr const char* kCancelReasons[] = {"Customer did not countersign the order form.",
                                          "Deal was entered twice; duplicate.", "Customer went with a competitor.",
                                          "Legal review failed on data processing terms."};

constexpr const char* kSalesComments[] = {
    "Customer is very responsive; the sponsor answers within hours.",
    "Heads-up: they were burned by their last vendor, so over-communicate.",
    "I promised a quick kickoff, please reach out this week.",
    "Updated the checklist after the call with their IT team.",
    "The sponsor prefers phone calls over email.",
};

constexpr const char* kSupportComments[] = {
    "Kickoff scheduled; customer confirmed the agenda.",
    "Reviewed the promises with product; two need a date check.",
    "Technical contact is on leave until next week.",
    "Provisioning done, waiting for SSO metadata from the customer.",
    "Customer is happy so far; first training went well.",
    "We are at risk on the migration date; flagged to the lead.",
};

constexpr const char* kSalesNames[] = {"Alex Morgan",    "Priya Raman",    "Jonas Keller",
                                       "Maria Alvarez",  "Tom Becker",     "Chloe Martin",
                                       "Kenji Watanabe", "Sara Lindqvist", "Owen Fletcher"};
constexpr const char* kSupportNames[] = {"Dana Whitfield", "Luis Fernández", "Amira Haddad", "Ben Okafor", "Grace Liu"};
constexpr const char* kLeadNames[] = {"Rebecca Stone", "Martin Kovač"};

} // namespace

std::span<const char* const> DemoVocabulary::firstNames()
{
    return kFirstNames;
}
std::span<const char* const> DemoVocabulary::lastNames()
{
    return kLastNames;
}
std::span<const char* const> DemoVocabulary::companyCores()
{
    return kCompanyCores;
}
std::span<const char* const> DemoVocabulary::companyPrefixes()
{
    return kCompanyPrefixes;
}
std::span<const char* const> DemoVocabulary::brandStarts()
{
    return kBrandStarts;
}
std::span<const char* const> DemoVocabulary::brandEnds()
{
    return kBrandEnds;
}
std::span<const DemoSector> DemoVocabulary::sectors()
{
    return kSectors;
}
std::span<const DemoRegion> DemoVocabulary::regions()
{
    return kRegions;
}
std::span<const DemoCapability> DemoVocabulary::capabilities()
{
    return kCapabilities;
}
std::span<const DemoPromise> DemoVocabulary::promisesWithoutCapability()
{
    return kPromisesWithoutCapability;
}
std::span<const DemoPlan> DemoVocabulary::plans()
{
    return kPlans;
}
std::span<const char* const> DemoVocabulary::addOns()
{
    return kAddOns;
}
std::span<const DemoTask> DemoVocabulary::onboardingTasks()
{
    return kOnboardingTasks;
}
std::span<const char* const> DemoVocabulary::pains()
{
    return kPains;
}
std::span<const char* const> DemoVocabulary::outcomes()
{
    return kOutcomes;
}
std::span<const char* const> DemoVocabulary::successCriteria()
{
    return kSuccessCriteria;
}
std::span<const char* const> DemoVocabulary::risks()
{
    return kRisks;
}
std::span<const char* const> DemoVocabulary::alternatives()
{
    return kAlternatives;
}
std::span<const char* const> DemoVocabulary::criticalEvents()
{
    return kCriticalEvents;
}
std::span<const char* const> DemoVocabulary::integrationsInScope()
{
    return kIntegrationsInScope;
}
std::span<const char* const> DemoVocabulary::securityNeeds()
{
    return kSecurityNeeds;
}
std::span<const char* const> DemoVocabulary::scopes()
{
    return kScopes;
}
std::span<const char* const> DemoVocabulary::pricingExceptions()
{
    return kPricingExceptions;
}
std::span<const char* const> DemoVocabulary::justifications()
{
    return kJustifications;
}
std::span<const char* const> DemoVocabulary::cancelReasons()
{
    return kCancelReasons;
}
std::span<const char* const> DemoVocabulary::salesComments()
{
    return kSalesComments;
}
std::span<const char* const> DemoVocabulary::supportComments()
{
    return kSupportComments;
}

std::span<const char* const> DemoVocabulary::titlesFor(ContactRole role)
{
    switch (role) {
    case ContactRole::Sponsor:
        return kSponsorTitles;
    case ContactRole::DecisionMaker:
        return kDecisionTitles;
    case ContactRole::DayToDay:
        return kDayToDayTitles;
    case ContactRole::Technical:
        return kTechnicalTitles;
    case ContactRole::Billing:
        break;
    }
    return kBillingTitles;
}

std::span<const char* const> DemoVocabulary::reviewNotes(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Accepted:
        return kReviewAccepted;
    case ReviewStatus::NeedsClarification:
        return kReviewClarify;
    case ReviewStatus::CannotFulfil:
        return kReviewCannot;
    case ReviewStatus::Pending:
        break;
    }
    return kReviewPending;
}

std::span<const char* const> DemoVocabulary::returnNotes(ReturnReason reason)
{
    switch (reason) {
    case ReturnReason::MissingInformation:
        return kReturnMissing;
    case ReturnReason::InfeasiblePromise:
        return kReturnInfeasible;
    case ReturnReason::UnclearScope:
        return kReturnUnclear;
    case ReturnReason::WrongOwner:
        return kReturnWrongOwner;
    case ReturnReason::Other:
        break;
    }
    return kReturnOther;
}

std::span<const char* const> DemoVocabulary::userNames(Role role)
{
    switch (role) {
    case Role::Sales:
        return kSalesNames;
    case Role::Support:
        return kSupportNames;
    case Role::Lead:
        break;
    }
    return kLeadNames;
}

QString DemoVocabulary::asciiFold(const QString& text)
{
    QString result;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            result += QChar(u);
        } else if (u == u'ø') {
            result += u'o';
        } else if (u == u'æ') {
            result += QLatin1StringView("ae");
        } else if (u == u'ß') {
            result += QLatin1StringView("ss");
        } else if (u == u'ł') {
            result += u'l';
        }
    }
    return result;
}

} // namespace handoff
