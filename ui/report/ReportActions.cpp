#include "report/ReportActions.h"

#include "report/DealReport.h"
#include "report/ReportHtml.h"
#include "report/ReportRenderer.h"
#include "report/TeamReport.h"
#include "transfer/TransferFiles.h"
#include "widgets/Actions.h"
#include "widgets/Messages.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace handoff {

namespace {

void preparePrinter(QPrinter& printer, const QString& title)
{
    printer.setDocName(title);
    printer.setPageSize(ReportRenderer::defaultPageSize(QLocale()));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

} // namespace

ReportActions::ReportActions(Database& db, QWidget* window, Source source)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_source(std::move(source))
{
    m_print = makeAction(this, QStringLiteral("printAction"), tr("Prin&t…"), QKeySequence::Print,
                         tr("Print the handoff report of the deal in front, or the team report of the dashboard"));
    m_preview =
        makeAction(this, QStringLiteral("printPreviewAction"), tr("Print pre&view…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("See the report's pages before printing"));
    m_pdf = makeAction(this, QStringLiteral("exportPdfAction"), tr("Export report as PD&F…"), {},
                       tr("Save the report as a PDF file"));
    m_html = makeAction(this, QStringLiteral("exportHtmlAction"), tr("Export report as &HTML…"), {},
                        tr("Save the report as a web page"));
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_preview, &QAction::triggered, this, &ReportActions::preview);
    connect(m_pdf, &QAction::triggered, this, [this] { exportAs(true); });
    connect(m_html, &QAction::triggered, this, [this] { exportAs(false); });
}

void ReportActions::addTo(QMenu* menu) const
{
    menu->addAction(m_print);
    menu->addAction(m_preview);
    menu->addAction(m_pdf);
    menu->addAction(m_html);
}

void ReportActions::update()
{
    const bool available = m_source().has_value();
    for (QAction* action : {m_print, m_preview, m_pdf, m_html}) {
        action->setEnabled(available);
    }
}

std::optional<ReportContent> ReportActions::build()
{
    const std::optional<ReportRequest> request = m_source();
    if (!request) {
        emit message(tr("Open a deal or the dashboard to print its report."));
        return std::nullopt;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ReportContent> content =
        request->dealId != 0 ? DealReport(m_db).build(request->dealId) : TeamReport(m_db).build(request->query);
    QApplication::restoreOverrideCursor();
    if (!content) {
        Messages::showError(m_window, tr("The report could not be made."), content.error());
        return std::nullopt;
    }
    return *content;
}

void ReportActions::print()
{
    const std::optional<ReportContent> content = build();
    if (!content) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, content->title);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print %1").arg(content->title));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto pages = ReportRenderer::print(*content, &printer, QDateTime::currentDateTime());
    if (!pages) {
        Messages::showError(m_window, tr("The report could not be printed."), pages.error());
        return;
    }
    emit message(*pages == 1 ? tr("Sent 1 page to the printer.") : tr("Sent %1 pages to the printer.").arg(*pages));
}

void ReportActions::preview()
{
    const std::optional<ReportContent> content = build();
    if (!content) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, content->title);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print preview: %1").arg(content->title));
    dialog.resize(m_window->size() * 0.8);
    const QDateTime now = QDateTime::currentDateTime();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &content, now](QPrinter* target) {
        const auto pages = ReportRenderer::print(*content, target, now);
        if (!pages) {
            Messages::showError(m_window, tr("The report could not be printed."), pages.error());
        }
    });
    dialog.exec();
}

QString ReportActions::suggestedName(bool pdf) const
{
    const std::optional<ReportRequest> request = m_source();
    QString stem = request && request->dealId != 0
                       ? tr("handoff-report-deal-%1").arg(request->dealId)
                       : tr("team-report-%1-to-%2")
                             .arg(request ? request->query.period.from.toString(Qt::ISODate) : QString(),
                                  request ? request->query.period.to.toString(Qt::ISODate) : QString());
    return stem + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".html"));
}

void ReportActions::exportAs(bool pdf)
{
    if (!m_source()) {
        emit message(tr("Open a deal or the dashboard to print its report."));
        return;
    }
    const QString path =
        TransferFiles::askSavePath(m_window, pdf ? tr("Export report as PDF") : tr("Export report as HTML"),
                                   suggestedName(pdf), pdf ? tr("PDF files (*.pdf)") : tr("Web pages (*.html *.htm)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool ReportActions::exportTo(const QString& path)
{
    const std::optional<ReportRenderer::Format> format = ReportRenderer::formatOf(path);
    if (!format) {
        Messages::showError(m_window, tr("The report could not be saved."),
                            makeError(Error::Code::Invalid, tr("Name the file with .pdf or .html at the end.")));
        return false;
    }
    const std::optional<ReportContent> content = build();
    if (!content) {
        return false;
    }
    const QDateTime now = QDateTime::currentDateTime();
    const auto pages = TransferFiles::write(path, [&](QIODevice* out) {
        return ReportRenderer::write(*content, *format, out, ReportRenderer::defaultPageSize(QLocale()), now);
    });
    if (!pages) {
        Messages::showError(m_window, tr("The report could not be saved."), pages.error());
        return false;
    }
    const QString where = QDir::toNativeSeparators(path);
    if (*format == ReportRenderer::Format::Html) {
        emit message(tr("Saved %1.").arg(where));
    } else {
        emit message(*pages == 1 ? tr("Saved %1 (1 page).").arg(where)
                                 : tr("Saved %1 (%2 pages).").arg(where, QString::number(*pages)));
    }
    return true;
}

} // namespace handoff
