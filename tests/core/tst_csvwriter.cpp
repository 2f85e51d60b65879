// CSV cells that a spreadsheet opens as text, never as a formula, and that an RFC 4180 reader splits back exactly.

#include "io/CsvWriter.h"

#include <QTest>

using namespace handoff;

class TestCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void neutralisesFormulaStarts_data();
    void neutralisesFormulaStarts();
    void quotesWhatRfc4180Needs_data();
    void quotesWhatRfc4180Needs();
    void numbersStayNumbers();
    void lineJoinsCellsAndEndsInCrlf();
};

void TestCsvWriter::neutralisesFormulaStarts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");

    // Every character OWASP names, as the first character, gets an apostrophe; the cell is quoted only when the
    // text itself needs quotes.
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("DDE payload") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-x") << QStringLiteral("'-x");
    QTest::newRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("line feed") << QStringLiteral("\n=1") << QStringLiteral("\"'\n=1\"");
    QTest::newRow("formula with quotes and commas") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                                    << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    // The escape is escaped, so an importer that strips one apostrophe before a formula character restores both.
    QTest::newRow("apostrophe then formula") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("two apostrophes then formula") << QStringLiteral("''-x") << QStringLiteral("'''-x");

    // Text that does not start a formula is left as typed.
    QTest::newRow("plain") << QStringLiteral("Acme rollout") << QStringLiteral("Acme rollout");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("apostrophe then text") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    QTest::newRow("formula character later") << QStringLiteral("a=1+1") << QStringLiteral("a=1+1");
    QTest::newRow("hyphenated") << QStringLiteral("Single-sign-on") << QStringLiteral("Single-sign-on");
    QTest::newRow("unicode") << QStringLiteral("Zoë Ångström — 東京 🚀") << QStringLiteral("Zoë Ångström — 東京 🚀");
}

void TestCsvWriter::neutralisesFormulaStarts()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(CsvWriter::cell(text), cell);
    // Only the apostrophe prefix tells a neutralised cell apart; quoting alone does not count.
    QCOMPARE(CsvWriter::needsNeutralising(text), cell.size() > text.size() + (cell.startsWith(u'"') ? 2 : 0));
}

void TestCsvWriter::quotesWhatRfc4180Needs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");

    QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("\"Acme, Inc.\"");
    QTest::newRow("quote") << QStringLiteral("the \"big\" one") << QStringLiteral("\"the \"\"big\"\" one\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("line feed inside") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("CRLF inside") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
    QTest::newRow("semicolon needs nothing") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("spaces kept") << QStringLiteral("  padded  ") << QStringLiteral("  padded  ");
}

void TestCsvWriter::quotesWhatRfc4180Needs()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(CsvWriter::cell(text), cell);
}

void TestCsvWriter::numbersStayNumbers()
{
    // A negative amount is data: neutralising it would turn it into text that no spreadsheet sums.
    QCOMPARE(CsvWriter::number(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
    QCOMPARE(CsvWriter::number(QStringLiteral("1234.50")), QStringLiteral("1234.50"));
    QCOMPARE(CsvWriter::cell(QStringLiteral("-12.50")), QStringLiteral("'-12.50"));
}

void TestCsvWriter::lineJoinsCellsAndEndsInCrlf()
{
    const QString line =
        CsvWriter::line({CsvWriter::cell(QStringLiteral("a,b")), CsvWriter::number(QStringLiteral("-1.00")),
                         CsvWriter::cell({}), CsvWriter::cell(QStringLiteral("=x"))});
    QCOMPARE(line, QStringLiteral("\"a,b\",-1.00,,'=x\r\n"));
    QCOMPARE(CsvWriter::line({}), QStringLiteral("\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
