#include "ops/ProductionRestore.h"

#include "common/AppInfo.h"
#include "connection/DatabaseSession.h"
#include "connection/ServerStatement.h"
#include "gate/MaintenanceMode.h"
#include "log/Log.h"
#include "migrate/HistoryStore.h"
#include "ops/DatabaseProperties.h"
#include "ops/DatabaseSwap.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace mathakine {

namespace {
constexpr ServerStatement::Timeouts kTimeouts{5000, 60000};
constexpr int kMaxIdentifierBytes = 63;  // NAMEDATALEN - 1: longer names are cut by the server
const QString kAuditAction = QStringLiteral("restore-production");

ConnectionSpec onDatabase(ConnectionSpec spec, const QString &database)
{
    spec.profile.database = database;
    return spec;
}

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss"));
}

Outcome<std::unique_ptr<DatabaseSession>> openWithTimeouts(
    const ConnectionSpec &spec, const QString &purpose,
    ServerStatement::Timeouts timeouts = kTimeouts)
{
    auto session = DatabaseSession::open(spec, purpose);
    if (session) {
        if (Status s = ServerStatement::applyTimeouts(*session.value(), timeouts); !s)
            return s.error();
    }
    return session;
}
}  // namespace

ProductionRestore::ProductionRestore(ProductionRestoreRequest request, CancelToken cancel)
    : m_request(std::move(request)), m_cancel(std::move(cancel))
{
    if (m_request.catalogPath.isEmpty())
        m_request.catalogPath = BackupCatalog::defaultPath();
    if (!m_request.now.isValid())
        m_request.now = QDateTime::currentDateTimeUtc();
    m_live = m_request.live.profile.database;
    m_restored = restoredName(m_live, m_request.now);
    m_previous = previousName(m_live, m_request.now);
}

QString ProductionRestore::restoredName(const QString &database, const QDateTime &when)
{
    return database + QLatin1String("_restore_") + stamp(when);
}

QString ProductionRestore::previousName(const QString &database, const QDateTime &when)
{
    return database + QLatin1String("_before_restore_") + stamp(when);
}

void ProductionRestore::cancel()
{
    m_cancel.cancel();
}

void ProductionRestore::step(const QString &text) const
{
    log::info(text);
    if (m_step)
        m_step(text);
}

AppError ProductionRestore::error(const QString &message, const QString &detail,
                                  const QString &hint) const
{
    return AppError{.exitCode = ExitCode::Failed,
                    .message = message,
                    .detail = detail,
                    .hint = hint,
                    .file = m_request.file};
}

void ProductionRestore::audit(const QString &database, const QString &action, bool success,
                              const QString &details) const
{
    auto session = openWithTimeouts(onDatabase(m_request.live, database),
                                    QStringLiteral("restore-production-audit"));
    if (!session) {
        log::error(QCoreApplication::translate("Journal", "audit row %1 not written in %2: %3")
                       .arg(action, database, session.error().fullText()));
        return;
    }
    const HistoryStore history(*session.value());
    if (!history.exists())
        return;
    if (Status s = history.audit({action, m_migrationVersion, success, 0, details}); !s)
        log::error(QCoreApplication::translate("Journal", "audit row %1 not written in %2: %3")
                       .arg(action, database, s.error().fullText()));
}

