#include "promises/PromiseEditorDialog.h"

#include "model/Labels.h"
#include "promises/CapabilityPicker.h"
#include "promises/StatusIcons.h"
#include "widgets/FieldWidth.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace handoff {

namespace {

// The due date field shows this date as "No date": a promise must be given one, and it must be seen to be missing.
const QDate kNoDate(2000, 1, 1);

QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusIcons::alarmText(palette));
    label->setPalette(palette);
    label->hide();
    return label;
}

QWidget* withError(QWidget* field, QLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

PromiseEditorDialog::PromiseEditorDialog(const QList<Capability>& catalog, QDate today, QDate contractStart,
                                         QWidget* parent)
    : QDialog(parent)
    , m_today(today)
    , m_contractStart(contractStart)
    , m_kind(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_descriptionError(errorLabel(QStringLiteral("descriptionError"), this))
    , m_customerWords(new QPlainTextEdit(this))
    , m_due(new QDateEdit(this))
    , m_dueError(errorLabel(QStringLiteral("dueDateError"), this))
    , m_capability(new CapabilityPicker(this))
    , m_capabilityError(errorLabel(QStringLiteral("capabilityError"), this))
    , m_feasibilityIcon(new QLabel(this))
    , m_feasibilityText(new QLabel(this))
    , m_justification(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("promiseEditor"));
    setWindowTitle(tr("Promise"));

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of promise"));
    for (PromiseKind kind : allValues<PromiseKind>()) {
        m_kind->addItem(Labels::of(kind), int(kind));
    }
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("What was promised"));
    m_description->setPlaceholderText(tr("Required, e.g. Okta single sign-on at go-live"));
    fitPlaceholder(m_description);
    m_customerWords->setObjectName(QStringLiteral("customerWordsEdit"));
    m_customerWords->setAccessibleName(tr("Customer's words"));
    m_customerWords->setPlaceholderText(tr("What the customer said, in their words"));
    fitPlaceholder(m_customerWords);
    m_customerWords->setTabChangesFocus(true);
    m_customerWords->setFixedHeight(m_customerWords->fontMetrics().lineSpacing() * 4);
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(kNoDate);
    m_due->setSpecialValueText(tr("No date"));
    m_due->setDate(kNoDate);
    m_due->installEventFilter(this);
    m_capability->setCatalog(catalog);
    m_feasibilityIcon->setObjectName(QStringLiteral("feasibilityIcon"));
    m_feasibilityText->setObjectName(QStringLiteral("feasibilityPreview"));
    m_feasibilityText->setAccessibleName(tr("Feasibility"));
    m_feasibilityText->setWordWrap(true);
    m_feasibilityText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setAccessibleName(tr("Justification"));
    m_justification->setPlaceholderText(tr("Why it is promised anyway; needed to submit a blocked promise"));
    fitPlaceholder(m_justification);
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 3);
    m_buttons->setObjectName(QStringLiteral("promiseEditorButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));

    auto* feasibility = new QWidget(this);
    auto* feasibilityLayout = new QHBoxLayout(feasibility);
    feasibilityLayout->setContentsMargins(0, 0, 0, 0);
    feasibilityLayout->addWidget(m_feasibilityIcon, 0, Qt::AlignTop);
    feasibilityLayout->addWidget(m_feasibilityText, 1);

    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field, QWidget* buddy) {
        auto* text = new QLabel(label, this);
        text->setBuddy(buddy);
        form->addRow(text, field);
    };
    row(tr("&Kind:"), m_kind, m_kind);
    row(tr("&What was promised:"), withError(m_description, m_descriptionError, this), m_description);
    row(tr("Customer's wo&rds:"), m_customerWords, m_customerWords);
    row(tr("&Due:"), withError(m_due, m_dueError, this), m_due);
    row(tr("&Capability:"), withError(m_capability, m_capabilityError, this), m_capability->lineEdit());
    form->addRow(tr("Feasibility:"), feasibility);
    row(tr("&Justification:"), m_justification, m_justification);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setTabOrder(m_kind, m_description);
    setTabOrder(m_description, m_customerWords);
    setTabOrder(m_customerWords, m_due);
    setTabOrder(m_due, m_capability->lineEdit());
    setTabOrder(m_capability->lineEdit(), m_justification);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PromiseEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PromiseEditorDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PromiseEditorDialog::updateFeasibility);
    connect(m_due, &QDateEdit::dateChanged, this, [this] {
        showError(m_dueError, {});
        updateFeasibility();
    });
    connect(m_description, &QLineEdit::textEdited, this, [this] { showError(m_descriptionError, {}); });
    connect(m_capability, &CapabilityPicker::capabilityChanged, this, [this] {
        showError(m_capabilityError, {});
        updateFeasibility();
    });
    updateFeasibility();
    m_description->setFocus();
}

