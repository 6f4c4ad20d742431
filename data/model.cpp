#include "data/model.h"

#include <algorithm>
#include <utility>

namespace relais {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::string_view, N>& names, std::string_view code) {
    const auto it = std::find(names.begin(), names.end(), code);
    if (it == names.end())
        return std::nullopt;
    return static_cast<Enum>(it - names.begin());
}

constexpr std::array<std::string_view, 3> kLangNames{"fr", "nl", "en"};
constexpr std::array<std::string_view, 7> kDayNames{"mo", "tu", "we", "th", "fr", "sa", "su"};
constexpr std::array<std::string_view, 3> kAppointmentNames{"required", "optional", "walk-in"};
constexpr std::array<std::string_view, 3> kConfidenceNames{"verified", "partial", "unverified"};
constexpr std::array<std::string_view, 5> kAreaNames{"brussels", "national", "flanders", "wallonia",
                                                     "unknown"};
constexpr std::array<std::string_view, 2> kCaveatNames{"unofficial", "dated"};
constexpr std::array<std::string_view, 6> kPhoneKindNames{"reception", "helpline",     "emergency",
                                                          "whatsapp",  "appointments", "office"};

} // namespace

std::string_view to_string(Lang lang) {
    return kLangNames[static_cast<std::size_t>(lang)];
}
std::optional<Lang> lang_from_string(std::string_view code) {
    return lookup<Lang>(kLangNames, code);
}

std::string_view to_string(Weekday day) {
    return kDayNames[static_cast<std::size_t>(day)];
}
std::optional<Weekday> weekday_from_string(std::string_view code) {
    return lookup<Weekday>(kDayNames, code);
}

std::string_view to_string(Appointment value) {
    return kAppointmentNames[static_cast<std::size_t>(value)];
}
std::optional<Appointment> appointment_from_string(std::string_view code) {
    return lookup<Appointment>(kAppointmentNames, code);
}

std::string_view to_string(Confidence value) {
    return kConfidenceNames[static_cast<std::size_t>(value)];
}
std::optional<Confidence> confidence_from_string(std::string_view code) {
    return lookup<Confidence>(kConfidenceNames, code);
}

std::string_view to_string(Area value) {
    return kAreaNames[static_cast<std::size_t>(value)];
}
std::optional<Area> area_from_string(std::string_view code) {
    return lookup<Area>(kAreaNames, code);
}

std::string_view to_string(Caveat value) {
    return kCaveatNames[static_cast<std::size_t>(value)];
}
std::optional<Caveat> caveat_from_string(std::string_view code) {
    return lookup<Caveat>(kCaveatNames, code);
}

std::string_view to_string(PhoneKind value) {
    return kPhoneKindNames[static_cast<std::size_t>(value)];
}
std::optional<PhoneKind> phone_kind_from_string(std::string_view code) {
    return lookup<PhoneKind>(kPhoneKindNames, code);
}

const std::string& LocalizedText::exact(Lang lang) const {
    switch (lang) {
    case Lang::fr:
        return fr;
    case Lang::nl:
        return nl;
    case Lang::en:
        return en;
    }
    return fr;
}

std::string& LocalizedText::exact(Lang lang) {
    return const_cast<std::string&>(std::as_const(*this).exact(lang));
}

const std::string& LocalizedText::in(Lang lang) const {
    if (const auto& text = exact(lang); !text.empty())
        return text;
    // Brussels is bilingual: fall back to French, then Dutch, then English.
    for (const Lang other : kLangs) {
        if (const auto& text = exact(other); !text.empty())
            return text;
    }
    return fr;
}

} // namespace relais
