#pragma once
// Knowledge guides (data/guides/*.json): short texts a social worker can read offline, on the
// law and the practice behind a referral (professional secrecy, the legal frame of sex work,
// signs of exploitation...). Each has sections, the sources every fact rests on (legal texts
// with their article, official or association pages with their address), the date the facts
// were checked, a line saying it is not legal advice, and optionally services of the directory
// with why they matter. Every text is required in fr, nl and en. Decoding validates every field
// and reports every problem found, as the scenario decoder does.
// Plain values; safe to share between threads once built.

#include "data/model.h"
#include "data/seed_json.h"

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace relais {

struct GuideSection {
    LocalizedText title;
    std::vector<LocalizedText> paragraphs; // 1 to kMaxGuideParagraphs
    bool operator==(const GuideSection&) const = default;
};

enum class GuideSourceKind { law, page };

struct GuideSource {
    GuideSourceKind kind = GuideSourceKind::page;
    std::string title;   // in the source's own language, as it is cited
    std::string article; // law: "art. 458bis"; empty for pages
    std::string url;     // page: required (http or https); law: optional
    bool operator==(const GuideSource&) const = default;
};

struct GuideReferral {
    std::string service_id; // a service of the directory
    LocalizedText why;
    bool operator==(const GuideReferral&) const = default;
};

struct Guide {
    std::string id; // slug; the fiche of a guide is named "guide:<id>"
    LocalizedText title;
    LocalizedText summary;
    std::vector<GuideSection> sections;
    std::vector<GuideReferral> services; // may be empty
    std::vector<GuideSource> sources;    // never empty
    std::string checked_on;              // YYYY-MM-DD: when the facts were checked
    LocalizedText notice;                // "not legal advice" and where to get advice
    bool operator==(const Guide&) const = default;
};

inline constexpr std::size_t kMaxGuideSections = 8;
inline constexpr std::size_t kMaxGuideParagraphs = 10;
inline constexpr std::size_t kMaxGuideServices = 8;
inline constexpr std::size_t kMaxGuideSources = 20;
inline constexpr std::string_view kGuideFichePrefix = "guide:";

// Services the guides may name. Empty accepts any id (the app at run time: a service missing
// from the current directory is shown as missing, not refused).
struct GuideCatalogue {
    std::set<std::string> service_ids;
};

struct GuideFile {
    std::string name; // file name, names the record in problems when the id is unreadable
    std::string_view text;
};

struct GuideSet {
    std::vector<Guide> guides;     // in file order; only the valid ones
    std::vector<Problem> problems; // empty = every file valid
    bool ok() const { return problems.empty(); }
    const Guide* find(std::string_view id) const;
};

// Parses one guide file. Problems are appended; the result is meaningful only when none was.
Guide parse_guide(const GuideFile& file, const GuideCatalogue& catalogue,
                  std::vector<Problem>& problems);

// Parses every file; duplicate ids across files are problems too.
GuideSet parse_guides(const std::vector<GuideFile>& files, const GuideCatalogue& catalogue);

} // namespace relais
