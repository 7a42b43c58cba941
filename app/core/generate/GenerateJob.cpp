#include "generate/GenerateJob.h"

#include "connection/DatabaseSession.h"
#include "generate/MigrationGenerator.h"
#include "schema/ExpectedSnapshotStore.h"
#include "schema/SchemaIntrospector.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace mathakine {

namespace {
AppError usage(const QString &message, const QString &hint = {})
{
    return AppError{.exitCode = ExitCode::Usage, .message = message, .hint = hint};
}

// "-- migrate:up" body: the statements, or a comment saying there is nothing to run.
QString section(const OrderedStatements &statements)
{
    return statements.isEmpty()
        ? QStringLiteral("-- ") + GenerateJob::tr("(nothing)") + QLatin1Char('\n')
        : statements.text();
}

int reviewedCount(const OrderedStatements &statements)
{
    int n = 0;
    for (const OrderedStatement &s : statements.ordered())
        n += s.warning.isEmpty() ? 0 : 1;
    return n;
}
}  // namespace

GenerateJob::GenerateJob(ConnectionSpec reference, int targetMajor, CancelToken cancel)
    : m_reference(std::move(reference)), m_targetMajor(targetMajor), m_cancel(std::move(cancel))
{}

void GenerateJob::progress(int step, const QString &what) const
{
    if (m_progress)
        m_progress(step, 4, what);
}

QStringList GenerateJob::summary(const GeneratedMigration &result)
{
    QStringList lines{tr("Written: %1").arg(result.path),
                      tr("%n statement(s) in the up section.", nullptr, result.upStatements)};
    if (result.reviewed > 0)
        lines << tr("%n statement(s) that can lose data are written commented out: review them.",
                    nullptr, result.reviewed);
    for (const QString &note : result.notes)
        lines << tr("note: %1").arg(note);
    for (const LintFinding &f : result.findings)
        lines << QStringLiteral("%1:%2: %3 [%4] %5")
                     .arg(f.file)
                     .arg(f.line)
                     .arg(MigrationLinter::severityName(f.severity), f.rule, f.message);
    if (result.findings.isEmpty())
        lines << tr("Lint: clean.");
    return lines;
}

QString GenerateJob::slug(const QString &title)
{
    QString ascii;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128)
            ascii += c.toLower();  // accents were split off by the decomposition and are dropped
    }
    QString slug;
    for (const QChar c : ascii) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('_')))
            slug += QLatin1Char('_');
    }
    slug.truncate(50);
    while (slug.endsWith(QLatin1Char('_')))
        slug.chop(1);
    return slug;
}

QString GenerateJob::nextVersion(const MigrationCatalog &catalog)
{
    const QString head = catalog.headVersion();
    if (head.isEmpty())
        return QStringLiteral("0001");
    return QStringLiteral("%1").arg(head.toLongLong() + 1, static_cast<int>(head.size()), 10,
                                    QLatin1Char('0'));
}

