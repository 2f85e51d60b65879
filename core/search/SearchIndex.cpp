#include "search/SearchIndex.h"

#include "model/Labels.h"
#include "search/SearchBacklog.h"
#include "storage/Database.h"
#include "storage/PragmaScope.h"
#include "storage/SqlValue.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace handoff {

namespace {

// Enough words for any real search; a pasted page is cut here rather than becoming a query of a thousand terms.
constexpr int kMaxWords = 16;

// A kind with more matches than this lists them newest first instead of by relevance (see withMatches).
constexpr int kRankLimit = 2000;

// While typing, a search waits this long for another program's write to finish before it searches the index as
// it is (at most a few keystrokes behind) instead of freezing the window for the whole busy timeout.
constexpr qint64 kCatchUpWaitMs = 100;

// Each kind's best matches first, read from the index alone, then joined to their rows ({matches} below): the
// join never runs for matches that are cut by the limit. A row that is gone but still indexed (a catch-up that had
// to wait) drops out in the join.
const QLatin1String kDealsSql("SELECT d.id, d.title, a.name, d.state FROM {matches} m JOIN deals d ON d.id = m.id "
                              "LEFT JOIN accounts a ON a.id = d.account_id ORDER BY m.score, m.id DESC");

const QLatin1String kAccountsSql(
    "SELECT a.id, a.name, a.industry, (SELECT max(d.id) FROM deals d WHERE d.account_id = a.id), "
    "(SELECT count(*) FROM deals d WHERE d.account_id = a.id) FROM {matches} m JOIN accounts a ON a.id = m.id "
    "ORDER BY m.score, m.id DESC");

const QLatin1String kContactsSql(
    "SELECT c.id, c.name, c.email, c.title, a.name, (SELECT max(d.id) FROM deals d WHERE d.account_id = c.account_id) "
    "FROM {matches} m JOIN contacts c ON c.id = m.id LEFT JOIN accounts a ON a.id = c.account_id "
    "ORDER BY m.score, m.id DESC");

const QLatin1String kPromisesSql("SELECT p.id, p.deal_id, p.description, p.customer_words, p.due_on, d.title "
                                 "FROM {matches} m JOIN promises p ON p.id = m.id "
                                 "LEFT JOIN deals d ON d.id = p.deal_id ORDER BY m.score, m.id DESC");

// The ids and scores of an index's best matches (lower scores are better). Ranked: by bm25, whose weights make a
// hit in a title or a name count more than one in a longer text, then newest first. Unranked: newest first only,
// which reads the index backwards and stops at the limit. Ranking scores every match, and a short or common word
// matches thousands: "seats" is in every deal title and took 80 ms at 100,000 deals ranked, 5 ms newest first.
//
// On a server the index is each table's search_vector column (schema version 3 for PostgreSQL), matched by
// handoff_search_query(what was typed) and ranked by ts_rank with the same column weights ({D, C, B, A}, the
// highest for the column that bm25 weighs most), divided by the log of the text's length (normalization 1) so that,
// as with bm25, a hit in a short name beats the same hit in a long one; negated so that lower is better here too.
QString withServerMatches(QLatin1String sql, QLatin1String table, QLatin1String weights, bool ranked)
{
    const QString matches =
        ranked ? QStringLiteral("(SELECT id, -ts_rank('%2', search_vector, handoff_search_query(?1), 1) AS score "
                                "FROM %1 WHERE search_vector @@ handoff_search_query(?1) "
                                "ORDER BY score, id DESC LIMIT ?2)")
                     .arg(table, weights)
               : QStringLiteral("(SELECT id, 0 AS score FROM %1 WHERE search_vector @@ handoff_search_query(?1) "
                                "ORDER BY id DESC LIMIT ?2)")
                     .arg(table);
    return QString(sql).replace(QLatin1String("{matches}"), matches);
}

QString withMatches(QLatin1String sql, QLatin1String index, QLatin1String weights, bool ranked)
{
    const QString matches =
        ranked ? QStringLiteral("(SELECT rowid AS id, bm25(%1%2) AS score FROM %1 WHERE %1 MATCH ?1 "
                                "ORDER BY score, rowid DESC LIMIT ?2)")
                     .arg(index, weights)
               : QStringLiteral("(SELECT rowid AS id, 0 AS score FROM %1 WHERE %1 MATCH ?1 ORDER BY rowid DESC "
                                "LIMIT ?2)")
                     .arg(index);
    return QString(sql).replace(QLatin1String("{matches}"), matches);
}

// The parts of a detail line that have something to say, joined by a middle dot.
QString detailOf(const QStringList& parts)
{
    QStringList present;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            present.append(part.simplified());
        }
    }
    return present.join(QStringLiteral(" · "));
}

