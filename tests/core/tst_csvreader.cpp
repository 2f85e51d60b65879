// The CSV reader against the files people really have: RFC 4180, spreadsheet and CRM exports, their encodings and
// separators, broken quoting reported by line, and input arriving in pieces of any size.

#include "TrickleDevice.h"
#include "io/CsvReader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace handoff;

namespace {

enum class Feed { Buffer, OneByte, SevenBytes };

struct Parsed {
    QList<QStringList> records;
    QList<qint64> lines;
    std::optional<Error> error;
    QChar separator;
    QString encoding;
    qint64 consumed = 0;
};

Parsed parse(const QByteArray& bytes, const CsvOptions& options = {}, Feed feed = Feed::Buffer)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TrickleDevice oneByte(bytes, 1);
    TrickleDevice sevenBytes(bytes, 7);
    QIODevice* device = feed == Feed::Buffer    ? static_cast<QIODevice*>(&buffer)
                        : feed == Feed::OneByte ? static_cast<QIODevice*>(&oneByte)
                                                : static_cast<QIODevice*>(&sevenBytes);
    CsvReader reader(device, options);
    Parsed parsed;
    QStringList fields;
    while (reader.next(fields)) {
        parsed.records.append(fields);
        parsed.lines.append(reader.recordLine());
    }
    parsed.error = reader.error();
    parsed.separator = reader.separator();
    parsed.encoding = reader.encoding();
    parsed.consumed = reader.bytesConsumed();
    return parsed;
}

const QList<Feed> kFeeds = {Feed::Buffer, Feed::OneByte, Feed::SevenBytes};

const char* feedName(Feed feed)
{
    return feed == Feed::Buffer ? "QBuffer" : feed == Feed::OneByte ? "1 byte per read" : "7 bytes per read";
}

QString errorText(const Parsed& parsed)
{
    return parsed.error ? parsed.error->message : QString();
}

using Records = QList<QStringList>;
using Lines = QList<qint64>;

QStringList row(std::initializer_list<const char*> cells)
{
    QStringList fields;
    for (const char* cell : cells) {
        fields.append(QString::fromUtf8(cell));
    }
    return fields;
}

