#include "migrate/MigrationCatalog.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>

namespace mathakine {

namespace {
bool sameVersion(const QString &a, const QString &b)
{
    bool okA = false, okB = false;
    const qlonglong na = a.toLongLong(&okA), nb = b.toLongLong(&okB);
    return okA && okB && na == nb;
}
}  // namespace

int MigrationCatalog::indexOf(const QString &version) const
{
    // The loader sorts by version: a binary search, so that callers looping over the
    // catalog stay linear; a hand-built unsorted catalog falls back to the scan.
    bool ok = false;
    const qlonglong wanted = version.toLongLong(&ok);
    if (ok) {
        const auto it = std::lower_bound(
            migrations.begin(), migrations.end(), wanted,
            [](const Migration &m, qlonglong v) { return m.version.toLongLong() < v; });
        if (it != migrations.end() && it->version.toLongLong() == wanted)
            return static_cast<int>(it - migrations.begin());
    }
    for (int i = 0; i < migrations.size(); ++i) {
        if (sameVersion(migrations.at(i).version, version))
            return i;
    }
    return -1;
}

const Migration *MigrationCatalog::find(const QString &version) const
{
    const int i = indexOf(version);
    return i < 0 ? nullptr : &migrations.at(i);
}

std::optional<int> MigrationCatalog::resolveTarget(const QString &target) const
{
    if (target.isEmpty() || target == QLatin1String("head"))
        return static_cast<int>(migrations.size()) - 1;
    if (target == QLatin1String("base"))
        return -1;
    if (const int i = indexOf(target); i >= 0)
        return i;
    for (int i = 0; i < migrations.size(); ++i) {
        if (!migrations.at(i).revision.isEmpty() && migrations.at(i).revision == target)
            return i;
    }
    return std::nullopt;
}

MigrationCatalogLoader::Result MigrationCatalogLoader::load(const QString &directory)
{
    Result result;
    result.catalog.directory = QDir(directory).absolutePath();
    QDir dir(directory);
    if (!dir.exists()) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.message = tr("The migrations folder %1 does not exist.").arg(directory);
        result.errors << error;
        return result;
    }
    static const QRegularExpression namePattern(QStringLiteral("^(\\d+)_[A-Za-z0-9_\\-]+\\.sql$"));
    // System too: a symlink to a device or a broken one is refused by name, not skipped.
    const QStringList files =
        dir.entryList({QStringLiteral("*.sql")}, QDir::Files | QDir::System, QDir::Name);
    QHash<qlonglong, const Migration *> seen;  // by version: duplicates found in linear time
    QHash<QString, const Migration *> revisions;
    result.catalog.migrations.reserve(files.size());
    for (const QString &name : files) {
        const auto match = namePattern.match(name);
        if (!match.hasMatch())
            continue;  // not a migration (e.g. demo-data.sql)
        auto parsed = MigrationParser::parseFile(dir.filePath(name));
        if (!parsed) {
            result.errors << parsed.error();
            continue;
        }
        Migration m = parsed.value();
        if (!sameVersion(match.captured(1), m.version)) {
            AppError error;
            error.exitCode = ExitCode::Usage;
            error.file = m.filePath;
            error.line = 1;
            error.message = tr("The file name says version %1 but the header says %2.")
                                .arg(match.captured(1), m.version);
            result.errors << error;
            continue;
        }
        if (!m.down.present) {
            AppError error;
            error.exitCode = ExitCode::Usage;
            error.file = m.filePath;
            error.message = tr("No \"-- migrate:down\" section: every migration needs a way back.");
            result.errors << error;
            continue;
        }
        if (const Migration *other = seen.value(m.version.toLongLong())) {
            AppError error;
            error.exitCode = ExitCode::Usage;
            error.file = m.filePath;
            error.line = 1;
            error.message = tr("Version %1 is used twice: %2 and %3.")
                                .arg(m.version, other->fileName, m.fileName);
            result.errors << error;
            continue;
        }
        // A revision id names one state of the schema for Alembic: two files cannot share it.
        if (const Migration *other = m.revision.isEmpty() ? nullptr : revisions.value(m.revision)) {
            AppError error;
            error.exitCode = ExitCode::Usage;
            error.file = m.filePath;
            error.line = 1;
            error.message = tr("Revision %1 is used twice: %2 and %3.")
                                .arg(m.revision, other->fileName, m.fileName);
            result.errors << error;
            continue;
        }
        result.catalog.migrations << m;
        seen.insert(m.version.toLongLong(), &result.catalog.migrations.constLast());
        if (!m.revision.isEmpty())
            revisions.insert(m.revision, &result.catalog.migrations.constLast());
    }
    std::sort(result.catalog.migrations.begin(), result.catalog.migrations.end(),
              [](const Migration &a, const Migration &b) {
                  return a.version.toLongLong() < b.version.toLongLong();
              });
    return result;
}

}  // namespace mathakine
