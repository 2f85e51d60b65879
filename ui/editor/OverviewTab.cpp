#include "editor/OverviewTab.h"

#include "deals/DealSession.h"
#include "editor/CsatDialog.h"
#include "editor/HandoffActionsPanel.h"
#include "editor/StateBanner.h"
#include "io/ImportValueParser.h"
#include "metrics/CsatService.h"
#include "model/FieldMerge.h"
#include "model/Money.h"
#include "widgets/CountSuffix.h"
#include "widgets/DateFields.h"
#include "widgets/Messages.h"
#include "widgets/ProblemLabel.h"
#include "workflow/ChecklistService.h"
#include "workflow/DealService.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace handoff {

OverviewTab::OverviewTab(DealSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new StateBanner(session.db(), this))
    , m_actions(new HandoffActionsPanel(session, this))
    , m_readOnlyNote(new QLabel(this))
    , m_account(new QLabel(this))
    , m_csat(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewTab"));
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_csat->setObjectName(QStringLiteral("csatLabel"));
    m_csat->setTextFormat(Qt::PlainText);
    m_csat->setWordWrap(true);
    m_csat->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_title = lineEdit(QStringLiteral("titleEdit"), tr("Title"));
    m_externalRef = lineEdit(QStringLiteral("externalRefEdit"), tr("CRM reference"));
    m_amount = lineEdit(QStringLiteral("amountEdit"), tr("Amount"));
    m_currency = lineEdit(QStringLiteral("currencyEdit"), tr("Currency"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);
    m_closedOn = dateEdit(QStringLiteral("closedOnEdit"), tr("Closed-won"));
    m_contractStart = dateEdit(QStringLiteral("contractStartEdit"), tr("Contract start"));
    m_termMonths = new QSpinBox(this);
    m_termMonths->setObjectName(QStringLiteral("termEdit"));
    m_termMonths->setAccessibleName(tr("Term in months"));
    m_termMonths->setRange(1, 120);
    setCountSuffix(m_termMonths, tr(" month"), tr(" months"));
    m_products = lineEdit(QStringLiteral("productsEdit"), tr("Products or plan"));
    m_goLive = dateEdit(QStringLiteral("goLiveEdit"), tr("Go-live target"));
    m_whyBought = textEdit(QStringLiteral("whyBoughtEdit"), tr("Why they bought"));
    m_successCriteria = textEdit(QStringLiteral("successCriteriaEdit"), tr("Success criteria"));
    m_knownRisks = textEdit(QStringLiteral("knownRisksEdit"), tr("Known risks"));

    // A widget, not a layout, so that the label's mnemonic has a buddy to focus.
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);
    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Customer satisfaction:"), m_csat);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("CRM &reference:"), m_externalRef);
    form->addRow(tr("A&mount:"), amountRow);
    form->addRow(tr("&Closed-won:"), m_closedOn);
    form->addRow(tr("Contract &start:"), m_contractStart);
    form->addRow(tr("T&erm:"), m_termMonths);
    form->addRow(tr("&Products or plan:"), m_products);
    form->addRow(tr("&Go-live target:"), m_goLive);
    form->addRow(tr("&Why they bought:"), m_whyBought);
    form->addRow(tr("Success c&riteria:"), m_successCriteria);
    form->addRow(tr("Known ris&ks:"), m_knownRisks);

    auto* fields = new QWidget;
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(m_readOnlyNote);
    fieldsLayout->addLayout(form);
    fieldsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_actions);
    // A link in the banner goes where the links of the panel's reasons go.
    connect(m_banner, &StateBanner::jumpRequested, m_actions, &HandoffActionsPanel::jumpRequested);
    layout->addWidget(scroll, 1);

    connectEditors();
    connect(&m_session, &DealSession::changed, this, &OverviewTab::reload);
    reload();
}

QLineEdit* OverviewTab::lineEdit(const QString& name, const QString& accessible)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}

QDateEdit* OverviewTab::dateEdit(const QString& name, const QString& accessible)
{
    auto* edit = DateFields::optionalDateEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}

QPlainTextEdit* OverviewTab::textEdit(const QString& name, const QString& accessible)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    edit->installEventFilter(this); // saved when focus leaves it
    return edit;
}

