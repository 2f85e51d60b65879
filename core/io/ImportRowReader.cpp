#include "io/ImportRowReader.h"

#include "io/CsvWriter.h"
#include "model/UserText.h"

#include <QUuid>

namespace handoff {

namespace {

constexpr ImportField kDateFields[] = {ImportField::ClosedOn, ImportField::ContractStart, ImportField::GoLiveTarget};

// HubSpot exports an associated contact as "Jane Doe (jane@acme.com)", several of them separated by ';': the first
// person, with the email apart from the name. Returns whether the cell named more people.
bool splitContact(QString& name, QString& email)
{
    const qsizetype semicolon = name.indexOf(QLatin1Char(';'));
    const bool more = semicolon >= 0 && !QStringView(name).mid(semicolon + 1).trimmed().isEmpty();
    if (semicolon >= 0) {
        name = name.left(semicolon).trimmed();
    }
    for (const auto& [open, close] : {std::pair{u'(', u')'}, std::pair{u'<', u'>'}}) {
        const qsizetype start = name.lastIndexOf(QChar(open));
        if (start >= 0 && name.endsWith(QChar(close)) && name.indexOf(QLatin1Char('@'), start) > start) {
            if (email.isEmpty()) {
                email = name.mid(start + 1, name.size() - start - 2).trimmed();
            }
            name = name.left(start).trimmed();
            return more;
        }
    }
    if (name.contains(QLatin1Char('@')) && !name.contains(QLatin1Char(' ')) && email.isEmpty()) {
        email = name;
    }
    return more;
}

std::optional<ContactRole> contactRole(QStringView text)
{
    QString key = text.trimmed().toString().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key.isEmpty()) {
        return ContactRole::DayToDay;
    }
    if (const auto role = fromKey<ContactRole>(key)) {
        return role;
    }
    // Salesforce's default opportunity contact roles.
    static const std::pair<const char*, ContactRole> synonyms[] = {
        {"executive_sponsor", ContactRole::Sponsor},
        {"economic_buyer", ContactRole::DecisionMaker},
        {"economic_decision_maker", ContactRole::DecisionMaker},
        {"technical_buyer", ContactRole::Technical},
        {"evaluator", ContactRole::Technical},
        {"business_user", ContactRole::DayToDay},
        {"influencer", ContactRole::DayToDay},
        {"other", ContactRole::DayToDay},
        {"billing_contact", ContactRole::Billing},
        {"champion", ContactRole::Sponsor},
    };
    for (const auto& [name, role] : synonyms) {
        if (key == QLatin1StringView(name)) {
            return role;
        }
    }
    return std::nullopt;
}

QString quoted(QStringView text)
{
    return QLatin1Char('\'') + text.toString() + QLatin1Char('\'');
}

} // namespace

ImportRowReader::ImportRowReader(const Columns& columns, const QStringList& wonStages, DateOrder order,
                                 bool contactLists)
    : m_columns(columns)
    , m_given(order)
    , m_contactLists(contactLists)
{
    for (const QString& stage : wonStages) {
        m_wonStages.append(stage.trimmed());
    }
}

QStringView ImportRowReader::value(const QStringList& fields, ImportField field) const
{
    const int column = m_columns[static_cast<std::size_t>(field)];
    if (column < 0 || column >= fields.size()) {
        return {};
    }
    // Handoff's own export (and other tools that follow OWASP) put an apostrophe before text a spreadsheet would run
    // as a formula; it is taken off before trimming, so "'\tx" does not lose its tab first.
    return CsvWriter::restored(fields.at(column)).trimmed();
}

