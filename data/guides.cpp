#include "data/guides.h"

#include "data/json_check.h"

#include <boost/json.hpp>

#include <algorithm>
#include <array>

namespace relais {
namespace json = boost::json;
using detail::Check;
using detail::is_slug;

namespace {

constexpr std::array<std::string_view, 8> kGuideKeys{
    "id", "title", "summary", "sections", "services", "sources", "checked_on", "notice"};
constexpr std::array<std::string_view, 2> kSectionKeys{"title", "paragraphs"};
constexpr std::array<std::string_view, 4> kSourceKeys{"kind", "title", "article", "url"};
constexpr std::array<std::string_view, 2> kReferralKeys{"service", "why"};

bool is_web_address(std::string_view url) {
    const auto starts = [&](std::string_view prefix) {
        return url.size() > prefix.size() && url.substr(0, prefix.size()) == prefix;
    };
    return (starts("https://") || starts("http://")) &&
           url.find_first_of(" \t\n") == std::string_view::npos;
}

// YYYY-MM-DD with a month and a day that exist (leap years included).
bool is_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9')
            return false;
    const auto number = [&](std::size_t at, std::size_t length) {
        int out = 0;
        for (std::size_t i = at; i < at + length; ++i)
            out = out * 10 + (text[i] - '0');
        return out;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (month < 1 || month > 12 || day < 1)
        return false;
    constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= (month == 2 && !leap ? 28 : kDays[static_cast<std::size_t>(month - 1)]);
}

GuideSource parse_source(const json::value& value, const std::string& path, Check& check) {
    GuideSource source;
    const auto* object = value.if_object();
    if (!object) {
        check.fail(path, "must be an object with kind, title and article or url");
        return source;
    }
    check.only_keys(*object, kSourceKeys, path + ".");
    const auto* kind = object->if_contains("kind");
    if (kind && kind->is_string() && kind->get_string() == "law") {
        source.kind = GuideSourceKind::law;
    } else if (kind && kind->is_string() && kind->get_string() == "page") {
        source.kind = GuideSourceKind::page;
    } else {
        check.fail(path + ".kind", "is required: \"law\" (a legal text) or \"page\" (a web page)");
    }
    source.title = check.string(*object, "title", path + ".title");
    if (const auto* article = object->if_contains("article")) {
        if (!article->is_string() || article->get_string().empty())
            check.fail(path + ".article", "must be a non-empty string");
        else
            source.article = std::string(article->get_string());
    }
    if (const auto* url = object->if_contains("url")) {
        if (!url->is_string() || !is_web_address(url->get_string()))
            check.fail(path + ".url", "must be a web address (http or https)");
        else
            source.url = std::string(url->get_string());
    }
    if (source.kind == GuideSourceKind::law && !object->contains("article"))
        check.fail(path + ".article", "is required for a legal text: which article");
    if (source.kind == GuideSourceKind::page && !object->contains("url"))
        check.fail(path + ".url", "is required for a page: where it was read");
    return source;
}

} // namespace

const Guide* GuideSet::find(std::string_view id) const {
    const auto found = std::find_if(guides.begin(), guides.end(),
                                    [&](const Guide& guide) { return guide.id == id; });
    return found == guides.end() ? nullptr : &*found;
}

Guide parse_guide(const GuideFile& file, const GuideCatalogue& catalogue,
                  std::vector<Problem>& problems) {
    Guide guide;
    Check check(file.name, problems);
    boost::system::error_code error;
    const json::value root = json::parse(file.text, error);
    if (error) {
        check.fail("", "is not valid JSON: " + error.message());
        return guide;
    }
    const auto* object = root.if_object();
    if (!object) {
        check.fail("", "must be one JSON object (one guide per file)");
        return guide;
    }
    const auto* id = object->if_contains("id");
    if (id && id->is_string() && is_slug(id->get_string())) {
        guide.id = std::string(id->get_string());
        check.rename(guide.id);
    } else {
        check.fail("id", "is required: lowercase letters, digits and '-'");
    }
    check.only_keys(*object, kGuideKeys, "");
    guide.title = check.text(object->if_contains("title"), "title");
    guide.summary = check.text(object->if_contains("summary"), "summary");
    guide.notice = check.text(object->if_contains("notice"), "notice");

    if (const auto* sections = check.list(*object, "sections", 1, kMaxGuideSections)) {
        for (std::size_t i = 0; i < sections->size(); ++i) {
            const std::string path = "sections[" + std::to_string(i) + "]";
            const auto* section = (*sections)[i].if_object();
            if (!section) {
                check.fail(path, "must be an object with title and paragraphs");
                continue;
            }
            check.only_keys(*section, kSectionKeys, path + ".");
            GuideSection out;
            out.title = check.text(section->if_contains("title"), path + ".title");
            const auto* paragraphs = section->if_contains("paragraphs");
            const auto* array = paragraphs ? paragraphs->if_array() : nullptr;
            if (!array || array->empty() || array->size() > kMaxGuideParagraphs) {
                check.fail(path + ".paragraphs", "is required: between 1 and " +
                                                     std::to_string(kMaxGuideParagraphs) +
                                                     " texts");
            } else {
                for (std::size_t j = 0; j < array->size(); ++j)
                    out.paragraphs.push_back(
                        check.text(&(*array)[j], path + ".paragraphs[" + std::to_string(j) + "]"));
            }
            guide.sections.push_back(std::move(out));
        }
    }

    if (object->contains("services")) {
        if (const auto* services = check.list(*object, "services", 0, kMaxGuideServices)) {
            for (std::size_t i = 0; i < services->size(); ++i) {
                const std::string path = "services[" + std::to_string(i) + "]";
                const auto* referral = (*services)[i].if_object();
                if (!referral) {
                    check.fail(path, "must be an object with service and why");
                    continue;
                }
                check.only_keys(*referral, kReferralKeys, path + ".");
                GuideReferral out;
                out.service_id = check.string(*referral, "service", path + ".service");
                if (!out.service_id.empty()) {
                    if (!catalogue.service_ids.empty() &&
                        !catalogue.service_ids.contains(out.service_id))
                        check.fail(path + ".service",
                                   "unknown service id '" + out.service_id + "' in the directory");
                    const bool repeated = std::any_of(
                        guide.services.begin(), guide.services.end(),
                        [&](const GuideReferral& r) { return r.service_id == out.service_id; });
                    if (repeated)
                        check.fail(path + ".service", "'" + out.service_id + "' is listed twice");
                }
                out.why = check.text(referral->if_contains("why"), path + ".why");
                guide.services.push_back(std::move(out));
            }
        }
    }

    if (const auto* sources = check.list(*object, "sources", 1, kMaxGuideSources)) {
        for (std::size_t i = 0; i < sources->size(); ++i)
            guide.sources.push_back(
                parse_source((*sources)[i], "sources[" + std::to_string(i) + "]", check));
    }

    guide.checked_on = check.string(*object, "checked_on", "checked_on");
    if (!guide.checked_on.empty() && !is_date(guide.checked_on))
        check.fail("checked_on", "must be a date YYYY-MM-DD");
    return guide;
}

GuideSet parse_guides(const std::vector<GuideFile>& files, const GuideCatalogue& catalogue) {
    GuideSet set;
    for (const GuideFile& file : files) {
        const std::size_t before = set.problems.size();
        Guide guide = parse_guide(file, catalogue, set.problems);
        if (set.problems.size() != before)
            continue;
        if (set.find(guide.id)) {
            set.problems.push_back(
                Problem{guide.id, "id", "is used by another guide (" + file.name + ")"});
            continue;
        }
        set.guides.push_back(std::move(guide));
    }
    return set;
}

} // namespace relais
