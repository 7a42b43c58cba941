#include "log/LogBus.h"

#include <QCoreApplication>

namespace mathakine {

LogBus *LogBus::instance()
{
    static LogBus bus;
    return &bus;
}

QString LogBus::levelName(Level level)
{
    switch (level) {
    case Debug:
        return QCoreApplication::translate("Journal", "debug");
    case Info:
        return QCoreApplication::translate("Journal", "info");
    case Warning:
        return QCoreApplication::translate("Journal", "warning");
    case Error:
        return QCoreApplication::translate("Journal", "error");
    }
    return {};
}

}  // namespace mathakine
