#include "data/generator.h"

#include "data/error.h"

#include <algorithm>
#include <array>
#include <random>
#include <string>

namespace relais {
namespace {

// Word pools in the three languages, close to what real listings say, so that the index,
// its vocabulary and its prefix distribution look like a real directory's.
constexpr std::array<std::string_view, 24> kNounsFr{
    "centre", "maison",   "service",  "accueil", "antenne", "point",     "espace",     "permanence",
    "bureau", "cellule",  "relais",   "foyer",   "atelier", "collectif", "plateforme", "réseau",
    "ligne",  "comptoir", "clinique", "cabinet", "abri",    "refuge",    "projet",     "équipe"};
constexpr std::array<std::string_view, 24> kTopicsFr{"santé",
                                                     "logement",
                                                     "emploi",
                                                     "formation",
                                                     "droits",
                                                     "jeunesse",
                                                     "femmes",
                                                     "migrants",
                                                     "santé mentale",
                                                     "dépistage",
                                                     "réduction des risques",
                                                     "aide sociale",
                                                     "écoute",
                                                     "hébergement",
                                                     "alphabétisation",
                                                     "aide juridique",
                                                     "médiation",
                                                     "insertion",
                                                     "quartier",
                                                     "familles",
                                                     "prévention",
                                                     "solidarité",
                                                     "soins",
                                                     "orientation"};
constexpr std::array<std::string_view, 24> kTopicsNl{"gezondheid",
                                                     "huisvesting",
                                                     "werk",
                                                     "opleiding",
                                                     "rechten",
                                                     "jeugd",
                                                     "vrouwen",
                                                     "migranten",
                                                     "geestelijke gezondheid",
                                                     "testen",
                                                     "schadebeperking",
                                                     "maatschappelijke hulp",
                                                     "luisterlijn",
                                                     "opvang",
                                                     "alfabetisering",
                                                     "juridische hulp",
                                                     "bemiddeling",
                                                     "inschakeling",
                                                     "buurt",
                                                     "gezinnen",
                                                     "preventie",
                                                     "solidariteit",
                                                     "zorg",
                                                     "oriëntatie"};
constexpr std::array<std::string_view, 24> kTopicsEn{
    "health",        "housing",  "employment",    "training",   "rights",         "youth",
    "women",         "migrants", "mental health", "testing",    "harm reduction", "social aid",
    "helpline",      "shelter",  "literacy",      "legal aid",  "mediation",      "integration",
    "neighbourhood", "families", "prevention",    "solidarity", "care",           "guidance"};
constexpr std::array<std::string_view, 19> kMunicipalities{"Anderlecht",
                                                           "Auderghem",
                                                           "Berchem-Sainte-Agathe",
                                                           "Bruxelles",
                                                           "Etterbeek",
                                                           "Evere",
                                                           "Forest",
                                                           "Ganshoren",
                                                           "Ixelles",
                                                           "Jette",
                                                           "Koekelberg",
                                                           "Molenbeek-Saint-Jean",
                                                           "Saint-Gilles",
                                                           "Saint-Josse-ten-Noode",
                                                           "Schaerbeek",
                                                           "Uccle",
                                                           "Watermael-Boitsfort",
                                                           "Woluwe-Saint-Lambert",
                                                           "Woluwe-Saint-Pierre"};
constexpr std::array<std::string_view, 16> kStreets{"rue Haute",
                                                    "rue Blaes",
                                                    "boulevard Anspach",
                                                    "chaussée de Gand",
                                                    "rue de la Loi",
                                                    "avenue Louise",
                                                    "rue Neuve",
                                                    "chaussée d'Ixelles",
                                                    "rue du Midi",
                                                    "rue Royale",
                                                    "chaussée de Haecht",
                                                    "rue de Brabant",
                                                    "avenue de Stalingrad",
                                                    "rue Gallait",
                                                    "place Flagey",
                                                    "rue Malibran"};
constexpr std::array<std::string_view, 20> kSentencesFr{
    "Accueil gratuit et anonyme, sans rendez-vous.",
    "Permanence sociale pour les personnes sans titre de séjour.",
    "Aide administrative, juridique et médicale.",
    "Dépistage du VIH et des IST, vaccination et conseils.",
    "Hébergement d'urgence pour la nuit, douches et repas.",
    "Accompagnement vers l'emploi et la formation professionnelle.",
    "Écoute et soutien psychologique par des professionnel·les.",
    "Matériel de prévention et réduction des risques liés aux drogues.",
    "Soutien aux travailleur·euses du sexe sur leur lieu de travail.",
    "Orientation vers les services adaptés de la région bruxelloise.",
    "Aide aux victimes de violences sexuelles et conjugales.",
    "Cours d'alphabétisation et de français langue étrangère.",
    "Consultations médicales de première ligne.",
    "Informations sur les droits sociaux et le revenu d'intégration.",
    "Accueil des jeunes en difficulté et de leurs familles.",
    "Permanence téléphonique en plusieurs langues.",
    "Protection et accompagnement des victimes de la traite des êtres humains.",
    "Médiation de dettes et aide budgétaire.",
    "Activités collectives et groupes de parole.",
    "Accès aux soins pour les personnes sans couverture médicale."};
constexpr std::array<std::string_view, 20> kSentencesNl{
    "Gratis en anoniem onthaal, zonder afspraak.",
    "Sociale permanentie voor mensen zonder wettig verblijf.",
    "Administratieve, juridische en medische hulp.",
    "Testen op hiv en soa, vaccinatie en advies.",
    "Noodopvang voor de nacht, douches en maaltijden.",
    "Begeleiding naar werk en beroepsopleiding.",
    "Luisterend oor en psychologische steun door professionals.",
    "Preventiemateriaal en schadebeperking bij druggebruik.",
    "Ondersteuning van sekswerkers op hun werkplek.",
    "Doorverwijzing naar gepaste diensten in het Brussels Gewest.",
    "Hulp aan slachtoffers van seksueel geweld en partnergeweld.",
    "Alfabetiseringslessen en Nederlands als tweede taal.",
    "Eerstelijns medische consultaties.",
    "Informatie over sociale rechten en leefloon.",
    "Onthaal van jongeren in moeilijkheden en hun gezinnen.",
    "Telefonische permanentie in meerdere talen.",
    "Bescherming en begeleiding van slachtoffers van mensenhandel.",
    "Schuldbemiddeling en budgethulp.",
    "Groepsactiviteiten en praatgroepen.",
    "Toegang tot zorg voor mensen zonder ziekteverzekering."};
constexpr std::array<std::string_view, 20> kSentencesEn{
    "Free and anonymous reception, no appointment needed.",
    "Social desk for undocumented people.",
    "Administrative, legal and medical help.",
    "HIV and STI testing, vaccination and advice.",
    "Emergency night shelter, showers and meals.",
    "Support towards employment and vocational training.",
    "Listening and psychological support by professionals.",
    "Prevention supplies and drug harm reduction.",
    "Support for sex workers at their workplace.",
    "Referral to suitable services in the Brussels region.",
    "Help for victims of sexual and domestic violence.",
    "Literacy classes and French as a foreign language.",
    "First-line medical consultations.",
    "Information on social rights and minimum income.",
    "Reception of young people in difficulty and their families.",
    "Telephone helpline in several languages.",
    "Protection and support for victims of human trafficking.",
    "Debt mediation and budget help.",
    "Group activities and discussion groups.",
    "Access to care for people without health insurance."};
constexpr std::array<std::string_view, 12> kSyllables{"ka", "lo", "mi", "re", "tu", "sa",
                                                      "no", "vi", "da", "pe", "zo", "ri"};
constexpr std::array<std::string_view, 10> kLanguages{"fr", "nl", "en", "ar", "es",
                                                      "pt", "ro", "bg", "tr", "pl"};

class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <typename Array> std::string pick(const Array& values) {
        return std::string(values[below(values.size())]);
    }

private:
    std::mt19937_64 engine_; // fully specified by the standard: same output everywhere
};

std::string capitalised(std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z')
        word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
}

// A pronounceable proper name ("Kalomi"), so that names spread over many prefixes.
std::string proper_name(Random& random) {
    std::string name;
    const auto syllables = 2 + random.below(3);
    for (std::size_t i = 0; i < syllables; ++i)
        name += random.pick(kSyllables);
    return capitalised(name);
}

} // namespace

