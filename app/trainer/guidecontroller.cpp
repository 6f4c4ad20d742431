#include "app/trainer/guidecontroller.h"

#include "app/core/directorycontroller.h"
#include "app/core/directoryworker.h"
#include "app/core/languagecontroller.h"
#include "app/core/texts.h"

using namespace Qt::StringLiterals;

namespace relais::app {

GuideListModel::GuideListModel(const GuideSet& set, QObject* parent)
    : RowListModel({role(IdRole, "guideId", &GuideRow::id),
                    role(TitleRole, "title", &GuideRow::title),
                    role(SummaryRole, "summary", &GuideRow::summary)},
                   TitleRole, parent),
      set_(set) {
    setLang(Lang::fr);
}

void GuideListModel::setLang(Lang lang) {
    std::vector<GuideRow> rows;
    for (const Guide& guide : set_.guides)
        rows.push_back({qs(guide.id), qs(guide.title.in(lang)), qs(guide.summary.in(lang))});
    replace(std::move(rows), &GuideRow::id);
}

GuideSectionModel::GuideSectionModel(QObject* parent)
    : RowListModel({role(TitleRole, "title", &GuideSectionRow::title),
                    role(ParagraphsRole, "paragraphs", &GuideSectionRow::paragraphs)},
                   TitleRole, parent) {
}

GuideController::GuideController(DirectoryWorker& worker, DirectoryController& directory,
                                 LanguageController& language, const GuideSet& set, QObject* parent)
    : QObject(parent), worker_(worker), language_(language), set_(set), guides_(set_) {
    guides_.setLang(language_.lang());
    connect(&language_, &LanguageController::languageChanged, this, [this] {
        guides_.setLang(language_.lang());
        reword();
    });
    // After a sync or a reset, the directory may hold other services.
    connect(&directory, &DirectoryController::loaded, this, &GuideController::checkServices);
    if (!set_.ok()) {
        // The tests keep this from shipping; say it rather than hide guides silently.
        QStringList problems;
        for (const Problem& problem : set_.problems)
            problems << qs(problem.record + " / " + problem.field + ": " + problem.message);
        errorText_ = tr("Some guides could not be read: %1").arg(problems.join(u"; "_s));
    }
}

const Guide* GuideController::current() const {
    return guideId_.empty() ? nullptr : set_.find(guideId_);
}

QString GuideController::guideId() const {
    return qs(guideId_);
}

QString GuideController::title() const {
    const Guide* guide = current();
    return guide ? qs(guide->title.in(language_.lang())) : QString();
}

QString GuideController::summary() const {
    const Guide* guide = current();
    return guide ? qs(guide->summary.in(language_.lang())) : QString();
}

QString GuideController::checkedOn() const {
    const Guide* guide = current();
    if (!guide)
        return {};
    const QDate date = parseIsoDate(guide->checked_on);
    return date.isValid() ? formatDate(date, Texts(language_.lang())) : qs(guide->checked_on);
}

QString GuideController::notice() const {
    const Guide* guide = current();
    return guide ? qs(guide->notice.in(language_.lang())) : QString();
}

QStringList GuideController::sources() const {
    QStringList out;
    if (const Guide* guide = current()) {
        for (const GuideSource& source : guide->sources) {
            QString line = qs(source.title);
            if (!source.article.empty())
                line += u", "_s + qs(source.article);
            if (!source.url.empty())
                line += u" – "_s + qs(source.url);
            out << line;
        }
    }
    return out;
}

void GuideController::open(const QString& id) {
    if (!set_.find(ss(id))) {
        errorText_ = tr("No guide with id %1.").arg(id);
        emit errorTextChanged();
        return;
    }
    guideId_ = ss(id);
    found_.clear();
    checked_ = false;
    reword();
    checkServices();
}

void GuideController::close() {
    if (guideId_.empty())
        return;
    guideId_.clear();
    found_.clear();
    checked_ = false;
    reword();
}

void GuideController::checkServices() {
    const Guide* guide = current();
    if (!guide)
        return;
    std::vector<std::string> ids;
    for (const GuideReferral& referral : guide->services)
        ids.push_back(referral.service_id);
    const quint64 generation = ++generation_;
    worker_.run(
        this, [ids](Connection& connection) { return findServices(connection, ids); },
        [this, generation](Outcome<std::vector<std::optional<Found>>> outcome) {
            if (generation != generation_)
                return; // another guide was opened since
            if (!outcome.ok()) {
                errorText_ = outcome.error;
                emit errorTextChanged();
                return;
            }
            found_ = std::move(*outcome.value);
            checked_ = true;
            reword();
        });
}

void GuideController::reword() {
    const Guide* guide = current();
    const Lang lang = language_.lang();
    std::vector<GuideSectionRow> sections;
    std::vector<ReferralRow> services;
    if (guide) {
        for (const GuideSection& section : guide->sections) {
            GuideSectionRow row{qs(section.title.in(lang)), {}};
            for (const LocalizedText& paragraph : section.paragraphs)
                row.paragraphs << qs(paragraph.in(lang));
            sections.push_back(std::move(row));
        }
        for (std::size_t i = 0; i < guide->services.size(); ++i) {
            const GuideReferral& referral = guide->services[i];
            const bool known = checked_ && i < found_.size();
            services.push_back(referralRow(referral.service_id, referral.why,
                                           known ? found_[i] : std::nullopt, lang));
        }
    }
    sections_.reset(std::move(sections));
    services_.set(std::move(services));
    emit guideChanged();
}

} // namespace relais::app
