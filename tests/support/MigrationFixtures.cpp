#include "MigrationFixtures.h"

#include "TestServer.h"
#include "ops/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace testsupport {

QString realMigrationsDir()
{
    return sourceDir() + QStringLiteral("/migrations");
}

void copyRealMigrations(const QString &dir, int upTo)
{
    QDir().mkpath(dir);
    const QDir source(realMigrationsDir());
    for (const QString &name :
         source.entryList({QStringLiteral("0*.sql")}, QDir::Files, QDir::Name)) {
        if (upTo > 0 && name.left(4).toInt() > upTo)
            continue;
        QFile::copy(source.filePath(name), dir + QLatin1Char('/') + name);
    }
}

void writeMigration(const QString &dir, const QString &version, const QString &up,
                    const QString &down, const QString &extraHeader)
{
    QDir().mkpath(dir);
    QFile file(dir + QStringLiteral("/%1_test.sql").arg(version));
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QString text = QStringLiteral("-- version: %1\n-- title: Test %1\n").arg(version);
    if (!extraHeader.isEmpty())
        text += extraHeader + QLatin1Char('\n');
    text += QStringLiteral("\n-- migrate:up\n") + up + QStringLiteral("\n\n-- migrate:down\n")
        + down + QLatin1Char('\n');
    file.write(text.toUtf8());
}

void writeHalfFailingMigrations(const QString &dir)
{
    writeMigration(dir, QStringLiteral("0001"),
                   QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);"),
                   QStringLiteral("DROP TABLE items;"));
    writeMigration(
        dir, QStringLiteral("0002"),
        QStringLiteral("ALTER TABLE items ADD COLUMN code text;\n"
                       "CREATE UNIQUE INDEX CONCURRENTLY items_name_key ON items (name);\n"
                       "CREATE INDEX CONCURRENTLY items_code_idx ON items (code);"),
        QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS items_code_idx;\n"
                       "DROP INDEX CONCURRENTLY IF EXISTS items_name_key;\n"
                       "ALTER TABLE items DROP COLUMN IF EXISTS code;"),
        QStringLiteral("-- transactional: false"));
}

mathakine::MigrationCatalog loadCatalog(const QString &dir)
{
    auto result = mathakine::MigrationCatalogLoader::load(dir);
    if (!result.ok())
        qWarning("catalog errors: %s", qPrintable(result.errors.constFirst().located()));
    return result.catalog;
}

QString schemaDump(const QString &database, const QStringList &extraArgs)
{
    const mathakine::ConnectionProfile p = spec(database).profile;
    QProcess dump;
    dump.start(QStringLiteral("pg_dump"),
               QStringList{QStringLiteral("--schema-only"), QStringLiteral("--no-owner"),
                           QStringLiteral("-h"), p.host, QStringLiteral("-p"),
                           QString::number(p.port), QStringLiteral("-U"), p.user, database}
                   + extraArgs);
    dump.waitForFinished(60000);
    QString text = QString::fromUtf8(dump.readAllStandardOutput());
    // pg_dump 15.14+ writes a random \restrict key into every dump.
    static const QRegularExpression restrictLines(QStringLiteral("^\\\\(un)?restrict .*$"),
                                                  QRegularExpression::MultilineOption);
    text.remove(restrictLines);
    return text;
}

}  // namespace testsupport
