#pragma once
// The UI language (French, Dutch, English), switchable at run time. Installs the matching
// translator; whoever owns the QML engine connects languageChanged to QQmlEngine::retranslate.
// The referral sheet has its own language, see SheetController.

#include "data/model.h"

#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

namespace relais::app {

class LanguageController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
public:
    // `initial`: "fr", "nl" or "en"; anything else picks from the system locale.
    explicit LanguageController(const QString& initial, QObject* parent = nullptr);
    ~LanguageController() override;

    QString language() const;
    Lang lang() const { return lang_; }
    void setLanguage(const QString& code);
    QStringList languages() const;
    // Each language's name in itself ("Français", "Nederlands", "English"), so a person can
    // find their language whatever the current one is.
    Q_INVOKABLE QString nativeName(const QString& code) const;

    static Lang systemDefault();

signals:
    void languageChanged();

private:
    bool install(Lang lang);
    Lang lang_;
    QTranslator translator_;
    bool installed_ = false;
};

} // namespace relais::app
