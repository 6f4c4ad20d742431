#pragma once
// Facts about the local directory as a whole: whether it opened, its "data as of" date, and
// the choices offered by the filters. Reloaded after a sync or a reset.

#include "app/core/directoryworker.h"
#include "app/core/optionmodel.h"
#include "app/core/servicelinkmodel.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <vector>

namespace relais::app {

class LanguageController;

// What a one-tap link needs to know of a service (see ServiceLinkModel).
struct ServiceBrief {
    LocalizedText name;
    std::optional<std::string> phone; // the first number listed
    bool roundTheClock = false;       // open every day, all day
};

// Read on the worker thread in one go at start.
struct DirectoryInfo {
    std::vector<Category> categories;
    std::vector<std::string> municipalities;
    std::vector<std::string> languages;
    std::optional<std::string> dataAsOf;
    int services = 0;
    std::map<std::string, int> categoryCounts;
    std::map<std::string, ServiceBrief> briefs; // by id
    // Emergency and round-the-clock lines with a number, the short numbers first.
    std::vector<std::string> urgentLines;
};

class DirectoryController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString dataAsOf READ dataAsOf NOTIFY changed)
    Q_PROPERTY(QString dataAsOfShort READ dataAsOfShort NOTIFY changed)
    Q_PROPERTY(int serviceCount READ serviceCount NOTIFY changed)
    Q_PROPERTY(OptionModel* categories READ categories CONSTANT)
    Q_PROPERTY(OptionModel* municipalities READ municipalities CONSTANT)
    Q_PROPERTY(OptionModel* spokenLanguages READ spokenLanguages CONSTANT)
    // The first screen's "call now" list: emergency and 24/7 lines that have a number.
    Q_PROPERTY(ServiceLinkModel* urgentLines READ urgentLines CONSTANT)
public:
    DirectoryController(DirectoryWorker& worker, LanguageController& language,
                        QObject* parent = nullptr);

    bool ready() const { return ready_; }
    QString errorText() const { return errorText_; }
    QString dataAsOf() const; // formatted in the UI language; "unknown" when absent
    // The same, short enough for a phone's header: "3 déc. 2026", never broken inside.
    QString dataAsOfShort() const;
    int serviceCount() const { return info_.services; }
    OptionModel* categories() { return &categories_; }
    OptionModel* municipalities() { return &municipalities_; }
    OptionModel* spokenLanguages() { return &languages_; }
    ServiceLinkModel* urgentLines() { return &urgent_; }
    // One-tap links to `ids` in the UI language, skipping ids no longer in the directory.
    std::vector<ServiceLink> links(const QStringList& ids) const;

    // Category labels in `lang`, by id (for rows built on the worker thread).
    std::map<std::string, std::string> categoryLabels(Lang lang) const;

    Q_INVOKABLE void reload();

signals:
    void changed();
    void loaded();

private:
    void relabel();
    DirectoryWorker& worker_;
    LanguageController& language_;
    DirectoryInfo info_;
    bool ready_ = false;
    QString errorText_;
    OptionModel categories_;
    OptionModel municipalities_;
    OptionModel languages_;
    ServiceLinkModel urgent_;
};

} // namespace relais::app
