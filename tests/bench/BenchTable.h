#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace handoff::bench {

// The benchmark's results as one table per section, a row per case and, for each database size, a group of columns:
// what Handoff took on SQLite and on PostgreSQL, the C API doing the same work, and their ratios. Rows are recorded as
// each size is measured and printed together at the end, so that one case reads across the sizes.
class BenchTable {
public:
    enum class Unit { Micros, Millis, Ratio };
    struct Column {
        QString name;
        Unit unit = Unit::Micros;
    };

    // The sizes, in the order of their column groups ("2,000 deals").
    void setSizes(const QStringList& sizes) { m_sizes = sizes; }
    void addSection(const QString& key, const QString& title, const QList<Column>& columns);
    // Values for a case at one size, from column first on; a negative value was not measured (printed as "-").
    void record(const QString& section, const QString& name, int size, const QList<double>& values, int first = 0);

    void print(QTextStream& out) const;

    // value / reference, or -1 when either was not measured.
    static double ratio(double value, double reference)
    {
        return value >= 0 && reference > 0 ? value / reference : -1.0;
    }

private:
    struct Row {
        QString name;
        QList<QList<double>> values; // [size][column]
    };
    struct Section {
        QString key;
        QString title;
        QList<Column> columns;
        QList<Row> rows;
    };
    Section* section(const QString& key);

    QStringList m_sizes;
    QList<Section> m_sections;
};

} // namespace handoff::bench
