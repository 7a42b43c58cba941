#include "common/Translations.h"

#include "common/SettingsKeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mathakine {

namespace {
QTranslator *s_ours = nullptr;
QTranslator *s_qt = nullptr;

void removeInstalled()
{
    for (QTranslator **t : {&s_ours, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}
}  // namespace

QString Translations::systemLanguage()
{
    // LANGUAGE/LC_ALL/LC_MESSAGES/LANG decide, as for any Unix program.
    for (const char *var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(var);
        if (!value.isEmpty() && value != QLatin1String("C") && value != QLatin1String("POSIX"))
            return value.startsWith(QLatin1String("fr")) ? QStringLiteral("fr")
                                                         : QStringLiteral("en");
    }
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en");
}

QString Translations::current()
{
    // install() sets the default locale along with the translators.
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QString Translations::install(const QString &requested)
{
    QString lang = requested;
    if (lang.isEmpty())
        lang = QSettings().value(QLatin1String(settings::language)).toString();
    if (!supported().contains(lang))
        lang = systemLanguage();

    removeInstalled();
    if (lang == QLatin1String("fr")) {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        s_ours = new QTranslator;
        if (s_ours->load(QStringLiteral(":/i18n/mathakine-admin_fr.qm")))
            QCoreApplication::installTranslator(s_ours);
        s_qt = new QTranslator;
        if (s_qt->load(QStringLiteral("qtbase_fr"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(s_qt);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        s_ours = new QTranslator;  // plural forms only
        if (s_ours->load(QStringLiteral(":/i18n/mathakine-admin_en.qm")))
            QCoreApplication::installTranslator(s_ours);
    }
    return lang;
}

}  // namespace mathakine
