#include "log/Log.h"

#include <spdlog/spdlog.h>

namespace mathakine::log {

void debug(const QString &message)
{
    spdlog::debug("{}", message.toStdString());
}
void info(const QString &message)
{
    spdlog::info("{}", message.toStdString());
}
void warn(const QString &message)
{
    spdlog::warn("{}", message.toStdString());
}
void error(const QString &message)
{
    spdlog::error("{}", message.toStdString());
}

}  // namespace mathakine::log
