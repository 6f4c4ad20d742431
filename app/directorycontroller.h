#pragma once
// Facts about the local directory as a whole: whether it opened, its "data as of" date, and
// the choices offered by the filters. Reloaded after a sync or a reset.

#include "app/directoryworker.h"
#include "app/optionmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <vector>

namespace relais::app {

class LanguageController;

// Read on the worker thread in one go at start.
struct DirectoryInfo {
    std::vector<Category> categories;
    std::vector<std::string> municipalities;
    std::vector<std::string> languages;
    std::optional<std::string> dataAsOf;
    int services = 0;
};

class DirectoryController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString dataAsOf READ dataAsOf NOTIFY changed)
    Q_PROPERTY(int serviceCount READ serviceCount NOTIFY changed)
    Q_PROPERTY(OptionModel* categories READ categories CONSTANT)
    Q_PROPERTY(OptionModel* municipalities READ municipalities CONSTANT)
    Q_PROPERTY(OptionModel* spokenLanguages READ spokenLanguages CONSTANT)
public:
    DirectoryController(DirectoryWorker& worker, LanguageController& language,
                        QObject* parent = nullptr);

    bool ready() const { return ready_; }
    QString errorText() const { return errorText_; }
    QString dataAsOf() const; // formatted in the UI language; "unknown" when absent
    int serviceCount() const { return info_.services; }
    OptionModel* categories() { return &categories_; }
    OptionModel* municipalities() { return &municipalities_; }
    OptionModel* spokenLanguages() { return &languages_; }

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
};

} // namespace relais::app
