#pragma once

namespace mathakine {

// The command line contract of DESIGN.md §5; the GUI reuses it to classify errors.
enum class ExitCode : int {
    Ok = 0,
    Failed = 1,  // validation failed or differences found
    Usage = 2,   // bad arguments or bad input files
    CannotConnect = 3,
    MigrationFailed = 4,  // rolled back
    Locked = 5,           // another run holds the migration lock
};

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

}  // namespace mathakine
