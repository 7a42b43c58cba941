#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace mathakine {

// Masks secrets in text before it reaches a log, a report or the screen:
// password=… keywords, credentials in URLs, PGPASSWORD=…, and every password the
// process has handled (registered verbatim).
class Redactor {
public:
    static QString redact(const QString &text);
    static std::string redact(std::string_view text);
    // Remembers a secret so that its literal value is masked wherever it appears.
    static void registerSecret(const QString &secret);
    static constexpr char mask[] = "***";
};

}  // namespace mathakine
