#pragma once

#include "common/ExitCode.h"

#include <QMetaType>
#include <QString>

namespace mathakine {

// An error as a value: what went wrong, where, and what to do about it.
// The core never shows it; the GUI and the CLI present it.
struct AppError {
    ExitCode exitCode = ExitCode::Failed;
    QString message;   // translated, one sentence
    QString detail;    // server or tool text, untranslated, may be empty
    QString hint;      // translated: what the user can do, may be empty
    QString file;      // source file the error is about, may be empty
    int line = 0;      // 1-based, 0 when unknown
    int column = 0;    // 1-based, 0 when unknown

    // "file:line:column: message" when a location is known, else the message.
    QString located() const;
    // The message plus detail and hint, one per line, for a terminal or a dialog.
    QString fullText() const;
};

} // namespace mathakine

Q_DECLARE_METATYPE(mathakine::AppError)
