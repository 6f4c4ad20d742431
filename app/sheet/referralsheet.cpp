#include "app/sheet/referralsheet.h"

#include "app/detail/qrcode.h"
#include "app/detail/vcard.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

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

// The legal form means nothing to the person and is French in a Dutch sentence.
QString withoutLegalForm(QString organization) {
    static const QRegularExpression form(uR"(\s+(asbl|vzw|a\.s\.b\.l\.|v\.z\.w\.)(?=\s|$))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    return organization.remove(form).trimmed();
}

QString firstSentence(const QString& text) {
    static const QRegularExpression end(uR"([.!?](\s|$))"_s);
    const QRegularExpressionMatch match = end.match(text);
    return match.hasMatch() ? text.left(match.capturedStart() + 1) : text;
}

} // namespace

SheetService sheetService(const SheetEntry& entry, const SheetContent& content,
                          const SheetLanguage& language, const Texts& texts) {
    const Service& service = entry.service;
    SheetService out;
    out.name = qs(service.name.in(texts.lang()));
    out.organization = withoutLegalForm(qs(entry.organization));
    if (out.organization.compare(out.name, Qt::CaseInsensitive) == 0)
        out.organization.clear();
    out.summary = firstSentence(qs(service.description.in(texts.lang())));
    for (const Phone& phone : service.phones) {
        QString line = phoneText(phone, texts);
        // In a right-to-left line the groups of a number would read in reverse order
        // ("64 64 511 2 +32"): the number is kept left to right as one piece.
        if (language.direction == Qt::RightToLeft)
            line.replace(qs(phone.number), QChar(0x202A) + qs(phone.number) + QChar(0x202C));
        out.phones << line;
    }
    out.noPhone = service.phones.empty();
    out.address = addressText(service.address);
    if (service.email)
        out.email = qs(*service.email);
    if (service.website)
        out.website = qs(*service.website);
    // Weekly hours without the directory's notes: those are research remarks, and French.
    if (service.hours) {
        for (const HoursRange& range : *service.hours)
            out.hours << texts(QT_TRANSLATE_NOOP("Texts", "%1: %2–%3"))
                             .arg(daysText(range.days, texts), qs(format_hhmm(range.opens)),
                                  qs(format_hhmm(range.closes)));
    }
    QStringList conditions;
    if (service.free)
        conditions << freeText(service.free, texts);
    if (service.anonymous)
        conditions << anonymousText(service.anonymous, texts);
    if (service.appointment)
        conditions << appointmentText(service.appointment, texts);
    out.conditions = conditions.join(u" · "_s);
    if (service.languages && !service.languages->empty())
        out.languages = languagesText(service.languages, texts);
    QStringList categories;
    for (const std::string& id : service.categories) {
        const auto found = content.categories.find(id);
        categories << categoryName(
            id, found != content.categories.end() ? found->second : LocalizedText{}, texts,
            language);
    }
    out.help = categories.join(u", "_s);
    out.vcard = vCard(service, withoutLegalForm(qs(entry.organization)), texts);
    return out;
}

QString serviceMessage(const SheetService& service, const Texts& texts) {
    // Lines in the order they read, each with how much it may be spared: name and first
    // number stay; further numbers go first, then the hours, then the address.
    struct Line {
        QString text;
        int keep; // higher stays longer
    };
    std::vector<Line> lines{{service.name, 4}};
    for (qsizetype i = 0; i < service.phones.size(); ++i)
        lines.push_back({texts(QT_TRANSLATE_NOOP("Texts", "Phone")) + u": "_s + service.phones[i],
                         i == 0 ? 3 : 0});
    if (service.noPhone && !service.website.isEmpty())
        lines.push_back({service.website, 3});
    if (!service.address.isEmpty())
        lines.push_back({service.address, 2});
    if (!service.hours.isEmpty())
        lines.push_back(
            {texts(QT_TRANSLATE_NOOP("Texts", "Hours")) + u": "_s + service.hours.join(u"; "_s),
             1});
    const auto joined = [&] {
        QStringList parts;
        for (const Line& line : lines)
            parts << line.text;
        return parts.join(u'\n');
    };
    for (int level = 0; joined().size() > kMessageLimit && level < 4; ++level)
        std::erase_if(lines, [&](const Line& line) { return line.keep == level; });
    QString message = joined();
    if (message.size() > kMessageLimit) // a name alone that long: cut it visibly
        message = message.left(kMessageLimit - 1) + u'…';
    return message;
}

