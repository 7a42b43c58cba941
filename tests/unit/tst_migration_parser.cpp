#include "migrate/MigrationCatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;

class TestMigrationParser : public QObject {
    Q_OBJECT

private slots:
    void splitsWithThePostgresParser();
    void syntaxErrorNamesFileLineAndColumn();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void crlfCheckoutHasTheSameChecksumButAnEditDoesNot();
    void catalogReportsDuplicateAndMismatchedVersions();
    void catalogRequiresADownSection();
    void resolvesTargetsByVersionRevisionHeadAndBase();
    void lockRetriesHeaderIsReadAndDefaultsToNone();
};

namespace {
const QByteArray kHeader = "-- version: 0007\n-- title: Essai\n\n-- migrate:up\n";

Outcome<Migration> parse(const QByteArray &text)
{
    return MigrationParser::parseText(text, QStringLiteral("0007_test.sql"));
}

void write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
}  // namespace

void TestMigrationParser::splitsWithThePostgresParser()
{
    const QByteArray text = kHeader
        + "-- a comment; with a semicolon\n"
          "INSERT INTO t VALUES ('a;b', $$x;y$$);\n"
          "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$\nBEGIN\n  RETURN 1;\nEND\n$body$;\n"
          "/* block ; comment */ SELECT 'é;è';\n"
          "\n-- migrate:down\nDROP FUNCTION f();\n";
    auto m = parse(text);
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    QCOMPARE(m->up.statements.size(), 3);
    QCOMPARE(m->up.statements.at(0).line, 6);
    QCOMPARE(m->up.statements.at(0).sql, QStringLiteral("INSERT INTO t VALUES ('a;b', $$x;y$$)"));
    QCOMPARE(m->up.statements.at(0).kind(), QStringLiteral("InsertStmt"));
    QCOMPARE(m->up.statements.at(1).line, 7);
    QVERIFY(m->up.statements.at(1).sql.endsWith(QStringLiteral("$body$")));
    QCOMPARE(m->up.statements.at(2).line, 12);
    QCOMPARE(m->up.statements.at(2).sql, QStringLiteral("SELECT 'é;è'"));
    QCOMPARE(m->down.statements.size(), 1);
    QCOMPARE(m->down.statements.at(0).line, 15);
}

void TestMigrationParser::syntaxErrorNamesFileLineAndColumn()
{
    auto m = parse(kHeader + "SELECT 1;\n  SELEC 2;\n\n-- migrate:down\nSELECT 1;\n");
    QVERIFY(!m.ok());
    QCOMPARE(m.error().file, QStringLiteral("0007_test.sql"));
    QCOMPARE(m.error().line, 6);
    QCOMPARE(m.error().column, 3);
    QVERIFY(m.error().located().startsWith(QStringLiteral("0007_test.sql:6:3: ")));
    QVERIFY(m.error().message.contains(QStringLiteral("SELEC")));

    auto inDown = parse(kHeader + "SELECT 1;\n-- migrate:down\nDROP TABLE é x;\n");
    QVERIFY(!inDown.ok());
    QCOMPARE(inDown.error().line, 7);
    QCOMPARE(inDown.error().column, 14);  // characters, not bytes: "é" is one
}

void TestMigrationParser::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("line");

    QTest::newRow("empty") << QByteArray("  \n\n") << "empty" << 0;
    QTest::newRow("invalid utf-8")
        << QByteArray(kHeader + "SELECT '\xff\xfe';\n-- migrate:down\nSELECT 1;\n") << "UTF-8" << 5;
    QTest::newRow("unknown header key")
        << QByteArray("-- version: 1\n-- title: x\n-- author: me\n-- migrate:up\nSELECT 1;\n")
        << "author" << 3;
    QTest::newRow("no version") << QByteArray("-- title: x\n-- migrate:up\nSELECT 1;\n")
                                << "no version" << 1;
    QTest::newRow("no title") << QByteArray("-- version: 1\n-- migrate:up\nSELECT 1;\n")
                              << "no title" << 1;
    QTest::newRow("no up marker") << QByteArray("-- version: 1\n-- title: x\nSELECT 1;\n") << "only"
                                  << 3;
    QTest::newRow("bad transactional") << QByteArray(
        "-- version: 1\n-- title: x\n-- transactional: maybe\n-- migrate:up\nSELECT 1;\n")
                                       << "transactional" << 3;
    QTest::newRow("negative lock_retries")
        << QByteArray("-- version: 1\n-- title: x\n-- lock_retries: -1\n-- migrate:up\nSELECT 1;\n")
        << "lock_retries" << 3;
    QTest::newRow("too many lock_retries") << QByteArray(
        "-- version: 1\n-- title: x\n-- lock_retries: 101\n-- migrate:up\nSELECT 1;\n")
                                           << "0 to 100" << 3;
    QTest::newRow("bad revision") << QByteArray(
        "-- version: 1\n-- title: x\n-- revision: a-b\n-- migrate:up\nSELECT 1;\n")
                                  << "revision" << 3;
    QTest::newRow("empty up") << QByteArray(kHeader + "-- nothing\n-- migrate:down\nSELECT 1;\n")
                              << "no statement" << 4;
    QTest::newRow("two up markers")
        << QByteArray(kHeader + "SELECT 1;\n-- migrate:up\n") << "second" << 6;
}

