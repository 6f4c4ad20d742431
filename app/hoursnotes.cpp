#include "app/hoursnotes.h"

#include <array>

namespace relais::app {

namespace {
// Every note of the bundled directory's opening hours, as the research wrote it (French):
// the source texts of the "HoursNote" translations.
constexpr std::array kNotes{
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
} // namespace

std::span<const char* const> bundledHoursNotes() {
    return kNotes;
}

QString hoursNoteText(const std::string& note, const Texts& texts) {
    return texts.translate("HoursNote", note.c_str());
}

} // namespace relais::app
