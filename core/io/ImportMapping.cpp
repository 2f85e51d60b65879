#include "io/ImportMapping.h"

namespace handoff {

namespace {

QString normalisedHeader(const QString& header)
{
    return header.trimmed().toCaseFolded();
}

} // namespace

QStringList ImportMapping::fieldKeys()
{
    QStringList keys;
    for (const ImportField field : allValues<ImportField>()) {
        keys.append(toKey(field));
    }
    return keys;
}

QString ImportMapping::fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::ExternalRef:
        return tr("CRM reference");
    case ImportField::Title:
        return tr("deal name");
    case ImportField::Account:
        return tr("account");
    case ImportField::Amount:
        return tr("amount");
    case ImportField::Currency:
        return tr("currency");
    case ImportField::ClosedOn:
        return tr("close date");
    case ImportField::Stage:
        return tr("stage");
    case ImportField::SalesRep:
        return tr("sales rep");
    case ImportField::SalesRepEmail:
        return tr("sales rep's email");
    case ImportField::Products:
        return tr("products");
    case ImportField::ContractStart:
        return tr("contract start");
    case ImportField::TermMonths:
        return tr("term in months");
    case ImportField::GoLiveTarget:
        return tr("go-live target");
    case ImportField::ContactName:
        return tr("contact name");
    case ImportField::ContactEmail:
        return tr("contact email");
    case ImportField::ContactPhone:
        return tr("contact phone");
    case ImportField::ContactTitle:
        return tr("contact title");
    case ImportField::ContactRole:
        return tr("contact role");
    case ImportField::WhyBought:
        return tr("why they bought");
    case ImportField::SuccessCriteria:
        return tr("success criteria");
    case ImportField::KnownRisks:
        return tr("known risks");
    case ImportField::Uid:
        return tr("Handoff deal id");
    }
    return {};
}

QList<ImportField> ImportMapping::requiredFields(bool filtersStages)
{
    QList<ImportField> required{ImportField::Account, ImportField::ClosedOn};
    if (filtersStages) {
        required.append(ImportField::Stage);
    }
    return required;
}

Result<std::array<int, enumCount<ImportField>()>> ImportMapping::resolve(const QStringList& headers) const
{
    QHash<QString, int> indexOf;
    // Last to first, so that of two columns with the same header the first one wins.
    for (int i = int(headers.size()) - 1; i >= 0; --i) {
        indexOf.insert(normalisedHeader(headers.at(i)), i);
    }
    std::array<int, enumCount<ImportField>()> indexes{};
    indexes.fill(-1);
    QStringList problems;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const auto field = fromKey<ImportField>(it.key().trimmed());
        if (!field) {
            problems.append(tr("'%1' is not a field Handoff imports; the fields are: %2.")
                                .arg(it.key(), fieldKeys().join(QStringLiteral(", "))));
            continue;
        }
        QStringList candidates{it.value()};
        candidates += alternatives.value(toKey(*field));
        for (const QString& candidate : std::as_const(candidates)) {
            if (const auto found = indexOf.constFind(normalisedHeader(candidate)); found != indexOf.cend()) {
                indexes[static_cast<std::size_t>(*field)] = *found;
                break;
            }
        }
        if (indexes[static_cast<std::size_t>(*field)] < 0 && strict) {
            problems.append(tr("the file has no column '%1' for the %2.").arg(it.value(), fieldLabel(*field)));
        }
    }
    for (const ImportField field : requiredFields(!wonStages.isEmpty())) {
        if (indexes[static_cast<std::size_t>(field)] >= 0) {
            continue;
        }
        const QString header = columns.value(toKey(field));
        if (header.isEmpty()) {
            problems.append(
                tr("no column is mapped to the %1 (%2), which every deal needs.").arg(fieldLabel(field), toKey(field)));
        } else if (!strict) {
            problems.append(
                tr("the file has no column '%1' for the %2, which every deal needs.").arg(header, fieldLabel(field)));
        }
    }
    if (!problems.isEmpty()) {
        problems.sort();
        return makeError(Error::Code::Invalid,
                         tr("The columns of the file do not fit the mapping (the file has: %1).")
                             .arg(headers.join(QStringLiteral(", "))),
                         problems);
    }
    return indexes;
}

} // namespace handoff
