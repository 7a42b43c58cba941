#include "CommandArgs.h"

namespace mathakine::cli {

AppError usageError(const QString &message, const QString &synopsis)
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.message = message;
    error.hint = synopsis;
    return error;
}

bool CommandArgs::flag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

std::optional<QString> CommandArgs::value(const QString &name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString &arg = m_args.at(i);
        if (arg.startsWith(name + QLatin1Char('='))) {
            const QString v = arg.mid(name.size() + 1);
            m_args.removeAt(i);
            return v;
        }
        if (arg == name) {
            if (i + 1 >= m_args.size()) {
                if (m_error.isEmpty())
                    m_error = tr("Option %1 needs a value.").arg(name);
                m_args.removeAt(i);
                return std::nullopt;
            }
            const QString v = m_args.at(i + 1);
            m_args.remove(i, 2);
            return v;
        }
    }
    return std::nullopt;
}

bool CommandArgs::finish(int minPositionals, int maxPositionals)
{
    if (!m_error.isEmpty())
        return false;
    for (const QString &arg : std::as_const(m_args)) {
        if (arg.startsWith(QLatin1String("-")) && arg != QLatin1String("-")) {
            m_error = tr("Unknown option %1.").arg(arg);
            return false;
        }
        m_positionals << arg;
    }
    if (m_positionals.size() > maxPositionals) {
        m_error = tr("Unexpected argument %1.").arg(m_positionals.at(maxPositionals));
        return false;
    }
    if (m_positionals.size() < minPositionals) {
        m_error = tr("Missing argument.");
        return false;
    }
    return true;
}

}  // namespace mathakine::cli