void OverviewTab::connectEditors()
{
    const auto onText = [this](QLineEdit* edit, const QString& what, QString Deal::*field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, what, field] {
            const QString now = edit->text().trimmed();
            if (m_loading || now == m_deal.*field) {
                return;
            }
            const QString before = m_deal.*field;
            saveField(
                what, [=](Deal& d) { d.*field = now; }, [=](Deal& d) { d.*field = before; });
        });
    };
    onText(m_title, tr("Edit title"), &Deal::title);
    onText(m_externalRef, tr("Edit CRM reference"), &Deal::externalRef);
    onText(m_products, tr("Edit products"), &Deal::products);
    const auto onDate = [this](QDateEdit* edit, const QString& what, QDate Deal::*field) {
        connect(edit, &QDateEdit::editingFinished, this, [this, edit, what, field] {
            const QDate now = DateFields::date(edit);
            if (m_loading || now == m_deal.*field) {
                return;
            }
            const QDate before = m_deal.*field;
            saveField(
                what, [=](Deal& d) { d.*field = now; }, [=](Deal& d) { d.*field = before; });
        });
    };
    onDate(m_closedOn, tr("Edit closed-won date"), &Deal::closedOn);
    onDate(m_contractStart, tr("Edit contract start"), &Deal::contractStart);
    onDate(m_goLive, tr("Edit go-live target"), &Deal::goLiveTarget);
    connect(m_termMonths, &QSpinBox::editingFinished, this, [this] {
        const int now = m_termMonths->value();
        if (m_loading || now == m_deal.termMonths) {
            return;
        }
        const int before = m_deal.termMonths;
        saveField(
            tr("Edit term"), [=](Deal& d) { d.termMonths = now; }, [=](Deal& d) { d.termMonths = before; });
    });
    connect(m_amount, &QLineEdit::editingFinished, this, &OverviewTab::saveAmount);
    connect(m_currency, &QLineEdit::editingFinished, this, &OverviewTab::saveAmount);
}

