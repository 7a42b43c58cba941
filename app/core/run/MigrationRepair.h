#pragma once

#include "migrate/HistoryStore.h"
#include "migrate/MigrationCatalog.h"
#include "run/RunTypes.h"
#include "schema/SchemaDiff.h"

#include <QCoreApplication>
#include <QMetaType>

#include <optional>

namespace mathakine {

class DatabaseSession;

// The ways out of a migration recorded as failed (golang-migrate's dirty flag and `force`,
// Flyway's `repair`, made safe): each with the SQL it would run, previewed, and the diff of
// the migration's objects it would leave.
enum class RepairChoice {
    Resume,  // run its section again from the failed statement (an INVALID index it left is dropped
             // first)
    Undo,    // undo the statements that took effect: the down section's matching statements, else
             // DROPs generated for what exists
    MarkApplied,     // record it applied without running anything: only when its objects' diff is
                     // empty
    MarkNotApplied,  // forget it: only when none of the objects it creates exists
};

struct RepairOption {
    Q_DECLARE_TR_FUNCTIONS(RepairOption)

public:
    RepairChoice choice = RepairChoice::Resume;
    bool available = false;
    QString refusal;  // translated: why it is not available
    QStringList sql;  // statements it runs on the database, in order (';' not included)
    bool inTransaction =
        false;  // the statements run in one transaction (a transactional migration's resume)
    QString bookkeeping;       // translated: what it records in the history
    QString targetVersion;     // the expected snapshot its objects should then match; empty: base
    bool hasSnapshot = false;  // an expected snapshot exists for targetVersion
    SchemaDiff diffLeft;  // the objects' differences it would leave (predicted from the diff now)
    bool leavesApplied = false;  // the history then records it applied (else: not applied)

    static QString id(RepairChoice choice);  // "resume", "undo", "mark-applied", "mark-not-applied"
    static std::optional<RepairChoice> fromId(const QString &id);
    QString title() const;    // translated
    QString sqlText() const;  // the statements, ';'-terminated, one per line
};

struct RepairResult {
    RepairChoice choice = RepairChoice::Resume;
    QStringList ran;                     // statements run
    std::optional<SchemaDiff> diffLeft;  // measured after; nullopt without an expected snapshot
};

// Offers and applies the repair of one failed migration. Every statement runs under the
// options' lock_timeout and statement_timeout; apply holds the migration lock, refuses when
// the SQL is not the one previewed, and audits the choice with its SQL (action repair-ID).
class MigrationRepair {
    Q_DECLARE_TR_FUNCTIONS(MigrationRepair)

public:
    MigrationRepair(ConnectionSpec spec, RunOptions options);

    // The four options for version, read-only. Errors: the version is not recorded as failed
    // (exit 2), connection or catalog errors.
    Outcome<QList<RepairOption>> options(const MigrationCatalog &catalog,
                                         const QString &version) const;
    // Applies one choice; previewedSql: the statements the operator saw (refused when they
    // changed), empty to skip that check. Errors: not available (exit 2, with the refusal), a
    // statement failed (exit 4, with the server's error; the history is left as it was).
    Outcome<RepairResult> apply(const MigrationCatalog &catalog, const QString &version,
                                RepairChoice choice,
                                const std::optional<QStringList> &previewedSql);

    static QList<RepairOption> optionsOn(const DatabaseSession &session, const Migration &migration,
                                         const AppliedMigration &row);

private:
    Outcome<const Migration *> failedMigration(const MigrationCatalog &catalog,
                                               const History &history,
                                               const QString &version) const;
    Status runStatements(const DatabaseSession &session, const RepairOption &option,
                         QStringList *ran) const;
    Status record(const DatabaseSession &session, const Migration &migration,
                  const RepairOption &option, qint64 durationMs) const;

    ConnectionSpec m_spec;
    RunOptions m_options;
};

}  // namespace mathakine

Q_DECLARE_METATYPE(mathakine::RepairOption)
