#include "migrate/AlembicRevision.h"

#include "connection/DatabaseSession.h"
#include "migrate/MigrationStatus.h"

namespace mathakine {

QString AlembicRevisionState::kindKey() const
{
    switch (kind) {
    case Kind::Ours:
        return QStringLiteral("ours");
    case Kind::Replaced:
        return QStringLiteral("replaced");
    case Kind::Foreign:
        return QStringLiteral("foreign");
    }
    return {};
}

QString AlembicRevisionState::describe() const
{
    switch (kind) {
    case Kind::Ours:
        return AlembicRevision::
            tr("Managed by Alembic at revision %1, which is migration %2; this tool has no history of it yet.")
                .arg(revision, version);
    case Kind::Replaced:
        return AlembicRevision::
            tr("Managed by Alembic at revision %1, not known to these migrations; migration %2 replaces it (replaces_revisions).")
                .arg(revision, version);
    case Kind::Foreign:
        return AlembicRevision::tr(
                   "Managed by Alembic at revision %1, not known to these migrations.")
            .arg(revision);
    }
    return {};
}

AppError AlembicRevisionState::upgradeRefusal() const
{
    AppError error;
    error.exitCode = ExitCode::Failed;
    error.kind = ErrorKind::PreflightProblem;
    error.message =
        describe() + QLatin1Char(' ')
        + AlembicRevision::tr(
            "Upgrading from base would create again what the database already has: refused.");
    switch (kind) {
    case Kind::Ours:
        error.hint =
            AlembicRevision::tr(
                "Adopt it: check it with \"diff --at %1\", then \"stamp %1\" records the migrations up to %1 as applied.")
                .arg(version);
        break;
    case Kind::Replaced:
        error.hint =
            AlembicRevision::tr(
                "Adopt it: \"reconcile --to %1\" brings its schema to version %1 and records it; \"stamp %1\" does when \"diff --at %1\" is already empty.")
                .arg(version);
        break;
    case Kind::Foreign:
        error.hint =
            AlembicRevision::tr(
                "Tell which version it stands for: add \"-- replaces_revisions: %1\" to that migration's header, then reconcile or stamp to it.")
                .arg(revision);
        break;
    }
    return error;
}

Outcome<QString> AlembicRevision::read(const DatabaseSession &session)
{
    auto exists =
        session.scalar(QStringLiteral("SELECT to_regclass('public.alembic_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return QString();
    auto value =
        session.scalar(QStringLiteral("SELECT min(version_num) FROM public.alembic_version"));
    if (!value)
        return value.error();
    return value->isNull() ? QString() : value->toString();
}

AlembicRevisionState AlembicRevision::classify(const MigrationCatalog &catalog,
                                               const QString &revision)
{
    for (const Migration &m : catalog.migrations) {
        if (m.revision == revision)
            return {revision, AlembicRevisionState::Kind::Ours, m.version};
    }
    for (const Migration &m : catalog.migrations) {
        if (m.replacesRevisions.contains(revision))
            return {revision, AlembicRevisionState::Kind::Replaced, m.version};
    }
    return {revision, AlembicRevisionState::Kind::Foreign, QString()};
}

Status AlembicRevision::attach(const DatabaseSession &session, const MigrationCatalog &catalog,
                               const History &history, MigrationStatus &status)
{
    if (!history.isEmpty())
        return Status::success();
    auto revision = read(session);
    if (!revision)
        return revision.error();
    if (!revision->isEmpty())
        status.alembic = classify(catalog, revision.value());
    return Status::success();
}

}  // namespace mathakine