bool OverviewTab::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        if (auto* edit = qobject_cast<QPlainTextEdit*>(watched)) {
            saveText(edit);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewTab::saveText(QPlainTextEdit* edit)
{
    QString Deal::*field = edit == m_whyBought         ? &Deal::whyBought
                           : edit == m_successCriteria ? &Deal::successCriteria
                                                       : &Deal::knownRisks;
    const QString what = edit == m_whyBought         ? tr("Edit why they bought")
                         : edit == m_successCriteria ? tr("Edit success criteria")
                                                     : tr("Edit known risks");
    const QString now = edit->toPlainText();
    if (m_loading || now == m_deal.*field) {
        return;
    }
    const QString before = m_deal.*field;
    saveField(
        what, [=](Deal& d) { d.*field = now; }, [=](Deal& d) { d.*field = before; });
}

void OverviewTab::saveAmount()
{
    if (m_loading) {
        return;
    }
    const QString currency = m_currency->text().trimmed().toUpper();
    const auto amount = ImportValueParser::amount(m_amount->text(), currency);
    if (!amount.problem.isEmpty()) {
        Messages::showError(this, tr("The amount was not saved"), makeError(Error::Code::Invalid, amount.problem));
        m_amount->setFocus();
        return;
    }
    if (amount.minor == m_deal.amountMinor && currency == m_deal.currency) {
        return;
    }
    const qint64 beforeAmount = m_deal.amountMinor;
    const QString beforeCurrency = m_deal.currency;
    const qint64 minor = amount.minor;
    saveField(
        tr("Edit amount"),
        [=](Deal& d) {
            d.amountMinor = minor;
            d.currency = currency;
        },
        [=](Deal& d) {
            d.amountMinor = beforeAmount;
            d.currency = beforeCurrency;
        });
}

void OverviewTab::saveField(const QString& text, Setter setNew, Setter setOld)
{
    // A message shown while saving takes the focus, and the editor that lost it reports "finished" again.
    if (m_saving) {
        return;
    }
    const QScopedValueRollback<bool> saving(m_saving, true);
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_deal.id;
    // The version each step expects to find: the one the user saw, then the one the last step wrote. A step that
    // finds another version reports a conflict instead of writing over someone else's change.
    auto expected = std::make_shared<int>(m_deal.version);
    const auto step = [&db, actor, dealId, expected](const Setter& set, bool overwrite) {
        return [&db, actor, dealId, expected, set, overwrite]() -> Result<void> {
            DealService deals(db);
            auto deal = deals.get(dealId);
            if (!deal) {
                return deal.error();
            }
            if (!overwrite) {
                deal->version = *expected;
            }
            set(*deal);
            auto saved = deals.update(actor, *deal);
            if (!saved) {
                return saved.error();
            }
            *expected = saved->version;
            return {};
        };
    };
    // The edit over a version someone else saved meanwhile, when they changed other fields than this one.
    const auto merge = [&db, actor, dealId, expected, base = m_deal, setNew]() -> Result<void> {
        DealService deals(db);
        auto theirs = deals.get(dealId);
        if (!theirs) {
            return theirs.error();
        }
        Deal mine = base;
        setNew(mine);
        Deal merged;
        if (!mergeFields(base, mine, *theirs, merged, &Deal::title, &Deal::externalRef, &Deal::amountMinor,
                         &Deal::currency, &Deal::closedOn, &Deal::contractStart, &Deal::termMonths, &Deal::products,
                         &Deal::goLiveTarget, &Deal::successCriteria, &Deal::whyBought, &Deal::knownRisks)) {
            return makeError(Error::Code::Conflict, tr("Someone else changed the same field meanwhile."));
        }
        auto saved = deals.update(actor, merged);
        if (!saved) {
            return saved.error();
        }
        *expected = saved->version;
        return {};
    };
    m_session.apply(this, text, step(setNew, false), step(setOld, false), step(setNew, true), merge);
}

void OverviewTab::reload()
{
    DealService deals(m_session.db());
    auto deal = deals.get(m_session.dealId());
    if (!deal) {
        m_readOnlyNote->setText(deal.error().message);
        return;
    }
    m_deal = *deal;
    m_loading = true;
    const auto account = deals.accountName(m_deal.accountId);
    m_account->setText(account ? *account : QString());
    const auto setLine = [](QLineEdit* edit, const QString& value) {
        if (!edit->hasFocus() || !edit->isModified()) {
            edit->setText(value);
            edit->setModified(false);
        }
    };
    setLine(m_title, m_deal.title);
    setLine(m_externalRef, m_deal.externalRef);
    setLine(m_products, m_deal.products);
    const int digits = Money::minorDigits(m_deal.currency);
    setLine(m_amount, locale().toString(double(m_deal.amountMinor) / std::pow(10.0, digits), 'f', digits));
    setLine(m_currency, m_deal.currency);
    DateFields::setDate(m_closedOn, m_deal.closedOn);
    DateFields::setDate(m_contractStart, m_deal.contractStart);
    DateFields::setDate(m_goLive, m_deal.goLiveTarget);
    m_termMonths->setValue(m_deal.termMonths);
    const auto setText = [](QPlainTextEdit* edit, const QString& value) {
        if (!edit->hasFocus() && edit->toPlainText() != value) {
            edit->setPlainText(value);
        }
    };
    setText(m_whyBought, m_deal.whyBought);
    setText(m_successCriteria, m_deal.successCriteria);
    setText(m_knownRisks, m_deal.knownRisks);

    const QStringList refusals = DealService::editRefusals(m_session.actor(), m_deal);
    const bool editable = refusals.isEmpty();
    for (QLineEdit* edit : {m_title, m_externalRef, m_amount, m_currency, m_products}) {
        edit->setReadOnly(!editable);
    }
    for (QDateEdit* edit : {m_closedOn, m_contractStart, m_goLive}) {
        edit->setReadOnly(!editable);
    }
    m_termMonths->setReadOnly(!editable);
    for (QPlainTextEdit* edit : {m_whyBought, m_successCriteria, m_knownRisks}) {
        edit->setReadOnly(!editable);
    }
    m_readOnlyNote->setText(editable ? QString() : tr("Read only: %1").arg(refusals.join(QLatin1Char(' '))));
    m_readOnlyNote->setVisible(!editable);
    m_loading = false;
    markMissing();
    showCsat();
    m_banner->reload(m_deal);
    m_actions->reload();
}

QWidget* OverviewTab::fieldOf(AnsweringField field) const
{
    switch (field) {
    case AnsweringField::Products:
        return m_products;
    case AnsweringField::Amount:
        return m_amount;
    case AnsweringField::ContractStart:
        return m_contractStart;
    case AnsweringField::GoLiveTarget:
        return m_goLive;
    case AnsweringField::WhyBought:
        return m_whyBought;
    case AnsweringField::SuccessCriteria:
        return m_successCriteria;
    case AnsweringField::KnownRisks:
        return m_knownRisks;
    case AnsweringField::None:
    case AnsweringField::Channels:
    case AnsweringField::PreferredChannel:
        break;
    }
    return nullptr;
}

namespace {

// The label of a field in the form (the amount's is its row's, which holds the currency too).
QLabel* labelOf(QFormLayout* form, QWidget* field)
{
    QWidget* label = form->labelForField(field);
    if (!label && field->parentWidget()) {
        label = form->labelForField(field->parentWidget());
    }
    return qobject_cast<QLabel*>(label);
}

} // namespace

void OverviewTab::focusField(const QString& key)
{
    const auto field = fromKey<AnsweringField>(key);
    QWidget* widget = field ? fieldOf(*field) : nullptr;
    if (!widget) {
        return;
    }
    m_scroll->ensureWidgetVisible(widget);
    widget->setFocus(Qt::OtherFocusReason);
    if (QLabel* label = labelOf(m_form, widget)) {
        // Marked for a moment, in the palette's own pairing, so that the eye finds the field after the jump.
        label->setAutoFillBackground(true);
        label->setBackgroundRole(QPalette::Highlight);
        label->setForegroundRole(QPalette::HighlightedText);
        QTimer::singleShot(1500, label, [label] {
            label->setAutoFillBackground(false);
            label->setBackgroundRole(QPalette::Window);
            label->setForegroundRole(QPalette::WindowText);
        });
    }
}

void OverviewTab::markMissing()
{
    // Each field that answers checklist items says so, and after a refused submit an empty one that a required
    // item waits for is marked.
    auto items = ChecklistService(m_session.db()).items();
    if (!items) {
        return;
    }
    QList<AnsweringField> missing;
    if (m_session.missingMarked()) {
        if (auto checklist = ChecklistService(m_session.db()).completeness(m_deal.id)) {
            for (const ChecklistItem& item : checklist->missingRequired) {
                missing.append(item.dealField);
            }
        }
    }
    QMap<QWidget*, QStringList> answers;
    for (const ChecklistItem& item : *items) {
        if (QWidget* widget = fieldOf(item.dealField)) {
            answers[widget] << (item.required ? tr("“%1” (required)").arg(item.label) : tr("“%1”").arg(item.label));
        }
    }
    for (const AnsweringField field :
         {AnsweringField::Products, AnsweringField::Amount, AnsweringField::ContractStart, AnsweringField::GoLiveTarget,
          AnsweringField::WhyBought, AnsweringField::SuccessCriteria, AnsweringField::KnownRisks}) {
        QWidget* widget = fieldOf(field);
        const QStringList named = answers.value(widget);
        widget->setToolTip(named.isEmpty()
                               ? QString()
                               : tr("Also answers the checklist's %1.").arg(locale().createSeparatedList(named)));
        if (QLabel* label = labelOf(m_form, widget)) {
            handoff::markMissing(label, missing.contains(field));
        }
    }
}

void OverviewTab::showCsat()
{
    const auto score = CsatService(m_session.db()).forDeal(m_deal.id);
    if (!score) {
        m_csat->setText(score.error().message);
        m_form->setRowVisible(m_csat, true);
        return;
    }
    if (*score) {
        const CsatScore& s = **score;
        QString text = tr("%1 of 5 · %2 · given on %3")
                           .arg(s.score)
                           .arg(CsatDialog::meaning(s.score), locale().toString(s.ratedOn, QLocale::ShortFormat));
        if (!s.note.isEmpty()) {
            text += tr(" · “%1”").arg(s.note);
        }
        m_csat->setText(text);
    } else {
        m_csat->setText(tr("Not recorded yet"));
    }
    m_form->setRowVisible(m_csat, score->has_value() || m_deal.state == HandoffState::Fulfilled);
}

} // namespace handoff
