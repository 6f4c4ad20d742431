#include "app/core/directorycontroller.h"

#include "app/core/languagecontroller.h"
#include "app/core/texts.h"

#include <QCollator>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

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
        for (const std::string& category : service.categories)
            ++info.categoryCounts[category];
        ServiceBrief brief{service.name, std::nullopt, false};
        if (!service.phones.empty())
            brief.phone = service.phones.front().number;
        if (service.hours) {
            brief.roundTheClock =
                std::any_of(service.hours->begin(), service.hours->end(), [](const HoursRange& r) {
                    return r.days == 0x7f && r.opens == 0 && r.closes == 24 * 60;
                });
        }
        const bool emergency = std::find(service.categories.begin(), service.categories.end(),
                                         "emergency") != service.categories.end();
        if (brief.phone && (emergency || brief.roundTheClock))
            info.urgentLines.push_back(service.id);
        info.briefs.emplace(service.id, std::move(brief));
    }
    // Short numbers (112, 107, 1712) are the ones to dial first; then by name.
    std::stable_sort(info.urgentLines.begin(), info.urgentLines.end(),
                     [&](const std::string& a, const std::string& b) {
                         const ServiceBrief& x = info.briefs.at(a);
                         const ServiceBrief& y = info.briefs.at(b);
                         return std::pair(x.phone->size(), x.name.fr) <
                                std::pair(y.phone->size(), y.name.fr);
                     });
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

QString DirectoryController::dataAsOfShort() const {
    const Texts texts(language_.lang());
    const QDate date = info_.dataAsOf ? parseIsoDate(*info_.dataAsOf) : QDate();
    if (!date.isValid())
        return texts(QT_TRANSLATE_NOOP("Texts", "date unknown"));
    // No-break spaces: the date wraps as one piece when the header is narrow.
    return texts.locale().toString(date, u"d MMM yyyy"_s).replace(u' ', QChar::Nbsp);
}

std::vector<ServiceLink> DirectoryController::links(const QStringList& ids) const {
    const Lang lang = language_.lang();
    const Texts texts(lang);
    std::vector<ServiceLink> links;
    for (const QString& id : ids) {
        const auto brief = info_.briefs.find(ss(id));
        if (brief == info_.briefs.end())
            continue;
        links.push_back(
            {id, qs(brief->second.name.in(lang)), qs(brief->second.phone.value_or(std::string())),
             brief->second.roundTheClock ? texts(QT_TRANSLATE_NOOP("Texts", "24/7")) : QString()});
    }
    return links;
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
    for (const Category& category : info_.categories) {
        const auto count = info_.categoryCounts.find(category.id);
        categories.push_back({qs(category.id), qs(category.label.in(lang)),
                              count != info_.categoryCounts.end() ? count->second : 0});
    }
    for (const std::string& municipality : info_.municipalities)
        municipalities.push_back({qs(municipality), qs(municipality), 0});
    for (const std::string& code : info_.languages)
        languages.push_back({qs(code), languageName(qs(code), texts), 0});
    sortByLabel(languages, texts.locale());
    categories_.reset(std::move(categories));
    municipalities_.reset(std::move(municipalities));
    languages_.reset(std::move(languages));
    QStringList urgent;
    for (const std::string& id : info_.urgentLines)
        urgent << qs(id);
    urgent_.reset(links(urgent));
}

} // namespace relais::app
