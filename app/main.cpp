// mathakine-admin: the GUI when no command is given, the CLI otherwise (same engine).
#include "CliApplication.h"
#include "Commands.h"
#include "MainWindow.h"
#include "PdfReportWriter.h"
#include "ReportRenderer.h"
#include "ScreenshotTour.h"
#include "common/AppInfo.h"
#include "common/SettingsKeys.h"
#include "common/Translations.h"
#include "connection/ConnectionResolver.h"
#include "log/Logging.h"
#include "ops/Sandbox.h"
#include "process/TempFileLease.h"

#include <QApplication>
#include <QSettings>

#include <memory>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QLatin1String(mathakine::appinfo::organization));
    QCoreApplication::setApplicationName(QLatin1String(mathakine::appinfo::application));
    QCoreApplication::setApplicationVersion(QLatin1String(mathakine::appinfo::version));
}

// validate --pdf's renderer: the report library, which the executable links and the CLI not.
class PdfRenderer final : public mathakine::cli::ReportRenderer {
public:
    mathakine::Status writePdf(const mathakine::ValidationReport &report,
                               const QString &path) const override
    {
        auto written = mathakine::PdfReportWriter::write(report, path);
        return written ? mathakine::Status() : mathakine::Status(written.error());
    }
};

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}
}  // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);
    if (mathakine::cli::CliApplication::wantsCli(arguments)) {
        // No display needed, except that validate --pdf draws Qt Charts, which need a
        // QApplication: a command line shows no window, so that one renders offscreen.
        QString ignored;
        const bool gui = mathakine::cli::needsGuiApplication(
            mathakine::cli::CliApplication::parseGlobals(arguments, &ignored));
        if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app = gui
            ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
        setIdentity();
        const PdfRenderer renderer;
        const int code = mathakine::cli::CliApplication::run(arguments, renderer);
        mathakine::Logging::shutdown();
        return code;
    }
    QApplication app(argc, argv);
    setIdentity();
    QString ignored;
    const auto options = mathakine::cli::CliApplication::parseGlobals(arguments, &ignored);
    const QString language = mathakine::Translations::install(options.lang);
    mathakine::Logging::init({options.logFile, false, 0});
    mathakine::TempFileLease::sweep();            // .partial dumps and passfiles of a killed run
    mathakine::cli::CliContext context(options);  // same defaults as the CLI: folder, connection
    mathakine::MainWindow window(context.migrationsDir());
    window.show();
    if (const QString dir = qEnvironmentVariable("MATHAKINE_SCREENSHOTS"); !dir.isEmpty())
        new mathakine::ScreenshotTour(&window, dir, language);
    // The connection: --url / --profile, else the last profile, else DATABASE_URL, PG*, the
    // sandbox.
    QString profile = options.profile;
    if (options.url.isEmpty() && profile.isEmpty())
        profile = QSettings().value(QLatin1String(mathakine::settings::lastProfile)).toString();
    auto spec = mathakine::ConnectionResolver::resolve(options.url, profile,
                                                       &mathakine::Sandbox::runningDefault);
    if (!spec && !profile.isEmpty() && options.profile.isEmpty())
        spec = mathakine::ConnectionResolver::resolve({}, {}, &mathakine::Sandbox::runningDefault);
    if (spec)
        window.connectTo(spec.value());
    else
        QMetaObject::invokeMethod(&window, &mathakine::MainWindow::openConnectionManager,
                                  Qt::QueuedConnection);
    const int code = app.exec();
    mathakine::Logging::shutdown();
    return code;
}
