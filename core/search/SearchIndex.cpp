#include "search/SearchIndex.h"

#include "model/Labels.h"
#include "storage/Database.h"
#include "storage/SearchBacklog.h"
#include "storage/SearchSql.h"
#include "storage/SqlValue.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace handoff {

namespace {

// Enough words for any real search; a pasted page is cut here rather than becoming a query of a thousand terms.
constexpr int kMaxWords = 16;

// A kind with more matches than this lists them newest first instead of by relevance: ranking scores every match,
// and a short or common word matches thousands ("seats" is in every deal title).
constexpr int kRankLimit = 2000;

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

// The words of what was typed that have something to look for (a lone quote or dash has not), at most kMaxWords.
QStringList searchWords(const QString& text)
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
    return words;
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

// Whether kind has more matches than are worth ranking; counts no further than that.
Result<bool> tooManyToRank(const Database& db, SearchSql::Kind kind, const QString& match)
{
    auto statement = db.statement(SearchSql::countMatches(db, kind));
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

Result<QList<SearchHit>> read(const Database& db, SearchSql::Kind kind, const QString& match, bool ranked, int limit,
                              const RowReader& reader)
{
    if (ranked) {
        auto tooMany = tooManyToRank(db, kind, match);
        if (!tooMany) {
            return searchFailed(tooMany.error());
        }
        ranked = !*tooMany;
    }
    auto statement = db.statement(SearchSql::hits(db, kind, ranked));
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
    return SearchSql::serverQuery(searchWords(text));
}

QString SearchIndex::matchExpression(const QString& text)
{
    return SearchSql::ftsQuery(searchWords(text));
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
    const QString match = SearchSql::query(m_db, searchWords(text));
    if (match.isEmpty() || limit <= 0) {
        return QList<SearchHit>();
    }
    if (auto current = SearchBacklog::catchUp(m_db); !current) {
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

Result<QList<SearchHit>> SearchIndex::deals(const QString& match, bool ranked, int limit) const
{
    return read(m_db, SearchSql::Kind::Deal, match, ranked, limit, [](const Statement& row) {
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
    return read(m_db, SearchSql::Kind::Account, match, ranked, limit, [](const Statement& row) {
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
    return read(m_db, SearchSql::Kind::Contact, match, ranked, limit, [](const Statement& row) {
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
    return read(m_db, SearchSql::Kind::Promise, match, ranked, limit, [](const Statement& row) {
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