Records rows(std::initializer_list<std::initializer_list<const char*>> lines)
{
    Records records;
    for (const auto& cells : lines) {
        records.append(row(cells));
    }
    return records;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void errors_data();
    void errors();
    void separators_data();
    void separators();
    void encodings_data();
    void encodings();
    void encodingDecidedAtFirstNonAsciiByte();
    void refusedOptionsAndFiles_data();
    void refusedOptionsAndFiles();
    void piecesOfAnySizeGiveTheSameRecords();
    void megabyteField();
    void progressReachesTheEnd();
    void trickleDeviceReallySplitsReads();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("CRLF") << QByteArray("a,b,c\r\n1,2,3\r\n") << rows({{"a", "b", "c"}, {"1", "2", "3"}})
                          << Lines{1, 2};
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << rows({{"a", "b"}, {"1", "2"}}) << Lines{1, 2};
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r3,4") << rows({{"a", "b"}, {"1", "2"}, {"3", "4"}})
                             << Lines{1, 2, 3};
    QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << rows({{"a"}, {"b"}, {"c"}, {"d"}})
                                     << Lines{1, 2, 3, 4};
    QTest::newRow("missing final line break")
        << QByteArray("a,b\r\n1,2") << rows({{"a", "b"}, {"1", "2"}}) << Lines{1, 2};
    QTest::newRow("header only") << QByteArray("external_ref,title,amount\r\n")
                                 << rows({{"external_ref", "title", "amount"}}) << Lines{1};
    QTest::newRow("empty file") << QByteArray() << Records{} << Lines{};
    QTest::newRow("only blank lines") << QByteArray("\r\n\n\r\r\n") << Records{} << Lines{};
    QTest::newRow("blank lines skipped, lines still counted")
        << QByteArray("\n\na,b\n\n\r\n1,2\n\n") << rows({{"a", "b"}, {"1", "2"}}) << Lines{3, 6};
    QTest::newRow("separator inside quotes")
        << QByteArray("\"Acme, Inc.\",5\n") << rows({{"Acme, Inc.", "5"}}) << Lines{1};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n\"\"\"\"\n")
                                    << rows({{"say \"hi\"", "x"}, {"\""}}) << Lines{1, 2};
    QTest::newRow("embedded CRLF and quotes")
        << QByteArray("id,note\r\n1,\"first line\r\nsecond \"\"quoted\"\" line\"\r\n2,after\r\n")
        << rows({{"id", "note"}, {"1", "first line\r\nsecond \"quoted\" line"}, {"2", "after"}}) << Lines{1, 2, 4};
    QTest::newRow("embedded LF and lone CR")
        << QByteArray("\"a\nb\rc\",x\ny,z") << rows({{"a\nb\rc", "x"}, {"y", "z"}}) << Lines{1, 4};
    QTest::newRow("embedded blank lines")
        << QByteArray("\"a\r\n\r\n\nb\"\nnext") << rows({{"a\r\n\r\n\nb"}, {"next"}}) << Lines{1, 5};
    QTest::newRow("empty fields") << QByteArray(",,\na,,c\na,\n") << rows({{"", "", ""}, {"a", "", "c"}, {"a", ""}})
                                  << Lines{1, 2, 3};
    QTest::newRow("separator at end of file") << QByteArray("a,") << rows({{"a", ""}}) << Lines{1};
    QTest::newRow("quoted empty field") << QByteArray("\"\",x\n\"\"") << rows({{"", "x"}, {""}}) << Lines{1, 2};
    QTest::newRow("quote inside an unquoted field is literal")
        << QByteArray("5\" screen,12\"x\"3,a\"\"b\n") << rows({{"5\" screen", "12\"x\"3", "a\"\"b"}}) << Lines{1};
    QTest::newRow("spaces after the closing quote are dropped")
        << QByteArray("\"a\"  ,\"b\" \t\r\n\"c\" ") << rows({{"a", "b"}, {"c"}}) << Lines{1, 2};
    QTest::newRow("space before the opening quote makes it text")
        << QByteArray(" \"a\",b") << rows({{" \"a\"", "b"}}) << Lines{1};
    QTest::newRow("spaces in unquoted fields are kept")
        << QByteArray("  a  ,b ") << rows({{"  a  ", "b "}}) << Lines{1};
    QTest::newRow("closing quote is the last byte") << QByteArray("a,\"b\"") << rows({{"a", "b"}}) << Lines{1};
    QTest::newRow("quoted fields end the line")
        << QByteArray("\"a\"\r\n\"b\"\r\"c\"\n") << rows({{"a"}, {"b"}, {"c"}}) << Lines{1, 2, 3};
    QTest::newRow("ragged rows are returned as found")
        << QByteArray("a,b,c\n1\n1,2,3,4\n") << rows({{"a", "b", "c"}, {"1"}, {"1", "2", "3", "4"}}) << Lines{1, 2, 3};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);
    for (const Feed feed : kFeeds) {
        const Parsed parsed = parse(bytes, {}, feed);
        QVERIFY2(!parsed.error,
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(feedName(feed)), errorText(parsed))));
        QCOMPARE(parsed.records, expected);
        QCOMPARE(parsed.lines, lines);
    }
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("before");
    QTest::addColumn<QString>("message");

    QTest::newRow("unclosed quote names the line where the field starts")
        << QByteArray("a,b\n1,\"open\nmore\nstill more\n") << rows({{"a", "b"}})
        << QStringLiteral("line 2: a quoted field is not closed before the end of the file");
    QTest::newRow("unclosed quote in a one-line file")
        << QByteArray("\"abc") << Records{}
        << QStringLiteral("line 1: a quoted field is not closed before the end of the file");
    QTest::newRow("unclosed quote after a multi-line field")
        << QByteArray("x\n\"a\nb\"\n\n\"c\nd") << rows({{"x"}, {"a\nb"}})
        << QStringLiteral("line 5: a quoted field is not closed before the end of the file");
    QTest::newRow("a doubled quote at the end does not close the field")
        << QByteArray("x,\"a\"\"") << Records{}
        << QStringLiteral("line 1: a quoted field is not closed before the end of the file");
    QTest::newRow("quote inside a quoted field not doubled")
        << QByteArray("a,b\n\"He said \"hi\" to me\",x\n") << rows({{"a", "b"}})
        << QStringLiteral("line 2: column 1 has text after its closing quote");
    QTest::newRow("text after the closing quote on a later line")
        << QByteArray("id,note\n7,\"a\r\nb\"c\n") << rows({{"id", "note"}})
        << QStringLiteral("line 3: column 2 has text after its closing quote");
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, before);
    QFETCH(QString, message);
    for (const Feed feed : kFeeds) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        TrickleDevice trickle(bytes, feed == Feed::OneByte ? 1 : 7);
        CsvReader reader(feed == Feed::Buffer ? static_cast<QIODevice*>(&buffer) : &trickle);
        Records records;
        QStringList fields;
        while (reader.next(fields)) {
            records.append(fields);
        }
        QCOMPARE(records, before);
        QVERIFY2(reader.error().has_value(), feedName(feed));
        QCOMPARE(reader.error()->code, Error::Code::Invalid);
        QVERIFY2(reader.error()->message.startsWith(message), qPrintable(reader.error()->message));
        QVERIFY(fields.isEmpty());
        QVERIFY(!reader.next(fields)); // an error ends the file for good
    }
}

