#include "log/LogBus.h"

namespace mathakine {

LogBus *LogBus::instance()
{
    static LogBus bus;
    return &bus;
}

} // namespace mathakine
