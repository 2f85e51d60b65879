#include "report/ReportRenderer.h"

#include "report/ReportFont.h"
#include "report/ReportHtml.h"
#include "report/ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace handoff {

namespace {

constexpr double kMarginMillimetres = 15.0;
constexpr double kBodyPointSize = 9.5;
constexpr double kRunningPointSize = 7.5;
const QString kImageScheme = QStringLiteral("report-image");

// Serves the report's own images and nothing else: QTextDocument would otherwise read any file an <img> names.
class ReportDocument : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    // An empty image, not nothing: given nothing, Qt's image handler would try to read the named file itself.
    QVariant loadResource(int type, const QUrl&) override
    {
        if (type != QTextDocument::ImageResource) {
            return {};
        }
        QImage nothing(1, 1, QImage::Format_ARGB32);
        nothing.fill(Qt::transparent);
        return nothing;
    }
};

QString runningFooter(const QDateTime& printedAt)
{
    return ReportRenderer::tr("Printed %1").arg(reporthtml::dateTimeText(printedAt));
}

// Title on the left of the head, footer text on the left and the page number on the right of the foot.
void paintRunningText(QPainter& painter, const QRectF& head, const QRectF& foot, const QString& title,
                      const QString& footer, int page, int pages)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(kRunningPointSize);
    painter.setFont(font);
    painter.setPen(QColor(0x5b, 0x66, 0x75));
    const QFontMetricsF metrics(font, painter.device());
    painter.drawText(head, Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(title, Qt::ElideRight, head.width()));
    const QString number = ReportRenderer::tr("Page %1 of %2").arg(page).arg(pages);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, number);
    const qreal numberWidth = metrics.horizontalAdvance(number) + metrics.averageCharWidth() * 4;
    painter.drawText(QRectF(foot.left(), foot.top(), foot.width() - numberWidth, foot.height()),
                     Qt::AlignLeft | Qt::AlignBottom,
                     metrics.elidedText(footer, Qt::ElideRight, foot.width() - numberWidth));
    QPen rule(QColor(0xaa, 0xb2, 0xbd));
    rule.setWidthF(painter.device()->logicalDpiY() / 144.0); // half a point
    painter.setPen(rule);
    painter.drawLine(QPointF(head.left(), head.bottom()), QPointF(head.right(), head.bottom()));
    painter.drawLine(QPointF(foot.left(), foot.top()), QPointF(foot.right(), foot.top()));
    painter.restore();
}

} // namespace

QPageSize ReportRenderer::defaultPageSize(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
    case QLocale::Guatemala:
    case QLocale::CostaRica:
    case QLocale::Panama:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

std::optional<ReportRenderer::Format> ReportRenderer::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return Format::Html;
    }
    return std::nullopt;
}

QString ReportRenderer::styleSheet()
{
    QFile file(QStringLiteral(":/report/report.css"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

Result<int> ReportRenderer::print(const ReportContent& report, QPagedPaintDevice* device, const QDateTime& printedAt)
{
    QPainter painter;
    if (!painter.begin(device)) {
        return makeError(Error::Code::Storage,
                         tr("The report could not be printed: the printer or file did not open."));
    }
    painter.setFont(reportFont());
    const QRectF area(QPointF(0, 0), QSizeF(device->width(), device->height()));
    QFont running = painter.font();
    running.setPointSizeF(kRunningPointSize);
    const qreal band = QFontMetricsF(running, device).height() * 2.6;
    const QRectF head(area.left(), area.top(), area.width(), band * 0.6);
    const QRectF foot(area.left(), area.bottom() - band * 0.6, area.width(), band * 0.6);
    const QRectF body(area.left(), area.top() + band, area.width(), area.height() - 2 * band);

    ReportDocument document;
    document.documentLayout()->setPaintDevice(device);
    QFont font = reportFont();
    font.setPointSizeF(kBodyPointSize);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long address wraps instead of running off
    document.setDefaultTextOption(option);
    document.setDefaultStyleSheet(styleSheet());
    for (auto it = report.images.cbegin(); it != report.images.cend(); ++it) {
        document.addResource(QTextDocument::ImageResource, QUrl(ReportContent::imageSource(it.key())), it.value());
    }
    document.setDocumentMargin(0);
    document.setHtml(report.html);
    document.setTextWidth(body.width()); // one long page, cut into pages below

    const QList<ReportPage> pages = ReportPagination::paginate(document, body.height());
    const QString footer = runningFooter(printedAt);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, QColor(0x1c, 0x24, 0x30));
    const auto drawSlice = [&](double top, double bottom, double at) {
        painter.save();
        const QRectF slice(0, top, body.width(), bottom - top);
        painter.translate(body.left(), at - top);
        painter.setClipRect(slice);
        context.clip = slice;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    };
    for (qsizetype index = 0; index < pages.size(); ++index) {
        if (index > 0 && !device->newPage()) {
            return makeError(Error::Code::Storage,
                             tr("The report could not be printed: page %1 could not be started.").arg(index + 1));
        }
        const ReportPage& page = pages.at(index);
        if (page.headerHeight() > 0) {
            drawSlice(page.headerTop, page.headerBottom, body.top());
        }
        drawSlice(page.top, page.bottom, body.top() + page.headerHeight());
        paintRunningText(painter, head, foot, report.title, footer, int(index + 1), int(pages.size()));
    }
    if (!painter.end()) {
        return makeError(Error::Code::Storage, tr("The report could not be finished."));
    }
    return int(pages.size());
}

QByteArray ReportRenderer::html(const ReportContent& report, const QDateTime& printedAt)
{
    QString body = report.html;
    for (auto it = report.images.cbegin(); it != report.images.cend(); ++it) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        it.value().save(&buffer, "PNG");
        body.replace(QStringLiteral("src=\"%1\"").arg(ReportContent::imageSource(it.key())),
                     QStringLiteral("src=\"data:image/png;base64,%1\"").arg(QString::fromLatin1(png.toBase64())));
    }
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                       "style-src 'unsafe-inline'\">\n<title>%2</title>\n<style>\n"
                       "body { font-family: sans-serif; font-size: 10pt; max-width: 190mm; margin: 12mm auto; }\n"
                       "%3\n</style>\n</head>\n<body>\n%4<p class=\"note\">%5</p>\n</body>\n</html>\n")
            .arg(reporthtml::text(report.language), reporthtml::text(report.title), styleSheet(), body,
                 reporthtml::text(runningFooter(printedAt)));
    return page.toUtf8();
}

Result<qint64> ReportRenderer::write(const ReportContent& report, Format format, QIODevice* out,
                                     const QPageSize& pageSize, const QDateTime& printedAt)
{
    if (format == Format::Html) {
        const QByteArray page = html(report, printedAt);
        if (out->write(page) != page.size()) {
            return makeError(Error::Code::Storage, tr("The report could not be written: %1").arg(out->errorString()));
        }
        return 1;
    }
    QPdfWriter writer(out);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Handoff"));
    writer.setResolution(600);
    writer.setPageLayout(
        QPageLayout(pageSize, QPageLayout::Portrait,
                    QMarginsF(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres),
                    QPageLayout::Millimeter));
    const auto pages = print(report, &writer, printedAt);
    if (!pages) {
        return pages.error();
    }
    return qint64(*pages);
}

} // namespace handoff
