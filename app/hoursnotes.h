#pragma once
// Notes on opening hours ("permanence téléphonique", "sauf jours fériés"): the directory keeps
// them as the research or the association wrote them, in French. The notes of the bundled
// directory are translated like the UI (context "HoursNote"); a note written later by staff
// shows as written until a translation exists.

#include "app/texts.h"

#include <span>
#include <string>

namespace relais::app {

// The notes of the bundled directory's hours, each a translation source.
std::span<const char* const> bundledHoursNotes();
// The note in the language of `texts`; as written when no translation is known.
QString hoursNoteText(const std::string& note, const Texts& texts);

} // namespace relais::app