// The words of what was typed. Control characters separate words like spaces do; they are never part of what
// someone looks for.
QStringList wordsOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{Cc}]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool hasWordCharacter(const QString& word)
{
    const QList<uint> characters = word.toUcs4();
    return std::any_of(characters.begin(), characters.end(),
                       [](uint c) { return QChar::isLetterOrNumber(static_cast<char32_t>(c)); });
}

using RowReader = std::function<SearchHit(const Statement&)>;

Error searchFailed(const Error& cause)
{
    return makeError(cause.code,
                     SearchIndex::tr("The search failed. %1 If this happens again, 'handoff check' tells whether the "
                                     "file is damaged.")
                         .arg(cause.message),
                     cause.details);
}

// What one kind's search runs: its SQL with {matches}, its index and the bm25 weights of the index's columns; on a
// server its table and the ts_rank weights of the vector's letters.
struct KindSql {
    QLatin1String sql;
    QLatin1String index;
    QLatin1String weights;
    QLatin1String table;
    QLatin1String serverWeights;
};

// Whether an index has more matches than are worth ranking; counts no further than that.
Result<bool> tooManyToRank(const Database& db, const KindSql& kind, const QString& match)
{
    auto statement = db.statement(
        db.isServer()
            ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE search_vector @@ "
                             "handoff_search_query(?1) LIMIT ?2) AS m")
                  .arg(kind.table)
            : QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ?1 LIMIT ?2)").arg(kind.index));
    if (!statement) {
        return statement.error();
    }
    (*statement)->bind(1, match);
    (*statement)->bind(2, kRankLimit + 1);
    auto row = (*statement)->next();
    if (!row) {
        return row.error();
    }
    return *row && (*statement)->int64(0) > kRankLimit;
}

Result<QList<SearchHit>> read(const Database& db, const KindSql& kind, const QString& match, bool ranked, int limit,
                              const RowReader& reader)
{
    if (ranked) {
        auto tooMany = tooManyToRank(db, kind, match);
        if (!tooMany) {
            return searchFailed(tooMany.error());
        }
        ranked = !*tooMany;
    }
    auto statement = db.statement(db.isServer() ? withServerMatches(kind.sql, kind.table, kind.serverWeights, ranked)
                                                : withMatches(kind.sql, kind.index, kind.weights, ranked));
    if (!statement) {
        return searchFailed(statement.error());
    }
    (*statement)->bind(1, match);
    (*statement)->bind(2, limit);
    QList<SearchHit> hits;
    for (;;) {
        auto row = (*statement)->next();
        if (!row) {
            return searchFailed(row.error());
        }
        if (!*row) {
            return hits;
        }
        hits.append(reader(**statement));
    }
}

} // namespace

SearchIndex::SearchIndex(Database& db)
    : m_db(db)
{}

QString SearchIndex::serverQueryText(const QString& text)
{
    QStringList words;
    for (const QString& word : wordsOf(text)) {
        if (hasWordCharacter(word)) {
            words.append(word);
            if (words.size() == kMaxWords) {
                break;
            }
        }
    }
    return words.join(QLatin1Char(' '));
}

QString SearchIndex::matchExpression(const QString& text)
{
    QStringList terms;
    for (const QString& word : wordsOf(text)) {
        if (!hasWordCharacter(word)) {
            continue; // a lone quote or dash: there is nothing in it to look for
        }
        // Inside double quotes FTS5 reads nothing as syntax; a quote itself is written twice. The tokenizer then
        // splits the word as it split the indexed text ("rita@exa" is "rita" followed by a word starting "exa").
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1String("\"*"));
        if (terms.size() == kMaxWords) {
            break;
        }
    }
    return terms.join(QLatin1Char(' '));
}

bool SearchIndex::isRanked(const QString& text)
{
    const QStringList words = wordsOf(text);
    return std::any_of(words.begin(), words.end(), [](const QString& word) { return word.size() >= 3; });
}

QString SearchIndex::kindLabel(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Deal:
        return tr("Deal", "kind of search result");
    case SearchHit::Kind::Account:
        return tr("Account", "kind of search result");
    case SearchHit::Kind::Contact:
        return tr("Contact", "kind of search result");
    case SearchHit::Kind::Promise:
        break;
    }
    return tr("Promise", "kind of search result");
}