Status ProductionRestore::checkRequest(std::optional<BackupRecord> *record)
{
    const ConnectionProfile &profile = m_request.live.profile;
    GateReport gate;
    gate.database = m_live;
    gate.conditions << ProductionGate().confirmationCondition(
        profile, GateInput{{}, {}, m_request.confirmation, {}});
    if (m_gateHandler)
        m_gateHandler(gate);
    if (!gate.passed())
        return AppError{
            .exitCode = ExitCode::Usage,
            .message =
                tr("restore-production replaces database %1: its name must be typed to confirm.")
                    .arg(m_live),
            .detail = gate.conditions.constFirst().detail,
            .hint = gate.conditions.constFirst().fix};
    for (const QString &name : {m_restored, m_previous}) {
        if (name.toUtf8().size() > kMaxIdentifierBytes)
            return error(tr("Database name %1 is longer than PostgreSQL's 63 bytes.").arg(name));
    }
    if (!QFileInfo(m_request.file).isFile())
        return error(tr("The backup file does not exist."));
    *record = BackupCatalog(m_request.catalogPath).find(m_request.file);
    if (!*record)
        return error(
            tr("This file is not a verified backup recorded in the catalog: its row counts cannot be checked."),
            {},
            tr("Only a backup made by mathakine-admin backup (see backup --list) can replace a live database."));
    if (!(*record)->fileIntact())
        return error(tr(
            "The file has changed since it was verified (its size differs from the catalog's)."));
    if ((*record)->target != BackupCatalog::targetKey(profile))
        return error(tr("This backup is of %1, not of %2.")
                         .arg((*record)->target, BackupCatalog::targetKey(profile)));
    m_migrationVersion = (*record)->migrationVersion;
    return {};
}

Status ProductionRestore::checkDatabases(const DatabaseSession &admin) const
{
    auto found = ServerStatement::run(
        admin, tr("Cannot read the list of databases."),
        QStringLiteral("SELECT datname FROM pg_database WHERE datname IN (?, ?, ?)"),
        {m_live, m_restored, m_previous});
    if (!found)
        return found.error();
    bool live = false;
    while (found->next()) {
        const QString name = found->value(0).toString();
        if (name == m_live)
            live = true;
        else
            return error(
                tr("Database %1 already exists; a restore-production of the same second cannot run twice.")
                    .arg(name));
    }
    if (!live)
        return error(tr("Database %1 does not exist on this server.").arg(m_live));
    return {};
}

Outcome<RestoreReport> ProductionRestore::restoreBeside()
{
    RestoreRequest request{m_request.live, m_request.file,        m_restored, false, true,
                           m_request.jobs, m_request.catalogPath, true};
    RestoreJob job(request, m_cancel);
    job.setProgressHandler(m_restoreProgress);
    return m_cancel.isCanceled() ? Outcome<RestoreReport>(error(tr("The restore was canceled.")))
                                 : job.run();
}

Outcome<int> ProductionRestore::swapUnderMaintenance(const DatabaseSession &admin)
{
    qint64 period = 0;
    {
        auto live =
            openWithTimeouts(m_request.live, QStringLiteral("restore-production-maintenance"));
        if (!live)
            return live.error();
        const MaintenanceMode maintenance(*live.value());
        if (Status s = maintenance.ensure(); !s)
            return s.error();
        const QString reason = m_request.maintenanceReason.isEmpty()
            ? tr("Restoring database %1 from the backup %2 (%3)")
                  .arg(m_live, QFileInfo(m_request.file).fileName(), appinfo::osUserAtHost())
            : m_request.maintenanceReason;
        auto begun = maintenance.begin(reason, QStringLiteral("restore"), m_migrationVersion);
        if (!begun)
            return begun.error();
        period = begun.value();
        const HistoryStore history(*live.value());
        if (history.exists())
            history.auditOrLog(
                {QStringLiteral("maintenance-on"), m_migrationVersion, true, 0, reason});
    }  // our own session closed: the rename needs the database without any
    step(tr("Maintenance mode on; terminating the sessions on %1 and swapping the databases…")
             .arg(m_live));
    auto swapped = DatabaseSwap::run(admin, m_live, m_restored, m_previous);

    // The period lives in the old database's table: under its new name after the swap.
    const QString holder = swapped ? m_previous : m_live;
    const QString outcome = swapped ? QStringLiteral("success") : QStringLiteral("failed");
    auto session = openWithTimeouts(onDatabase(m_request.live, holder),
                                    QStringLiteral("restore-production-maintenance"));
    if (session && MaintenanceMode(*session.value()).end(period, outcome)) {
        const HistoryStore history(*session.value());
        if (history.exists())
            history.auditOrLog({QStringLiteral("maintenance-off"), {}, swapped.ok(), 0, outcome});
    } else {
        log::error(
            QCoreApplication::translate(
                "Journal",
                "maintenance period %1 in %2 could not be ended: run mathakine-admin maintenance off")
                .arg(period)
                .arg(holder));
    }
    return swapped;
}

