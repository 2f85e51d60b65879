#pragma once

#include "Result.h"
#include "search/SearchHit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace handoff {

class Database;

// Finds deals, accounts, contacts and promises by the words a person types into the search field (Ctrl+K), through
// the full-text index of schema version 3. On a file each search first applies the changes queued since the last one
// (SearchBacklog), so it sees every saved edit, including those of other programs on the same file; on a server the
// search vectors are kept by triggers and never behind.
class SearchIndex {
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    // Not const: bringing the index up to date before a search writes to the file.
    explicit SearchIndex(Database& db);

    // The hits for text: every word of it must start a word of the hit (deals also match on their account's name),
    // in any case and with or without accents. Deals come first, then accounts, contacts and promises; at most limit
    // in all. Within a kind, hits are ordered by relevance (bm25), then newest first; only newest first while every
    // word is shorter than three letters or when the kind has more than 2,000 matches (a common word, where
    // relevance says little and scoring every match costs many milliseconds). The text is never query syntax:
    // quotes, *, -, NEAR, parentheses or HTML are just characters. Text without a letter or digit finds nothing.
    Result<QList<SearchHit>> find(const QString& text, int limit = 20) const;

    // The FTS5 query for text: each word a quoted prefix term ("word"*), all of them required; empty when text has
    // no word to look for.
    static QString matchExpression(const QString& text);

    // What a server's handoff_search_query receives: the words with a letter or digit, at most 16, space-separated;
    // empty when there is none.
    static QString serverQueryText(const QString& text);

    // The name of a kind of hit ("Deal"), in the user's language.
    static QString kindLabel(SearchHit::Kind kind);

private:
    // Whether the words are worth ranking by relevance: one of them has three letters or more.
    static bool isRanked(const QString& text);
    Result<QList<SearchHit>> deals(const QString& match, bool ranked, int limit) const;
    Result<QList<SearchHit>> accounts(const QString& match, bool ranked, int limit) const;
    Result<QList<SearchHit>> contacts(const QString& match, bool ranked, int limit) const;
    Result<QList<SearchHit>> promises(const QString& match, bool ranked, int limit) const;

    Database& m_db;
};

} // namespace handoff