Directory generate_directory(int count, std::uint64_t seed,
                             const std::vector<Category>& categories) {
    if (count < 1)
        throw Error(ErrorCode::invalid_input, "--count must be at least 1");
    if (categories.empty())
        throw Error(ErrorCode::invalid_input, "the generator needs the category list");
    Random random(seed);
    Directory directory;
    directory.categories = categories;
    const int organizations = std::max(1, count / 3);
    for (int i = 0; i < organizations; ++i) {
        directory.organizations.push_back(
            Organization{"org-" + std::to_string(i),
                         proper_name(random) + " " + random.pick(kNounsFr) + " asbl"});
    }
    for (int i = 0; i < count; ++i) {
        Service s;
        s.id = "svc-" + std::to_string(i);
        s.organization_id =
            "org-" + std::to_string(random.below(static_cast<std::size_t>(organizations)));
        const auto topic = random.below(kTopicsFr.size());
        const auto place = random.pick(kMunicipalities);
        const auto own = proper_name(random);
        s.name.fr = capitalised(random.pick(kNounsFr)) + " " + own + " – " +
                    std::string(kTopicsFr[topic]) + " (" + place + ")";
        s.name.nl = own + " – " + std::string(kTopicsNl[topic]) + " (" + place + ")";
        s.name.en = own + " – " + std::string(kTopicsEn[topic]) + " (" + place + ")";
        for (int k = 0; k < 3; ++k) {
            const auto sentence = random.below(kSentencesFr.size());
            s.description.fr += std::string(kSentencesFr[sentence]) + " ";
            s.description.nl += std::string(kSentencesNl[sentence]) + " ";
            s.description.en += std::string(kSentencesEn[sentence]) + " ";
        }
        const auto category_count = 1 + random.below(3);
        for (std::size_t k = 0; k < category_count; ++k) {
            auto id = categories[random.below(categories.size())].id;
            if (std::find(s.categories.begin(), s.categories.end(), id) == s.categories.end())
                s.categories.push_back(std::move(id));
        }
        s.audience = {random.chance(50) ? "all" : "women"};
        s.address.street = random.pick(kStreets) + " " + std::to_string(1 + random.below(200));
        s.address.postal_code = std::to_string(1000 + 10 * random.below(21));
        s.address.municipality = place;
        s.address.city = "Bruxelles";
        if (random.chance(80))
            s.phones.push_back(Phone{"+32 2 " + std::to_string(200 + random.below(700)) + " " +
                                         std::to_string(10 + random.below(90)) + " " +
                                         std::to_string(10 + random.below(90)),
                                     std::nullopt, std::nullopt, PhoneKind::reception});
        if (random.chance(70)) {
            s.hours.emplace();
            const int opens = 8 * 60 + 30 * static_cast<int>(random.below(6));
            const int closes = opens + 4 * 60 + 30 * static_cast<int>(random.below(10));
            s.hours->push_back(HoursRange{0b0011111, opens, std::min(closes, 1440), std::nullopt});
            if (random.chance(20))
                s.hours->push_back(HoursRange{0b0100000, 10 * 60, 14 * 60, std::nullopt});
            if (random.chance(5))
                s.hours = std::vector<HoursRange>{HoursRange{0b1111111, 0, 1440, std::nullopt}};
        }
        if (random.chance(85)) {
            s.languages = std::vector<std::string>{"fr"};
            if (random.chance(60))
                s.languages->push_back("nl");
            if (random.chance(40))
                s.languages->push_back(random.pick(kLanguages));
        }
        if (random.chance(70))
            s.free = random.chance(80);
        if (random.chance(60))
            s.anonymous = random.chance(50);
        if (random.chance(60))
            s.appointment = static_cast<Appointment>(random.below(3));
        s.sources = {"https://example.org/" + s.id};
        s.confidence = static_cast<Confidence>(random.below(3));
        s.version = 1;
        s.updated_at = "2026-01-01T00:00:00Z";
        directory.services.push_back(std::move(s));
    }
    return directory;
}

} // namespace relais
