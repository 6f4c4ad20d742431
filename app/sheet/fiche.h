#pragma once
// Fiches mémo: one printable A4 page per category (its services with phone, address, hours and
// conditions), per training scenario (situation, questions, pitfalls and the referrals with
// why each fits) or per knowledge guide (its sections, services, sources, the date its facts
// were checked and that it is not legal advice), in French, Dutch or English, readable in
// black and white. A fiche holds directory facts only; nothing about any person.

#include "app/core/clock.h"
#include "app/core/directoryworker.h"

#include "data/guides.h"
#include "data/scenarios.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace relais::app {

// The scenarios compiled into the app (data/scenarios/*.json), parsed once. They were validated
// against the bundled directory by the tests; a referral to a service the current directory
// no longer holds is shown as missing wherever it is used.
const ScenarioSet& bundledScenarios();
// The knowledge guides compiled into the app (data/guides/*.json), parsed once, on the same terms.
const GuideSet& bundledGuides();

struct FicheEntry {
    std::string serviceId;
    std::optional<Service> service; // absent: the directory holds no such service
    std::string organization;
    std::optional<LocalizedText> why; // scenario fiches only
};

struct FicheContent {
    std::optional<Category> category; // a category fiche
    std::optional<Scenario> scenario; // or a scenario fiche
    std::optional<Guide> guide;       // or a guide fiche
    std::vector<FicheEntry> entries;
    std::optional<std::string> dataAsOf;
};

// Reads a fiche for `id`: a category id, a scenario id or "guide:" and a guide id (worker
// thread, or any thread owning `connection`). Nothing when `id` names none of them.
std::optional<FicheContent> loadFiche(Connection& connection, const std::string& id,
                                      const ScenarioSet& scenarios,
                                      const GuideSet& guides = bundledGuides());

QString ficheHtml(const FicheContent& content, Lang lang, TimePoint now);
// Writes the fiche as one A4 page (scaled down when it would not fit); a guide's fiche takes as
// many A4 pages as it needs. Returns an empty string on success, else what went wrong.
QString writeFichePdf(const FicheContent& content, Lang lang, TimePoint now, const QString& path);
// "fiche-<id>-<lang>.pdf", with "guide:" written "guide-"
QString ficheFileName(const std::string& id, Lang lang);

} // namespace relais::app