Result<QList<SearchHit>> SearchIndex::find(const QString& text, int limit) const
{
    const QString match = m_db.isServer() ? serverQueryText(text) : matchExpression(text);
    if (match.isEmpty() || limit <= 0) {
        return QList<SearchHit>();
    }
    if (auto current = catchUp(); !current) {
        return current.error();
    }
    const bool ranked = isRanked(text);
    using Finder = Result<QList<SearchHit>> (SearchIndex::*)(const QString&, bool, int) const;
    const Finder finders[] = {&SearchIndex::deals, &SearchIndex::accounts, &SearchIndex::contacts,
                              &SearchIndex::promises};
    QList<SearchHit> hits;
    for (Finder finder : finders) {
        const int room = limit - int(hits.size());
        if (room <= 0) {
            break;
        }
        auto found = (this->*finder)(match, ranked, room);
        if (!found) {
            return found.error();
        }
        hits.append(*found);
    }
    return hits;
}

Result<void> SearchIndex::catchUp() const
{
    if (m_db.isServer()) {
        return {}; // the server's triggers keep every vector current in the transaction that writes the row
    }
    auto pending = SearchBacklog::size(m_db);
    if (!pending) {
        return pending.error();
    }
    if (*pending == 0) {
        return {};
    }
    PragmaScope wait(m_db, "busy_timeout", kCatchUpWaitMs);
    auto applied = SearchBacklog::apply(m_db);
    if (applied) {
        return {};
    }
    switch (applied.error().code) {
    case Error::Code::Locked:   // another program is writing: its changes and ours are applied by the next search
    case Error::Code::ReadOnly: // a file opened from read-only storage: search what the index holds
        return {};
    case Error::Code::Corrupt: // the index no longer matches its tables; it holds nothing that they do not
        return SearchBacklog::rebuild(m_db);
    default:
        return applied.error();
    }
}

Result<QList<SearchHit>> SearchIndex::deals(const QString& match, bool ranked, int limit) const
{
    const KindSql kind{kDealsSql, QLatin1String("deals_fts"), QLatin1String(", 10.0, 8.0, 2.0, 5.0"),
                       QLatin1String("deals"), QLatin1String("{0.5, 0.2, 0.8, 1.0}")};
    return read(m_db, kind, match, ranked, limit, [](const Statement& row) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Deal;
        hit.id = row.int64(0);
        hit.dealId = hit.id;
        hit.title = row.text(1);
        const auto state = fromKey<HandoffState>(row.text(3));
        hit.detail = detailOf({row.text(2), state ? Labels::of(*state) : QString()});
        return hit;
    });
}

Result<QList<SearchHit>> SearchIndex::accounts(const QString& match, bool ranked, int limit) const
{
    const KindSql kind{kAccountsSql, QLatin1String("accounts_fts"), QLatin1String(""), QLatin1String("accounts"),
                       QLatin1String("{0.1, 0.2, 0.4, 1.0}")};
    return read(m_db, kind, match, ranked, limit, [](const Statement& row) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Account;
        hit.id = row.int64(0);
        hit.dealId = row.int64(3); // NULL (no deal yet) reads as 0
        hit.title = row.text(1);
        hit.detail = detailOf({row.text(2), tr("Deals: %1").arg(row.int64(4))});
        return hit;
    });
}

Result<QList<SearchHit>> SearchIndex::contacts(const QString& match, bool ranked, int limit) const
{
    const KindSql kind{kContactsSql, QLatin1String("contacts_fts"), QLatin1String(", 10.0, 5.0, 2.0"),
                       QLatin1String("contacts"), QLatin1String("{0.1, 0.2, 0.5, 1.0}")};
    return read(m_db, kind, match, ranked, limit, [](const Statement& row) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Contact;
        hit.id = row.int64(0);
        hit.dealId = row.int64(5);
        hit.title = row.text(1);
        const QString email = row.text(2);
        hit.detail = detailOf({row.text(4), email.isEmpty() ? row.text(3) : email});
        return hit;
    });
}

Result<QList<SearchHit>> SearchIndex::promises(const QString& match, bool ranked, int limit) const
{
    const KindSql kind{kPromisesSql, QLatin1String("promises_fts"), QLatin1String(", 5.0, 3.0"),
                       QLatin1String("promises"), QLatin1String("{0.1, 0.2, 0.6, 1.0}")};
    return read(m_db, kind, match, ranked, limit, [](const Statement& row) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Promise;
        hit.id = row.int64(0);
        hit.dealId = row.int64(1);
        const QString description = row.text(2);
        hit.title = (description.trimmed().isEmpty() ? row.text(3) : description).simplified();
        const QDate due = sql::toDate(row.value(4));
        hit.detail =
            detailOf({row.text(5), due.isValid() ? tr("due %1").arg(QLocale().toString(due, QLocale::ShortFormat))
                                                 : tr("no due date")});
        return hit;
    });
}

} // namespace handoff
