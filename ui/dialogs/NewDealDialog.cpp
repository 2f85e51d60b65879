#include "dialogs/NewDealDialog.h"

#include "io/ImportValueParser.h"
#include "storage/Database.h"
#include "widgets/CountSuffix.h"
#include "widgets/DateFields.h"
#include "widgets/Messages.h"
#include "widgets/ProblemLabel.h"
#include "workflow/UserService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace handoff {

NewDealDialog::NewDealDialog(Database& db, const User& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_account(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_externalRef(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QLineEdit(QStringLiteral("USD"), this))
    , m_closedOn(new QDateEdit(db.today(), this))
    , m_contractStart(DateFields::optionalDateEdit(this))
    , m_term(new QSpinBox(this))
    , m_products(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newDealDialog"));
    setWindowTitle(tr("New deal"));
    const auto name = [](QWidget* widget, const QString& object, const QString& accessible) {
        widget->setObjectName(object);
        widget->setAccessibleName(accessible);
    };
    name(m_account, QStringLiteral("accountEdit"), tr("Account"));
    name(m_title, QStringLiteral("titleEdit"), tr("Title"));
    name(m_externalRef, QStringLiteral("externalRefEdit"), tr("CRM reference"));
    name(m_amount, QStringLiteral("amountEdit"), tr("Amount"));
    name(m_currency, QStringLiteral("currencyEdit"), tr("Currency"));
    name(m_closedOn, QStringLiteral("closedOnEdit"), tr("Closed-won date"));
    name(m_contractStart, QStringLiteral("contractStartEdit"), tr("Contract start"));
    name(m_term, QStringLiteral("termEdit"), tr("Term in months"));
    name(m_products, QStringLiteral("productsEdit"), tr("Products or plan"));
    m_account->setPlaceholderText(tr("The customer's company"));
    m_amount->setPlaceholderText(tr("e.g. 48,000.00"));
    m_currency->setMaxLength(3);
    m_closedOn->setCalendarPopup(true);
    m_closedOn->setDisplayFormat(DateFields::displayFormat());
    m_term->setRange(1, 120);
    m_term->setValue(12);
    setCountSuffix(m_term, tr(" month"), tr(" months"));

    auto* form = new QFormLayout;
    // A row's label names its field as buddy, so that its mnemonic (Alt+A …) focuses the field instead of showing
    // as a literal '&': a form makes no buddy for a row whose field is a layout.
    const auto row = [&](const QString& label, QWidget* field, DealField which, QWidget* buddy = nullptr) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(problemLabel(which));
        auto* caption = new QLabel(label, this);
        caption->setBuddy(buddy ? buddy : field);
        form->addRow(caption, box);
    };
    row(tr("&Account:"), m_account, DealField::Account);
    row(tr("&Title:"), m_title, DealField::Title);
    row(tr("CRM &reference:"), m_externalRef, DealField::ExternalRef);
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);
    row(tr("A&mount:"), amountRow, DealField::Amount, m_amount);
    form->addRow(QString(), problemLabel(DealField::Currency));
    row(tr("&Closed-won:"), m_closedOn, DealField::ClosedOn);
    row(tr("Contract &start:"), m_contractStart, DealField::ContractStart);
    row(tr("T&erm:"), m_term, DealField::TermMonths);
    row(tr("&Products or plan:"), m_products, DealField::Products);
    if (actor.role == Role::Lead) {
        m_salesRep = new QComboBox(this);
        name(m_salesRep, QStringLiteral("salesRepCombo"), tr("Sales rep"));
        if (auto reps = UserService(db).active(Role::Sales)) {
            for (const User& rep : *reps) {
                m_salesRep->addItem(rep.name, rep.id);
            }
        }
        row(tr("Sales &rep:"), m_salesRep, DealField::SalesRep);
    } else {
        problemLabel(DealField::SalesRep);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create deal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDealDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QLabel* NewDealDialog::problemLabel(DealField field)
{
    auto* label = m_problems.value(field);
    if (!label) {
        label = makeProblemLabel(QStringLiteral("problem%1").arg(int(field)), this);
        m_problems.insert(field, label);
    }
    return label;
}

NewDeal NewDealDialog::draft() const
{
    NewDeal draft;
    draft.accountName = m_account->text();
    draft.title = m_title->text();
    draft.externalRef = m_externalRef->text();
    draft.currency = m_currency->text().trimmed().toUpper();
    draft.amountMinor = ImportValueParser::amount(m_amount->text(), draft.currency).minor;
    draft.closedOn = m_closedOn->date();
    draft.contractStart = DateFields::date(m_contractStart);
    draft.termMonths = m_term->value();
    draft.products = m_products->text();
    draft.salesRepId = m_salesRep ? m_salesRep->currentData().toLongLong() : m_actor.id;
    return draft;
}

void NewDealDialog::showProblems(const QList<DealFieldProblem>& problems)
{
    for (QLabel* label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    QWidget* first = nullptr;
    for (const DealFieldProblem& problem : problems) {
        QLabel* label = problemLabel(problem.field);
        label->setText(label->text().isEmpty() ? problem.text : label->text() + QLatin1Char('\n') + problem.text);
        label->show();
        if (!first) {
            first = problem.field == DealField::Account ? static_cast<QWidget*>(m_account)
                    : problem.field == DealField::Title ? static_cast<QWidget*>(m_title)
                                                        : nullptr;
        }
    }
    if (first) {
        first->setFocus();
    }
}

void NewDealDialog::accept()
{
    const NewDeal wanted = draft();
    auto problems = DealService(m_db).check(m_actor, wanted);
    if (!problems) {
        Messages::showError(this, tr("The deal was not created"), problems.error());
        return;
    }
    const QString currency = m_currency->text().trimmed().toUpper();
    if (const auto amount = ImportValueParser::amount(m_amount->text(), currency); !amount.problem.isEmpty()) {
        problems->append({DealField::Amount, amount.problem});
    }
    if (!problems->isEmpty()) {
        showProblems(*problems);
        return;
    }
    auto created = DealService(m_db).create(m_actor, wanted);
    if (!created) {
        Messages::showError(this, tr("The deal was not created"), created.error());
        return;
    }
    m_deal = *created;
    QDialog::accept();
}

} // namespace handoff
