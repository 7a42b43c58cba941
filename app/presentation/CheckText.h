#pragma once

#include "validate/ValidationReport.h"

#include <QCoreApplication>

namespace mathakine {

// What the front ends show for validation checks and their report: the translated status and
// family names, the status mark, the verdict. The ids for JSON and scripts stay with the values
// (ValidationResult::statusId, familyId); the figures come from ResultText.
class CheckText {
    Q_DECLARE_TR_FUNCTIONS(CheckText)

public:
    static QString statusName(CheckStatus status);  // "pass", "warning", "fail", translated
    static QString statusMark(CheckStatus status);  // the sign every view draws: ✓, ! or ✗
    static QString familyName(CheckFamily family);  // the report section's title, translated
    // Translated: "PASSED", "FAILED", or "NO DATA" when it passed but benchmark queries ran on
    // empty tables (their timings measure nothing; issue 17 item 7).
    static QString verdict(const ValidationReport &report);
    // The sentence under the verdict: why it passed, failed, or measured nothing (and what to do).
    static QString verdictExplanation(const ValidationReport &report);
};

}  // namespace mathakine
