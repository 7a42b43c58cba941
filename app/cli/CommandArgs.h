#pragma once

#include "common/AppError.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace mathakine::cli {

// Reads one command's own options ("--out F", "--out=F", flags) and positionals,
// and reports leftovers as a usage error naming the offending word.
class CommandArgs {
    Q_DECLARE_TR_FUNCTIONS(CommandArgs)

public:
    explicit CommandArgs(QStringList args) : m_args(std::move(args)) {}

    bool flag(const QString &name);
    std::optional<QString> value(const QString &name);
    // After taking every known option: the positionals, or an error for unknown options,
    // a missing value, or too many / too few positionals.
    bool finish(int minPositionals, int maxPositionals);
    const QStringList &positionals() const { return m_positionals; }
    const QString &error() const { return m_error; }

private:
    QStringList m_args;
    QStringList m_positionals;
    QString m_error;
};

// A usage error (exit code 2): what is wrong, and the command's synopsis as the hint.
AppError usageError(const QString &message, const QString &synopsis = {});

}  // namespace mathakine::cli
