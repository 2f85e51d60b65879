#include "storage/SearchSql.h"

#include "storage/Database.h"

namespace handoff {

namespace {

// One kind's statement with {matches} for its best matches, its FTS5 index with the bm25 weights of the index's
// columns, and on a server its table with the ts_rank weights of the vector's letters.
struct KindSql {
    QLatin1String sql;
    QLatin1String index;
    QLatin1String weights;
    QLatin1String table;
    QLatin1String serverWeights;
};

// Each kind's best matches first, read from the index alone, then joined to their rows: the join never runs for
// matches that are cut by the limit. A row that is gone but still indexed (a catch-up that had to wait) drops out
// in the join. In the order of SearchSql::Kind.
const KindSql kKinds[] = {
    {QLatin1String("SELECT d.id, d.title, a.name, d.state FROM {matches} m JOIN deals d ON d.id = m.id "
                   "LEFT JOIN accounts a ON a.id = d.account_id ORDER BY m.score, m.id DESC"),
     QLatin1String("deals_fts"), QLatin1String(", 10.0, 8.0, 2.0, 5.0"), QLatin1String("deals"),
     QLatin1String("{0.5, 0.2, 0.8, 1.0}")},
    {QLatin1String("SELECT a.id, a.name, a.industry, (SELECT max(d.id) FROM deals d WHERE d.account_id = a.id), "
                   "(SELECT count(*) FROM deals d WHERE d.account_id = a.id) FROM {matches} m JOIN accounts a ON "
                   "a.id = m.id ORDER BY m.score, m.id DESC"),
     QLatin1String("accounts_fts"), QLatin1String(""), QLatin1String("accounts"),
     QLatin1String("{0.1, 0.2, 0.4, 1.0}")},
    {QLatin1String("SELECT c.id, c.name, c.email, c.title, a.name, (SELECT max(d.id) FROM deals d WHERE d.account_id "
                   "= c.account_id) FROM {matches} m JOIN contacts c ON c.id = m.id LEFT JOIN accounts a ON a.id = "
                   "c.account_id ORDER BY m.score, m.id DESC"),
     QLatin1String("contacts_fts"), QLatin1String(", 10.0, 5.0, 2.0"), QLatin1String("contacts"),
     QLatin1String("{0.1, 0.2, 0.5, 1.0}")},
    {QLatin1String("SELECT p.id, p.deal_id, p.description, p.customer_words, p.due_on, d.title FROM {matches} m JOIN "
                   "promises p ON p.id = m.id LEFT JOIN deals d ON d.id = p.deal_id ORDER BY m.score, m.id DESC"),
     QLatin1String("promises_fts"), QLatin1String(", 5.0, 3.0"), QLatin1String("promises"),
     QLatin1String("{0.1, 0.2, 0.6, 1.0}")},
};

const KindSql& sqlOf(SearchSql::Kind kind)
{
    return kKinds[static_cast<int>(kind)];
}

// The ids and scores of an index's best matches (lower scores are better). Ranked: by bm25, whose weights make a
// hit in a title or a name count more than one in a longer text, then newest first. Unranked: newest first only,
// which reads the index backwards and stops at the limit. Ranking scores every match, and a short or common word
// matches thousands: "seats" is in every deal title and took 80 ms at 100,000 deals ranked, 5 ms newest first.
QString fileMatches(const KindSql& kind, bool ranked)
{
    return ranked ? QStringLiteral("(SELECT rowid AS id, bm25(%1%2) AS score FROM %1 WHERE %1 MATCH ?1 "
                                   "ORDER BY score, rowid DESC LIMIT ?2)")
                        .arg(kind.index, kind.weights)
                  : QStringLiteral("(SELECT rowid AS id, 0 AS score FROM %1 WHERE %1 MATCH ?1 ORDER BY rowid DESC "
                                   "LIMIT ?2)")
                        .arg(kind.index);
}

// On a server the index is each table's search_vector column, matched by handoff_search_query(what was typed) and
// ranked by ts_rank with the same column weights ({D, C, B, A}, the highest for the column that bm25 weighs most),
// divided by the log of the text's length (normalization 1) so that, as with bm25, a hit in a short name beats the
// same hit in a long one; negated so that lower is better here too.
QString serverMatches(const KindSql& kind, bool ranked)
{
    return ranked ? QStringLiteral("(SELECT id, -ts_rank('%2', search_vector, handoff_search_query(?1), 1) AS score "
                                   "FROM %1 WHERE search_vector @@ handoff_search_query(?1) "
                                   "ORDER BY score, id DESC LIMIT ?2)")
                        .arg(kind.table, kind.serverWeights)
                  : QStringLiteral("(SELECT id, 0 AS score FROM %1 WHERE search_vector @@ handoff_search_query(?1) "
                                   "ORDER BY id DESC LIMIT ?2)")
                        .arg(kind.table);
}

} // namespace

QString SearchSql::query(const Database& db, const QStringList& words)
{
    return db.isServer() ? serverQuery(words) : ftsQuery(words);
}

QString SearchSql::ftsQuery(const QStringList& words)
{
    QStringList terms;
    terms.reserve(words.size());
    for (const QString& word : words) {
        // Inside double quotes FTS5 reads nothing as syntax; a quote itself is written twice. The tokenizer then
        // splits the word as it split the indexed text ("rita@exa" is "rita" followed by a word starting "exa").
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1String("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString SearchSql::serverQuery(const QStringList& words)
{
    return words.join(QLatin1Char(' '));
}

QString SearchSql::hits(const Database& db, Kind kind, bool ranked)
{
    const KindSql& sql = sqlOf(kind);
    const QString matches = db.isServer() ? serverMatches(sql, ranked) : fileMatches(sql, ranked);
    return QString(sql.sql).replace(QLatin1String("{matches}"), matches);
}

QString SearchSql::countMatches(const Database& db, Kind kind)
{
    const KindSql& sql = sqlOf(kind);
    return db.isServer()
               ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE search_vector @@ "
                                "handoff_search_query(?1) LIMIT ?2) AS m")
                     .arg(sql.table)
               : QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH ?1 LIMIT ?2)").arg(sql.index);
}

} // namespace handoff