Outcome<ProductionRestoreReport> ProductionRestore::run()
{
    QElapsedTimer timer;
    timer.start();
    std::optional<BackupRecord> record;
    if (Status s = checkRequest(&record); !s)
        return s.error();
    // Statements up to 10 min: DROP DATABASE of a big copy.
    auto admin = openWithTimeouts(onDatabase(m_request.live, QStringLiteral("postgres")),
                                  QStringLiteral("restore-production"), {5000, 600000});
    if (!admin)
        return admin.error();
    if (Status s = checkDatabases(*admin.value()); !s)
        return s.error();
    const QString details = QStringLiteral("file %1; copy %2; previous database kept as %3")
                                .arg(m_request.file, m_restored, m_previous);
    audit(m_live, kAuditAction + QLatin1String("-start"), true, details);

    // Before the swap: any failure leaves the live database as it is and drops the copy.
    auto untouched = [&](AppError e) {
        audit(m_live, kAuditAction, false, e.message + QLatin1Char('\n') + e.detail);
        e.hint = tr("Database %1 was not touched and is still in service.").arg(m_live)
            + (e.hint.isEmpty() ? QString() : QLatin1Char(' ') + e.hint);
        return e;
    };
    auto dropCopy = [&] {
        auto dropped =
            ServerStatement::run(*admin.value(), tr("Cannot drop database %1.").arg(m_restored),
                                 QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                     .arg(DatabaseSession::quoteIdentifier(m_restored)));
        return dropped ? tr("The copy %1 was dropped.").arg(m_restored)
                       : tr("The copy %1 could not be dropped: drop it by hand.").arg(m_restored);
    };
    step(tr("Restoring %1 beside %2 as %3…")
             .arg(QFileInfo(m_request.file).fileName(), m_live, m_restored));
    auto restored = restoreBeside();
    if (!restored)
        return untouched(restored.error());
    if (!restored->differences.isEmpty()) {
        QStringList lines;
        for (const RowCountDifference &d : restored->differences)
            lines << QStringLiteral("%1: %2 -> %3").arg(d.table).arg(d.expected).arg(d.actual);
        return untouched(error(tr("The copy's row counts differ from the backup's for %n table(s).",
                                  nullptr, static_cast<int>(lines.size()))
                                   + QLatin1Char(' ') + dropCopy(),
                               lines.join(QLatin1Char('\n'))));
    }
    step(tr("Row counts of %n table(s) identical to the backup's.", nullptr,
            static_cast<int>(restored->rowCounts.size())));
    if (m_cancel.isCanceled())
        return untouched(error(tr("The restore was canceled.") + QLatin1Char(' ') + dropCopy()));
    if (Status s = DatabaseProperties::copy(*admin.value(), m_live, m_restored); !s) {
        AppError e = s.error();
        e.message += QLatin1Char(' ') + dropCopy();
        return untouched(e);
    }

    auto swapped = swapUnderMaintenance(*admin.value());
    if (!swapped) {
        AppError e = swapped.error();
        e.message = tr("The swap failed: %1").arg(e.message) + QLatin1Char(' ') + dropCopy();
        return untouched(e);
    }
    audit(m_live, kAuditAction, true, details);      // the restored database, now live
    audit(m_previous, kAuditAction, true, details);  // and the old one, for whoever opens it

    ProductionRestoreReport report;
    report.file = QFileInfo(m_request.file).absoluteFilePath();
    report.database = m_live;
    report.previousDatabase = m_previous;
    report.restore = restored.value();
    report.sessionsTerminated = swapped.value();
    report.durationMs = timer.elapsed();
    log::info(QCoreApplication::translate(
                  "Journal",
                  "restore-production of %1 from %2 done in %3 ms; previous database kept as %4")
                  .arg(m_live, report.file)
                  .arg(report.durationMs)
                  .arg(m_previous));
    return report;
}

}  // namespace mathakine
