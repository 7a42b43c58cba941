#include "generate/MigrationTemplate.h"

#include "common/FileBatch.h"
#include "migrate/MigrationCatalog.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace mathakine {

namespace {
AppError fieldError(const QString &message)
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.message = message;
    return error;
}

// The revision ids the folder's valid files declare; a broken folder just declares fewer.
QSet<QString> declaredRevisions(const QString &migrationsDir)
{
    QSet<QString> revisions;
    for (const Migration &m : MigrationCatalogLoader::load(migrationsDir).catalog.migrations)
        revisions.insert(m.revision);
    return revisions;
}
}  // namespace

QString MigrationTemplate::slug(const QString &title, int maxChars)
{
    QString out;
    bool gap = false;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;  // the accent NFKD split off its letter
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out += QLatin1Char('_');
            out += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    out.truncate(maxChars);
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

QString MigrationTemplate::nextVersion(const QString &migrationsDir)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)_.*\\.sql$"));
    qint64 largest = 0;
    int width = 4;
    for (const QString &name :
         QDir(migrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto match = numbered.match(name);
        if (!match.hasMatch())
            continue;
        largest = std::max(largest, match.captured(1).toLongLong());
        width = std::max(width, int(match.captured(1).size()));
    }
    return QStringLiteral("%1").arg(largest + 1, width, 10, QLatin1Char('0'));
}

QString MigrationTemplate::render(const NewMigration &request, const QString &version,
                                  const QString &revision)
{
    QString text =
        QStringLiteral("-- version: %1\n-- title: %2\n").arg(version, request.title.trimmed());
    if (!request.titleEn.trimmed().isEmpty())
        text += QStringLiteral("-- title_en: %1\n").arg(request.titleEn.trimmed());
    text += QStringLiteral("-- revision: %1\n-- transactional: %2\n\n-- migrate:up\n")
                .arg(revision,
                     request.transactional ? QStringLiteral("true") : QStringLiteral("false"));
    text += QStringLiteral("-- ")
        + tr("Write here the statements that take the schema forward, each ending with \";\".")
        + QLatin1Char('\n');
    if (!request.transactional)
        text +=
            QStringLiteral("-- ")
            + tr(
                "Not transactional: each statement commits on its own (CREATE INDEX CONCURRENTLY); make each one safe to run again.")
            + QLatin1Char('\n');
    text += QStringLiteral("\n-- migrate:down\n-- ")
        + tr("Write here the statements that undo the up section, in reverse order.")
        + QStringLiteral("\n");
    return text;
}

Outcome<QString> MigrationTemplate::create(const QString &migrationsDir,
                                           const NewMigration &request)
{
    for (const QString &field : {request.title, request.titleEn}) {
        if (field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')))
            return fieldError(
                tr("The title must fit on one line (it goes into the file's header)."));
    }
    const QString name = slug(request.title);
    if (name.isEmpty())
        return fieldError(
            tr("The title \"%1\" gives no file name: it needs at least one letter or digit (a to z, 0 to 9, accents dropped).")
                .arg(request.title.trimmed()));
    const QString version = nextVersion(migrationsDir);
    // Alembic's version_num is varchar(32); a taken id gets the version appended.
    QString revision = slug(request.title, 32);
    if (declaredRevisions(migrationsDir).contains(revision))
        revision = slug(request.title, 31 - int(version.size())) + QLatin1Char('_') + version;
    FileBatch batch(migrationsDir);
    const QString fileName = version + QLatin1Char('_') + name + QStringLiteral(".sql");
    batch.add(fileName, render(request, version, revision).toUtf8(), false);
    auto written = batch.commit();
    if (!written)
        return written.error();
    return written->constFirst();
}

}  // namespace mathakine
