// `new "title"` (issue 15, item 1): the next migration file from a template, and the
// replaces_revisions header (item 4).
#include "MigrationFixtures.h"
#include "TestServer.h"

#include "common/FileBatch.h"
#include "generate/MigrationTemplate.h"
#include "migrate/Migration.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}  // namespace

class TestMigrationTemplate : public QObject {
    Q_OBJECT

private slots:
    void slugKeepsLettersAndDigitsWithoutAccents();
    void newWritesTheNextVersionWithHeaderAndCommentedSections();
    void aFreshTemplateIsRefusedUntilItsUpSectionHasAStatement();
    void nonTransactionalFlagIsWrittenInTheHeader();
    void titleThatSlugsToNothingIsRefusedAndNothingWritten();
    void folderThatCannotBeWrittenIsNamed();
    void anExistingFileIsNeverOverwritten();
    void cliNewPrintsThePath();
    void replacesRevisionsHeaderIsReadAndChecked();
};

void TestMigrationTemplate::slugKeepsLettersAndDigitsWithoutAccents()
{
    QCOMPARE(MigrationTemplate::slug(QStringLiteral("Ajout d'un index à « users » (été 2025)")),
             QStringLiteral("ajout_d_un_index_a_users_ete_2025"));
    QCOMPARE(MigrationTemplate::slug(QStringLiteral("  Élève  ")), QStringLiteral("eleve"));
    QCOMPARE(MigrationTemplate::slug(QStringLiteral("!!! — ???")), QString());
    QCOMPARE(MigrationTemplate::slug(QStringLiteral("abc def ghi"), 5), QStringLiteral("abc_d"));
    QCOMPARE(MigrationTemplate::slug(QStringLiteral("abcd efgh"), 5),
             QStringLiteral("abcd"));  // no trailing "_"
}

void TestMigrationTemplate::newWritesTheNextVersionWithHeaderAndCommentedSections()
{
    QTemporaryDir dir;
    copyRealMigrations(dir.path());
    auto path = MigrationTemplate::create(
        dir.path(),
        {QStringLiteral("Points d'expérience"), QStringLiteral("Experience points"), true});
    QVERIFY2(path.ok(), qPrintable(path.error().fullText()));
    QCOMPARE(QFileInfo(path.value()).fileName(), QStringLiteral("0007_points_d_experience.sql"));
    const QString text = QString::fromUtf8(readAll(path.value()));
    QVERIFY(text.startsWith(QStringLiteral(
        "-- version: 0007\n-- title: Points d'expérience\n-- title_en: Experience points\n"
        "-- revision: points_d_experience\n-- transactional: true\n")));
    // Filled in, the file is a valid migration with that header.
    QFile file(path.value());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8().replace("-- migrate:down",
                                     "ALTER TABLE users ADD COLUMN xp int;\n\n-- migrate:down"));
    file.close();
    auto parsed = MigrationParser::parseFile(path.value());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullText()));
    QCOMPARE(parsed->version, QStringLiteral("0007"));
    QCOMPARE(parsed->titleEn, QStringLiteral("Experience points"));
    QCOMPARE(parsed->revision, QStringLiteral("points_d_experience"));
    QVERIFY(MigrationCatalogLoader::load(dir.path()).ok());

    // The same title again: the next version, and the revision id made unique with it.
    auto second =
        MigrationTemplate::create(dir.path(), {QStringLiteral("Points d'expérience"), {}, true});
    QVERIFY(second.ok());
    QCOMPARE(QFileInfo(second.value()).fileName(), QStringLiteral("0008_points_d_experience.sql"));
    QVERIFY(readAll(second.value()).contains("-- revision: points_d_experience_0008\n"));
}

