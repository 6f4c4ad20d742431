#include "app/sheet/fiche.h"

#include "app/core/texts.h"
#include "app/sheet/referralsheet.h"

#include "bundled_guides.h"
#include "bundled_scenarios.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relais::app {

const ScenarioSet& bundledScenarios() {
    static const ScenarioSet set = [] {
        std::vector<ScenarioFile> files;
        for (const auto& file : embedded::bundled_scenarios())
            files.push_back({std::string(file.name), file.text});
        // Checked against the bundled directory by the tests; here any service id is taken,
        // and one missing from the current directory is shown as missing.
        return parse_scenarios(files, {});
    }();
    return set;
}

const GuideSet& bundledGuides() {
    static const GuideSet set = [] {
        std::vector<GuideFile> files;
        for (const auto& file : embedded::bundled_guides())
            files.push_back({std::string(file.name), file.text});
        return parse_guides(files, {});
    }();
    return set;
}

std::optional<FicheContent> loadFiche(Connection& connection, const std::string& id,
                                      const ScenarioSet& scenarios, const GuideSet& guides) {
    FicheContent content;
    if (id.starts_with(kGuideFichePrefix)) {
        const Guide* guide = guides.find(std::string_view(id).substr(kGuideFichePrefix.size()));
        if (!guide)
            return std::nullopt;
        content.guide = *guide;
        for (const GuideReferral& referral : guide->services) {
            FicheEntry entry{referral.service_id,
                             connection.store.service(referral.service_id),
                             {},
                             referral.why};
            if (entry.service) {
                const auto organization =
                    connection.store.organization(entry.service->organization_id);
                entry.organization = organization ? organization->name : std::string();
            }
            content.entries.push_back(std::move(entry));
        }
        content.dataAsOf = connection.store.meta("data_as_of");
        return content;
    }
    const std::vector<Category> categories = connection.store.categories();
    const auto category = std::find_if(categories.begin(), categories.end(),
                                       [&](const Category& c) { return c.id == id; });
    const auto organizationOf = [&](const Service& service) {
        const auto organization = connection.store.organization(service.organization_id);
        return organization ? organization->name : std::string();
    };
    if (category != categories.end()) {
        content.category = *category;
        for (Service& service : connection.store.services()) {
            if (std::find(service.categories.begin(), service.categories.end(), id) ==
                service.categories.end())
                continue;
            std::string organization = organizationOf(service);
            content.entries.push_back(
                {service.id, std::move(service), std::move(organization), {}});
        }
    } else if (const Scenario* scenario = scenarios.find(id)) {
        content.scenario = *scenario;
        for (const ScenarioReferral& referral : scenario->referrals) {
            FicheEntry entry{referral.service_id,
                             connection.store.service(referral.service_id),
                             {},
                             referral.why};
            if (entry.service)
                entry.organization = organizationOf(*entry.service);
            content.entries.push_back(std::move(entry));
        }
    } else {
        return std::nullopt;
    }
    content.dataAsOf = connection.store.meta("data_as_of");
    return content;
}

