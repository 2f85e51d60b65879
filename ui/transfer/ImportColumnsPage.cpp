#include "transfer/ImportColumnsPage.h"

#include "io/CsvReader.h"
#include "transfer/ColumnMappingEditor.h"
#include "transfer/ImportSession.h"
#include "widgets/ProblemLabel.h"
#include "widgets/RecordTable.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace handoff {

namespace {

constexpr int kPreviewRecords = 20;

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char('\t')) {
        return ImportColumnsPage::tr("tabs");
    }
    if (separator == QLatin1Char(';')) {
        return ImportColumnsPage::tr("semicolons");
    }
    return ImportColumnsPage::tr("commas");
}

QString encodingName(const QString& key)
{
    if (key == QLatin1String("windows-1252")) {
        return ImportColumnsPage::tr("Windows-1252");
    }
    if (key == QLatin1String("latin-1")) {
        return ImportColumnsPage::tr("Latin-1");
    }
    return ImportColumnsPage::tr("UTF-8");
}

} // namespace

ImportColumnsPage::ImportColumnsPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Check that the file reads right and choose which column fills which field of a deal. Fields in "
                   "bold are required."));

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    RecordTable::setUp(m_preview);
    m_preview->verticalHeader()->show(); // the file's line numbers
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(140);
    m_preview->setMinimumHeight(150);

    m_readAs = new QLabel(this);
    m_readAs->setObjectName(QStringLiteral("readAsLabel"));
    m_readAs->setWordWrap(true);

    m_editor = new ColumnMappingEditor(this);
    connect(m_editor, &ColumnMappingEditor::changed, this, &ImportColumnsPage::check);

    m_problems = makeProblemLabel(QStringLiteral("mappingProblems"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_readAs);
    layout->addWidget(m_editor);
    layout->addWidget(m_problems);
}

void ImportColumnsPage::initializePage()
{
    const QString options = m_session.options.csv.encoding + QLatin1Char('|') + m_session.options.csv.separator;
    if (m_session.path == m_readPath && options == m_readOptions) {
        check();
        return;
    }
    m_readPath = m_session.path;
    m_readOptions = options;
    readPreview();
    m_editor->setHeaders(m_session.headers);
    check();
}

void ImportColumnsPage::readPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_session.headers.clear();
    QFile file(m_session.path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_readAs->setText(tr("Could not open the file: %1.").arg(file.errorString()));
        return;
    }
    CsvReader reader(&file, m_session.options.csv);
    QStringList fields;
    if (!reader.next(m_session.headers)) {
        m_readAs->setText(reader.error() ? reader.error()->fullText() : tr("The file is empty."));
        return;
    }
    m_preview->setColumnCount(int(m_session.headers.size()));
    m_preview->setHorizontalHeaderLabels(m_session.headers);
    int row = 0;
    while (row < kPreviewRecords && reader.next(fields)) {
        m_preview->insertRow(row);
        for (int column = 0; column < fields.size() && column < m_preview->columnCount(); ++column) {
            auto* item = new QTableWidgetItem(fields.at(column));
            item->setToolTip(fields.at(column));
            m_preview->setItem(row, column, item);
        }
        m_preview->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(reader.recordLine())));
        ++row;
    }
    QString text = tr("Read as %1, columns separated by %2. The first %3 records are shown; the line numbers are "
                      "the file's.")
                       .arg(encodingName(reader.encoding()), separatorName(reader.separator()))
                       .arg(row);
    if (const auto error = reader.error()) {
        text += QLatin1Char(' ') + tr("Reading stopped early: %1").arg(error->message);
    }
    m_readAs->setText(text);
}

void ImportColumnsPage::check()
{
    const auto resolved = m_editor->mapping().resolve(m_session.headers);
    const bool valid = resolved.ok() && !m_session.headers.isEmpty();
    if (valid) {
        m_problems->hide();
    } else {
        QString text = tr("This mapping cannot be imported yet:");
        const QStringList details =
            resolved ? QStringList{tr("the file has no column names.")} : resolved.error().details;
        for (const QString& detail : details) {
            text += QStringLiteral("\n  • ") + detail;
        }
        m_problems->setText(text);
        m_problems->show();
    }
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool ImportColumnsPage::isComplete() const
{
    return m_valid;
}

bool ImportColumnsPage::validatePage()
{
    m_session.options.mapping = m_editor->mapping();
    m_session.options.dateOrder = m_editor->dateOrder();
    return m_valid;
}

} // namespace handoff
