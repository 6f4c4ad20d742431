#pragma once
// The search screen's state: the text typed, the filters, and the results of the latest
// search. Every change starts a search on the worker thread; results of an older search
// that come back late are dropped, and the previous results stay until new ones arrive.
// Nothing here records what was searched.

#include "app/core/clock.h"
#include "app/search/searchresultmodel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace relais::app {

class DirectoryController;
class DirectoryWorker;
class LanguageController;

class SearchController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filtersChanged)
    Q_PROPERTY(QString municipality READ municipality WRITE setMunicipality NOTIFY filtersChanged)
    Q_PROPERTY(
        QString spokenLanguage READ spokenLanguage WRITE setSpokenLanguage NOTIFY filtersChanged)
    Q_PROPERTY(bool freeOnly READ freeOnly WRITE setFreeOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool anonymousOnly READ anonymousOnly WRITE setAnonymousOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool walkInOnly READ walkInOnly WRITE setWalkInOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool openNow READ openNow WRITE setOpenNow NOTIFY filtersChanged)
    Q_PROPERTY(int activeFilterCount READ activeFilterCount NOTIFY filtersChanged)
    Q_PROPERTY(SearchResultModel* results READ results CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool hasResults READ hasResults NOTIFY resultsUpdated)
    Q_PROPERTY(bool truncated READ truncated NOTIFY resultsUpdated)
    Q_PROPERTY(QStringList suggestions READ suggestions NOTIFY resultsUpdated)
    Q_PROPERTY(QStringList relaxableFilters READ relaxableFilters NOTIFY resultsUpdated)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultsUpdated)
    // Where the social worker works: its services and its neighbours' first. On this device
    // only (QSettings); never sent.
    Q_PROPERTY(QString homeMunicipality READ homeMunicipality WRITE setHomeMunicipality NOTIFY
                   homeMunicipalityChanged)
    // The municipality the query names when nothing matched there (the nearest are shown).
    Q_PROPERTY(QString placeNotFound READ placeNotFound NOTIFY resultsUpdated)
    // Category ids the words point to, offered when nothing matched.
    Q_PROPERTY(QStringList suggestedCategories READ suggestedCategories NOTIFY resultsUpdated)
public:
    static constexpr int kLimit = 50;

    SearchController(DirectoryWorker& worker, DirectoryController& directory,
                     LanguageController& language, Clock clock, QObject* parent = nullptr);

    QString query() const { return query_; }
    void setQuery(const QString& query);
    QString category() const { return category_; }
    void setCategory(const QString& category);
    QString municipality() const { return municipality_; }
    void setMunicipality(const QString& municipality);
    QString spokenLanguage() const { return spokenLanguage_; }
    void setSpokenLanguage(const QString& code);
    bool freeOnly() const { return free_; }
    void setFreeOnly(bool on);
    bool anonymousOnly() const { return anonymous_; }
    void setAnonymousOnly(bool on);
    bool walkInOnly() const { return walkIn_; }
    void setWalkInOnly(bool on);
    bool openNow() const { return openNow_; }
    void setOpenNow(bool on);
    int activeFilterCount() const;

    SearchResultModel* results() { return &results_; }
    bool busy() const { return pending_ != applied_; }
    bool hasResults() const { return results_.count() > 0; }
    bool truncated() const { return results_.count() >= kLimit; }
    QStringList suggestions() const { return suggestions_; }
    QStringList relaxableFilters() const { return relaxable_; }
    QString errorText() const { return errorText_; }
    QString homeMunicipality() const { return home_; }
    void setHomeMunicipality(const QString& municipality);
    QString placeNotFound() const { return placeNotFound_; }
    QStringList suggestedCategories() const { return suggestedCategories_; }
    // The 19 municipalities of the Region, as Brussels names them: "Ixelles / Elsene",
    // "Anderlecht" (the French name first, as homeMunicipality keeps it).
    Q_INVOKABLE QStringList brusselsMunicipalities() const;

    // Time the last model update took on the UI thread (for the start-up benchmark).
    qint64 lastApplyNanoseconds() const { return lastApplyNs_; }

    Q_INVOKABLE void resetFilters();
    Q_INVOKABLE void relax(const QString& filter); // a name from relaxableFilters
    Q_INVOKABLE void refresh();

signals:
    void queryChanged();
    void filtersChanged();
    void busyChanged();
    void resultsUpdated();
    void homeMunicipalityChanged();

private:
    void filterChanged();
    DirectoryWorker& worker_;
    DirectoryController& directory_;
    LanguageController& language_;
    Clock clock_;
    QString query_, category_, municipality_, spokenLanguage_, home_, placeNotFound_;
    QStringList suggestedCategories_;
    bool free_ = false, anonymous_ = false, walkIn_ = false, openNow_ = false;
    SearchResultModel results_;
    QStringList suggestions_, relaxable_;
    QString errorText_;
    quint64 pending_ = 0; // generation of the latest search started
    quint64 applied_ = 0; // generation of the results shown
    qint64 lastApplyNs_ = 0;
};

} // namespace relais::app
