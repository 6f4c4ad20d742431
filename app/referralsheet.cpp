#include "app/referralsheet.h"

#include "app/texts.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace relais::app {

SheetContent loadSheetContent(Connection& connection, const std::vector<std::string>& ids) {
    SheetContent content;
    for (const std::string& id : ids) {
        std::optional<Service> service = connection.store.service(id);
        if (!service) {
            content.missing.push_back(id);
            continue;
        }
        const auto organization = connection.store.organization(service->organization_id);
        content.entries.push_back(
            {std::move(*service), organization ? organization->name : std::string()});
    }
    for (Category& category : connection.store.categories())
        content.categories.emplace(category.id, std::move(category.label));
    content.dataAsOf = connection.store.meta("data_as_of");
    return content;
}

std::unique_ptr<QTranslator> loadTranslator(Lang lang) {
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/i18n/relais_"_s + langCode(lang)))
        return nullptr; // the English source strings then stand in
    return translator;
}

namespace {

// One service's facts, in the fixed order of the detail screen.
struct Block {
    QString name, organization, description;
    std::vector<std::pair<QString, QString>> facts; // label, value
};

Block blockFor(const SheetEntry& entry, const SheetContent& content, TimePoint now,
               const Texts& texts) {
    const Service& service = entry.service;
    const Lang lang = texts.lang();
    Block block;
    block.name = qs(service.name.in(lang));
    block.organization = qs(entry.organization);
    block.description = qs(service.description.in(lang));
    const auto fact = [&](const char* label, const QString& value) {
        block.facts.emplace_back(texts(label), value);
    };
    const QString address = addressText(service.address);
    fact(QT_TRANSLATE_NOOP("Texts", "Address"),
         address.isEmpty() ? texts(QT_TRANSLATE_NOOP("Texts", "Address unknown")) : address);
    QStringList phones;
    for (const Phone& phone : service.phones)
        phones << phoneText(phone, texts);
    fact(QT_TRANSLATE_NOOP("Texts", "Phone"),
         phones.isEmpty() ? texts(QT_TRANSLATE_NOOP("Texts", "Phone unknown"))
                          : phones.join(u", "_s));
    if (service.email)
        fact(QT_TRANSLATE_NOOP("Texts", "Email"), qs(*service.email));
    if (service.website)
        fact(QT_TRANSLATE_NOOP("Texts", "Website"), qs(*service.website));
    fact(QT_TRANSLATE_NOOP("Texts", "Hours"),
         service.hours ? hoursLines(*service.hours, texts).join(u"\n"_s)
                       : texts(QT_TRANSLATE_NOOP("Texts", "Hours unknown")));
    if (service.hours)
        fact(QT_TRANSLATE_NOOP("Texts", "Today"),
             openStatusText(open_status(service.hours, now), now, texts));
    fact(QT_TRANSLATE_NOOP("Texts", "Conditions"),
         QStringList{freeText(service.free, texts), anonymousText(service.anonymous, texts),
                     appointmentText(service.appointment, texts)}
             .join(u" · "_s));
    fact(QT_TRANSLATE_NOOP("Texts", "Languages spoken"), languagesText(service.languages, texts));
    QStringList categories;
    for (const std::string& id : service.categories) {
        const auto found = content.categories.find(id);
        categories << (found != content.categories.end() ? qs(found->second.in(lang)) : qs(id));
    }
    if (!categories.isEmpty())
        fact(QT_TRANSLATE_NOOP("Texts", "Help offered"), categories.join(u", "_s));
    return block;
}

struct Header {
    QString title, prepared, dataAsOf, privacy;
};

Header headerFor(const SheetContent& content, TimePoint now, const Texts& texts) {
    const QDate asOf = content.dataAsOf ? parseIsoDate(*content.dataAsOf) : QDate();
    return {
        texts(QT_TRANSLATE_NOOP("Texts", "Where to find help")),
        texts(QT_TRANSLATE_NOOP("Texts", "Prepared on %1"))
            .arg(formatDate(toDateTime(now).date(), texts)),
        texts(QT_TRANSLATE_NOOP("Texts", "Information from the Relais directory as of %1"))
            .arg(asOf.isValid() ? formatDate(asOf, texts)
                                : texts(QT_TRANSLATE_NOOP("Texts", "date unknown"))),
        texts(QT_TRANSLATE_NOOP("Texts", "Hours and conditions can change: call before you go "
                                         "when you can. This sheet holds no information about "
                                         "you.")),
    };
}

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

QString sheetHtml(const SheetContent& content, Lang lang, TimePoint now) {
    const auto translator = loadTranslator(lang);
    const Texts texts(lang, translator.get());
    const Header header = headerFor(content, now, texts);
    QString html = u"<html><head><meta charset=\"utf-8\"><style>"
                   "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #111; }"
                   "h1 { font-size: 18pt; margin-bottom: 2pt; }"
                   "h2 { font-size: 13pt; margin-top: 14pt; margin-bottom: 0; color: #0b4f5c; }"
                   ".org { color: #444; margin-top: 0; }"
                   ".meta { color: #444; font-size: 9pt; }"
                   "td { padding: 1pt 6pt 1pt 0; vertical-align: top; }"
                   "td.label { font-weight: bold; white-space: nowrap; }"
                   "</style></head><body>"_s;
    html += u"<h1>"_s + esc(header.title) + u"</h1>"_s;
    html += u"<p class=\"meta\">"_s + esc(header.prepared) + u"<br>"_s + esc(header.dataAsOf) +
            u"</p>"_s;
    for (const SheetEntry& entry : content.entries) {
        const Block block = blockFor(entry, content, now, texts);
        html += u"<h2>"_s + esc(block.name) + u"</h2>"_s;
        if (!block.organization.isEmpty())
            html += u"<p class=\"org\">"_s + esc(block.organization) + u"</p>"_s;
        html += u"<table>"_s;
        for (const auto& [label, value] : block.facts) {
            html += u"<tr><td class=\"label\">"_s + esc(label) + u"</td><td>"_s +
                    esc(value).replace(u'\n', u"<br>"_s) + u"</td></tr>"_s;
        }
        html += u"</table>"_s;
        if (!block.description.isEmpty())
            html += u"<p>"_s + esc(block.description) + u"</p>"_s;
    }
    html += u"<p class=\"meta\"><br>"_s + esc(header.privacy) + u"</p></body></html>"_s;
    return html;
}

QString sheetPlainText(const SheetContent& content, Lang lang, TimePoint now) {
    const auto translator = loadTranslator(lang);
    const Texts texts(lang, translator.get());
    const Header header = headerFor(content, now, texts);
    QString text = header.title + u'\n' + header.prepared + u'\n' + header.dataAsOf + u"\n"_s;
    for (const SheetEntry& entry : content.entries) {
        const Block block = blockFor(entry, content, now, texts);
        text += u"\n== "_s + block.name + u" ==\n"_s;
        if (!block.organization.isEmpty())
            text += block.organization + u'\n';
        for (const auto& [label, value] : block.facts)
            text += label + u": "_s + QString(value).replace(u'\n', u"; "_s) + u'\n';
    }
    text += u'\n' + header.privacy + u'\n';
    return text;
}

std::unique_ptr<QPdfWriter> openA4Pdf(const QString& path, const QMarginsF& margins,
                                      QString& error) {
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            error = QCoreApplication::translate("Texts", "Cannot write %1: %2")
                        .arg(path, probe.errorString());
            return nullptr;
        }
    }
    auto writer = std::make_unique<QPdfWriter>(path);
    writer->setPageSize(QPageSize(QPageSize::A4));
    writer->setPageMargins(margins, QPageLayout::Millimeter);
    writer->setTitle(u"Relais"_s);
    writer->setCreator(u"Relais"_s);
    return writer;
}

QString writeSheetPdf(const SheetContent& content, Lang lang, TimePoint now, const QString& path) {
    QString error;
    const auto writer = openA4Pdf(path, QMarginsF(18, 16, 18, 16), error);
    if (!writer)
        return error;
    QTextDocument document;
    document.setHtml(sheetHtml(content, lang, now));
    document.print(writer.get());
    return {};
}

} // namespace relais::app
