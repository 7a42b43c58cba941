// Migration files from real migration-tool bug reports (issue 13): what is refused, what is
// kept byte for byte, and how fast a large file loads. No server needed.
#include "migrate/MigrationCatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace mathakine;

class TestMigrationInput : public QObject {
    Q_OBJECT

private slots:
    void statementsKeepTrailingBlanksInsideLiterals();
    void checksumSeesBlanksInsideLiteralsButNotOutside();
    void realMigrationsKeepTheirChecksums();
    void markerInsideAStringIsText();
    void linesCountCrLfAndLoneCr();
    void unterminatedStringNamesItsLine();
    void copyNeedingTheClientProtocolIsRefused_data();
    void copyNeedingTheClientProtocolIsRefused();
    void copyFromAServerFileIsAccepted();
    void deepNestingIsRefusedWithItsLineInBothSections_data();
    void deepNestingIsRefusedWithItsLineInBothSections();
    void moderateNestingStillLoads();
    void symlinkToDevZeroIsRefusedQuicklyAndSmall();
    void fileLargerThanTheCapIsRefused();
    void nulByteIsRefusedWithItsLine();
    void bigintVersionsAreAccepted();
    void versionBeyondBigintNamesTheLimit();
};

namespace {
const QByteArray kHeader = "-- version: 0007\n-- title: Essai\n\n-- migrate:up\n";
const QByteArray kDown = "\n-- migrate:down\nSELECT 1;\n";

Outcome<Migration> parse(const QByteArray &text)
{
    return MigrationParser::parseText(text, QStringLiteral("0007_test.sql"));
}

QByteArray nested(int depth)
{
    return "SELECT " + QByteArray("abs(").repeated(depth) + "1" + QByteArray(")").repeated(depth);
}

long maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
}  // namespace

void TestMigrationInput::statementsKeepTrailingBlanksInsideLiterals()
{
    const QByteArray literal = "'line one   \nline two\t\n  end  '";
    const QByteArray body = "$b$ tab\t\n  spaces   \n$b$";
    auto m = parse(kHeader + "INSERT INTO t VALUES (" + literal + ", " + body + ") ;  \n" + kDown);
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    QCOMPARE(m->up.statements.size(), 1);
    QCOMPARE(m->up.statements.at(0).sql.toUtf8(),
             "INSERT INTO t VALUES (" + literal + ", " + body + ")");
    QCOMPARE(m->up.statements.at(0).offset, kHeader.size());
    QCOMPARE(m->up.statements.at(0).length, m->up.statements.at(0).sql.toUtf8().size());
}

void TestMigrationInput::checksumSeesBlanksInsideLiteralsButNotOutside()
{
    const QByteArray withBlanks = kHeader + "INSERT INTO t VALUES ('a  \nb');  \n" + kDown;
    QByteArray withoutInside = withBlanks;
    withoutInside.replace("'a  \n", "'a\n");
    QByteArray withoutOutside = withBlanks;
    withoutOutside.replace(";  \n", ";\n");
    QCOMPARE(parse(withoutOutside)->checksum, parse(withBlanks)->checksum);
    QVERIFY(parse(withoutInside)->checksum
            != parse(withBlanks)->checksum);  // the stored data changes
}