bool ImportRowReader::isWon(const QStringList& fields) const
{
    if (m_wonStages.isEmpty()) {
        return true;
    }
    const QStringView stage = value(fields, ImportField::Stage);
    for (const QString& won : m_wonStages) {
        if (stage.compare(won, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString ImportRowReader::conflictReason() const
{
    return tr("a date in this row could be read month first or day first, and the file has dates in both orders "
              "(line %1 is day first, line %2 month first); use --date-format mdy or dmy")
        .arg(m_dayFirstLine)
        .arg(m_monthFirstLine);
}

QList<qint64> ImportRowReader::takeInferredLines()
{
    return std::exchange(m_inferredLines, {});
}

bool ImportRowReader::noteDateOrder(const QStringList& fields, qint64 line)
{
    if (m_given != DateOrder::Detect || (m_dayFirstLine && m_monthFirstLine)) {
        return false;
    }
    const bool undecided = order() == DateOrder::Detect;
    for (const ImportField field : kDateFields) {
        switch (ImportValueParser::slashEvidence(value(fields, field))) {
        case DateOrder::DayFirst:
            m_dayFirstLine = m_dayFirstLine ? m_dayFirstLine : line;
            break;
        case DateOrder::MonthFirst:
            m_monthFirstLine = m_monthFirstLine ? m_monthFirstLine : line;
            break;
        case DateOrder::Detect:
            break;
        }
    }
    return undecided && order() != DateOrder::Detect;
}

DateOrder ImportRowReader::order() const
{
    if (m_given != DateOrder::Detect) {
        return m_given;
    }
    if (m_dayFirstLine && !m_monthFirstLine) {
        return DateOrder::DayFirst;
    }
    if (m_monthFirstLine && !m_dayFirstLine) {
        return DateOrder::MonthFirst;
    }
    return DateOrder::Detect;
}

bool ImportRowReader::waitsForDateOrder(const QStringList& fields) const
{
    if (order() != DateOrder::Detect || (m_dayFirstLine && m_monthFirstLine)) {
        return false;
    }
    for (const ImportField field : kDateFields) {
        if (has(field) && ImportValueParser::date(value(fields, field), DateOrder::Detect).ambiguous) {
            return true;
        }
    }
    return false;
}

QString ImportRowReader::dateProblem(ImportField field, QStringView text,
                                     const ImportValueParser::DateValue& value) const
{
    const QString label = ImportMapping::fieldLabel(field);
    if (value.ambiguous) {
        const QDate monthFirst = ImportValueParser::date(text, DateOrder::MonthFirst).date;
        const QDate dayFirst = ImportValueParser::date(text, DateOrder::DayFirst).date;
        const QString both =
            tr("the %1 %2 could be %3 or %4")
                .arg(label, quoted(text), monthFirst.toString(Qt::ISODate), dayFirst.toString(Qt::ISODate));
        if (m_dayFirstLine && m_monthFirstLine) {
            return tr("%1, and the file has dates in both orders (line %2 is day first, line %3 month first); "
                      "use --date-format mdy or dmy")
                .arg(both)
                .arg(m_dayFirstLine)
                .arg(m_monthFirstLine);
        }
        return tr("%1, and no other row shows which; use --date-format mdy (month first) or dmy (day first)").arg(both);
    }
    return tr("the %1 %2 %3").arg(label, quoted(text), value.problem);
}

QString ImportRowReader::controlProblem(ImportField field, int column, const QString& cell)
{
    // The cell as it would be stored, but untrimmed: the position counts from the cell's first character.
    const QStringView value = CsvWriter::restored(cell);
    const QList<qsizetype> controls = UserText::controls(value);
    if (controls.isEmpty()) {
        return {};
    }
    return tr("the %1 (column %2) contains an invisible control character, %3, at position %4")
        .arg(ImportMapping::fieldLabel(field))
        .arg(column + 1)
        .arg(UserText::codePointName(value.at(controls.constFirst()).unicode()))
        .arg(controls.constFirst() + 1);
}

QDate ImportRowReader::date(const QStringList& fields, ImportField field, QStringList& problems, bool& inferred) const
{
    const QStringView text = value(fields, field);
    const ImportValueParser::DateValue parsed = ImportValueParser::date(text, order());
    if (m_given == DateOrder::Detect && order() != DateOrder::Detect && !text.isEmpty() &&
        ImportValueParser::date(text, DateOrder::Detect).ambiguous) {
        inferred = true;
    }
    if (parsed.ambiguous || !parsed.problem.isEmpty()) {
        problems.append(dateProblem(field, text, parsed));
    }
    return parsed.date;
}

QString ImportRowReader::namedAfter(const QString& account, const QString& products)
{
    // Data, not interface text: the same in every language.
    return products.isEmpty() ? account : QStringLiteral("%1 \u2013 %2").arg(account, products);
}

ImportRowReader::Row ImportRowReader::read(const QStringList& fields, qint64 line)
{
    Row row;
    bool inferred = false;
    ImportedDeal& d = row.deal;
    QStringList& problems = row.problems;
    // The field itself when it needs no trimming (sharing it, without a copy), else the trimmed part.
    const auto text = [&](ImportField field) {
        const QStringView view = value(fields, field);
        const int column = m_columns[static_cast<std::size_t>(field)];
        if (column >= 0 && column < fields.size() && view.size() == fields.at(column).size()) {
            return fields.at(column);
        }
        return view.toString();
    };

    for (std::size_t field = 0; field < m_columns.size(); ++field) {
        const int column = m_columns[field];
        if (column >= 0 && column < fields.size()) {
            if (const QString problem = controlProblem(static_cast<ImportField>(field), column, fields.at(column));
                !problem.isEmpty()) {
                problems.append(problem);
            }
        }
    }
    d.externalRef = text(ImportField::ExternalRef);
    if (const QString uid = text(ImportField::Uid); !uid.isEmpty()) {
        const QUuid parsed = QUuid::fromString(uid);
        if (parsed.isNull()) {
            problems.append(tr("the %1 '%2' is not one Handoff wrote (a UUID such as %3)")
                                .arg(ImportMapping::fieldLabel(ImportField::Uid), uid,
                                     QStringLiteral("0b9f2c4e-5d1a-4c3b-9e8f-7a6b5c4d3e2f")));
        }
        d.uid = parsed.toString(QUuid::WithoutBraces);
    }
    d.title = text(ImportField::Title);
    row.account = text(ImportField::Account);
    if (d.title.isEmpty() && has(ImportField::Title)) {
        problems.append(tr("the %1 is empty").arg(ImportMapping::fieldLabel(ImportField::Title)));
    }
    if (row.account.isEmpty()) {
        problems.append(tr("the %1 is empty").arg(ImportMapping::fieldLabel(ImportField::Account)));
    }
    if (value(fields, ImportField::ClosedOn).isEmpty()) {
        problems.append(tr("the %1 is empty").arg(ImportMapping::fieldLabel(ImportField::ClosedOn)));
    } else {
        d.closedOn = date(fields, ImportField::ClosedOn, problems, inferred);
    }
    d.contractStart = date(fields, ImportField::ContractStart, problems, inferred);
    d.goLiveTarget = date(fields, ImportField::GoLiveTarget, problems, inferred);
    if (inferred && problems.isEmpty()) {
        m_inferredLines.append(line);
    }
    d.present.contractStart = has(ImportField::ContractStart);
    d.present.goLiveTarget = has(ImportField::GoLiveTarget);

    const QStringView currencyText = value(fields, ImportField::Currency);
    QString currency = ImportValueParser::currencyCode(currencyText);
    if (!currencyText.isEmpty() && currency.isEmpty()) {
        problems.append(
            tr("the currency %1 is not a three-letter currency code such as USD or EUR").arg(quoted(currencyText)));
    }
    const QStringView amountText = value(fields, ImportField::Amount);
    const ImportValueParser::AmountValue amount = ImportValueParser::amount(amountText, currency);
    if (!amount.problem.isEmpty()) {
        problems.append(tr("the amount %1 %2").arg(quoted(amountText), amount.problem));
    }
    d.amountMinor = amount.minor;
    d.currency = !currency.isEmpty() ? currency : !amount.currency.isEmpty() ? amount.currency : QStringLiteral("USD");
    d.present.amount = has(ImportField::Amount);
    d.present.currency = !currency.isEmpty() || !amount.currency.isEmpty();

    if (has(ImportField::TermMonths) && !value(fields, ImportField::TermMonths).isEmpty()) {
        d.termMonths = ImportValueParser::months(value(fields, ImportField::TermMonths));
        d.present.termMonths = true;
        if (d.termMonths < 0) {
            problems.append(
                tr("the term %1 is not a whole number of months").arg(quoted(value(fields, ImportField::TermMonths))));
            d.termMonths = 12;
        }
    }
    d.products = text(ImportField::Products);
    d.whyBought = text(ImportField::WhyBought);
    d.successCriteria = text(ImportField::SuccessCriteria);
    d.knownRisks = text(ImportField::KnownRisks);
    d.present.products = has(ImportField::Products);
    d.present.whyBought = has(ImportField::WhyBought);
    d.present.successCriteria = has(ImportField::SuccessCriteria);
    d.present.knownRisks = has(ImportField::KnownRisks);
    if (!has(ImportField::Title)) {
        d.title = namedAfter(row.account, d.products);
    }

    row.repName = text(ImportField::SalesRep);
    row.repEmail = text(ImportField::SalesRepEmail);
    // A row without a rep gets the importing user on create, but does not take a deal from its rep on update.
    d.present.salesRep = !row.repName.isEmpty() || !row.repEmail.isEmpty();

    row.contactName = text(ImportField::ContactName);
    row.contactEmail = text(ImportField::ContactEmail);
    if (m_contactLists && splitContact(row.contactName, row.contactEmail)) {
        ++m_moreContacts;
    }
    row.contactPhone = text(ImportField::ContactPhone);
    row.contactTitle = text(ImportField::ContactTitle);
    if (const auto role = contactRole(value(fields, ImportField::ContactRole))) {
        row.contactRole = *role;
    } else {
        QStringList roles;
        for (const ContactRole known : allValues<ContactRole>()) {
            roles.append(toKey(known));
        }
        problems.append(tr("the contact role %1 is not one of %2")
                            .arg(quoted(value(fields, ImportField::ContactRole)), roles.join(QStringLiteral(", "))));
    }
    if (!row.contactEmail.isEmpty() && row.contactEmail.indexOf(QLatin1Char('@')) <= 0) {
        problems.append(tr("the contact email %1 is not an email address").arg(quoted(row.contactEmail)));
    }
    return row;
}

} // namespace handoff
