#pragma once

#include <QString>

// Thin helpers over spdlog for QString messages. Every message passes through the
// redacting sink installed by Logging::init, so callers need not mask secrets themselves.
namespace mathakine::log {

void debug(const QString &message);
void info(const QString &message);
void warn(const QString &message);
void error(const QString &message);

}  // namespace mathakine::log