void PromiseEditorDialog::setPromise(const Promise& promise)
{
    m_base = promise;
    m_kind->setCurrentIndex(m_kind->findData(int(promise.kind)));
    m_description->setText(promise.description);
    m_customerWords->setPlainText(promise.customerWords);
    m_due->setDate(promise.dueOn.isValid() ? promise.dueOn : kNoDate);
    m_capability->setCapabilityId(promise.capabilityId);
    m_justification->setPlainText(promise.justification);
    setWindowTitle(promise.id == 0 ? tr("New promise") : tr("Edit promise"));
    updateFeasibility();
}

Promise PromiseEditorDialog::promise() const
{
    Promise promise = m_base;
    promise.kind = static_cast<PromiseKind>(m_kind->currentData().toInt());
    promise.description = m_description->text().trimmed();
    promise.customerWords = m_customerWords->toPlainText().trimmed();
    promise.dueOn = dueDate();
    promise.capabilityId = m_capability->capabilityId();
    promise.justification = m_justification->toPlainText().trimmed();
    return promise;
}

FeasibilityResult PromiseEditorDialog::feasibility() const
{
    return FeasibilityRules::evaluate(promise(), m_capability->capability(), m_today, m_contractStart);
}

QDate PromiseEditorDialog::dueDate() const
{
    return m_due->date() == kNoDate ? QDate() : m_due->date();
}

void PromiseEditorDialog::updateFeasibility()
{
    const FeasibilityResult result = feasibility();
    m_feasibilityIcon->setPixmap(StatusIcons::of(result.level).pixmap(16, 16));
    m_feasibilityText->setText(
        result.reason.isEmpty()
            ? tr("%1: no problem found with the catalog or the due date.").arg(Labels::of(result.level))
            : tr("%1: %2").arg(Labels::of(result.level), result.reason));
}

bool PromiseEditorDialog::validate()
{
    const bool described = !m_description->text().trimmed().isEmpty();
    const bool dated = dueDate().isValid();
    const bool known = m_capability->isKnown();
    showError(m_descriptionError, described ? QString() : tr("Describe what was promised."));
    showError(m_dueError, dated ? QString() : tr("Give the date the promise is due."));
    showError(m_capabilityError,
              known ? QString()
                    : tr("No capability of the catalog is called “%1”; pick one from the list or leave it empty.")
                          .arg(m_capability->lineEdit()->text().trimmed()));
    if (!described) {
        m_description->setFocus();
    } else if (!dated) {
        m_due->setFocus();
    } else if (!known) {
        m_capability->lineEdit()->setFocus();
    }
    return described && dated && known;
}

void PromiseEditorDialog::accept()
{
    if (!validate()) {
        return;
    }
    if (m_saver && !m_saver(promise())) {
        return; // core refused and said why; everything typed stays
    }
    QDialog::accept();
}

bool PromiseEditorDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Stepping or picking a date starts from today rather than from the "No date" placeholder in the year 2000.
    // Only a deliberate step does it: tabbing through leaves the date missing, and validation says so.
    if (watched == m_due && m_due->date() == kNoDate) {
        if (event->type() == QEvent::MouseButtonPress) {
            // Once the press is handled: a press at the placeholder steps nothing, and the calendar it may have
            // opened moves to today too.
            QTimer::singleShot(0, this, [this] {
                if (m_due->date() == kNoDate) {
                    m_due->setDate(m_today);
                    m_due->calendarWidget()->setSelectedDate(m_today);
                }
            });
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
                m_due->setDate(m_today);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace handoff
