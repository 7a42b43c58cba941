#pragma once

#include "migrate/MigrationCatalog.h"
#include "migrate/ParseTree.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QSet>
#include <QStringList>

namespace mathakine {

// One thing the linter found in a migration: which rule, where, and what to do instead.
struct LintFinding {
    enum class Severity { Info, Warning, Error };

    QString rule;  // kebab-case id, the name lint_ignore uses
    Severity severity = Severity::Warning;
    QString file;       // migration file path
    int line = 0;       // 1-based file line of the statement (or of the section marker)
    QString version;    // migration version
    QString message;    // translated one-liner: what, why, and the safer way
    QString statement;  // the statement, white space collapsed, shortened to ~120 characters
};

// Static checks of migrations, on libpg_query's parse trees (no server): DDL that blocks a
// live database, rewrites tables or loses data, and statements the runner cannot honour.
class MigrationLinter {
    Q_DECLARE_TR_FUNCTIONS(MigrationLinter)

public:
    // Lints every migration of the catalog. Tables created by earlier migrations of the
    // catalog count as "existing"; tables created earlier in the same up section do not.
    static QList<LintFinding> lint(const MigrationCatalog &catalog);
    // tablesCreatedBefore: tables earlier migrations created, so that CREATE TABLE IF NOT
    // EXISTS on one of them does not make it a new (empty) table. Any table the file did not
    // create is treated as existing, with rows.
    static QList<LintFinding> lintMigration(
        const Migration &m, const QSet<parsetree::TableName> &tablesCreatedBefore = {});

    static QStringList ruleIds();
    static LintFinding::Severity ruleSeverity(const QString &rule);
    static QString severityName(LintFinding::Severity severity);  // translated, for people
    static QLatin1String severityId(
        LintFinding::Severity severity);  // "info", "warning", "error": for JSON
    static bool hasErrors(const QList<LintFinding> &findings);
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::LintFinding)
