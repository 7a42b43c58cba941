#pragma once

#include <QStringList>

namespace mathakine {

// Chooses the UI language and installs the translators: ours (embedded as :/i18n/…)
// and Qt's own qtbase_<lang> so standard dialogs match.
class Translations {
public:
    // requested: "fr", "en", or empty (then the saved preference, then the system locale).
    // Returns the language installed ("fr" or "en").
    static QString install(const QString &requested);
    static QString systemLanguage();
    // The language install() put in place ("fr" or "en"): the one titles and reports use.
    static QString current();
    static QStringList supported() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
};

}  // namespace mathakine
