#pragma once
// Knowledge guides for every user (and beside the scenarios in trainer mode): the list, and one
// guide open with its sections, the directory services it names, its sources, the date its
// facts were checked and its "not legal advice" line, all in the UI language. Guides are data
// compiled into the app; a service the current directory lacks is shown as missing.

#include "app/trainer/trainercontroller.h"

#include "data/guides.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <string>
#include <vector>

namespace relais::app {

class DirectoryController;
class DirectoryWorker;
class LanguageController;

struct GuideRow {
    QString id, title, summary;
    bool operator==(const GuideRow&) const = default;
};

// The guides to pick from, titled in the UI language.
class GuideListModel : public RELAIS_ROW_LIST_MODEL(GuideRow) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by GuideController")
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, SummaryRole };
    Q_ENUM(Role)
    GuideListModel(const GuideSet& set, QObject* parent = nullptr);
    void setLang(Lang lang);

private:
    const GuideSet& set_;
};

// One section of the open guide: a title and its paragraphs.
struct GuideSectionRow {
    QString title;
    QStringList paragraphs;
    bool operator==(const GuideSectionRow&) const = default;
};

class GuideSectionModel : public RELAIS_ROW_LIST_MODEL(GuideSectionRow) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by GuideController")
public:
    enum Role { TitleRole = Qt::UserRole + 1, ParagraphsRole };
    Q_ENUM(Role)
    explicit GuideSectionModel(QObject* parent = nullptr);
};

class GuideController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(GuideListModel* guides READ guides CONSTANT)
    Q_PROPERTY(GuideSectionModel* sections READ sections CONSTANT)
    Q_PROPERTY(ScenarioReferralModel* services READ services CONSTANT)
    Q_PROPERTY(QString guideId READ guideId NOTIFY guideChanged)
    Q_PROPERTY(QString title READ title NOTIFY guideChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY guideChanged)
    Q_PROPERTY(QString checkedOn READ checkedOn NOTIFY guideChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY guideChanged)
    Q_PROPERTY(QStringList sources READ sources NOTIFY guideChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    GuideController(DirectoryWorker& worker, DirectoryController& directory,
                    LanguageController& language, const GuideSet& set, QObject* parent = nullptr);

    GuideListModel* guides() { return &guides_; }
    GuideSectionModel* sections() { return &sections_; }
    ScenarioReferralModel* services() { return &services_; }
    QString guideId() const;
    QString title() const;
    QString summary() const;
    QString checkedOn() const;
    QString notice() const;
    QStringList sources() const;
    QString errorText() const { return errorText_; }

    Q_INVOKABLE void open(const QString& id);
    Q_INVOKABLE void close();

signals:
    void guideChanged();
    void errorTextChanged();

private:
    const Guide* current() const;
    void checkServices();
    void reword();

    using Found = FoundService;

    DirectoryWorker& worker_;
    LanguageController& language_;
    const GuideSet& set_;
    GuideListModel guides_;
    GuideSectionModel sections_;
    ScenarioReferralModel services_;
    std::string guideId_;
    std::vector<std::optional<Found>> found_; // per service; absent: not in the directory
    bool checked_ = false;
    QString errorText_;
    quint64 generation_ = 0;
};

} // namespace relais::app