void TestMigrationParser::rejectsBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QFETCH(int, line);
    auto m = parse(content);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message.contains(expected), qPrintable(m.error().message));
    QCOMPARE(m.error().line, line);
    QCOMPARE(m.error().exitCode, ExitCode::Usage);
}

void TestMigrationParser::crlfCheckoutHasTheSameChecksumButAnEditDoesNot()
{
    const QByteArray lf = kHeader + "CREATE TABLE t (id int);\n\n-- migrate:down\nDROP TABLE t;\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray trailing = lf;
    trailing.replace("(id int);", "(id int);   \t");
    QByteArray edited = lf;
    edited.replace("id int", "id bigint");
    const QString sum = parse(lf)->checksum;
    QCOMPARE(sum.size(), 64);
    QCOMPARE(parse(crlf)->checksum, sum);
    QCOMPARE(parse(trailing)->checksum, sum);
    QVERIFY(parse(edited)->checksum != sum);
}

void TestMigrationParser::catalogReportsDuplicateAndMismatchedVersions()
{
    QTemporaryDir dir;
    const QByteArray body = "-- title: x\n-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 1;\n";
    write(dir.filePath(QStringLiteral("0001_a.sql")), "-- version: 0001\n" + body);
    write(dir.filePath(QStringLiteral("01_b.sql")), "-- version: 1\n" + body);
    write(dir.filePath(QStringLiteral("0003_c.sql")), "-- version: 0002\n" + body);
    write(dir.filePath(QStringLiteral("demo-data.sql")), "not a migration");
    const auto result = MigrationCatalogLoader::load(dir.path());
    QCOMPARE(result.errors.size(), 2);
    QString all;
    for (const AppError &e : result.errors)
        all += e.located() + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("used twice")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral(
                 "0003_c.sql:1: The file name says version 0003 but the header says 0002")),
             qPrintable(all));

    // Two files declaring one Alembic revision: `alembic_version` could not tell them apart.
    QTemporaryDir revisions;
    write(revisions.filePath(QStringLiteral("0001_a.sql")),
          "-- version: 0001\n-- revision: baseline\n" + body);
    write(revisions.filePath(QStringLiteral("0002_b.sql")),
          "-- version: 0002\n-- revision: baseline\n" + body);
    const auto twice = MigrationCatalogLoader::load(revisions.path());
    QCOMPARE(twice.errors.size(), 1);
    QVERIFY2(twice.errors.constFirst().located().contains(
                 QStringLiteral("0002_b.sql:1: Revision baseline is used twice")),
             qPrintable(twice.errors.constFirst().located()));
}

void TestMigrationParser::catalogRequiresADownSection()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("0001_a.sql")),
          "-- version: 1\n-- title: x\n-- migrate:up\nSELECT 1;\n");
    const auto result = MigrationCatalogLoader::load(dir.path());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().message.contains(QStringLiteral("migrate:down")));
}

void TestMigrationParser::resolvesTargetsByVersionRevisionHeadAndBase()
{
    auto loaded = MigrationCatalogLoader::load(qEnvironmentVariable("MATHAKINE_SOURCE_DIR")
                                               + QStringLiteral("/migrations"));
    QVERIFY(loaded.ok());
    const MigrationCatalog &c = loaded.catalog;
    QCOMPARE(c.resolveTarget(QStringLiteral("head")), std::optional<int>(5));
    QCOMPARE(c.resolveTarget(QStringLiteral("base")), std::optional<int>(-1));
    QCOMPARE(c.resolveTarget(QStringLiteral("2")), std::optional<int>(1));
    QCOMPARE(c.resolveTarget(QStringLiteral("0003")), std::optional<int>(2));
    QCOMPARE(c.resolveTarget(QStringLiteral("user_extensions")), std::optional<int>(1));
    QCOMPARE(c.resolveTarget(QStringLiteral("exercise_extensions")), std::optional<int>(5));
    QVERIFY(!c.resolveTarget(QStringLiteral("9999")).has_value());
}

void TestMigrationParser::lockRetriesHeaderIsReadAndDefaultsToNone()
{
    auto with = parse(
        "-- version: 0007\n-- title: x\n-- lock_retries: 10\n-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 1;\n");
    QVERIFY2(with.ok(), qPrintable(with.error().located()));
    QCOMPARE(with->lockRetries, 10);
    auto without = parse(kHeader + "SELECT 1;\n-- migrate:down\nSELECT 1;\n");
    QVERIFY(without.ok());
    QCOMPARE(without->lockRetries, 0);
}

QTEST_GUILESS_MAIN(TestMigrationParser)
#include "tst_migration_parser.moc"
