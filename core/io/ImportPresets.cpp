#include "io/ImportPresets.h"

#include <QHash>

namespace handoff {

namespace {

struct PresetColumn {
    ImportField field;
    QStringList headers; // the usual header first, then the names other editions use
};

ImportMapping build(const QList<PresetColumn>& columns, QStringList wonStages)
{
    ImportMapping mapping;
    mapping.strict = false;
    mapping.wonStages = std::move(wonStages);
    for (const PresetColumn& column : columns) {
        const QString key = toKey(column.field);
        mapping.columns.insert(key, column.headers.constFirst());
        if (column.headers.size() > 1) {
            mapping.alternatives.insert(key, column.headers.mid(1));
        }
    }
    return mapping;
}

// A Salesforce opportunity report exported as CSV ("Details Only"); multi-currency orgs add the currency column.
ImportMapping salesforce()
{
    using F = ImportField;
    const auto h = [](std::initializer_list<const char*> names) {
        QStringList list;
        for (const char* name : names) {
            list.append(QLatin1StringView(name));
        }
        return list;
    };
    return build(
        {
            {F::ExternalRef, h({"Opportunity ID", "Opportunity ID (18)", "Opportunity ID 18"})},
            {F::Title, h({"Opportunity Name"})},
            {F::Account, h({"Account Name"})},
            {F::Amount, h({"Amount", "Amount (converted)"})},
            {F::Currency, h({"Opportunity Currency", "Amount Currency", "Currency"})},
            {F::ClosedOn, h({"Close Date"})},
            {F::Stage, h({"Stage"})},
            {F::SalesRep, h({"Opportunity Owner", "Owner Name", "Owner"})},
            {F::SalesRepEmail, h({"Opportunity Owner: Email", "Owner Email", "Owner: Email"})},
            {F::Products, h({"Product Name", "Products"})},
            {F::ContractStart, h({"Contract Start Date", "Contract Start"})},
            {F::TermMonths, h({"Contract Term", "Contract Term (months)"})},
            {F::ContactName, h({"Primary Contact", "Contact Name", "Contact: Full Name"})},
            {F::ContactEmail, h({"Contact: Email", "Primary Contact Email", "Contact Email"})},
            {F::ContactPhone, h({"Contact: Phone", "Contact Phone"})},
            {F::ContactTitle, h({"Contact: Title", "Contact Title"})},
            {F::ContactRole, h({"Contact Role", "Contact: Role"})},
            {F::WhyBought, h({"Why Bought", "Reason Won", "Win Reason"})},
        },
        {QStringLiteral("Closed Won")});
}

// A HubSpot deals export; the stage is exported as its label, older exports and the API give the internal value.
ImportMapping hubspot()
{
    using F = ImportField;
    const auto h = [](std::initializer_list<const char*> names) {
        QStringList list;
        for (const char* name : names) {
            list.append(QLatin1StringView(name));
        }
        return list;
    };
    ImportMapping mapping = build(
        {
            {F::ExternalRef, h({"Record ID", "Deal ID"})},
            {F::Title, h({"Deal Name"})},
            {F::Account, h({"Associated Company", "Associated Company (Primary)", "Company name", "Company"})},
            {F::Amount, h({"Amount", "Amount in company currency"})},
            {F::Currency, h({"Currency", "Deal currency code"})},
            {F::ClosedOn, h({"Close Date"})},
            {F::Stage, h({"Deal Stage"})},
            {F::SalesRep, h({"Deal owner", "HubSpot Owner"})},
            {F::SalesRepEmail, h({"Deal owner email", "Owner email"})},
            {F::Products, h({"Line items", "Product"})},
            {F::ContractStart, h({"Contract start date", "Contract Start"})},
            {F::TermMonths, h({"Term (months)", "Contract term"})},
            {F::ContactName, h({"Associated Contact", "Associated Contact (Primary)"})},
            {F::ContactEmail, h({"Associated Contact Email", "Contact email"})},
            {F::ContactPhone, h({"Associated Contact Phone", "Contact phone"})},
            {F::WhyBought, h({"Closed won reason"})},
        },
        {QStringLiteral("Closed Won"), QStringLiteral("closedwon")});
    mapping.contactLists = true;
    return mapping;
}

// Handoff's own deals export names each column after its field and has no CRM stages to filter.
ImportMapping handoffExport()
{
    ImportMapping mapping;
    mapping.strict = false;
    for (const QString& key : ImportMapping::fieldKeys()) {
        mapping.columns.insert(key, key);
    }
    return mapping;
}

// Splits at commas outside double quotes; a doubled quote inside quotes is a quote.
QStringList splitSpec(const QString& spec, bool& unbalanced)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < spec.size(); ++i) {
        const QChar c = spec.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < spec.size() && spec.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char(',') && !quoted) {
            parts.append(current);
            current.clear();
        } else if (c == QLatin1Char('=') && quoted) {
            current += QChar(0xFFFF); // an equals sign that belongs to the column name
        } else {
            current += c;
        }
    }
    parts.append(current);
    unbalanced = quoted;
    return parts;
}

} // namespace

