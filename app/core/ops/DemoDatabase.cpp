#include "ops/DemoDatabase.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "migrate/HistoryStore.h"
#include "run/MigrationRun.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>

namespace mathakine {

Outcome<bool> DemoDatabase::install(const ConnectionSpec &spec, const MigrationCatalog &catalog)
{
    if (catalog.migrations.isEmpty())
        return AppError{.exitCode = ExitCode::Usage,
                        .message = tr("No migrations in %1.").arg(catalog.directory)};
    {
        auto session = DatabaseSession::open(spec, QStringLiteral("demo"));
        if (!session)
            return session.error();
        if (HistoryStore(*session.value()).exists())
            return false;
    }
    const QString baseline = catalog.migrations.constFirst().version;
    auto applied = MigrationRun(spec, RunOptions{.preflight = false}).upgrade(catalog, baseline);
    if (!applied)
        return applied.error();

    const QString path = catalog.directory + QStringLiteral("/demo-data.sql");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return AppError{.exitCode = ExitCode::Usage,
                        .message = tr("Cannot read %1.").arg(path),
                        .detail = file.errorString(),
                        .file = path};
    auto statements = SqlScript::parse(QString::fromUtf8(file.readAll()), path, 1);
    if (!statements)
        return statements.error();
    auto session = DatabaseSession::open(spec, QStringLiteral("demo"));
    if (!session)
        return session.error();
    QSqlDatabase db = session.value()->database();
    db.transaction();
    for (const SqlStatement &statement : statements.value()) {
        if (auto done = session.value()->run(statement.sql); !done) {
            db.rollback();
            AppError error = done.error();
            error.message = tr("The demo data could not be loaded.");
            error.file = path;
            error.line = statement.line;
            return error;
        }
    }
    if (!db.commit())
        return AppError{.exitCode = ExitCode::Failed,
                        .message = tr("The demo data could not be loaded."),
                        .detail = db.lastError().text(),
                        .file = path};
    log::info(QCoreApplication::translate("Journal",
                                          "demo database ready: baseline %1 and %2 demo statements")
                  .arg(baseline)
                  .arg(statements->size()));
    return true;
}

}  // namespace mathakine