namespace {

struct Header {
    QString title, prepared, dataAsOf, textLanguage, privacy;
};

Header headerFor(const SheetContent& content, const SheetLanguage& language, const Texts& texts,
                 TimePoint now) {
    const QDate asOf = content.dataAsOf ? parseIsoDate(*content.dataAsOf) : QDate();
    Header header{
        texts(QT_TRANSLATE_NOOP("Texts", "Where to find help")),
        texts(QT_TRANSLATE_NOOP("Texts", "Prepared on %1"))
            .arg(formatDate(toDateTime(now).date(), texts)),
        asOf.isValid()
            ? texts(QT_TRANSLATE_NOOP("Texts", "Information from the Relais directory as of %1"))
                  .arg(formatDate(asOf, texts))
            : QString(),
        QString(),
        texts(QT_TRANSLATE_NOOP("Texts", "Hours and conditions can change: call before you go "
                                         "when you can. This sheet holds no information about "
                                         "you.")),
    };
    if (langFromCode(language.code) != texts.lang())
        header.textLanguage =
            texts(QT_TRANSLATE_NOOP("Texts", "Service names and descriptions are in %1."))
                .arg(languageName(langCode(texts.lang()), texts));
    return header;
}

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

QString sheetHtml(const SheetContent& content, const SheetLanguage& language, const Texts& texts,
                  TimePoint now, QTextDocument* document) {
    const Header header = headerFor(content, language, texts, now);
    const bool rtl = language.direction == Qt::RightToLeft;
    const QString dir = rtl ? u" dir=\"rtl\""_s : QString();
    const QString align = rtl ? u"right"_s : u"left"_s;
    // Names, descriptions and addresses are in a left-to-right language even on an Arabic
    // sheet: they keep their own direction, aligned with the page.
    const QString ltr = rtl ? u" dir=\"ltr\""_s : QString();
    QString html = u"<html><head><meta charset=\"utf-8\"><style>"
                   "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #111; }"
                   "h1 { font-size: 18pt; margin-bottom: 2pt; }"
                   "h2 { font-size: 13pt; margin-top: 12pt; margin-bottom: 0; color: #0b4f5c; }"
                   ".org { color: #444; margin-top: 0; margin-bottom: 2pt; }"
                   ".meta { color: #444; font-size: 9pt; }"
                   ".qr { color: #444; font-size: 7pt; }"
                   "td { padding: 1pt 6pt 1pt 0; vertical-align: top; }"
                   "td.label { font-weight: bold; white-space: nowrap; }"
                   "</style></head><body"_s +
                   dir + u'>';
    html += u"<h1 align=\""_s + align + u"\">"_s + esc(header.title) + u"</h1>"_s;
    QString meta = esc(header.prepared);
    for (const QString& line : {header.dataAsOf, header.textLanguage}) {
        if (!line.isEmpty())
            meta += u"<br>"_s + esc(line);
    }
    html += u"<p class=\"meta\" align=\""_s + align + u"\">"_s + meta + u"</p>"_s;
    int index = 0;
    for (const SheetEntry& entry : content.entries) {
        const SheetService service = sheetService(entry, content, language, texts);
        const auto fact = [&](const char* label, const QString& value,
                              bool leftToRight = false) -> QString {
            if (value.isEmpty())
                return QString();
            return u"<tr><td class=\"label\" align=\""_s + align + u"\">"_s + esc(texts(label)) +
                   u"</td><td align=\""_s + align + u"\""_s + (leftToRight ? ltr : QString()) +
                   u">"_s + esc(value).replace(u'\n', u"<br>"_s) + u"</td></tr>"_s;
        };
        QString facts;
        facts += fact(QT_TRANSLATE_NOOP("Texts", "Phone"), service.phones.join(u'\n'));
        facts += fact(QT_TRANSLATE_NOOP("Texts", "Address"), service.address, true);
        facts += fact(QT_TRANSLATE_NOOP("Texts", "Hours"), service.hours.join(u'\n'));
        facts += fact(QT_TRANSLATE_NOOP("Texts", "Email"), service.email, true);
        facts += fact(QT_TRANSLATE_NOOP("Texts", "Website"), service.website, true);
        facts += fact(QT_TRANSLATE_NOOP("Texts", "Conditions"), service.conditions);
        facts += fact(QT_TRANSLATE_NOOP("Texts", "Languages spoken"), service.languages);
        facts += fact(QT_TRANSLATE_NOOP("Texts", "Help offered"), service.help);
        QString details =
            u"<h2 align=\""_s + align + u"\""_s + ltr + u">"_s + esc(service.name) + u"</h2>"_s;
        if (!service.organization.isEmpty())
            details += u"<p class=\"org\" align=\""_s + align + u"\""_s + ltr + u">"_s +
                       esc(service.organization) + u"</p>"_s;
        if (!service.summary.isEmpty())
            details += u"<p align=\""_s + align + u"\""_s + ltr + u">"_s + esc(service.summary) +
                       u"</p>"_s;
        details += u"<table"_s + dir + u">"_s + facts + u"</table>"_s;
        QString qr;
        const QString source = u"qr-%1.png"_s.arg(index++);
        // 6 px a module at the sheet's 2.8 cm: sharp when printed or rendered at 150 dpi+.
        const QImage image = qrImage(service.vcard.toUtf8(), 6);
        if (document && !image.isNull()) {
            document->addResource(QTextDocument::ImageResource, QUrl(source), image);
            qr = u"<img src=\""_s + source + u"\" width=\"130\" height=\"130\"><br>"_s +
                 u"<span class=\"qr\">"_s +
                 esc(texts(QT_TRANSLATE_NOOP("Texts", "Scan to save this contact"))) + u"</span>"_s;
        }
        // The QR code sits beside the service it saves, on the reading side's end.
        const QString qrCell = u"<td width=\"140\" align=\"center\">"_s + qr + u"</td>"_s;
        const QString detailsCell = u"<td>"_s + details + u"</td>"_s;
        html += u"<table width=\"100%\"><tr>"_s +
                (rtl ? qrCell + detailsCell : detailsCell + qrCell) + u"</tr></table>"_s;
    }
    html += u"<p class=\"meta\" align=\""_s + align + u"\"><br>"_s + esc(header.privacy) +
            u"</p></body></html>"_s;
    return html;
}

QString sheetMessages(const SheetContent& content, const SheetLanguage& language,
                      const Texts& texts) {
    QStringList messages;
    for (const SheetEntry& entry : content.entries)
        messages << serviceMessage(sheetService(entry, content, language, texts), texts);
    return messages.join(u"\n\n"_s) + u'\n';
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

QString writeSheetPdf(const SheetContent& content, const SheetLanguage& language, Lang textLang,
                      TimePoint now, const QString& path) {
    QString error;
    const auto writer = openA4Pdf(path, QMarginsF(16, 14, 16, 14), error);
    if (!writer)
        return error;
    const Texts texts = language.texts(textLang);
    QTextDocument document;
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(language.direction);
    document.setDefaultTextOption(option);
    document.setHtml(sheetHtml(content, language, texts, now, &document));
    document.print(writer.get());
    return {};
}

} // namespace relais::app
