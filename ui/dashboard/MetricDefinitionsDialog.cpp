#include "dashboard/MetricDefinitionsDialog.h"

#include "metrics/MetricsFigures.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace handoff {

MetricDefinitionsDialog::MetricDefinitionsDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("metricDefinitionsDialog"));
    setWindowTitle(tr("Metric definitions"));
    m_browser->setObjectName(QStringLiteral("definitionsBrowser"));
    m_browser->setAccessibleName(tr("Metric definitions"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 48, em * 40);
}

QString MetricDefinitionsDialog::html()
{
    const auto section = [](FigureAudience audience, FigureScope scope) {
        if (scope == FigureScope::Today) {
            return 3;
        }
        return audience == FigureAudience::SalesRep ? 0 : audience == FigureAudience::SupportRep ? 1 : 2;
    };
    const QString headings[] = {tr("Per sales rep, over the period"), tr("Per support rep, over the period"),
                                tr("Team trends, over the period"), tr("As of today, whatever the period")};
    QString text = tr("<p>Every figure of the dashboard and of <code>handoff metrics</code>. A rate is shown with the "
                      "counts it is taken from, \"75 % (3 of 4)\"; a rate with nothing to count shows \"no data\", "
                      "never 0 %. Double-click a figure on the dashboard to list the deals behind it.</p>");
    const QList<FigureInfo> all = MetricsFigures::all();
    for (int s = 0; s < 4; ++s) {
        QString items;
        for (const FigureInfo& info : all) {
            if (section(info.audience, info.scope) != s) {
                continue;
            }
            items += QStringLiteral("<dt><b>%1</b> <small>(%2)</small></dt><dd style=\"margin-bottom: 8px\">%3</dd>")
                         .arg(info.title.toHtmlEscaped(), info.key.toHtmlEscaped(), info.definition.toHtmlEscaped());
        }
        if (!items.isEmpty()) {
            text += QStringLiteral("<h3>%1</h3><dl>%2</dl>").arg(headings[s].toHtmlEscaped(), items);
        }
    }
    return text;
}

} // namespace handoff
