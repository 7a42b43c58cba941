#include "run/ExpectedSnapshotBuilder.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "run/MigrationRun.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace mathakine {

ExpectedSnapshotBuilder::ExpectedSnapshotBuilder(ConnectionSpec server,
                                                 SchemaIntrospector::Options options)
    : m_server(std::move(server)), m_options(std::move(options))
{}

Outcome<QList<SchemaSnapshot>> ExpectedSnapshotBuilder::build(const MigrationCatalog &catalog)
{
    auto admin = DatabaseSession::open(m_server, QStringLiteral("snapshot-admin"));
    if (!admin)
        return admin.error();
    const QString name = QStringLiteral("mathakine_expected_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate() % 1000000);
    const QString quoted = DatabaseSession::quoteIdentifier(name);
    // template0: a clean database, whatever extensions the server's template1 carries.
    if (auto created =
            admin.value()->run(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(quoted));
        !created) {
        AppError error = created.error();
        error.message = tr("Cannot create a throwaway database on %1 to replay the migrations.")
                            .arg(m_server.profile.displayTarget());
        error.hint = tr(
            "The user needs the CREATEDB privilege; or use the sandbox: mathakine-admin sandbox start");
        return error;
    }
    log::info(
        QCoreApplication::translate("Journal", "replaying migrations into throwaway database %1")
            .arg(name));
    ConnectionSpec scratch = m_server;
    scratch.profile.database = name;
    auto snapshots = replay(catalog, scratch);
    if (auto dropped = admin.value()->run(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted));
        !dropped)
        log::warn(QCoreApplication::translate("Journal", "could not drop throwaway database %1: %2")
                      .arg(name, dropped.error().detail));
    return snapshots;
}

Outcome<QList<SchemaSnapshot>> ExpectedSnapshotBuilder::replay(const MigrationCatalog &catalog,
                                                               const ConnectionSpec &scratch)
{
    auto session = DatabaseSession::open(scratch, QStringLiteral("snapshot"));
    if (!session)
        return session.error();
    QList<SchemaSnapshot> snapshots;
    const int count = static_cast<int>(catalog.migrations.size());
    for (int i = 0; i < count; ++i) {
        const QString &version = catalog.migrations.at(i).version;
        if (m_progress)
            m_progress(i + 1, count, version);
        // Step by step, so each snapshot is the schema right after that migration.
        auto report =
            MigrationRun(
                scratch,
                RunOptions{.preflight = false, .recordRowCounts = false, .stepChecks = false})
                .upgrade(catalog, version);
        if (!report)
            return report.error();
        auto snapshot = SchemaIntrospector(*session.value(), m_options).snapshot();
        if (!snapshot)
            return snapshot.error();
        snapshot->version = version;
        snapshots << std::move(snapshot.value());
    }
    return snapshots;
}

}  // namespace mathakine