void TestMigrationInput::realMigrationsKeepTheirChecksums()
{
    // 0001's was computed with the rule before issue 13: databases that applied it see no
    // drift. Phase 1 (0002-0006) was rewritten for zero stall in issue 14, before production.
    const QStringList before = {
        QStringLiteral("ffae22c9a476a71e8db110fc365afc99eedbd06d384bd451f6f316c2feb0558b"),
        QStringLiteral("b93dae57fe023302b57897f0223b2b5c499168bdef525d4076f68b8c74f1ab09"),
        QStringLiteral("912cfa0a173a3b0e8c7bccc925b4d028a8e26a56128a4e151bfa89677caeb090"),
        QStringLiteral("dc55fb5c485e954ec894243d972de0210cae83fb95a34519c41422824776575f"),
        QStringLiteral("eb1418ef85879b49b2a6d1e369d975c957ad2d49e6c7bba7e3fc736501cbbd38"),
        QStringLiteral("0e3c1e635abbff4a47d9a6cced7faaf86ed9be29f078c490c9c6ccf917b86cd9")};
    const auto loaded = MigrationCatalogLoader::load(qEnvironmentVariable("MATHAKINE_SOURCE_DIR")
                                                     + QStringLiteral("/migrations"));
    QVERIFY(loaded.ok());
    QStringList now;
    for (const Migration &m : loaded.catalog.migrations)
        now << m.checksum;
    QCOMPARE(now, before);
}

void TestMigrationInput::markerInsideAStringIsText()
{
    auto m =
        parse(kHeader
              + "SELECT $$\n-- migrate:down\n$$;\n/*\n-- migrate:down\n*/ SELECT 2; -- migrate:down"
              + kDown);
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    QCOMPARE(m->up.statements.size(), 2);
    QCOMPARE(m->up.statements.at(1).line, 10);
    QCOMPARE(m->down.statements.size(), 1);
}

void TestMigrationInput::linesCountCrLfAndLoneCr()
{
    auto m = parse(
        "-- version: 1\r\n-- title: x\r-- migrate:up\r\nSELECT 1;\r\n\r\nSELECT\r\n 2;\n-- migrate:down\nSELECT 3;");
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    QCOMPARE(m->up.statements.at(0).line, 4);
    QCOMPARE(m->up.statements.at(1).line, 6);
    QCOMPARE(m->up.statements.at(1).sql, QStringLiteral("SELECT\r\n 2"));
    QCOMPARE(m->down.statements.at(0).line, 9);
}

void TestMigrationInput::unterminatedStringNamesItsLine()
{
    // The marker after it is inside the string, as the server would read it.
    auto m = parse(kHeader + "SELECT 1;\n  SELECT $$never closed;\n" + kDown);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().line, 6);
    QCOMPARE(m.error().column, 10);
    QVERIFY2(m.error().message.contains(QStringLiteral("unterminated")),
             qPrintable(m.error().message));
}

void TestMigrationInput::copyNeedingTheClientProtocolIsRefused_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::newRow("from stdin") << QByteArray("COPY t FROM stdin;");
    QTest::newRow("from STDIN with options")
        << QByteArray("COPY t (a, b) FROM STDIN WITH (FORMAT csv);");
    QTest::newRow("to stdout") << QByteArray("COPY t TO STDOUT;");
    QTest::newRow("query to stdout") << QByteArray("COPY (SELECT 1) TO STDOUT;");
}

void TestMigrationInput::copyNeedingTheClientProtocolIsRefused()
{
    QFETCH(QByteArray, statement);
    auto m = parse(kHeader + "CREATE TABLE t (a int, b int);\n\n  " + statement + "\n" + kDown);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().exitCode, ExitCode::Usage);
    QVERIFY2(m.error().located().startsWith(QStringLiteral("0007_test.sql:7:3: ")),
             qPrintable(m.error().located()));
    QVERIFY2(m.error().message.contains(QStringLiteral("STDIN")), qPrintable(m.error().message));
}

void TestMigrationInput::copyFromAServerFileIsAccepted()
{
    auto m = parse(kHeader + "COPY t FROM '/srv/data.csv';\n" + kDown);
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
}

void TestMigrationInput::deepNestingIsRefusedWithItsLineInBothSections_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::newRow("up") << QByteArray(kHeader + "SELECT 1;\n" + nested(600) + ";\n" + kDown) << 6;
    QTest::newRow("down") << QByteArray(kHeader + "SELECT 1;\n-- migrate:down\nSELECT 2;\n\n"
                                        + nested(600) + ";\n")
                          << 9;
}

