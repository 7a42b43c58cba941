#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace mathakine {

// One finding of the pre-flight check, with the exact thing to do about it.
struct PreflightItem {
    enum class Kind { Connection, Tools, Privilege, ExistingObject, DiskSpace, Locks };
    enum class Level { Ok, Warning, Problem };
    Kind kind = Kind::Connection;
    Level level = Level::Ok;
    QString title;   // translated, one line
    QString detail;  // translated evidence, may hold several lines
    QString fix;     // the exact GRANT, command or query to run; empty when Ok
};

// What pre-flight found before a migration run: the GUI lists the items, the CLI prints them.
struct PreflightReport {
    QString target;  // displayTarget()
    QString serverVersion;
    bool upgrade = true;
    int pendingCount = 0;  // migrations the run would apply or revert
    QList<PreflightItem> items;

    int count(PreflightItem::Level level) const
    {
        return static_cast<int>(
            std::count_if(items.begin(), items.end(),
                          [level](const PreflightItem &i) { return i.level == level; }));
    }
    bool hasProblems() const { return count(PreflightItem::Level::Problem) > 0; }
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::PreflightReport)
