#pragma once

#include <QString>

namespace handoff {

// One line of the search field's results: what was found and the deal that opens when it is chosen.
struct SearchHit {
    enum class Kind { Deal, Account, Contact, Promise };

    Kind kind = Kind::Deal;
    qint64 id = 0;     // of the deal, account, contact or promise
    qint64 dealId = 0; // the deal to open: the deal itself, the account's newest deal, the promise's deal; 0: none
    QString title;
    QString detail; // a short line saying where the hit belongs ("Acme · Submitted")
};

} // namespace handoff