void TestCsvReader::separators_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("given");
    QTest::addColumn<QChar>("used");
    QTest::addColumn<QStringList>("first");

    const QChar detect;
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3") << detect << QChar(u',') << row({"a", "b", "c"});
    QTest::newRow("semicolon") << QByteArray("a;b;c\r\n1;2,5;3") << detect << QChar(u';') << row({"a", "b", "c"});
    QTest::newRow("tab") << QByteArray("a\tb\tc\n") << detect << QChar(u'\t') << row({"a", "b", "c"});
    QTest::newRow("the most frequent wins")
        << QByteArray("Name;Amount, EUR;Note\n") << detect << QChar(u';') << row({"Name", "Amount, EUR", "Note"});
    QTest::newRow("separators inside quotes do not count")
        << QByteArray("\"a;b\",\"c;d\",e\n") << detect << QChar(u',') << row({"a;b", "c;d", "e"});
    QTest::newRow("commas inside quotes do not count")
        << QByteArray("\"x,y\";\"z,w\"\n") << detect << QChar(u';') << row({"x,y", "z,w"});
    QTest::newRow("only the first record decides")
        << QByteArray("a;b\n1,2,3,4") << detect << QChar(u';') << row({"a", "b"});
    QTest::newRow("blank lines before the first record")
        << QByteArray("\r\n\na;b") << detect << QChar(u';') << row({"a", "b"});
    QTest::newRow("after a byte-order mark") << QByteArray("\xEF\xBB\xBF"
                                                           "a\tb")
                                             << detect << QChar(u'\t') << row({"a", "b"});
    QTest::newRow("a tie is a comma") << QByteArray("a,b;c\n") << detect << QChar(u',') << row({"a", "b;c"});
    QTest::newRow("none is a comma") << QByteArray("single\n") << detect << QChar(u',') << row({"single"});
    QTest::newRow("given comma over detected semicolons")
        << QByteArray("a;b;c,d\n") << QChar(u',') << QChar(u',') << row({"a;b;c", "d"});
    QTest::newRow("given tab") << QByteArray("a,b\tc\n") << QChar(u'\t') << QChar(u'\t') << row({"a,b", "c"});
    QTest::newRow("given pipe") << QByteArray("a|\"b|c\"|d\n") << QChar(u'|') << QChar(u'|') << row({"a", "b|c", "d"});
}

