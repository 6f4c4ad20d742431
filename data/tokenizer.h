#pragma once
// How Relais cuts text into searchable words, one definition for the index and the queries.
//
// The FTS5 tokenizer "relais" wraps unicode61 with remove_diacritics 2 (case and accents
// folded: "Médecin" = "medecin"; apostrophes separate, so "l'aide" gives "aide") and adds,
// at the same position, forms a social worker may type:
//  - the joined form of words linked by a hyphen, slash, dot or middle dot ("PAG-ASA" is
//    also "pagasa");
//  - French inclusive writing ("travailleur·euses" is also "travailleuse", "travailleuses");
//  - a plural stem ("travailleurs" is also "travailleur").
// Thread rule: a Analyzer belongs to the thread of its connection.

#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace relais {

// Registers the "relais" tokenizer on a connection; called by Database::open.
void register_tokenizer(sqlite3* db);

// One word as typed: its folded tokens (more than one when joined by - / . ·), and the
// other forms it is indexed under. `start`/`end` are byte offsets in the analysed text.
struct Word {
    std::vector<std::string> tokens;
    std::vector<std::string> variants; // joined and inclusive forms (not stems)
    int start = 0;
    int end = 0;
};

// Plural stem used by the index ("services" -> "service"); returns the token itself when
// there is nothing to strip.
std::string stem(std::string_view token);

class Analyzer {
public:
    // Uses the tokenizer registered on `db` (which must outlive the Analyzer).
    explicit Analyzer(sqlite3* db);
    ~Analyzer();
    Analyzer(const Analyzer&) = delete;
    Analyzer& operator=(const Analyzer&) = delete;

    std::vector<Word> words(std::string_view text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Folded plain words (no variants) without a database at hand: for slugs and keys.
std::vector<std::string> fold_words(std::string_view text);
// Folded words joined by '-': "Saint-Josse-ten-Noode" -> "saint-josse-ten-noode".
std::string fold_key(std::string_view text);

// A phone number as one token of digits, however it is grouped, the country code +32 (or
// 0032) written as a national 0: "+32 800 99 340", "0800/99.340" and "0800 99 340" all give
// "080099340". Empty when there are no digits.
std::string number_key(std::string_view number);

} // namespace relais
