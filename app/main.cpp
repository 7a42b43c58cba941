// mathakine-admin: the GUI when no command is given, the CLI otherwise (same engine).
#include "CliApplication.h"
#include "MainWindow.h"
#include "common/AppInfo.h"
#include "common/Translations.h"
#include "log/Logging.h"

#include <QApplication>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QLatin1String(mathakine::appinfo::organization));
    QCoreApplication::setApplicationName(QLatin1String(mathakine::appinfo::application));
    QCoreApplication::setApplicationVersion(QLatin1String(mathakine::appinfo::version));
}

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}
} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);
    if (mathakine::cli::CliApplication::wantsCli(arguments)) {
        QCoreApplication app(argc, argv);  // no display needed
        setIdentity();
        const int code = mathakine::cli::CliApplication::run(arguments);
        mathakine::Logging::shutdown();
        return code;
    }
    QApplication app(argc, argv);
    setIdentity();
    QString ignored;
    const auto options = mathakine::cli::CliApplication::parseGlobals(arguments, &ignored);
    mathakine::Translations::install(options.lang);
    mathakine::Logging::init({options.logFile, false, 0});
    mathakine::MainWindow window;
    window.show();
    const int code = app.exec();
    mathakine::Logging::shutdown();
    return code;
}
