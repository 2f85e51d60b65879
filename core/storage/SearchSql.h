#pragma once

#include <QString>
#include <QStringList>

namespace handoff {

class Database;

// The statements of the search field (SearchIndex) on either engine: a file matches its FTS5 tables (deals_fts and
// the others, kept current by SearchBacklog), a server each table's search_vector column (schema version 3). Every
// statement takes ?1, what query() makes of the words, and ?2, a limit.
struct SearchSql {
    // What a search looks through, in the order its hits are listed.
    enum class Kind { Deal, Account, Contact, Promise };

    // ?1 for the words someone looks for: ftsQuery() on a file, serverQuery() on a server.
    static QString query(const Database& db, const QStringList& words);
    // The FTS5 query for words: each a quoted prefix term ("word"*), all of them required.
    static QString ftsQuery(const QStringList& words);
    // What a server's handoff_search_query receives: the words, space-separated.
    static QString serverQuery(const QStringList& words);

    // At most ?2 of kind's matches joined to their rows, the best first: by relevance when ranked, else newest first
    // only. A match whose row is gone drops out. The columns:
    //   Deal: id, title, account name, state
    //   Account: id, name, industry, its newest deal's id, its number of deals
    //   Contact: id, name, email, title, account name, the account's newest deal's id
    //   Promise: id, deal id, description, customer words, due_on, deal title
    static QString hits(const Database& db, Kind kind, bool ranked);
    // How many matches kind has, counting no further than ?2.
    static QString countMatches(const Database& db, Kind kind);
};

} // namespace handoff