Outcome<GeneratedMigration> GenerateJob::run(const MigrationCatalog &catalog, const QString &title,
                                             const QString &titleEn)
{
    const QString slugged = slug(title);
    if (slugged.isEmpty())
        return usage(
            tr("The title \"%1\" gives an empty file name: it needs at least one letter or digit.")
                .arg(title));
    if (title.contains(QLatin1Char('\n')) || titleEn.contains(QLatin1Char('\n')))
        return usage(tr("A title is one line; this one holds a line break."));
    if (catalog.migrations.isEmpty())
        return usage(
            tr("The migrations folder %1 has no migration: there is no head to generate from.")
                .arg(catalog.directory));
    const QString headVersion = catalog.headVersion();
    auto head = ExpectedSnapshotStore(ExpectedSnapshotStore::directoryFor(catalog.directory))
                    .load(headVersion);
    if (!head)
        return head.error();

    progress(1, tr("Connecting to %1").arg(m_reference.profile.displayTarget()));
    auto opened = DatabaseSession::open(m_reference, QStringLiteral("generate"));
    if (!opened) {
        AppError error = opened.error();
        error.message = tr("Cannot reach the reference database %1: %2")
                            .arg(m_reference.profile.displayTarget(), error.message);
        return error;
    }
    const DatabaseSession &session = *opened.value();
    const int major = session.server().versionNumber / 10000;
    if (m_targetMajor > 0 && major != m_targetMajor)
        return usage(
            tr("The reference database %1 runs PostgreSQL %2, the migrations' database PostgreSQL %3: types and expressions would not compare.")
                .arg(m_reference.profile.displayTarget())
                .arg(major)
                .arg(m_targetMajor),
            tr("Use a reference database on PostgreSQL %1.").arg(m_targetMajor));
    m_cancel.arm(session);
    progress(2, tr("Reading the schema of %1").arg(m_reference.profile.displayTarget()));
    SchemaIntrospector::Options options;
    options.schemas = head->schemas;
    auto reference = SchemaIntrospector(session, options).snapshot();
    m_cancel.disarm();
    if (!reference)
        return reference.error();

    progress(3, tr("Comparing with the expected schema of %1").arg(headVersion));
    auto sections = MigrationGenerator::generate(head.value(), reference.value());
    if (!sections)
        return sections.error();
    if (sections->up.isEmpty())
        return AppError{
            .message =
                tr("No difference between the expected schema at %1 and %2: nothing to generate.")
                    .arg(headVersion, m_reference.profile.displayTarget())};

    GeneratedMigration result;
    result.version = nextVersion(catalog);
    result.path =
        QDir(catalog.directory).filePath(QStringLiteral("%1_%2.sql").arg(result.version, slugged));
    QString header =
        QStringLiteral("-- version: %1\n-- title: %2\n").arg(result.version, title.trimmed());
    if (!titleEn.trimmed().isEmpty())
        header += QStringLiteral("-- title_en: %1\n").arg(titleEn.trimmed());
    header += QStringLiteral("-- transactional: true\n\n");
    result.text = header + QStringLiteral("-- migrate:up\n-- ")
        + tr("Generated by mathakine-admin from %1 against the expected schema at %2; review before applying.")
              .arg(m_reference.profile.displayTarget(), headVersion)
        + QLatin1Char('\n');
    for (const QString &note : sections->notes)
        result.text += QStringLiteral("-- ") + note + QLatin1Char('\n');
    result.text +=
        section(sections->up) + QStringLiteral("\n-- migrate:down\n") + section(sections->down);
    result.upStatements = static_cast<int>(sections->up.live().size());
    result.reviewed =
        reviewedCount(sections->up);  // the down statements that undo them are not data losses
    result.notes = sections->notes;

    progress(4, tr("Checking %1").arg(QFileInfo(result.path).fileName()));
    auto parsed =
        MigrationParser::parseText(result.text.toUtf8(), QFileInfo(result.path).fileName());
    if (!parsed)
        return parsed.error();
    MigrationCatalog withNew = catalog;
    parsed->filePath = result.path;
    withNew.migrations << parsed.value();
    for (const LintFinding &finding : MigrationLinter::lint(withNew)) {
        if (finding.version == result.version)
            result.findings << finding;
    }
    if (QFileInfo::exists(result.path))
        return usage(tr("%1 already exists; it is never overwritten.").arg(result.path));
    QSaveFile file(result.path);  // a temporary name in the folder, renamed by commit()
    if (!file.open(QIODevice::WriteOnly) || file.write(result.text.toUtf8()) < 0 || !file.commit())
        return AppError{
            .exitCode = ExitCode::Usage,
            .message = tr("Cannot write %1: %2").arg(result.path, file.errorString()),
            .hint = tr("Check that the folder %1 exists and is writable.").arg(catalog.directory),
            .file = result.path};
    return result;
}

}  // namespace mathakine
