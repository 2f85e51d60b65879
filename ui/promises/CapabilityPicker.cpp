#include "promises/CapabilityPicker.h"

#include "model/Labels.h"
#include "widgets/FieldWidth.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>

namespace handoff {

namespace {

// The completer matches and inserts the bare name while its list shows the whole description.
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

} // namespace

CapabilityPicker::CapabilityPicker(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_showAll(new QToolButton(this))
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(this))
{
    setObjectName(QStringLiteral("capabilityPicker"));
    m_edit->setObjectName(QStringLiteral("capabilityEdit"));
    m_edit->setAccessibleName(tr("Capability"));
    m_edit->setPlaceholderText(tr("Type to search the catalog; leave empty for none"));
    fitPlaceholder(m_edit);
    m_edit->setClearButtonEnabled(true);

    m_completer->setModel(m_suggestions);
    m_completer->setCompletionRole(kNameRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(QStringLiteral("capabilitySuggestions"));
    m_edit->setCompleter(m_completer);

    m_showAll->setObjectName(QStringLiteral("capabilityShowAll"));
    m_showAll->setArrowType(Qt::DownArrow);
    m_showAll->setAccessibleName(tr("Show all capabilities"));
    m_showAll->setToolTip(tr("Show every capability of the catalog (Alt+Down)"));
    m_showAll->setFocusPolicy(Qt::NoFocus); // Alt+Down in the field does the same
    connect(m_showAll, &QToolButton::clicked, this, &CapabilityPicker::showAll);
    auto* showAllKey = new QAction(m_edit);
    showAllKey->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    showAllKey->setShortcutContext(Qt::WidgetShortcut);
    m_edit->addAction(showAllKey);
    connect(showAllKey, &QAction::triggered, this, &CapabilityPicker::showAll);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_showAll);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        const auto found = capability();
        m_edit->setToolTip(found ? describe(*found) : QString());
        emit capabilityChanged();
    });
}

void CapabilityPicker::setCatalog(const QList<Capability>& catalog)
{
    m_catalog = catalog;
    m_suggestions->clear();
    for (const Capability& capability : catalog) {
        auto* item = new QStandardItem(describe(capability));
        item->setData(capability.name, kNameRole);
        item->setData(capability.id, kIdRole);
        item->setEditable(false);
        m_suggestions->appendRow(item);
    }
}

void CapabilityPicker::setCapabilityId(qint64 id)
{
    QString name;
    for (const Capability& capability : m_catalog) {
        if (capability.id == id) {
            name = capability.name;
        }
    }
    m_edit->setText(name);
}

std::optional<Capability> CapabilityPicker::capability() const
{
    const QString text = m_edit->text().trimmed();
    for (const Capability& capability : m_catalog) {
        if (capability.name.compare(text, Qt::CaseInsensitive) == 0) {
            return capability;
        }
    }
    return std::nullopt;
}

qint64 CapabilityPicker::capabilityId() const
{
    const auto found = capability();
    return found ? found->id : 0;
}

bool CapabilityPicker::isKnown() const
{
    return m_edit->text().trimmed().isEmpty() || capability().has_value();
}

QString CapabilityPicker::describe(const Capability& capability)
{
    if (capability.status == CapabilityStatus::Unsupported) {
        return tr("%1 — not offered").arg(capability.name); // no lead time to speak of
    }
    const QString lead = capability.leadTimeDays == 1 ? tr("1 day") : tr("%1 days").arg(capability.leadTimeDays);
    return tr("%1 — %2, lead time %3").arg(capability.name, Labels::inSentence(Labels::of(capability.status)), lead);
}

void CapabilityPicker::showAll()
{
    m_edit->setFocus();
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

} // namespace handoff
