#include "generate/AlembicExport.h"

#include "common/FileBatch.h"
#include "generate/PythonText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mathakine {

namespace {

QString statementList(const MigrationSection &section)
{
    if (section.statements.isEmpty())
        return QStringLiteral("[]");
    QString out = QStringLiteral("[\n");
    for (const SqlStatement &s : section.statements)
        out += QStringLiteral("    ") + python::stringLiteral(s.sql) + QStringLiteral(",\n");
    return out + QLatin1Char(']');
}

// Shared by every revision file, so that each one stands alone (Alembic loads them one by one).
const char *const kRunHelper = R"PY(
def _run(statements):
    """Runs each statement exactly as written: no bind parameters, no % formatting."""
    def run_all():
        for sql in statements:
            if context.is_offline_mode():
                # text() reads ":name" as a parameter; a backslash keeps the colon literal.
                op.execute(sa.text(re.sub(r"(?<![:\w\\]):(?=\w)", r"\\:", sql)))
            else:
                op.get_bind().execution_options(no_parameters=True).exec_driver_sql(sql)

    if TRANSACTIONAL:
        run_all()
    else:
        # Each statement commits on its own (CREATE INDEX CONCURRENTLY), as mathakine-admin runs it.
        with op.get_context().autocommit_block():
            run_all()


def upgrade():
    _run(UP)


def downgrade():
    _run(DOWN)
)PY";

const QByteArray kMarker = "Written by mathakine-admin (export alembic) from ";

// Revision files an earlier export wrote for migrations that are gone or renamed: left there,
// they would give Alembic a second head. Only files carrying the export's marker are removed.
void removeStaleRevisions(const QString &directory, const QStringList &written)
{
    const QDir versions(QDir(directory).filePath(QStringLiteral("versions")));
    for (const QFileInfo &file : versions.entryInfoList({QStringLiteral("*.py")}, QDir::Files)) {
        if (written.contains(file.absoluteFilePath()))
            continue;
        QFile existing(file.absoluteFilePath());
        if (existing.open(QIODevice::ReadOnly) && existing.read(4096).contains(kMarker))
            QFile::remove(file.absoluteFilePath());
    }
}

}  // namespace

QString AlembicExport::revisionPath(const Migration &m)
{
    return QStringLiteral("versions/%1_%2.py").arg(m.version, m.revision);
}

QString AlembicExport::revisionFile(const MigrationCatalog &catalog, int index)
{
    const Migration &m = catalog.migrations.at(index);
    const QString down = index > 0
        ? python::stringLiteral(catalog.migrations.at(index - 1).revision)
        : QStringLiteral("None");
    QString text;
    text += QStringLiteral("\"\"\"%1\n\n")
                .arg(QString(m.title).replace(QLatin1Char('"'), QLatin1Char('\'')));
    text += QStringLiteral("Revision ID: %1\nRevises: %2\n\n")
                .arg(m.revision, index > 0 ? catalog.migrations.at(index - 1).revision : QString());
    text += QString::fromLatin1(kMarker)
        + QStringLiteral("%1, version %2, SHA-256 %3.\n"
                         "Edit the .sql file and export again rather than this file.\n\"\"\"\n")
              .arg(m.fileName, m.version, m.checksum);
    text +=
        QStringLiteral("import re\n\nimport sqlalchemy as sa\nfrom alembic import context, op\n\n");
    text += QStringLiteral(
                "revision = %1\ndown_revision = %2\nbranch_labels = None\ndepends_on = None\n\n")
                .arg(python::stringLiteral(m.revision), down);
    text += QStringLiteral("TRANSACTIONAL = %1\n\n")
                .arg(m.transactional ? QStringLiteral("True") : QStringLiteral("False"));
    text +=
        QStringLiteral("UP = %1\n\nDOWN = %2\n\n").arg(statementList(m.up), statementList(m.down));
    text += QString::fromLatin1(kRunHelper);
    return text;
}

QString AlembicExport::envPy()
{
    return QStringLiteral(R"PY("""Alembic environment written by mathakine-admin (export alembic).

The database comes from the DATABASE_URL environment variable (a libpq URL such as
postgresql://user@host:5432/dbname, or any SQLAlchemy URL), else from sqlalchemy.url in
alembic.ini; no password is stored here. Each migration runs in its own transaction, as
mathakine-admin runs them, and the revision ids are those of the .sql files.
"""
import os

from alembic import context
from sqlalchemy import create_engine, pool

config = context.config


def database_url():
    url = os.environ.get("DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Set DATABASE_URL (postgresql://user@host:5432/dbname) to name the database.")
    return url


def engine():
    url = database_url()
    if url.startswith(("postgresql://", "postgres://")):
        # A libpq URL goes to libpq as it is: sockets, services and .pgpass work as for mathakine-admin.
        import psycopg2

        return create_engine("postgresql+psycopg2://", creator=lambda: psycopg2.connect(url), poolclass=pool.NullPool)
    return create_engine(url, poolclass=pool.NullPool)


def run_migrations_offline():
    context.configure(dialect_name="postgresql", literal_binds=True, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    with engine().connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
)PY");
}

QString AlembicExport::scriptMako()
{
    return QStringLiteral(R"MAKO("""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
)MAKO");
}

QString AlembicExport::alembicIni()
{
    return QStringLiteral(
        R"INI(# Written by mathakine-admin (export alembic). The database is named by DATABASE_URL.
[alembic]
script_location = %(here)s
# sqlalchemy.url is left out on purpose: a URL here would keep a password in a file.

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
)INI");
}

Outcome<QStringList> AlembicExport::write(const MigrationCatalog &catalog, const QString &directory)
{
    FileBatch batch(directory);
    for (int i = 0; i < catalog.migrations.size(); ++i) {
        const Migration &m = catalog.migrations.at(i);
        if (m.revision.isEmpty()) {
            AppError error;
            error.exitCode = ExitCode::Usage;
            error.file = m.filePath;
            error.line = 1;
            error.message = tr(
                "The migration has no \"revision\" header: Alembic chains its files by revision id.");
            error.hint = tr(
                "Add a line \"-- revision: some_id\" (letters, digits, underscores) to its header.");
            return error;
        }
        batch.add(revisionPath(m), revisionFile(catalog, i).toUtf8());
    }
    const std::pair<const char *, QString> scaffolding[] = {
        {"env.py", envPy()}, {"script.py.mako", scriptMako()}, {"alembic.ini", alembicIni()}};
    for (const auto &[name, text] : scaffolding) {
        if (!batch.exists(QString::fromLatin1(name)))
            batch.add(QString::fromLatin1(name), text.toUtf8());
    }
    auto written = batch.commit();
    if (written)
        removeStaleRevisions(directory, written.value());
    return written;
}

}  // namespace mathakine
