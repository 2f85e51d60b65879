#include "dialogs/PreferencesDialog.h"

#include "storage/Settings.h"
#include "widgets/Appearance.h"
#include "widgets/CountSuffix.h"
#include "widgets/Messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace handoff {

namespace {

const QString kLanguageKey = QStringLiteral("language");
const QString kDefaultDatabaseKey = QStringLiteral("defaultDatabase");

} // namespace

QStringList PreferencesDialog::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

PreferencesDialog::PreferencesDialog(Database& db, const User& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_defaultDatabase(new QLineEdit(this))
    , m_buffer(new QSpinBox(this))
    , m_submitTarget(new QSpinBox(this))
    , m_kickoffTarget(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    QSettings settings;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    for (const QString& code : languages()) {
        // Each language named in itself, so a person who cannot read the current one still finds their own.
        const QString system = QLocale::system().nativeLanguageName();
        const QString name = !code.isEmpty()    ? QLocale(code).nativeLanguageName()
                             : system.isEmpty() ? tr("As the system")
                                                : tr("As the system (%1)").arg(system);
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(kLanguageKey).toString())));

    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->addItem(tr("As the system"), Appearance::kSystem);
    m_appearance->addItem(tr("Light"), Appearance::kLight);
    m_appearance->addItem(tr("Dark"), Appearance::kDark);
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(Appearance::saved())));

    m_defaultDatabase->setObjectName(QStringLiteral("defaultDatabaseEdit"));
    m_defaultDatabase->setAccessibleName(tr("Default database"));
    m_defaultDatabase->setPlaceholderText(tr("The file in Handoff's data folder"));
    m_defaultDatabase->setText(QDir::toNativeSeparators(settings.value(kDefaultDatabaseKey).toString()));
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the database Handoff opens when started without --database"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Default database"), m_defaultDatabase->text(),
                                                          tr("Handoff databases (*.sqlite);;All files (*)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty()) {
            m_defaultDatabase->setText(QDir::toNativeSeparators(file));
        }
    });
    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_defaultDatabase, 1);
    databaseRow->addWidget(browse);

    auto* personal = new QGroupBox(tr("On this computer"), this);
    auto* personalForm = new QFormLayout(personal);
    personalForm->addRow(tr("&Language:"), m_language);
    personalForm->addRow(tr("&Appearance:"), m_appearance);
    // A row of two widgets gets no label of its own from the form: this one points its shortcut at the field.
    auto* databaseLabel = new QLabel(tr("&Default database:"), personal);
    databaseLabel->setBuddy(m_defaultDatabase);
    personalForm->addRow(databaseLabel, databaseRow);

    Settings team(db);
    const auto spin = [](QSpinBox* box, const QString& object, int max, int value, const QString& one,
                         const QString& many) {
        box->setObjectName(object);
        box->setRange(0, max);
        box->setValue(value);
        setCountSuffix(box, one, many);
    };
    spin(m_buffer, QStringLiteral("bufferSpin"), 90, team.dueDateBufferDays(), tr(" day"), tr(" days"));
    spin(m_submitTarget, QStringLiteral("submitTargetSpin"), 60, team.submitTargetBusinessDays(), tr(" business day"),
         tr(" business days"));
    spin(m_kickoffTarget, QStringLiteral("kickoffTargetSpin"), 60, team.kickoffTargetBusinessDays(),
         tr(" business day"), tr(" business days"));
    m_buffer->setToolTip(tr("Tasks made from a promise are due this many days before the promise"));
    m_submitTarget->setToolTip(tr("A handoff should be submitted within this many business days of closed-won"));
    m_kickoffTarget->setToolTip(tr("The kickoff call should happen within this many business days of acceptance"));
    auto* teamBox = new QGroupBox(tr("For the whole team (in this database)"), this);
    auto* teamForm = new QFormLayout(teamBox);
    teamForm->addRow(tr("Task &due-date buffer:"), m_buffer);
    teamForm->addRow(tr("&Submit within:"), m_submitTarget);
    teamForm->addRow(tr("&Kickoff within:"), m_kickoffTarget);
    if (actor.role != Role::Lead) {
        teamBox->setEnabled(false);
        teamBox->setToolTip(tr("Only team leads change the team's settings"));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(personal);
    layout->addWidget(teamBox);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != settings.value(kLanguageKey).toString();
    settings.setValue(kLanguageKey, language);
    settings.setValue(kDefaultDatabaseKey, QDir::fromNativeSeparators(m_defaultDatabase->text().trimmed()));
    if (const QString appearance = m_appearance->currentData().toString(); appearance != Appearance::saved()) {
        Appearance::choose(appearance); // at once, in every window
    }
    if (m_actor.role == Role::Lead) {
        // Only what changed is written: each write is an audited change of the team's rules.
        Settings team(m_db);
        Result<void> done;
        if (done && m_buffer->value() != team.dueDateBufferDays()) {
            done = team.setDueDateBufferDays(m_actor, m_buffer->value());
        }
        if (done && m_submitTarget->value() != team.submitTargetBusinessDays()) {
            done = team.setSubmitTargetBusinessDays(m_actor, m_submitTarget->value());
        }
        if (done && m_kickoffTarget->value() != team.kickoffTargetBusinessDays()) {
            done = team.setKickoffTargetBusinessDays(m_actor, m_kickoffTarget->value());
        }
        if (!done) {
            Messages::showError(this, tr("The team settings were not saved"), done.error());
            return;
        }
    }
    if (languageChanged) {
        QMessageBox::information(this, tr("Language"), tr("Handoff shows the new language the next time it starts."));
    }
    QDialog::accept();
}

} // namespace handoff
