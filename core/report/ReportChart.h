#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace handoff {

// A horizontal bar chart drawn into an image for a printed report: one row per category, one bar per series in it,
// each bar labelled with its value's text, and a legend when there is more than one series.
struct ReportChart {
    struct Series {
        QString name;
        QColor color;
        QList<double> values;   // one per category; a negative value means "no data" and draws no bar
        QStringList valueTexts; // what is written beside each bar
    };

    QString title;
    QStringList categories;
    QList<Series> series;
    double maximum = 0; // the value at the right edge; 0: the largest value

    // Width in CSS pixels (96 per inch); the height follows from the rows. The image holds scale times as many
    // pixels in each direction so that it prints sharp.
    static constexpr int kWidth = 660;
    int height() const;
    QImage render(qreal scale = 3.0) const;

private:
    bool dense() const;
    qreal barHeight() const;
    qreal rowHeight() const;
};

} // namespace handoff
