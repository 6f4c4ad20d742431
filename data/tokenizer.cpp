#include "data/tokenizer.h"

#include "data/error.h"
#include "data/synonyms.h"

#include <algorithm>
#include <string>
#include <utility>

namespace relais {
namespace {

fts5_api* fts5_of(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        throw Error(ErrorCode::sqlite, "this SQLite has no FTS5");
    sqlite3_bind_pointer(statement, 1, reinterpret_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api)
        throw Error(ErrorCode::sqlite, "this SQLite has no FTS5");
    return api;
}

// The wrapped unicode61 tokenizer instance.
struct Inner {
    fts5_tokenizer api{};
    Fts5Tokenizer* instance = nullptr;

    explicit Inner(fts5_api* fts5) {
        void* user_data = nullptr;
        if (fts5->xFindTokenizer(fts5, "unicode61", &user_data, &api) != SQLITE_OK)
            throw Error(ErrorCode::sqlite, "unicode61 tokenizer missing");
        // remove_diacritics 2 also folds diacritics on letters with several of them.
        const char* args[] = {"remove_diacritics", "2"};
        if (api.xCreate(user_data, args, 2, &instance) != SQLITE_OK)
            throw Error(ErrorCode::sqlite, "cannot create unicode61 tokenizer");
    }
    ~Inner() {
        if (instance)
            api.xDelete(instance);
    }
    Inner(const Inner&) = delete;
    Inner& operator=(const Inner&) = delete;
};

// Separators that glue two words into one as far as a reader is concerned.
enum class Joiner { none, hyphen, dot };

Joiner joiner_between(std::string_view gap) {
    if (gap == "-" || gap == "/" || gap == "\u2010" || gap == "\u2011")
        return Joiner::hyphen;
    if (gap == "." || gap == "\u00B7" || gap == "\u2022" || gap == "\u22C5")
        return Joiner::dot;
    return Joiner::none;
}

bool is_short_suffix(const std::string& part) {
    return !part.empty() && part.size() <= 5 &&
           std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// French inclusive writing: "travailleur·euse·s", "organisé·e·s", "travailleu·r·ses",
// "directeur·rice". The feminine replaces the masculine ending ("-eur" -> "-euse"/"-rice")
// or is appended to it ("organisé" + "e"); a final "s" marks the plural.
void add_inclusive_forms(const std::vector<std::string>& parts, std::vector<std::string>& out) {
    const std::string& base = parts.front();
    auto feminine = [&](const std::string& suffix) {
        if (ends_with(base, "eur") && (suffix.starts_with("e") || suffix.starts_with("rice")))
            return base.substr(0, base.size() - 3) + suffix;
        if (ends_with(base, "eur") && suffix.starts_with("trice"))
            return base.substr(0, base.size() - 4) + suffix;
        return base + suffix;
    };
    std::string cumulative = base;
    for (std::size_t i = 1; i < parts.size(); ++i) {
        out.push_back(feminine(parts[i]));
        out.push_back(base + parts[i]);
        cumulative += parts[i];
        out.push_back(cumulative);
        if (parts[i] == "s" || parts[i] == "es")
            out.push_back(base + "s");
        if (i + 1 < parts.size())
            out.push_back(feminine(parts[i]) + parts[i + 1]);
    }
}

// unicode61 folds case and accents but keeps ligatures ("Œuvre" -> "œuvre"), while people
// type "oeuvre", "coeur": spell them out, in the index and in queries alike.
void append_without_ligatures(std::string& out, std::string_view token) {
    // Both ligatures are two bytes starting 0xC3 or 0xC5; most tokens have neither byte.
    if (std::none_of(token.begin(), token.end(),
                     [](char c) { return c == '\xC3' || c == '\xC5'; })) {
        out += token;
        return;
    }
    for (std::size_t i = 0; i < token.size(); ++i) {
        const auto rest = token.substr(i);
        if (rest.starts_with("\u0153")) {
            out += "oe";
            ++i;
        } else if (rest.starts_with("\u00E6")) {
            out += "ae";
            ++i;
        } else {
            out += token[i];
        }
    }
}

// The tokens unicode61 finds in one text, their bytes in one buffer: a few allocations per
// text rather than one per token (the index tokenizes every text of the directory).
struct RawTokens {
    struct Span {
        std::size_t offset;
        std::size_t size;
        int start;
        int end;
    };
    std::string bytes;
    std::vector<Span> spans;

    std::string_view operator[](std::size_t i) const {
        return std::string_view(bytes).substr(spans[i].offset, spans[i].size);
    }
};

// One word as analyze() hands it over: tokens [first, last) of `tokens`, and its variants.
struct WordSpan {
    const RawTokens& tokens;
    std::size_t first;
    std::size_t last;
    const std::vector<std::string>& variants;
    int start;
    int end;
};

// Runs unicode61 over `text` and groups its tokens into words (tokens glued by joiners).
template <typename OnWord>
void analyze(const Inner& inner, std::string_view text, OnWord&& on_word) {
    RawTokens tokens;
    tokens.bytes.reserve(text.size() + 16);
    tokens.spans.reserve(text.size() / 6 + 1); // about one word in six bytes of prose
    auto collect = [](void* context, int, const char* token, int size, int start, int end) -> int {
        auto& out = *static_cast<RawTokens*>(context);
        const std::size_t offset = out.bytes.size();
        append_without_ligatures(out.bytes,
                                 std::string_view(token, static_cast<std::size_t>(size)));
        out.spans.push_back(RawTokens::Span{offset, out.bytes.size() - offset, start, end});
        return SQLITE_OK;
    };
    inner.api.xTokenize(inner.instance, &tokens, FTS5_TOKENIZE_DOCUMENT, text.data(),
                        static_cast<int>(text.size()), collect);

    // One vector for all words: it keeps its capacity from word to word.
    std::vector<std::string> variants;
    const auto& spans = tokens.spans;
    std::size_t i = 0;
    while (i < spans.size()) {
        variants.clear();
        bool dotted = false;
        std::size_t j = i + 1;
        for (; j < spans.size(); ++j) {
            const auto gap =
                text.substr(static_cast<std::size_t>(spans[j - 1].end),
                            static_cast<std::size_t>(spans[j].start - spans[j - 1].end));
            const Joiner joiner = joiner_between(gap);
            if (joiner == Joiner::none)
                break;
            dotted = dotted || joiner == Joiner::dot;
        }
        if (j - i > 1) {
            std::vector<std::string> parts;
            std::string joined;
            for (std::size_t k = i; k < j; ++k) {
                parts.emplace_back(tokens[k]);
                joined += tokens[k];
            }
            variants.push_back(joined);
            const bool inclusive =
                dotted && std::all_of(parts.begin() + 1, parts.end(), is_short_suffix);
            if (inclusive)
                add_inclusive_forms(parts, variants);
            std::sort(variants.begin(), variants.end());
            variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
            std::erase_if(variants, [&](const std::string& v) {
                return std::find(parts.begin(), parts.end(), v) != parts.end();
            });
        }
        on_word(WordSpan{tokens, i, j, variants, spans[i].start, spans[j - 1].end});
        i = j;
    }
}

// The plural stem as a view of the token (see stem()).
std::string_view stem_view(std::string_view token) {
    if (token.size() >= 5 && token.back() == 's' && token[token.size() - 2] != 's')
        return token.substr(0, token.size() - 1);
    return token;
}

// The FTS5 side: one instance per table (and per query-time use).
struct RelaisTokenizer {
    explicit RelaisTokenizer(fts5_api* api) : inner(api) {}
    Inner inner;
};

int tokenizer_create(void* context, const char**, int, Fts5Tokenizer** out) {
    try {
        *out =
            reinterpret_cast<Fts5Tokenizer*>(new RelaisTokenizer(static_cast<fts5_api*>(context)));
        return SQLITE_OK;
    } catch (...) {
        return SQLITE_ERROR;
    }
}

void tokenizer_delete(Fts5Tokenizer* tokenizer) {
    delete reinterpret_cast<RelaisTokenizer*>(tokenizer);
}

int tokenizer_tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text,
                       int size, int (*emit)(void*, int, const char*, int, int, int)) {
    auto* self = reinterpret_cast<RelaisTokenizer*>(tokenizer);
    // Queries are built by the Searcher from already analysed words: pass them through
    // unchanged, so that a quoted term means exactly that term.
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    int rc = SQLITE_OK;
    auto put = [&](std::string_view token, int colocated, int start, int end) {
        if (rc == SQLITE_OK)
            rc = emit(context, colocated, token.data(), static_cast<int>(token.size()), start, end);
    };
    try {
        // The last few stems, to find multi-word synonyms ("sans papiers") as they end. They
        // are views of the text's tokens, which outlive the analysis.
        const SynonymTable* synonyms = query ? nullptr : &synonym_table();
        struct Recent {
            std::string_view stem;
            bool starts_member;
        };
        std::vector<Recent> recent;
        std::string key; // a member of several words, looked up only from a word starting one
        analyze(self->inner, std::string_view(text, static_cast<std::size_t>(size)),
                [&](const WordSpan& word) {
                    for (std::size_t t = word.first; t < word.last; ++t) {
                        const auto token = word.tokens[t];
                        put(token, 0, word.start, word.end);
                        if (query)
                            continue;
                        const auto s = stem_view(token);
                        if (s.size() != token.size())
                            put(s, FTS5_TOKEN_COLOCATED, word.start, word.end);
                        const auto* info = synonyms->stem_info(s);
                        if (recent.size() == synonyms->longest_member)
                            recent.erase(recent.begin());
                        recent.push_back(Recent{s, info && info->starts_member});
                        std::size_t emitted[8];
                        std::size_t emitted_count = 0;
                        for (std::size_t count = 1; count <= recent.size(); ++count) {
                            const std::size_t first = recent.size() - count;
                            const std::vector<std::size_t>* groups = nullptr;
                            if (count == 1) {
                                groups = info && !info->groups.empty() ? &info->groups : nullptr;
                            } else if (recent[first].starts_member) {
                                key = recent[first].stem;
                                for (std::size_t i = first + 1; i < recent.size(); ++i)
                                    (key += ' ') += recent[i].stem;
                                groups = synonyms->find_key(key);
                            }
                            if (!groups)
                                continue;
                            for (const auto group : *groups) {
                                if (std::find(emitted, emitted + emitted_count, group) !=
                                    emitted + emitted_count)
                                    continue;
                                if (emitted_count < 8)
                                    emitted[emitted_count++] = group;
                                put(synonyms->group_tokens[group], FTS5_TOKEN_COLOCATED, word.start,
                                    word.end);
                            }
                        }
                    }
                    if (query)
                        return;
                    for (const auto& variant : word.variants) {
                        put(variant, FTS5_TOKEN_COLOCATED, word.start, word.end);
                        const auto s = stem_view(variant);
                        if (s.size() != variant.size())
                            put(s, FTS5_TOKEN_COLOCATED, word.start, word.end);
                        if (const auto* info = synonyms->stem_info(s))
                            for (const auto group : info->groups)
                                put(synonyms->group_tokens[group], FTS5_TOKEN_COLOCATED, word.start,
                                    word.end);
                    }
                });
    } catch (...) {
        return SQLITE_NOMEM;
    }
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

} // namespace

void register_tokenizer(sqlite3* db) {
    fts5_api* api = fts5_of(db);
    fts5_tokenizer tokenizer{tokenizer_create, tokenizer_delete, tokenizer_tokenize};
    if (api->xCreateTokenizer(api, "relais", api, &tokenizer, nullptr) != SQLITE_OK)
        throw Error(ErrorCode::sqlite, "cannot register the relais tokenizer");
}

std::string stem(std::string_view token) {
    // Plural "s" of French, Dutch and English words; short words ("sans", "plus") are kept.
    return std::string(stem_view(token));
}

struct Analyzer::Impl {
    explicit Impl(sqlite3* db) : inner(fts5_of(db)) {}
    Inner inner;
};

Analyzer::Analyzer(sqlite3* db) : impl_(std::make_unique<Impl>(db)) {
}
Analyzer::~Analyzer() = default;

std::vector<Word> Analyzer::words(std::string_view text) const {
    std::vector<Word> out;
    analyze(impl_->inner, text, [&](const WordSpan& span) {
        Word word;
        for (std::size_t t = span.first; t < span.last; ++t)
            word.tokens.emplace_back(span.tokens[t]);
        word.variants = span.variants;
        word.start = span.start;
        word.end = span.end;
        out.push_back(std::move(word));
    });
    return out;
}

std::vector<std::string> fold_words(std::string_view text) {
    // A private in-memory connection per thread gives us unicode61 without a directory.
    struct Local {
        sqlite3* db = nullptr;
        std::unique_ptr<Analyzer> analyzer;
        Local() {
            if (sqlite3_open(":memory:", &db) != SQLITE_OK)
                throw Error(ErrorCode::sqlite, "cannot open an in-memory database");
            analyzer = std::make_unique<Analyzer>(db);
        }
        ~Local() {
            analyzer.reset();
            sqlite3_close(db);
        }
    };
    thread_local Local local;
    std::vector<std::string> out;
    for (const auto& word : local.analyzer->words(text))
        out.insert(out.end(), word.tokens.begin(), word.tokens.end());
    return out;
}

std::string fold_key(std::string_view text) {
    std::string key;
    for (const auto& word : fold_words(text)) {
        if (!key.empty())
            key += '-';
        key += word;
    }
    return key;
}

std::string number_key(std::string_view number) {
    std::string digits;
    for (const char c : number)
        if (c >= '0' && c <= '9')
            digits += c;
    const bool international = number.find('+') != std::string_view::npos;
    if (international && digits.starts_with("32"))
        digits.replace(0, 2, "0");
    else if (digits.starts_with("0032"))
        digits.replace(0, 4, "0");
    return digits;
}

} // namespace relais