void TestCsvReader::separators()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, given);
    QFETCH(QChar, used);
    QFETCH(QStringList, first);
    for (const Feed feed : kFeeds) {
        const Parsed parsed = parse(bytes, CsvOptions{given, {}}, feed);
        QVERIFY2(!parsed.error, qPrintable(errorText(parsed)));
        QCOMPARE(parsed.separator, used);
        QVERIFY(!parsed.records.isEmpty());
        QCOMPARE(parsed.records.first(), first);
    }
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("used");
    QTest::addColumn<QStringList>("fields");

    const QStringList accents{QStringLiteral("Café"), QStringLiteral("€ 1.200"), QStringLiteral("customer’s")};
    QTest::newRow("UTF-8 without BOM") << QByteArray("Caf\xC3\xA9,\xE2\x82\xAC 1.200,customer\xE2\x80\x99s")
                                       << QString() << QStringLiteral("utf-8") << accents;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF"
                                                  "Caf\xC3\xA9,\xE2\x82\xAC 1.200,customer\xE2\x80\x99s")
                                    << QString() << QStringLiteral("utf-8") << accents;
    QTest::newRow("BOM skipped before the header")
        << QByteArray("\xEF\xBB\xBF"
                      "external_ref,title")
        << QString() << QStringLiteral("utf-8") << row({"external_ref", "title"});
    QTest::newRow("Windows-1252 detected")
        << QByteArray("Caf\xE9,\x80 1.200,customer\x92s") << QString() << QStringLiteral("windows-1252") << accents;
    QTest::newRow("Windows-1252 given") << QByteArray("Caf\xE9,\x80 1.200,customer\x92s")
                                        << QStringLiteral("windows-1252") << QStringLiteral("windows-1252") << accents;
    QTest::newRow("Latin-1 given") << QByteArray("Caf\xE9,\x80,Stra\xDF"
                                                 "e")
                                   << QStringLiteral("latin-1") << QStringLiteral("latin-1")
                                   << QStringList{QStringLiteral("Café"), QStringLiteral("\u0080"),
                                                  QStringLiteral("Straße")};
    QTest::newRow("the given encoding wins over valid UTF-8")
        << QByteArray("Caf\xC3\xA9") << QStringLiteral("windows-1252") << QStringLiteral("windows-1252")
        << QStringList{QStringLiteral("CafÃ©")};
    QTest::newRow("a BOM is text in a given single-byte encoding")
        << QByteArray("\xEF\xBB\xBF"
                      "id")
        << QStringLiteral("latin-1") << QStringLiteral("latin-1") << QStringList{QStringLiteral("ï»¿id")};
    QTest::newRow("invalid bytes in given UTF-8 become replacement characters")
        << QByteArray("Caf\xE9,x") << QStringLiteral("UTF-8") << QStringLiteral("utf-8")
        << QStringList{QStringLiteral("Caf\uFFFD"), QStringLiteral("x")};
    QTest::newRow("valid UTF-8 then a stray byte is Windows-1252")
        << QByteArray("\xC3\xA9,\xE9t\xE9,x") << QString() << QStringLiteral("windows-1252")
        << QStringList{QStringLiteral("Ã©"), QStringLiteral("été"), QStringLiteral("x")};
    QTest::newRow("a sequence cut off by the end of the file is not UTF-8")

        << QByteArray("\xC3\xA9,\xE9") << QString() << QStringLiteral("windows-1252")
        << QStringList{QStringLiteral("Ã©"), QStringLiteral("é")};
    QTest::newRow("four-byte UTF-8 and CJK")
        << QByteArray("\xF0\x9F\x9A\x80,\xE6\x9D\xB1\xE4\xBA\xAC") << QString() << QStringLiteral("utf-8")
        << QStringList{QStringLiteral("🚀"), QStringLiteral("東京")};
    QTest::newRow("encoding names are forgiving")
        << QByteArray("Caf\xE9") << QStringLiteral(" CP1252 ") << QStringLiteral("windows-1252")
        << QStringList{QStringLiteral("Café")};
    QTest::newRow("plain ASCII is UTF-8")
        << QByteArray("a,b") << QString() << QStringLiteral("utf-8") << row({"a", "b"});
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, given);
    QFETCH(QString, used);
    QFETCH(QStringList, fields);
    for (const Feed feed : kFeeds) {
        const Parsed parsed = parse(bytes, CsvOptions{{}, given}, feed);
        QVERIFY2(!parsed.error, qPrintable(errorText(parsed)));
        QCOMPARE(parsed.encoding, used);
        QCOMPARE(parsed.records, Records{fields});
    }
}

