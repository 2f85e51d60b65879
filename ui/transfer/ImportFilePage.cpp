#include "transfer/ImportFilePage.h"

#include "io/CsvReader.h"
#include "transfer/ImportSession.h"
#include "transfer/TransferFiles.h"
#include "widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace handoff {

ImportFilePage::ImportFilePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV export of closed deals from your CRM (Salesforce, HubSpot) or from Handoff itself."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("Path of a .csv or .txt file"));
    m_path->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("B&rowse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_problem->hide();
        emit completeChanged();
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("Windows-1252"), QStringLiteral("windows-1252"));
    m_encoding->addItem(tr("Latin-1 (ISO-8859-1)"), QStringLiteral("latin-1"));

    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_separator->addItem(tr("Detect"), QChar());
    m_separator->addItem(tr("Comma ( , )"), QChar(QLatin1Char(',')));
    m_separator->addItem(tr("Semicolon ( ; )"), QChar(QLatin1Char(';')));
    m_separator->addItem(tr("Tab"), QChar(QLatin1Char('\t')));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Separator:"), m_separator);

    auto* hint = new QLabel(tr("Detect works for almost every export: a file that is not valid UTF-8 is read as "
                               "Windows-1252, and the separator is the one the first line uses."),
                            this);
    hint->setWordWrap(true);
    m_problem = makeProblemLabel(QStringLiteral("fileProblem"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addStretch(1);
}

void ImportFilePage::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).isFile();
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    CsvOptions csv;
    csv.encoding = m_encoding->currentData().toString();
    csv.separator = m_separator->currentData().toChar();

    // The header must be readable here: every later page works from it.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("Could not open the file: %1.").arg(file.errorString()));
        m_problem->show();
        return false;
    }
    CsvReader reader(&file, csv);
    QStringList header;
    if (!reader.next(header)) {
        const auto error = reader.error();
        m_problem->setText(error ? error->fullText()
                                 : tr("The file is empty: an export starts with a line of column names."));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_session.path = path;
    m_session.options.csv = csv;
    TransferFiles::rememberFolder(path);
    return true;
}

void ImportFilePage::browse()
{
    const QString current = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString start = current.isEmpty() ? TransferFiles::lastFolder() : current;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        TransferFiles::rememberFolder(path);
        setPath(path);
    }
}

} // namespace handoff
