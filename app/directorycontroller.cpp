#include "app/directorycontroller.h"

#include "app/languagecontroller.h"
#include "app/texts.h"

#include <QCollator>

#include <algorithm>
#include <set>

namespace relais::app {

namespace {

DirectoryInfo readInfo(Connection& connection) {
    DirectoryInfo info;
    info.categories = connection.store.categories();
    std::set<std::string> municipalities, languages;
    const std::vector<Service> services = connection.store.services();
    for (const Service& service : services) {
        if (service.address.municipality)
            municipalities.insert(*service.address.municipality);
        if (service.languages)
            languages.insert(service.languages->begin(), service.languages->end());
    }
    info.municipalities.assign(municipalities.begin(), municipalities.end());
    info.languages.assign(languages.begin(), languages.end());
    info.dataAsOf = connection.store.meta("data_as_of");
    info.services = static_cast<int>(services.size());
    return info;
}

void sortByLabel(std::vector<Option>& options, const QLocale& locale) {
    QCollator collator(locale);
    std::sort(options.begin(), options.end(), [&](const Option& a, const Option& b) {
        return collator.compare(a.label, b.label) < 0;
    });
}

} // namespace

DirectoryController::DirectoryController(DirectoryWorker& worker, LanguageController& language,
                                         QObject* parent)
    : QObject(parent), worker_(worker), language_(language) {
    connect(&language_, &LanguageController::languageChanged, this, [this] {
        relabel();
        emit changed();
    });
    reload();
}

void DirectoryController::reload() {
    worker_.run(this, readInfo, [this](Outcome<DirectoryInfo> outcome) {
        if (outcome.ok()) {
            info_ = std::move(*outcome.value);
            ready_ = true;
            errorText_.clear();
        } else {
            ready_ = false;
            errorText_ = outcome.error;
        }
        relabel();
        emit changed();
        emit loaded();
    });
}

QString DirectoryController::dataAsOf() const {
    const Texts texts(language_.lang());
    const QDate date = info_.dataAsOf ? parseIsoDate(*info_.dataAsOf) : QDate();
    return date.isValid() ? formatDate(date, texts)
                          : texts(QT_TRANSLATE_NOOP("Texts", "date unknown"));
}

std::map<std::string, std::string> DirectoryController::categoryLabels(Lang lang) const {
    std::map<std::string, std::string> labels;
    for (const Category& category : info_.categories)
        labels[category.id] = category.label.in(lang);
    return labels;
}

void DirectoryController::relabel() {
    const Lang lang = language_.lang();
    const Texts texts(lang);
    std::vector<Option> categories, municipalities, languages;
    // Categories keep the taxonomy's order: it groups related needs.
    for (const Category& category : info_.categories)
        categories.push_back({qs(category.id), qs(category.label.in(lang))});
    for (const std::string& municipality : info_.municipalities)
        municipalities.push_back({qs(municipality), qs(municipality)});
    for (const std::string& code : info_.languages)
        languages.push_back({qs(code), languageName(qs(code), texts)});
    sortByLabel(languages, texts.locale());
    categories_.setOptions(std::move(categories));
    municipalities_.setOptions(std::move(municipalities));
    languages_.setOptions(std::move(languages));
}

} // namespace relais::app
