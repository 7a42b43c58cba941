#include "CliApplication.h"

#include "Commands.h"
#include "common/AppInfo.h"
#include "common/Translations.h"
#include "log/Logging.h"
#include "process/TempFileLease.h"

namespace mathakine::cli {

namespace {
// Options that take a value, mapped to where they go.
QString *valueSlot(GlobalOptions &o, const QString &name)
{
    if (name == QLatin1String("--url"))
        return &o.url;
    if (name == QLatin1String("--profile"))
        return &o.profile;
    if (name == QLatin1String("--migrations"))
        return &o.migrationsDir;
    if (name == QLatin1String("--lang"))
        return &o.lang;
    if (name == QLatin1String("--log-file"))
        return &o.logFile;
    return nullptr;
}
}  // namespace

GlobalOptions CliApplication::parseGlobals(const QStringList &arguments, QString *error)
{
    GlobalOptions o;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        QString name = arg;
        std::optional<QString> inlineValue;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            name = arg.section(QLatin1Char('='), 0, 0);
            inlineValue = arg.section(QLatin1Char('='), 1);
        }
        // Global options may also follow the command; anything else there is the command's.
        const bool global = valueSlot(o, name) || arg == QLatin1String("--json")
            || arg == QLatin1String("-q") || arg == QLatin1String("--quiet")
            || arg == QLatin1String("-v") || arg == QLatin1String("--verbose")
            || arg == QLatin1String("-h") || arg == QLatin1String("--help");
        // validate --json FILE (DESIGN.md §5): there --json with a file name is the command's own.
        const bool commandJsonFile = o.command == QLatin1String("validate")
            && arg == QLatin1String("--json") && i + 1 < arguments.size()
            && !arguments.at(i + 1).startsWith(QLatin1Char('-'));
        if (!o.command.isEmpty() && (!global || commandJsonFile)) {
            o.commandArgs << arg;
            continue;
        }
        if (QString *slot = valueSlot(o, name)) {
            if (inlineValue) {
                *slot = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                *slot = arguments.at(++i);
            } else if (error && error->isEmpty()) {
                *error = tr("Option %1 needs a value.").arg(name);
            }
            // An empty value is a mistake (an unset $PROD_URL in a script), never "not given":
            // falling back to PG* or the sandbox would act on another database.
            if (slot->trimmed().isEmpty() && (inlineValue || i < arguments.size()) && error
                && error->isEmpty())
                *error = tr("Option %1 was given an empty value.").arg(name);
        } else if (arg == QLatin1String("--json")) {
            o.json = true;
        } else if (arg == QLatin1String("-q") || arg == QLatin1String("--quiet")) {
            o.verbosity = -1;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--verbose")) {
            o.verbosity = qMax(0, o.verbosity) + 1;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            o.help = true;
        } else if (arg == QLatin1String("--version")) {
            o.version = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            if (error && error->isEmpty())
                *error = tr("Unknown option %1.").arg(arg);
        } else {
            o.command = arg;
        }
    }
    if (error && error->isEmpty() && !o.lang.isEmpty()
        && !Translations::supported().contains(o.lang))
        *error = tr("--lang: \"%1\" is not supported; use fr or en.").arg(o.lang);
    return o;
}

bool CliApplication::wantsCli(const QStringList &arguments)
{
    QString ignored;
    const GlobalOptions o = parseGlobals(arguments, &ignored);
    return !o.command.isEmpty() || o.help || o.version || !ignored.isEmpty();
}

void CliApplication::printHelp(QTextStream &out)
{
    out << tr("Usage: mathakine-admin [global options] COMMAND [arguments]") << "\n\n"
        << tr("Apply, inspect and validate the Mathakine database migrations. "
              "Without a command, the desktop application opens.")
        << "\n\n"
        << tr("Commands:") << "\n";
    // A name wider than its column gets its text on the next line, as GNU tools do.
    const auto row = [&out](const QString &name, const QString &text) {
        if (name.size() < 34)
            out << "  " << name.leftJustified(34) << text << "\n";
        else
            out << "  " << name << "\n" << QString(36, QLatin1Char(' ')) << text << "\n";
    };
    for (const CommandInfo &command : allCommands()) {
        const QString usage =
            QLatin1String(command.name) + QLatin1Char(' ') + QLatin1String(command.synopsis);
        row(usage, command.summary);
    }
    out << "\n" << tr("Global options:") << "\n";
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("--url URL"), tr("Database URL (postgresql://user@host:port/db)")},
        {QStringLiteral("--profile NAME"), tr("A saved connection profile")},
        {QStringLiteral("--migrations DIR"), tr("The migrations folder (default: ./migrations)")},
        {QStringLiteral("--lang fr|en"), tr("Language of messages and reports")},
        {QStringLiteral("--log-file PATH"),
         tr("Log file (default: logs/database_migration.log in the data folder)")},
        {QStringLiteral("--json"), tr("Machine-readable output")},
        {QStringLiteral("-q, -v"), tr("Fewer or more messages on the terminal")},
        {QStringLiteral("-h, --help"), tr("This help")},
        {QStringLiteral("--version"), tr("The version")},
    };
    for (const auto &[name, text] : options)
        row(name, text);
    out << "\n"
        << tr("Without --url or --profile: $DATABASE_URL, then the PG* variables, then the running sandbox.")
        << "\n\n"
        << tr("Exit codes: 0 ok; 1 validation failed or differences found; 2 usage error; "
              "3 cannot connect; 4 migration failed (rolled back); 5 another migration holds the lock.")
        << "\n";
}

int CliApplication::run(const QStringList &arguments, const ReportRenderer &renderer)
{
    QString parseError;
    GlobalOptions options = parseGlobals(arguments, &parseError);
    Translations::install(options.lang);
    if (!parseError.isEmpty())  // parsed again so that the message is in the chosen language
        parseGlobals(arguments, &(parseError = QString()));

    Logging::init({options.logFile, true, options.verbosity});
    TempFileLease::sweep();  // .partial dumps and passfiles of a killed run
    CliContext context(options, &renderer);
    if (!parseError.isEmpty()) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.message = parseError;
        error.hint = tr("See mathakine-admin --help.");
        return context.fail(error);
    }
    if (options.version) {
        context.out() << "mathakine-admin " << appinfo::version << Qt::endl;
        return 0;
    }
    if (options.help || options.command.isEmpty()) {
        printHelp(context.out());
        return 0;
    }
    for (const CommandInfo &command : allCommands()) {
        if (options.command == QLatin1String(command.name))
            return command.run(context);
    }
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.message = tr("Unknown command \"%1\".").arg(options.command);
    error.hint = tr("See mathakine-admin --help.");
    return context.fail(error);
}

}  // namespace mathakine::cli
