#include "app/search/searchcontroller.h"

#include "data/place.h"

#include "app/core/directorycontroller.h"
#include "app/core/directoryworker.h"
#include "app/core/languagecontroller.h"
#include "app/core/texts.h"
#include "data/outbox.h"

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {

// Control characters never occur in directory text, so they are safe snippet markers.
constexpr char kMarkOpen[] = "\x02";
constexpr char kMarkClose[] = "\x03";

struct SearchOutcome {
    std::vector<ResultRow> rows;
    QStringList suggestions;
    QStringList relaxable;
    QStringList categories;
    QString placeNotFound;
};

QString snippetHtml(const std::string& snippet) {
    QString html = qs(snippet).toHtmlEscaped();
    html.replace(QLatin1String(kMarkOpen), u"<b>"_s);
    html.replace(QLatin1String(kMarkClose), u"</b>"_s);
    return html;
}

QStringList toStringList(const std::vector<std::string>& values) {
    QStringList list;
    list.reserve(static_cast<qsizetype>(values.size()));
    for (const std::string& value : values)
        list << qs(value);
    return list;
}

SearchOutcome runSearch(Connection& connection, const SearchQuery& query,
                        const std::map<std::string, std::string>& categoryLabels, TimePoint now) {
    SearchResult result = connection.searcher.search(query);
    // A handful of rows at most: staff edits waiting on this device.
    const std::map<std::string, OutboxState> edits = Outbox(connection.db).record_states();
    const Texts texts(query.lang);
    SearchOutcome outcome;
    outcome.rows.reserve(result.hits.size());
    for (SearchHit& hit : result.hits) {
        ResultRow row;
        row.id = qs(hit.id);
        row.name = qs(hit.name);
        row.organization = qs(hit.organization);
        row.municipality = placeText(hit.area, hit.municipality, std::nullopt, texts);
        for (const std::string& category : hit.categories) {
            const auto label = categoryLabels.find(category);
            row.categories << qs(label != categoryLabels.end() ? label->second : category);
        }
        row.snippet = snippetHtml(hit.snippet);
        row.unconfirmed = hit.trust.state == TrustState::unconfirmed;
        row.noPhone = !hit.has_phone;
        row.phone = qs(hit.phone.value_or(std::string()));
        if (const auto edit = edits.find(hit.id); edit != edits.end())
            row.localEdit = qs(to_string(edit->second));
        // The hit carries when it opens or closes (at `now`, which the query was given).
        row.openState = hit.status.state;
        row.statusText = openStatusText(hit.status, now, texts);
        row.free = hit.free;
        row.anonymous = hit.anonymous;
        row.walkIn = hit.appointment == Appointment::walk_in;
        outcome.rows.push_back(std::move(row));
    }
    outcome.suggestions = toStringList(result.suggestions);
    outcome.relaxable = toStringList(result.relaxable_filters);
    outcome.categories = toStringList(result.suggested_categories);
    if (result.place && !result.found_in_place) {
        const auto* place = find_municipality(*result.place);
        outcome.placeNotFound = qs(query.lang == Lang::nl && place ? place->nl : *result.place);
    }
    return outcome;
}

} // namespace

SearchController::SearchController(DirectoryWorker& worker, DirectoryController& directory,
                                   LanguageController& language, Clock clock, QObject* parent)
    : QObject(parent), worker_(worker), directory_(directory), language_(language),
      clock_(std::move(clock)) {
    connect(&language_, &LanguageController::languageChanged, this, &SearchController::refresh);
    // Category labels arrive with the directory; until then rows would show raw ids.
    connect(&directory_, &DirectoryController::loaded, this, &SearchController::refresh);
}

void SearchController::setQuery(const QString& query) {
    if (query == query_)
        return;
    query_ = query;
    emit queryChanged();
    refresh();
}

#define RELAIS_FILTER_SETTER(name, member, type)                                                   \
    void SearchController::name(type value) {                                                      \
        if (member == value)                                                                       \
            return;                                                                                \
        member = value;                                                                            \
        filterChanged();                                                                           \
    }
