#include "app/core/datatexts.h"

#include <array>

namespace relais::app {

namespace {
// Every note of the bundled directory's opening hours and every label of its numbers, as the
// research wrote them (mostly French): the source texts of their translations.
constexpr std::array kHoursNotes{
    QT_TRANSLATE_NOOP("HoursNote",
                      "permanence médicale anonyme, gratuite, sans rendez-vous (source 2023)"),
    QT_TRANSLATE_NOOP("HoursNote",
                      "jours ouvrables; en urgence hors heures, permanence téléphonique"),
    QT_TRANSLATE_NOOP("HoursNote", "24h/24 (ligne téléphonique)"),
    QT_TRANSLATE_NOOP("HoursNote", "24h/24, 7j/7"),
    QT_TRANSLATE_NOOP("HoursNote", "24h/24"),
    QT_TRANSLATE_NOOP("HoursNote", "ligne téléphonique (source 2022-2023)"),
    QT_TRANSLATE_NOOP("HoursNote", "chat en ligne"),
    QT_TRANSLATE_NOOP("HoursNote", "ligne d'écoute gratuite 0800 20 120"),
    QT_TRANSLATE_NOOP("HoursNote", "call center téléphonique"),
    QT_TRANSLATE_NOOP("HoursNote", "introduction des nouvelles demandes"),
    QT_TRANSLATE_NOOP("HoursNote", "permanences sociales; pas de permanence le vendredi"),
    QT_TRANSLATE_NOOP(
        "HoursNote",
        "accueil du service social général sans rendez-vous (horaire de la période COVID)"),
    QT_TRANSLATE_NOOP("HoursNote", "idem"),
    QT_TRANSLATE_NOOP("HoursNote", "accueil central, nouvelles demandes"),
    QT_TRANSLATE_NOOP("HoursNote", "guichet du siège central (à partir du 5 janvier 2026)"),
    QT_TRANSLATE_NOOP("HoursNote", "sans rendez-vous; juillet-août : lu, me, ve uniquement"),
    QT_TRANSLATE_NOOP("HoursNote", "permanence téléphonique uniquement"),
    QT_TRANSLATE_NOOP("HoursNote", "permanence téléphonique"),
    QT_TRANSLATE_NOOP("HoursNote", "Legal Aid Office, niveau -1, sans rendez-vous"),
    QT_TRANSLATE_NOOP("HoursNote", "Justice centre, 2e étage : 1er et 3e jeudi du mois"),
    QT_TRANSLATE_NOOP("HoursNote", "permanence téléphonique – droit de séjour"),
    QT_TRANSLATE_NOOP(
        "HoursNote", "permanence téléphonique – droit international privé familial et nationalité"),
    QT_TRANSLATE_NOOP("HoursNote", "ligne téléphonique 24h/24"),
    QT_TRANSLATE_NOOP("HoursNote", "nuit; arriver avant 20h, réveil vers 7h30-8h"),
    QT_TRANSLATE_NOOP("HoursNote", "douches (horaire 2017)"),
    QT_TRANSLATE_NOOP("HoursNote", "infirmerie sans rendez-vous, inscription à l'accueil"),
    QT_TRANSLATE_NOOP("HoursNote",
                      "centre de jour; se présenter entre 9h et 12h pour l'hébergement"),
    QT_TRANSLATE_NOOP("HoursNote", "comptoir LAIRR (matériel stérile) 24h/24, anonyme"),
    QT_TRANSLATE_NOOP("HoursNote", "espace d'accueil du CLIP (selon La Libre, 2023)"),
    QT_TRANSLATE_NOOP("HoursNote", "centrale téléphonique"),
    QT_TRANSLATE_NOOP("HoursNote", "accueil téléphonique"),
    QT_TRANSLATE_NOOP("HoursNote", "permanence d'accueil et d'orientation pour femmes seules "
                                   "cherchant un hébergement (BelRefugees)"),
    QT_TRANSLATE_NOOP("HoursNote", "24h/24, 365 jours/an"),
    QT_TRANSLATE_NOOP("HoursNote", "téléphone 24h/24; chat à horaires plus restreints"),
    QT_TRANSLATE_NOOP(
        "HoursNote",
        "sauf jours fériés; en dehors de ces heures, bascule vers Télé-Accueil 107 (24h/24)"),
    QT_TRANSLATE_NOOP("HoursNote",
                      "permanence à la Maison Arc-en-Ciel de Bruxelles, 1er jeudi du mois"),
    QT_TRANSLATE_NOOP("HoursNote", "groupe de parole, 3e samedi du mois"),
    QT_TRANSLATE_NOOP("HoursNote", "permanence sociale sans rendez-vous (introduire une demande "
                                   "d'aide), rue de la Charrette 27"),
    QT_TRANSLATE_NOOP("HoursNote", "travailleurs sociaux sur rendez-vous ou par téléphone"),
    QT_TRANSLATE_NOOP(
        "HoursNote",
        "travailleurs sociaux sur rendez-vous ou par téléphone; Gulledelle 98 mêmes heures"),
    QT_TRANSLATE_NOOP("HoursNote",
                      "inscription à l'accueil du CPAS (première demande), jours ouvrables"),
    QT_TRANSLATE_NOOP("HoursNote", "accueil"),
    QT_TRANSLATE_NOOP("HoursNote", "permanence des assistants sociaux sans rendez-vous; "
                                   "l'après-midi sur rendez-vous sauf le lundi"),
    QT_TRANSLATE_NOOP("HoursNote", "fermé le vendredi après-midi"),
    QT_TRANSLATE_NOOP("HoursNote", "accueil 24h/24 selon l'association"),
    QT_TRANSLATE_NOOP("HoursNote", "permanence sociale"),
    QT_TRANSLATE_NOOP("HoursNote", "jours ouvrables"),
    QT_TRANSLATE_NOOP("HoursNote", "permanence téléphonique, jours ouvrables"),
    QT_TRANSLATE_NOOP("HoursNote",
                      "accueil (téléphone ou sur place, confidentiel) – pas d'accueil en urgence"),
    QT_TRANSLATE_NOOP("HoursNote", "écoute des signalements"),
};
constexpr std::array kPhoneLabels{
    QT_TRANSLATE_NOOP("PhoneLabel", "accueil"),
    QT_TRANSLATE_NOOP("PhoneLabel", "téléphone (page non datée)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "ligne d'aide"),
    QT_TRANSLATE_NOOP("PhoneLabel", "accueil (permanence téléphonique d'urgence hors heures)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "WhatsApp (source tierce non officielle)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "ligne d'assistance traite 24h/24, 7j/7"),
    QT_TRANSLATE_NOOP("PhoneLabel", "contact"),
    QT_TRANSLATE_NOOP("PhoneLabel", "24h/24"),
    QT_TRANSLATE_NOOP("PhoneLabel", "24h/24 – transport vers le CPVS"),
    QT_TRANSLATE_NOOP("PhoneLabel", "ligne d'écoute gratuite"),
    QT_TRANSLATE_NOOP("PhoneLabel", "information"),
    QT_TRANSLATE_NOOP("PhoneLabel", "secrétariat"),
    QT_TRANSLATE_NOOP("PhoneLabel", "bureau"),
    QT_TRANSLATE_NOOP("PhoneLabel", "ligne gratuite (tous les jours 18h-21h)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "information (source 2017)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "site Solbosch"),
    QT_TRANSLATE_NOOP("PhoneLabel", "accueil central"),
    QT_TRANSLATE_NOOP("PhoneLabel", "siège administratif (standard)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "call center 7j/7 8h30-16h30"),
    QT_TRANSLATE_NOOP("PhoneLabel", "call center (2e ligne)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "call center"),
    QT_TRANSLATE_NOOP("PhoneLabel", "call center (permanence téléphonique lu-ve 8h-12h, 13h-16h)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "CDCS-CMDC (secrétariat)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "accueil / coordination"),
    QT_TRANSLATE_NOOP("PhoneLabel", "BAJ (secrétariat)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "secretariaat BJB"),
    QT_TRANSLATE_NOOP("PhoneLabel", "telefonische permanentie (woensdag 9u-11u)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "helpline juridique (lu-ve 12h-15h)"),
    QT_TRANSLATE_NOOP("PhoneLabel",
                      "service juridique – consultations téléphoniques et prise de rendez-vous"),
    QT_TRANSLATE_NOOP("PhoneLabel", "numéro vert 0800/99.340, 24h/24, 7j/7"),
    QT_TRANSLATE_NOOP("PhoneLabel", "secrétariat (rapport 2014-2015)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "permanence téléphonique"),
    QT_TRANSLATE_NOOP("PhoneLabel", "service prévention (lu-ve 9h-17h)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "numéro gratuit 0800/35 123 (lu-ve 8h30-16h30)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "numéro gratuit 0800 30 700 (lu-ve 8h-16h30)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "depuis l'étranger (payant)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "ligne de crise gratuite 0800 32 123, 24h/24"),
    QT_TRANSLATE_NOOP("PhoneLabel", "numéro gratuit, 24h/24"),
    QT_TRANSLATE_NOOP("PhoneLabel", "gratis, 24/7"),
    QT_TRANSLATE_NOOP("PhoneLabel", "urgence médicale / pompiers, 24h/24"),
    QT_TRANSLATE_NOOP("PhoneLabel", "police – intervention urgente, 24h/24"),
    QT_TRANSLATE_NOOP("PhoneLabel", "numéro vert 0800 30 030 (lu-ve 9h-19h; relais 107 en dehors)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "hulplijn (telefoon; ook chat en e-mail via de website)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "116 000, 24h/24, 7j/7"),
    QT_TRANSLATE_NOOP("PhoneLabel", "général"),
    QT_TRANSLATE_NOOP("PhoneLabel", "administration"),
    QT_TRANSLATE_NOOP("PhoneLabel", "call center / service social de première ligne"),
    QT_TRANSLATE_NOOP("PhoneLabel", "CPAS (numéro donné par la commune)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "accueil du CPAS / onthaal"),
    QT_TRANSLATE_NOOP("PhoneLabel", "service social général (assistante sociale en chef)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "accueil du CPAS (lu-ve 8h-16h)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "CPAS – service social"),
    QT_TRANSLATE_NOOP("PhoneLabel", "accueil / standard"),
    QT_TRANSLATE_NOOP("PhoneLabel", "CPVCF (numéro publié en avril 2020, 9h30-17h30 7j/7 pour les "
                                    "places d'hébergement d'urgence)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "secrétariat (rapports annuels)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "accueil général"),
    QT_TRANSLATE_NOOP("PhoneLabel", "permanence"),
    QT_TRANSLATE_NOOP("PhoneLabel", "réservations (services uniquement)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "centrale"),
    QT_TRANSLATE_NOOP("PhoneLabel", "interprétariat par déplacement"),
    QT_TRANSLATE_NOOP("PhoneLabel", "interprétariat par téléphone"),
    QT_TRANSLATE_NOOP("PhoneLabel", "traductions écrites"),
    QT_TRANSLATE_NOOP("PhoneLabel", "numéro gratuit 0800 12 800 (jours ouvrables 9h30-13h)"),
    QT_TRANSLATE_NOOP("PhoneLabel", "accueil – demandes d'hébergement (source : fiche Bruss'help)"),
};
} // namespace

std::span<const char* const> bundledHoursNotes() {
    return kHoursNotes;
}

std::span<const char* const> bundledPhoneLabels() {
    return kPhoneLabels;
}

QString hoursNoteText(const std::string& note, const Texts& texts) {
    return texts.translate("HoursNote", note.c_str());
}

QString phoneLabelText(const std::string& label, const Texts& texts) {
    return texts.translate("PhoneLabel", label.c_str());
}

} // namespace relais::app