void TestCsvReader::encodingDecidedAtFirstNonAsciiByte()
{
    // A big CRM export is mostly ASCII: the first accented name may come long after the first 64 KiB.
    QByteArray bytes("external_ref,account\r\n");
    for (int row = 0; bytes.size() < 200 * 1024; ++row) {
        bytes += "OPP-" + QByteArray::number(row) + ",Plain Account Ltd\r\n";
    }
    bytes += "OPP-LAST,Soci\xE9t\xE9 G\xE9n\xE9rale \x96 Paris\r\n";
    for (const Feed feed : kFeeds) {
        const Parsed parsed = parse(bytes, {}, feed);
        QVERIFY2(!parsed.error, qPrintable(errorText(parsed)));
        QCOMPARE(parsed.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(parsed.records.last(),
                 (QStringList{QStringLiteral("OPP-LAST"), QStringLiteral("Société Générale – Paris")}));
    }
}

void TestCsvReader::refusedOptionsAndFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown encoding") << QByteArray("a,b") << QChar() << QStringLiteral("utf-16")
                                      << QStringLiteral("The encoding \"utf-16\" is not supported");
    QTest::newRow("quote as separator") << QByteArray("a,b") << QChar(u'"') << QString()
                                        << QStringLiteral("\"\"\" cannot separate the columns");
    QTest::newRow("line break as separator")
        << QByteArray("a,b") << QChar(u'\n') << QString() << QStringLiteral("\"\n\" cannot separate the columns");
    QTest::newRow("non-ASCII separator") << QByteArray("a,b") << QChar(u'§') << QString()
                                         << QStringLiteral("\"§\" cannot separate the columns");
    QTest::newRow("UTF-16 little-endian") << QByteArray("\xFF\xFE"
                                                        "a\0,\0b\0",
                                                        8)
                                          << QChar() << QString() << QStringLiteral("The file is saved as UTF-16");
    QTest::newRow("UTF-16 big-endian") << QByteArray("\xFE\xFF\0a\0,\0b", 8) << QChar() << QString()
                                       << QStringLiteral("The file is saved as UTF-16");
}

void TestCsvReader::refusedOptionsAndFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, separator);
    QFETCH(QString, encoding);
    QFETCH(QString, message);
    const Parsed parsed = parse(bytes, CsvOptions{separator, encoding});
    QVERIFY(parsed.records.isEmpty());
    QVERIFY(parsed.error.has_value());
    QCOMPARE(parsed.error->code, Error::Code::Invalid);
    QVERIFY2(parsed.error->message.startsWith(message), qPrintable(parsed.error->message));
}

