#include "show.h"

#include "command.h"

#include "data/error.h"
#include "data/hours.h"
#include "data/place.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "data/trust.h"

#include <CLI/CLI.hpp>
#include <boost/json.hpp>

#include <array>
#include <chrono>
#include <cstring>
#include <memory>
#include <ostream>

namespace relais::cli {
namespace {

// The few fixed phrases of the detail page, in the three languages of the directory (the
// client's own come from its Qt translations).
struct Words {
    const char* colon; // ": ", or " : " in French
    const char *also_known_as, *address, *phone, *email, *website, *hours, *languages, *conditions,
        *audience, *area, *trust, *sources, *unknown, *caveat_unofficial, *caveat_dated, *free,
        *not_free, *anonymous, *walk_in, *appointment_optional, *appointment_required, *all_day,
        *closed_other_days, *national, *outside_brussels, *brussels, *confirmed, *checked,
        *unconfirmed_checked, *unconfirmed_confirmed, *unconfirmed_never, *evidence;
    std::array<const char*, 7> days;
    std::array<const char*, 12> months;
};

constexpr Words kFrench{
    " : ",
    "Aussi connu comme",
    "Adresse",
    "Téléphone",
    "E-mail",
    "Site web",
    "Horaires",
    "Langues",
    "Conditions",
    "Public",
    "Lieu",
    "Fiabilité",
    "Sources",
    "inconnu",
    "source non officielle",
    "information ancienne",
    "gratuit",
    "payant",
    "anonyme",
    "sans rendez-vous",
    "avec ou sans rendez-vous",
    "sur rendez-vous",
    "24h/24",
    "fermé les autres jours",
    "ligne nationale",
    "hors de Bruxelles",
    "Bruxelles",
    "Confirmé par l'organisation le %s.",
    "Vérifié dans des sources publiques le %s, pas encore confirmé par le service.",
    "Non confirmé : dernière vérification dans des sources publiques le %s.",
    "Non confirmé : dernière confirmation par l'organisation le %s.",
    "Non confirmé : à vérifier avant d'orienter.",
    "La source la plus récente trouvée date de %s.",
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"}};

constexpr Words kDutch{
    ": ",
    "Ook bekend als",
    "Adres",
    "Telefoon",
    "E-mail",
    "Website",
    "Openingsuren",
    "Talen",
    "Voorwaarden",
    "Doelgroep",
    "Plaats",
    "Betrouwbaarheid",
    "Bronnen",
    "onbekend",
    "niet-officiële bron",
    "oude informatie",
    "gratis",
    "betalend",
    "anoniem",
    "zonder afspraak",
    "met of zonder afspraak",
    "op afspraak",
    "24/7",
    "gesloten op andere dagen",
    "nationale lijn",
    "buiten Brussel",
    "Brussel",
    "Bevestigd door de organisatie op %s.",
    "Gecontroleerd in openbare bronnen op %s, nog niet bevestigd door de dienst.",
    "Niet bevestigd: laatst gecontroleerd in openbare bronnen op %s.",
    "Niet bevestigd: laatst bevestigd door de organisatie op %s.",
    "Niet bevestigd: controleer voor u doorverwijst.",
    "De recentste gevonden bron dateert van %s.",
    {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
    {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"}};

constexpr Words kEnglish{
    ": ",
    "Also known as",
    "Address",
    "Phone",
    "E-mail",
    "Website",
    "Hours",
    "Languages",
    "Conditions",
    "For",
    "Place",
    "Trust",
    "Sources",
    "unknown",
    "unofficial source",
    "old information",
    "free",
    "not free",
    "anonymous",
    "no appointment needed",
    "with or without appointment",
    "by appointment",
    "24/7",
    "closed on other days",
    "national line",
    "outside Brussels",
    "Brussels",
    "Confirmed by the organisation on %s.",
    "Checked against public sources on %s, not yet confirmed by the service.",
    "Not confirmed: last checked against public sources on %s.",
    "Not confirmed: last confirmed by the organisation on %s.",
    "Not confirmed: check before referring.",
    "The newest source found dates from %s.",
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"}};

const Words& words_for(Lang lang) {
    switch (lang) {
    case Lang::nl:
        return kDutch;
    case Lang::en:
        return kEnglish;
    case Lang::fr:
        break;
    }
    return kFrench;
}

// The audience tags of the directory, named for people.
std::string audience_label(const std::string& id, Lang lang) {
    struct Label {
        std::string_view id;
        std::array<const char*, 3> text; // fr, nl, en
    };
    static constexpr std::array<Label, 11> kLabels{{
        {"sex-workers", {"travailleur·euses du sexe", "sekswerkers", "sex workers"}},
        {"women", {"femmes", "vrouwen", "women"}},
        {"men", {"hommes", "mannen", "men"}},
        {"trans", {"personnes trans", "transpersonen", "trans people"}},
        {"lgbtqi", {"personnes LGBTQIA+", "LGBTQIA+-personen", "LGBTQIA+ people"}},
        {"youth", {"jeunes", "jongeren", "young people"}},
        {"migrants", {"personnes migrantes", "migranten", "migrants"}},
        {"undocumented",
         {"personnes sans titre de séjour", "mensen zonder wettig verblijf",
          "undocumented people"}},
        {"victims-violence",
         {"victimes de violences", "slachtoffers van geweld", "victims of violence"}},
        {"victims-trafficking",
         {"victimes de traite", "slachtoffers van mensenhandel", "victims of trafficking"}},
        {"drug-users", {"usager·es de drogues", "druggebruikers", "people who use drugs"}},
    }};
    for (const auto& label : kLabels)
        if (label.id == id)
            return label.text[static_cast<std::size_t>(lang)];
    return id;
}

std::string fill(const char* pattern, const std::string& value) {
    std::string out = pattern;
    if (const auto at = out.find("%s"); at != std::string::npos)
        out.replace(at, 2, value);
    return out;
}

// "28 November 2026", or "November 2026" for a month, as recorded; a year stays a year. The
// "on" of a sentence reads "in" for a month in English ("on November 2026" is wrong).
std::string spoken_date(const std::string& iso, const Words& w) {
    const auto day = parse_day(iso.size() == 4 ? iso + "-01" : iso);
    if (!day)
        return iso;
    const std::chrono::year_month_day ymd{*day};
    const std::string month = w.months[static_cast<unsigned>(ymd.month()) - 1];
    const std::string year = std::to_string(static_cast<int>(ymd.year()));
    if (iso.size() == 4)
        return year;
    if (iso.size() == 7)
        return month + " " + year;
    const std::string number = std::to_string(static_cast<unsigned>(ymd.day()));
    return number + " " + month + " " + year;
}

std::string trust_sentence(const Trust& trust, const Words& w) {
    std::string when = trust.date ? spoken_date(*trust.date, w) : std::string();
    std::string sentence;
    switch (trust.state) {
    case TrustState::confirmed:
        sentence = fill(w.confirmed, when);
        break;
    case TrustState::checked:
        sentence = fill(w.checked, when);
        break;
    case TrustState::unconfirmed:
        sentence = !trust.date                             ? w.unconfirmed_never
                   : trust.by == TrustSource::organization ? fill(w.unconfirmed_confirmed, when)
                                                           : fill(w.unconfirmed_checked, when);
        break;
    }
    if (trust.date && trust.date->size() == 7) {
        // A month: "le novembre 2026" / "op november 2026" / "on November 2026" read "en",
        // "in", "in".
        for (const auto& [on, in] :
             {std::pair{"le " + when, "en " + when}, std::pair{"op " + when, "in " + when},
              std::pair{"on " + when, "in " + when}})
            if (const auto at = sentence.find(on); at != std::string::npos)
                sentence.replace(at, on.size(), in);
    }
    if (trust.evidence_date)
        sentence += " " + fill(w.evidence, spoken_date(*trust.evidence_date, w));
    return sentence;
}

std::string place_line(const Service& service, const Words& w) {
    const auto area = area_of(service);
    const auto& address = service.address;
    const std::string town = address.municipality ? *address.municipality
                             : address.city       ? *address.city
                                                  : std::string();
    switch (area) {
    case Area::national:
        return w.national;
    case Area::flanders:
    case Area::wallonia:
        return town.empty() ? w.outside_brussels : town + " · " + w.outside_brussels;
    case Area::brussels:
        return town.empty() ? w.brussels : town;
    case Area::unknown:
        break;
    }
    return w.unknown;
}

std::string hours_text(const std::vector<HoursRange>& hours, const Words& w) {
    std::string out;
    for (int d = 0; d < 7; ++d) {
        std::string day;
        for (const auto& range : hours) {
            if (!range.has(static_cast<Weekday>(d)))
                continue;
            if (!day.empty())
                day += ", ";
            day += range.opens == 0 && range.closes == 1440
                       ? std::string(w.all_day)
                       : format_hhmm(range.opens) + "–" + format_hhmm(range.closes);
            if (range.note)
                day += " (" + *range.note + ")";
        }
        if (!day.empty())
            out += std::string("\n  ") + w.days[static_cast<std::size_t>(d)] + ": " + day;
    }
    if (out.empty())
        return w.unknown;
    return out + "\n  (" + w.closed_other_days + ")";
}

} // namespace

int show(Database& db, const ShowOptions& options, std::ostream& out, std::ostream& err) {
    const auto lang = lang_from_string(options.lang);
    if (!lang)
        throw Error(ErrorCode::invalid_input, "--lang must be fr, nl or en");
    Store store(db);
    const auto service = store.service(options.id);
    if (!service) {
        err << "relais-cli: no service with id " << options.id << '\n';
        return 1;
    }
    const auto trust = trust_of(*service, utc_today());
    if (options.as_json) {
        auto record = to_json(*service).as_object();
        record["area"] = to_string(area_of(*service));
        record["trust"] = to_json(trust);
        out << boost::json::serialize(record) << '\n';
        return 0;
    }
    const Words& w = words_for(*lang);
    // Before a list that starts on the next line: the colon without its trailing space.
    const std::string_view list_colon =
        std::string_view(w.colon).substr(0, std::strlen(w.colon) - 1);
    const auto organization = store.organization(service->organization_id);
    out << service->name.in(*lang) << '\n';
    if (organization)
        out << organization->name << '\n';
    if (!service->other_names.empty()) {
        out << w.also_known_as << w.colon;
        for (std::size_t i = 0; i < service->other_names.size(); ++i)
            out << (i ? ", " : "") << service->other_names[i];
        out << '\n';
    }
    out << w.area << w.colon << place_line(*service, w) << "\n\n";
    if (const auto& description = service->description.in(*lang); !description.empty())
        out << description << "\n\n";

    const auto& a = service->address;
    std::string address;
    for (const auto* part : {&a.street, &a.postal_code, &a.municipality})
        if (*part)
            address += (address.empty() ? "" : part == &a.municipality ? " " : ", ") + **part;
    out << w.address << w.colon << (address.empty() ? w.unknown : address) << '\n';
    out << w.phone << (service->phones.empty() ? w.colon : list_colon);
    if (service->phones.empty())
        out << w.unknown;
    for (const auto& phone : service->phones) {
        out << "\n  " << phone.number;
        if (phone.label)
            out << " (" << *phone.label << ')';
        if (phone.caveat)
            out << " ["
                << (*phone.caveat == Caveat::unofficial ? w.caveat_unofficial : w.caveat_dated)
                << ']';
    }
    out << '\n'
        << w.email << w.colon << service->email.value_or(w.unknown) << '\n'
        << w.website << w.colon << service->website.value_or(w.unknown) << '\n'
        << w.hours << (service->hours ? list_colon : w.colon)
        << (service->hours ? hours_text(*service->hours, w) : w.unknown) << '\n';
    out << w.languages << w.colon;
    if (!service->languages || service->languages->empty())
        out << w.unknown;
    else
        for (std::size_t i = 0; i < service->languages->size(); ++i)
            out << (i ? ", " : "") << (*service->languages)[i];
    std::string conditions;
    auto add = [&](const char* text) {
        conditions += (conditions.empty() ? "" : ", ") + std::string(text);
    };
    if (service->free)
        add(*service->free ? w.free : w.not_free);
    if (service->anonymous == true)
        add(w.anonymous);
    if (service->appointment)
        add(*service->appointment == Appointment::walk_in    ? w.walk_in
            : *service->appointment == Appointment::optional ? w.appointment_optional
                                                             : w.appointment_required);
    out << '\n' << w.conditions << w.colon << (conditions.empty() ? w.unknown : conditions) << '\n';
    std::string audience;
    for (const auto& id : service->audience)
        if (id != "all")
            audience += (audience.empty() ? "" : ", ") + audience_label(id, *lang);
    if (!audience.empty())
        out << w.audience << w.colon << audience << '\n';
    out << w.trust << w.colon << trust_sentence(trust, w) << '\n';
    if (!service->sources.empty()) {
        out << w.sources << list_colon;
        for (const auto& source : service->sources)
            out << "\n  " << source;
        out << '\n';
    }
    return 0;
}

Command add_show(CLI::App& app) {
    auto options = std::make_shared<ShowOptions>();
    auto db_file = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("show", "Show one service");
    cmd->add_option("id", options->id, "Service id")->required();
    cmd->add_option("--db", *db_file, "Directory database");
    cmd->add_option("--lang", options->lang, "Language: fr, nl, en");
    cmd->add_flag("--json", options->as_json, "As JSON (with its area and trust)");
    return {cmd, [options, db_file](Io& io) {
                auto db = open_existing(*db_file);
                return show(db, *options, io.out, io.err);
            }};
}

} // namespace relais::cli