QStringList ImportPresets::names()
{
    return {QStringLiteral("salesforce"), QStringLiteral("hubspot"), QStringLiteral("handoff")};
}

std::optional<ImportMapping> ImportPresets::preset(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("salesforce")) {
        return salesforce();
    }
    if (key == QLatin1String("hubspot")) {
        return hubspot();
    }
    if (key == QLatin1String("handoff")) {
        return handoffExport();
    }
    return std::nullopt;
}

Result<ImportMapping> ImportPresets::parseMap(const QString& spec)
{
    bool unbalanced = false;
    const QStringList parts = splitSpec(spec, unbalanced);
    QStringList problems;
    if (unbalanced) {
        problems.append(tr("a double quote is not closed."));
    }
    ImportMapping mapping;
    for (const QString& part : parts) {
        if (part.trimmed().isEmpty()) {
            continue;
        }
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals < 0) {
            problems.append(tr("'%1' has no '=' between the field and the column.").arg(part.trimmed()));
            continue;
        }
        const QString field = part.left(equals).trimmed();
        QString column = part.mid(equals + 1).trimmed();
        column.replace(QChar(0xFFFF), QLatin1Char('='));
        if (!fromKey<ImportField>(field)) {
            problems.append(tr("'%1' is not a field Handoff imports; the fields are: %2.")
                                .arg(field, ImportMapping::fieldKeys().join(QStringLiteral(", "))));
        } else if (column.isEmpty()) {
            problems.append(tr("the field '%1' has no column after the '='.").arg(field));
        } else if (mapping.columns.contains(field)) {
            problems.append(tr("the field '%1' is mapped twice.").arg(field));
        } else {
            mapping.columns.insert(field, column);
        }
    }
    if (problems.isEmpty() && mapping.columns.isEmpty()) {
        problems.append(tr("it maps no field."));
    }
    if (!problems.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("The mapping '%1' cannot be used; write it as field=column,field=column.").arg(spec),
                         problems);
    }
    return mapping;
}

ImportMapping ImportPresets::guess(const QStringList& headers)
{
    QHash<QString, QString> present; // case-folded -> as the file spells it
    for (const QString& header : headers) {
        present.insert(header.trimmed().toCaseFolded(), header.trimmed());
    }
    const auto has = [&present](const QString& header) { return present.contains(header.trimmed().toCaseFolded()); };
    const auto spelled = [&present](const QString& header) { return present.value(header.trimmed().toCaseFolded()); };

    // A preset fits when it finds every field a deal needs; of those, the one that finds the most columns wins.
    std::optional<ImportMapping> best;
    int bestFound = 0;
    for (const QString& name : names()) {
        ImportMapping mapping = *preset(name);
        ImportMapping found = mapping;
        found.columns.clear();
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
            QStringList candidates{it.value()};
            candidates += mapping.alternatives.value(it.key());
            for (const QString& candidate : std::as_const(candidates)) {
                if (has(candidate)) {
                    found.columns.insert(it.key(), spelled(candidate));
                    break;
                }
            }
        }
        found.alternatives.clear();
        found.strict = true;
        if (found.resolve(headers) && found.columns.size() > bestFound) {
            bestFound = int(found.columns.size());
            best = found;
        }
    }
    if (best) {
        return *best;
    }
    // Field by field: the field's own key, then any preset's header for it.
    ImportMapping guessed;
    for (const QString& key : ImportMapping::fieldKeys()) {
        QStringList candidates{key};
        for (const QString& name : names()) {
            const ImportMapping mapping = *preset(name);
            if (mapping.columns.contains(key)) {
                candidates.append(mapping.columns.value(key));
                candidates += mapping.alternatives.value(key);
            }
        }
        for (const QString& candidate : std::as_const(candidates)) {
            if (has(candidate)) {
                guessed.columns.insert(key, spelled(candidate));
                break;
            }
        }
    }
    return guessed;
}

} // namespace handoff