void TestMigrationInput::deepNestingIsRefusedWithItsLineInBothSections()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    auto m = parse(content);
    QVERIFY2(!m.ok(), "a statement the tool cannot read must not vanish");
    QCOMPARE(m.error().line, line);
    QCOMPARE(m.error().exitCode, ExitCode::Usage);
    QVERIFY2(m.error().message.contains(QStringLiteral("nested too deeply")),
             qPrintable(m.error().message));
}

void TestMigrationInput::moderateNestingStillLoads()
{
    auto m = parse(kHeader + nested(100) + ";\n" + kDown);
    QVERIFY2(m.ok(), qPrintable(m.error().located()));
    QCOMPARE(m->up.statements.size(), 1);
}

void TestMigrationInput::symlinkToDevZeroIsRefusedQuicklyAndSmall()
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("0001_zero.sql"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
    QElapsedTimer timer;
    timer.start();
    const auto loaded = MigrationCatalogLoader::load(dir.path());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(maxRssKiB() < 100 * 1024, qPrintable(QString::number(maxRssKiB())));
    QCOMPARE(loaded.errors.size(), 1);
    QCOMPARE(loaded.errors.first().file, link);
    QVERIFY2(loaded.errors.first().message.contains(QStringLiteral("regular file")),
             qPrintable(loaded.errors.first().message));
}

void TestMigrationInput::fileLargerThanTheCapIsRefused()
{
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("0001_big.sql")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(MigrationParser::maxFileBytes + 1));  // sparse: no 16 MiB written
    big.close();
    auto m = MigrationParser::parseFile(big.fileName());
    QVERIFY(!m.ok());
    QCOMPARE(m.error().file, big.fileName());
    QVERIFY2(m.error().message.contains(QStringLiteral("16 MiB")), qPrintable(m.error().message));
}

void TestMigrationInput::nulByteIsRefusedWithItsLine()
{
    // The parser reads a C string: without the check, all after the NUL would vanish.
    QByteArray text = kHeader + "SELECT 1;\nSELECT 2;";
    text.append('\0').append(" DROP TABLE users;\n" + kDown);
    auto withNul = parse(text);
    QVERIFY(!withNul.ok());
    QCOMPARE(withNul.error().line, 6);
    QVERIFY2(withNul.error().message.contains(QStringLiteral("UTF-8")),
             qPrintable(withNul.error().message));
}

void TestMigrationInput::bigintVersionsAreAccepted()
{
    for (const QByteArray &version :
         {QByteArray("20240315093000"), QByteArray("9223372036854775807"),
          QByteArray("0000000000000000000001")}) {
        auto m =
            parse("-- version: " + version + "\n-- title: x\n-- migrate:up\nSELECT 1;\n" + kDown);
        QVERIFY2(m.ok(), qPrintable(m.error().located()));
        QCOMPARE(m->version.toUtf8(), version);
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("20240315093000_add_x.sql")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-- version: 20240315093000\n-- title: x\n-- migrate:up\nSELECT 1;\n" + kDown);
    file.close();
    const auto loaded = MigrationCatalogLoader::load(dir.path());
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.errors.first().located()));
    QCOMPARE(loaded.catalog.resolveTarget(QStringLiteral("20240315093000")), std::optional<int>(0));
}

void TestMigrationInput::versionBeyondBigintNamesTheLimit()
{
    auto m =
        parse("-- version: 9223372036854775808\n-- title: x\n-- migrate:up\nSELECT 1;\n" + kDown);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().line, 1);
    QVERIFY2(m.error().message.contains(QStringLiteral("9223372036854775807")),
             qPrintable(m.error().message));
    QVERIFY2(m.error().message.contains(QStringLiteral("bigint")), qPrintable(m.error().message));
}

QTEST_GUILESS_MAIN(TestMigrationInput)
#include "tst_migration_input.moc"
