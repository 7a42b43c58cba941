#include "log/Logging.h"

#include "common/AppInfo.h"
#include "log/LogBus.h"
#include "log/Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace mathakine {

namespace {

QString s_currentFile;

LogBus::Level busLevel(spdlog::level::level_enum level);

// The console's "level: " prefix, translated (the French colon has its narrow space before it).
class LevelPrefix final : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg &msg, const std::tm &,
                spdlog::memory_buf_t &dest) override
    {
        const QByteArray text = QCoreApplication::translate("Journal", "%1: ")
                                    .arg(LogBus::levelName(busLevel(msg.level)))
                                    .toUtf8();
        dest.append(text.constData(), text.constData() + text.size());
    }
    std::unique_ptr<custom_flag_formatter> clone() const override
    {
        return std::make_unique<LevelPrefix>();
    }
};

// Masks secrets in the payload, then hands the message to the real sinks.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit RedactingSink(std::vector<spdlog::sink_ptr> targets) : m_targets(std::move(targets)) {}

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const std::string clean =
            Redactor::redact(std::string_view(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy = msg;
        copy.payload = spdlog::string_view_t(clean.data(), clean.size());
        for (auto &target : m_targets) {
            if (target->should_log(copy.level))
                target->log(copy);
        }
    }
    void flush_() override
    {
        for (auto &target : m_targets)
            target->flush();
    }

private:
    std::vector<spdlog::sink_ptr> m_targets;
};

LogBus::Level busLevel(spdlog::level::level_enum level)
{
    switch (level) {
    case spdlog::level::trace:
    case spdlog::level::debug:
        return LogBus::Debug;
    case spdlog::level::info:
        return LogBus::Info;
    case spdlog::level::warn:
        return LogBus::Warning;
    default:
        return LogBus::Error;
    }
}

}  // namespace

// Forwards each (already redacted) line to the LogBus.
class LogBusSink final : public spdlog::sinks::base_sink<std::mutex> {
protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const QString text =
            QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch())
                .count();
        emit LogBus::instance()->lineLogged(QDateTime::fromMSecsSinceEpoch(ms), busLevel(msg.level),
                                            text);
    }
    void flush_() override {}
};

namespace {
void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    // Qt's own notices are for developers, in English ("This plugin does not support …"): kept in
    // the file at debug level, out of the Journal's default view and of the console.
    case QtDebugMsg:
    case QtInfoMsg:
    case QtWarningMsg:
        spdlog::debug("qt: {}", text);
        break;
    default:
        spdlog::error("qt: {}", text);
        break;
    }
}

spdlog::level::level_enum consoleLevel(int verbosity)
{
    // The CLI prints its own results and errors; the console log adds detail only on request.
    if (verbosity <= 0)
        return spdlog::level::off;
    if (verbosity == 1)
        return spdlog::level::info;
    return spdlog::level::debug;
}
}  // namespace

QString Logging::defaultLogFile()
{
    return appinfo::dataLocation() + QLatin1String("/logs/database_migration.log");
}

QString Logging::currentLogFile()
{
    return s_currentFile;
}

void Logging::init(const LogOptions &options)
{
    std::vector<spdlog::sink_ptr> targets;
    s_currentFile =
        options.file.isEmpty() ? defaultLogFile() : QFileInfo(options.file).absoluteFilePath();
    QDir().mkpath(QFileInfo(s_currentFile).absolutePath());
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            s_currentFile.toStdString(), 5 * 1024 * 1024, 5);
        file->set_level(spdlog::level::debug);
        targets.push_back(file);
    } catch (const spdlog::spdlog_ex &ex) {
        fprintf(stderr, "mathakine-admin: cannot open log file %s: %s\n", qPrintable(s_currentFile),
                ex.what());
    }
    if (options.console) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(consoleLevel(options.consoleVerbosity));
        // "info : …" in French: the level and its colon follow the language (see LevelPrefix).
        auto formatter = std::make_unique<spdlog::pattern_formatter>();
        formatter->add_flag<LevelPrefix>('*').set_pattern("%^%*%$%v");
        console->set_formatter(std::move(formatter));
        targets.push_back(console);
    }
    auto bus = std::make_shared<LogBusSink>();
    bus->set_level(spdlog::level::debug);
    targets.push_back(bus);

    auto redacting = std::make_shared<RedactingSink>(std::move(targets));
    auto logger = std::make_shared<spdlog::logger>("mathakine", redacting);
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageToSpdlog);
}

void Logging::shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

}  // namespace mathakine
