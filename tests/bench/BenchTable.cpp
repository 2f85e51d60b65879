#include "BenchTable.h"

#include <QTextStream>

#include <algorithm>

namespace handoff::bench {

namespace {

constexpr int kNameWidth = 44;
constexpr int kColumnWidth = 10;

QString cell(double value, BenchTable::Unit unit)
{
    if (value < 0) {
        return QStringLiteral("-").rightJustified(kColumnWidth);
    }
    switch (unit) {
    case BenchTable::Unit::Micros:
        return QString::number(value, 'f', 1).rightJustified(kColumnWidth);
    case BenchTable::Unit::Millis:
        return QString::number(value, 'f', 2).rightJustified(kColumnWidth);
    case BenchTable::Unit::Ratio:
        return QString(QString::number(value, 'f', 2) + QLatin1Char('x')).rightJustified(kColumnWidth);
    }
    return {};
}

} // namespace

void BenchTable::addSection(const QString& key, const QString& title, const QList<Column>& columns)
{
    if (!section(key)) {
        m_sections.append(Section{key, title, columns, {}});
    }
}

BenchTable::Section* BenchTable::section(const QString& key)
{
    for (Section& s : m_sections) {
        if (s.key == key) {
            return &s;
        }
    }
    return nullptr;
}

void BenchTable::record(const QString& key, const QString& name, int size, const QList<double>& values, int first)
{
    Section* s = section(key);
    if (!s || size < 0) {
        return;
    }
    auto row = std::find_if(s->rows.begin(), s->rows.end(), [&](const Row& r) { return r.name == name; });
    if (row == s->rows.end()) {
        s->rows.append(Row{name, {}});
        row = s->rows.end() - 1;
    }
    while (row->values.size() <= size) {
        row->values.append(QList<double>(s->columns.size(), -1.0));
    }
    for (int i = 0; i < values.size() && first + i < s->columns.size(); ++i) {
        row->values[size][first + i] = values.at(i);
    }
}

void BenchTable::print(QTextStream& out) const
{
    for (const Section& s : m_sections) {
        const int groupWidth = int(s.columns.size()) * kColumnWidth;
        out << Qt::endl << QString().leftJustified(kNameWidth);
        for (const QString& size : m_sizes) {
            out << QString(QStringLiteral("| ") + size).leftJustified(groupWidth + 2);
        }
        out << Qt::endl << s.title.leftJustified(kNameWidth);
        for (qsizetype i = 0; i < m_sizes.size(); ++i) {
            out << QStringLiteral("| ");
            for (const Column& column : s.columns) {
                out << column.name.rightJustified(kColumnWidth);
            }
        }
        out << Qt::endl;
        for (const Row& row : s.rows) {
            out << row.name.leftJustified(kNameWidth);
            for (qsizetype size = 0; size < m_sizes.size(); ++size) {
                out << QStringLiteral("| ");
                for (qsizetype c = 0; c < s.columns.size(); ++c) {
                    out << cell(size < row.values.size() ? row.values.at(size).at(c) : -1.0, s.columns.at(c).unit);
                }
            }
            out << Qt::endl;
        }
    }
}

} // namespace handoff::bench