void TestCsvReader::piecesOfAnySizeGiveTheSameRecords()
{
    // Records of every shape, several times the read size, written as a careful exporter would.
    QRandomGenerator random(20240305);
    const QStringList pieces{QStringLiteral("Acme"),       QStringLiteral("a,b"),
                             QStringLiteral("say \"hi\""), QStringLiteral("line\r\nbreak"),
                             QStringLiteral("Zoë 東京 🚀"), QStringLiteral("\r"),
                             QStringLiteral("\n"),         QStringLiteral("\""),
                             QStringLiteral("€"),          QString()};
    Records expected;
    QByteArray bytes;
    for (int row = 0; bytes.size() < 300 * 1024; ++row) {
        QStringList fields;
        const int columns = 1 + int(random.bounded(8));
        QByteArray line;
        for (int column = 0; column < columns; ++column) {
            QString field;
            for (int k = int(random.bounded(12)); k > 0; --k) {
                field += pieces.at(int(random.bounded(pieces.size())));
            }
            if (field.isEmpty() && columns == 1) {
                field = QStringLiteral("x"); // an empty single field is a blank line
            }
            fields.append(field);
            QByteArray quoted = field.toUtf8();
            quoted.replace("\"", "\"\"");
            line += (column ? "," : "") + ((row % 3 == 0) ? '"' + quoted + '"' : quoted);
        }
        const bool needsQuotes =
            line.contains('\n') || line.contains('\r') || line.contains('"') || int(line.count(',')) != columns - 1;
        if (row % 3 != 0 && needsQuotes) {
            --row;
            continue; // only rows that read back unquoted stay unquoted
        }
        expected.append(fields);
        bytes += line + (row % 2 ? "\r\n" : "\n");
    }
    const Parsed whole = parse(bytes);
    QVERIFY2(!whole.error, qPrintable(errorText(whole)));
    QCOMPARE(whole.records.size(), expected.size());
    QCOMPARE(whole.records, expected);
    QCOMPARE(parse(bytes, {}, Feed::SevenBytes).records, expected);
    const Parsed trickled = parse(bytes, {}, Feed::OneByte);
    QCOMPARE(trickled.records, expected);
    QCOMPARE(trickled.lines, whole.lines);
}

void TestCsvReader::megabyteField()
{
    QString big;
    for (int i = 0; big.size() < 1024 * 1024; ++i) {
        big += QStringLiteral("Requirement %1: \"must\" sync, nightly\r\n").arg(i);
    }
    const qint64 bigLines = big.count(QLatin1Char('\n'));
    QByteArray escaped = big.toUtf8();
    escaped.replace("\"", "\"\"");
    const QByteArray bytes = "id,spec,after\r\n1,\"" + escaped + "\",x\r\n2,small,y\r\n";
    for (const Feed feed : {Feed::Buffer, Feed::OneByte}) {
        const Parsed parsed = parse(bytes, {}, feed);
        QVERIFY2(!parsed.error, qPrintable(errorText(parsed)));
        QCOMPARE(parsed.records.size(), 3);
        QCOMPARE(parsed.records.at(1).size(), 3);
        QVERIFY(parsed.records.at(1).at(1) == big);
        QCOMPARE(parsed.records.at(2), (row({"2", "small", "y"})));
        QCOMPARE(parsed.lines, (Lines{1, 2, 3 + bigLines}));
    }
}

void TestCsvReader::progressReachesTheEnd()
{
    QByteArray bytes;
    for (int row = 0; row < 20000; ++row) {
        bytes += "OPP-" + QByteArray::number(row) + ",\"Account " + QByteArray::number(row) + "\",1200.50\r\n";
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields;
    qint64 last = 0;
    int rows = 0;
    while (reader.next(fields)) {
        QVERIFY(reader.bytesConsumed() >= last);
        QVERIFY(reader.bytesConsumed() <= bytes.size());
        last = reader.bytesConsumed();
        if (++rows == 10000) {
            QVERIFY(last > bytes.size() / 3 && last < bytes.size() * 2 / 3); // about half way, not a chunk ahead
        }
    }
    QCOMPARE(rows, 20000);
    QCOMPARE(reader.bytesConsumed(), bytes.size());
}

void TestCsvReader::trickleDeviceReallySplitsReads()
{
    // The chunk-boundary cases above mean something only if the reader really gets one byte per read.
    TrickleDevice device("abc", 1);
    char out[8];
    QCOMPARE(device.read(out, sizeof out), 1);
    QCOMPARE(device.read(out, sizeof out), 1);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