void TestMigrationTemplate::aFreshTemplateIsRefusedUntilItsUpSectionHasAStatement()
{
    QTemporaryDir dir;
    auto path = MigrationTemplate::create(dir.path(), {QStringLiteral("Brouillon"), {}, true});
    QVERIFY(path.ok());
    QCOMPARE(QFileInfo(path.value()).fileName(), QStringLiteral("0001_brouillon.sql"));
    auto parsed = MigrationParser::parseFile(path.value());
    QVERIFY(!parsed.ok());  // an empty migration must not be applied and recorded by mistake
    QCOMPARE(parsed.error().file, path.value());
    QVERIFY(parsed.error().line > 0);
}

void TestMigrationTemplate::nonTransactionalFlagIsWrittenInTheHeader()
{
    QTemporaryDir dir;
    auto path =
        MigrationTemplate::create(dir.path(), {QStringLiteral("Index concurrent"), {}, false});
    QVERIFY(path.ok());
    QVERIFY(readAll(path.value()).contains("-- transactional: false\n"));
}

void TestMigrationTemplate::titleThatSlugsToNothingIsRefusedAndNothingWritten()
{
    QTemporaryDir dir;
    auto path = MigrationTemplate::create(dir.path(), {QStringLiteral("« … »"), {}, true});
    QVERIFY(!path.ok());
    QCOMPARE(path.error().exitCode, ExitCode::Usage);
    QVERIFY2(path.error().message.contains(QStringLiteral("« … »")),
             qPrintable(path.error().message));
    auto twoLines =
        MigrationTemplate::create(dir.path(), {QStringLiteral("Un\n-- revision: x"), {}, true});
    QVERIFY(!twoLines.ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void TestMigrationTemplate::folderThatCannotBeWrittenIsNamed()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QFile(file).open(QIODevice::WriteOnly);
    auto path = MigrationTemplate::create(file + QStringLiteral("/migrations"),
                                          {QStringLiteral("Titre"), {}, true});
    QVERIFY(!path.ok());
    QCOMPARE(path.error().file, file + QStringLiteral("/migrations"));
}

void TestMigrationTemplate::anExistingFileIsNeverOverwritten()
{
    QTemporaryDir dir;
    FileBatch first(dir.path());
    first.add(QStringLiteral("a.sql"), "first", false);
    QVERIFY(first.commit().ok());
    FileBatch second(dir.path());
    second.add(QStringLiteral("b.sql"), "other", false);
    second.add(QStringLiteral("a.sql"), "second", false);
    auto written = second.commit();
    QVERIFY(!written.ok());
    QCOMPARE(written.error().file, dir.filePath(QStringLiteral("a.sql")));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("a.sql"))), QByteArray("first"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.sql"))));  // all or none
}

void TestMigrationTemplate::cliNewPrintsThePath()
{
    QTemporaryDir dir;
    const CliRun run = runCli({QStringLiteral("--migrations"), dir.path(), QStringLiteral("new"),
                               QStringLiteral("Nouvelle table"), QStringLiteral("--title-en"),
                               QStringLiteral("New table")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), dir.filePath(QStringLiteral("0001_nouvelle_table.sql")));
    const CliRun empty = runCli(
        {QStringLiteral("--migrations"), dir.path(), QStringLiteral("new"), QStringLiteral("???")});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(QLatin1String("???")), qPrintable(empty.err));
}

void TestMigrationTemplate::replacesRevisionsHeaderIsReadAndChecked()
{
    const QByteArray body = "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 1;\n";
    auto parsed = MigrationParser::parseText(
        "-- version: 1\n-- title: x\n-- replaces_revisions: 20250513_baseline, other_one\n" + body,
        QStringLiteral("0001_x.sql"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullText()));
    QCOMPARE(parsed->replacesRevisions,
             (QStringList{QStringLiteral("20250513_baseline"), QStringLiteral("other_one")}));
    auto bad = MigrationParser::parseText(
        "-- version: 1\n-- title: x\n-- replaces_revisions: not-an-id\n" + body,
        QStringLiteral("0001_x.sql"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().line, 3);
    QVERIFY(bad.error().message.contains(QLatin1String("replaces_revisions")));
}

QTEST_GUILESS_MAIN(TestMigrationTemplate)
#include "tst_migration_template.moc"