RELAIS_FILTER_SETTER(setCategory, category_, const QString&)
RELAIS_FILTER_SETTER(setMunicipality, municipality_, const QString&)
RELAIS_FILTER_SETTER(setSpokenLanguage, spokenLanguage_, const QString&)
RELAIS_FILTER_SETTER(setFreeOnly, free_, bool)
RELAIS_FILTER_SETTER(setAnonymousOnly, anonymous_, bool)
RELAIS_FILTER_SETTER(setWalkInOnly, walkIn_, bool)
RELAIS_FILTER_SETTER(setOpenNow, openNow_, bool)
#undef RELAIS_FILTER_SETTER

void SearchController::setHomeMunicipality(const QString& municipality) {
    // Only a municipality of the Region: anything else (an old setting) means none.
    const QString home = find_municipality(ss(municipality)) ? municipality : QString();
    if (home == home_)
        return;
    home_ = home;
    emit homeMunicipalityChanged();
    refresh();
}

QStringList SearchController::brusselsMunicipalities() const {
    QStringList names;
    for (const auto& municipality : brussels_municipalities())
        names << (municipality.fr == municipality.nl
                      ? qs(municipality.fr)
                      : qs(municipality.fr) + u" / "_s + qs(municipality.nl));
    return names;
}

void SearchController::filterChanged() {
    emit filtersChanged();
    refresh();
}

int SearchController::activeFilterCount() const {
    return int(!category_.isEmpty()) + int(!municipality_.isEmpty()) +
           int(!spokenLanguage_.isEmpty()) + int(free_) + int(anonymous_) + int(walkIn_) +
           int(openNow_);
}

void SearchController::resetFilters() {
    if (activeFilterCount() == 0)
        return;
    category_.clear();
    municipality_.clear();
    spokenLanguage_.clear();
    free_ = anonymous_ = walkIn_ = openNow_ = false;
    filterChanged();
}

void SearchController::relax(const QString& filter) {
    if (filter == u"category")
        setCategory({});
    else if (filter == u"municipality")
        setMunicipality({});
    else if (filter == u"language")
        setSpokenLanguage({});
    else if (filter == u"free")
        setFreeOnly(false);
    else if (filter == u"anonymous")
        setAnonymousOnly(false);
    else if (filter == u"walk-in")
        setWalkInOnly(false);
    else if (filter == u"open-at")
        setOpenNow(false);
}

void SearchController::refresh() {
    SearchQuery query;
    query.text = ss(query_);
    query.lang = language_.lang();
    query.limit = kLimit;
    if (!category_.isEmpty())
        query.categories.push_back(ss(category_));
    if (!municipality_.isEmpty())
        query.municipality = ss(municipality_);
    if (!spokenLanguage_.isEmpty())
        query.language = ss(spokenLanguage_);
    if (!home_.isEmpty())
        query.near = ss(home_);
    query.free = free_;
    query.anonymous = anonymous_;
    query.walk_in = walkIn_;
    const TimePoint now = clock_();
    query.now = now;
    if (openNow_)
        query.open_at = now;
    query.highlight_open = kMarkOpen;
    query.highlight_close = kMarkClose;

    const Lang lang = query.lang;
    const bool wasBusy = busy();
    const quint64 generation = ++pending_;
    if (!wasBusy)
        emit busyChanged();
    worker_.runLatest(
        this,
        [query = std::move(query), labels = directory_.categoryLabels(lang),
         now](Connection& connection) { return runSearch(connection, query, labels, now); },
        [this, generation](Outcome<SearchOutcome> outcome) {
            if (generation < pending_)
                return; // a newer search is on its way
            QElapsedTimer timer;
            timer.start();
            applied_ = generation;
            if (outcome.ok()) {
                errorText_.clear();
                results_.setRows(std::move(outcome.value->rows));
                suggestions_ = std::move(outcome.value->suggestions);
                relaxable_ = std::move(outcome.value->relaxable);
                suggestedCategories_ = std::move(outcome.value->categories);
                placeNotFound_ = std::move(outcome.value->placeNotFound);
            } else {
                // Keep the last results visible: the error explains why they did not change.
                errorText_ = outcome.error;
            }
            lastApplyNs_ = timer.nsecsElapsed();
            emit busyChanged();
            emit resultsUpdated();
        });
}

} // namespace relais::app
