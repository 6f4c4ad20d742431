#pragma once
// Free texts of the directory that the UI shows beside its facts: notes on opening hours
// ("permanence téléphonique", "sauf jours fériés") and labels of phone numbers ("accueil",
// "ligne d'écoute gratuite"). The directory keeps them as the research or the association
// wrote them, mostly in French. Those of the bundled directory are translated like the UI
// (contexts "HoursNote" and "PhoneLabel"); a text staff write later shows as written until a
// translation exists.

#include "app/core/texts.h"

#include <span>
#include <string>

namespace relais::app {

// The source texts of the bundled directory.
std::span<const char* const> bundledHoursNotes();
std::span<const char* const> bundledPhoneLabels();
// The text in the language of `texts`; as written when no translation is known.
QString hoursNoteText(const std::string& note, const Texts& texts);
QString phoneLabelText(const std::string& label, const Texts& texts);

} // namespace relais::app