namespace {

// The fiche's own words, in the fiche's language (not necessarily the UI's).
class FicheTexts {
public:
    explicit FicheTexts(const QTranslator* translator) : translator_(translator) {}
    QString operator()(const char* source) const {
        if (translator_) {
            const QString text = translator_->translate("Fiche", source);
            if (!text.isEmpty())
                return text;
        }
        return QString::fromUtf8(source);
    }

private:
    const QTranslator* translator_;
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString esc(const std::string& text) {
    return qs(text).toHtmlEscaped();
}

// One row of the services table: what to call, where to go, when, on which conditions.
QString serviceRow(const FicheEntry& entry, Lang lang, TimePoint now, const Texts& texts,
                   const FicheTexts& words) {
    QString first = u"<td width=\"30%\">"_s;
    if (!entry.service) {
        first += u"<b>"_s + esc(entry.serviceId) + u"</b><br><i>"_s +
                 esc(words(QT_TRANSLATE_NOOP("Fiche", "Not in the current directory: look it "
                                                      "up again before referring.")));
        first += u"</i>"_s;
        if (entry.why)
            first += u"<br>"_s + esc(entry.why->in(lang));
        return u"<tr>"_s + first + u"</td><td colspan=\"3\"></td></tr>"_s;
    }
    const Service& service = *entry.service;
    first += u"<b>"_s + esc(service.name.in(lang)) + u"</b>"_s;
    if (!entry.organization.empty() && entry.organization != service.name.in(lang))
        first += u"<br><span class=\"org\">"_s + esc(entry.organization) + u"</span>"_s;
    if (trustAt(service, now).state == TrustState::unconfirmed)
        first += u"<br>["_s + esc(words(QT_TRANSLATE_NOOP("Fiche", "to verify by phone"))) + u"]"_s;
    if (entry.why)
        first += u"<br><i>"_s + esc(entry.why->in(lang)) + u"</i>"_s;
    first += u"</td>"_s;

    QStringList phones;
    for (const Phone& phone : service.phones)
        phones << phoneText(phone, texts);
    QString contact = u"<td width=\"26%\"><b>"_s +
                      esc(phones.isEmpty() ? texts(QT_TRANSLATE_NOOP("Texts", "Phone unknown"))
                                           : phones.join(u", "_s)) +
                      u"</b><br>"_s;
    const QString address = addressText(service.address);
    contact +=
        esc(address.isEmpty() ? texts(QT_TRANSLATE_NOOP("Texts", "Address unknown")) : address);
    if (service.email)
        contact += u"<br>"_s + esc(*service.email);
    else if (service.website)
        contact += u"<br>"_s + esc(*service.website);
    contact += u"</td>"_s;

    const QString hours =
        u"<td width=\"22%\">"_s +
        (service.hours
             ? esc(hoursLines(*service.hours, texts).join(u"\n"_s)).replace(u'\n', u"<br>"_s)
             : esc(texts(QT_TRANSLATE_NOOP("Texts", "Hours unknown")))) +
        u"</td>"_s;
    const QString conditions =
        u"<td width=\"22%\">"_s +
        esc(QStringList{freeText(service.free, texts), anonymousText(service.anonymous, texts),
                        appointmentText(service.appointment, texts)}
                .join(u" · "_s)) +
        u"<br>"_s + esc(languagesText(service.languages, texts)) + u"</td>"_s;
    return u"<tr>"_s + first + contact + hours + conditions + u"</tr>"_s;
}

} // namespace

QString ficheHtml(const FicheContent& content, Lang lang, TimePoint now) {
    const auto translator = loadTranslator(lang);
    const Texts texts(lang, translator.get());
    const FicheTexts words(translator.get());
    // Black on white, bold and rules rather than colour: it must print well on any printer.
    QString html =
        u"<html><head><meta charset=\"utf-8\"><style>"
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #000; }"
        "h1 { font-size: 16pt; margin-bottom: 0; }"
        "h2 { font-size: 11pt; margin-top: 8pt; margin-bottom: 2pt; border-bottom: 1px solid "
        "#000; }"
        ".meta { font-size: 8pt; margin-top: 2pt; }"
        ".org { font-size: 8pt; }"
        "th { text-align: left; background-color: #fff; font-weight: bold; }"
        "table { border-collapse: collapse; }"
        "td, th { border: 1px solid #000; padding: 3px; vertical-align: top; }"
        "li { margin-bottom: 2pt; }"
        "</style></head><body>"_s;

    const QDate asOf = content.dataAsOf ? parseIsoDate(*content.dataAsOf) : QDate();
    const QString meta =
        texts(QT_TRANSLATE_NOOP("Texts", "Information from the Relais directory as of %1"))
            .arg(asOf.isValid() ? formatDate(asOf, texts)
                                : texts(QT_TRANSLATE_NOOP("Texts", "date unknown"))) +
        u" · "_s +
        texts(QT_TRANSLATE_NOOP("Texts", "Prepared on %1"))
            .arg(formatDate(toDateTime(now).date(), texts));

    if (content.category) {
        html += u"<h1>"_s + esc(words(QT_TRANSLATE_NOOP("Fiche", "Memo sheet"))) + u": "_s +
                esc(content.category->label.in(lang)) + u"</h1>"_s;
    } else if (content.scenario) {
        const Scenario& scenario = *content.scenario;
        html += u"<h1>"_s + esc(scenario.title.in(lang)) + u"</h1>"_s;
        html += u"<p class=\"meta\">"_s +
                esc(words(QT_TRANSLATE_NOOP("Fiche", "Training scenario (fictional situation)"))) +
                u"</p>"_s;
        html += u"<h2>"_s + esc(words(QT_TRANSLATE_NOOP("Fiche", "Situation"))) + u"</h2><p>"_s +
                esc(scenario.situation.in(lang)) + u"</p>"_s;
        html += u"<h2>"_s + esc(words(QT_TRANSLATE_NOOP("Fiche", "Questions to ask, with care"))) +
                u"</h2><ol>"_s;
        for (const LocalizedText& question : scenario.questions)
            html += u"<li>"_s + esc(question.in(lang)) + u"</li>"_s;
        html += u"</ol><h2>"_s + esc(words(QT_TRANSLATE_NOOP("Fiche", "Pitfalls to avoid"))) +
                u"</h2><ul>"_s;
        for (const LocalizedText& pitfall : scenario.pitfalls)
            html += u"<li>"_s + esc(pitfall.in(lang)) + u"</li>"_s;
        html +=
            u"</ul><h2>"_s + esc(words(QT_TRANSLATE_NOOP("Fiche", "Where to refer"))) + u"</h2>"_s;
    } else if (content.guide) {
        const Guide& guide = *content.guide;
        const QDate checked = parseIsoDate(guide.checked_on);
        html += u"<h1>"_s + esc(guide.title.in(lang)) + u"</h1>"_s;
        html +=
            u"<p class=\"meta\">"_s +
            esc(words(QT_TRANSLATE_NOOP("Fiche", "Knowledge guide · facts checked on %1"))
                    .arg(checked.isValid() ? formatDate(checked, texts) : qs(guide.checked_on))) +
            u"</p><p><b>"_s + esc(guide.summary.in(lang)) + u"</b></p>"_s;
        for (const GuideSection& section : guide.sections) {
            html += u"<h2>"_s + esc(section.title.in(lang)) + u"</h2>"_s;
            for (const LocalizedText& paragraph : section.paragraphs)
                html += u"<p>"_s + esc(paragraph.in(lang)) + u"</p>"_s;
        }
        if (!content.entries.empty())
            html += u"<h2>"_s +
                    esc(words(QT_TRANSLATE_NOOP("Fiche", "Services in the directory"))) +
                    u"</h2>"_s;
    }
    if (content.guide && content.entries.empty()) {
        // A guide may name no service.
    } else if (content.entries.empty()) {
        html += u"<p>"_s +
                esc(words(QT_TRANSLATE_NOOP("Fiche", "No service in this category yet."))) +
                u"</p>"_s;
    } else {
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>"_s +
                esc(words(QT_TRANSLATE_NOOP("Fiche", "Service"))) + u"</th><th>"_s +
                esc(words(QT_TRANSLATE_NOOP("Fiche", "Phone and address"))) + u"</th><th>"_s +
                esc(texts(QT_TRANSLATE_NOOP("Texts", "Hours"))) + u"</th><th>"_s +
                esc(texts(QT_TRANSLATE_NOOP("Texts", "Conditions"))) + u"</th></tr>"_s;
        for (const FicheEntry& entry : content.entries)
            html += serviceRow(entry, lang, now, texts, words);
        html += u"</table>"_s;
    }
    if (content.guide) {
        html += u"<h2>"_s + esc(words(QT_TRANSLATE_NOOP("Fiche", "Sources"))) + u"</h2><ul>"_s;
        for (const GuideSource& source : content.guide->sources) {
            QString line = esc(source.title);
            if (!source.article.empty())
                line += u", "_s + esc(source.article);
            if (!source.url.empty())
                line += u" – "_s + esc(source.url);
            html += u"<li>"_s + line + u"</li>"_s;
        }
        html += u"</ul><p><b>"_s + esc(content.guide->notice.in(lang)) + u"</b></p>"_s;
    }
    html += u"<p class=\"meta\">"_s + esc(meta) + u"<br>"_s +
            esc(words(QT_TRANSLATE_NOOP("Fiche",
                                        "Hours and conditions change: call before sending "
                                        "someone when you can. Referring respects professional "
                                        "secrecy: share nothing about the person without "
                                        "their consent, outside the exceptions the law makes "
                                        "(see the guide on professional secrecy)."))) +
            u"</p></body></html>"_s;
    return html;
}

QString writeFichePdf(const FicheContent& content, Lang lang, TimePoint now, const QString& path) {
    QString error;
    const auto pdf = openA4Pdf(path, QMarginsF(12, 12, 12, 12), error);
    if (!pdf)
        return error;
    QPdfWriter& writer = *pdf;
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setHtml(ficheHtml(content, lang, now));
    if (content.guide) {
        // A guide is read, not pinned on a wall: it keeps its type size over as many pages as
        // it needs, cut between lines.
        document.setPageSize(page.size());
        QPainter painter(&writer);
        for (int index = 0; index < document.pageCount(); ++index) {
            if (index > 0 && !writer.newPage())
                return QCoreApplication::translate("Texts", "Cannot write %1: %2")
                    .arg(path, u"page "_s + QString::number(index + 1));
            const QRectF shown(0, index * page.height(), page.width(), page.height());
            painter.save();
            painter.translate(0, -shown.top());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = shown;
            document.documentLayout()->draw(&painter, context);
            painter.restore();
        }
        painter.end();
        return {};
    }
    // One page: when the text runs longer, lay it out wider and scale it down to fit, a few
    // rounds since a wider layout is also shorter.
    double scale = 1.0;
    for (int round = 0; round < 6; ++round) {
        document.setTextWidth(page.width() / scale);
        const double height = document.size().height() * scale;
        if (height <= page.height())
            break;
        scale *= page.height() / height * 0.99;
    }
    QPainter painter(&writer);
    painter.scale(scale, scale);
    document.drawContents(&painter);
    painter.end();
    return {};
}

QString ficheFileName(const std::string& id, Lang lang) {
    // "guide:ID" is no file name everywhere.
    return u"fiche-"_s + qs(id).replace(u':', u'-') + u'-' + langCode(lang) + u".pdf"_s;
}

} // namespace relais::app
