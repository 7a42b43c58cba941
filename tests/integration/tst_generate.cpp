#include "ReconcileSupport.h"

#include "connection/DatabaseSession.h"
#include "generate/GenerateJob.h"
#include "schema/ExpectedSnapshotStore.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaIntrospector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace mathakine;
using namespace testsupport;

namespace {
QString headDatabase(const QString &prefix, const QStringList &handMade = {})
{
    const QString db = createDatabase(prefix);
    auto report =
        MigrationRun(spec(db), RunOptions()).upgrade(loadCatalog(realMigrationsDir()), {});
    if (!report)
        qFatal("%s", qPrintable(report.error().fullText()));
    for (const QString &sql : handMade) {
        QString error;
        if (!exec(db, sql, &error))
            qFatal("%s: %s", qPrintable(sql), qPrintable(error));
    }
    return db;
}

// The real migrations with their expected snapshots, in a folder the test may write to.
void copyMigrationsWithSnapshots(const QString &dir)
{
    copyRealMigrations(dir);
    QDir().mkpath(dir + QStringLiteral("/expected"));
    const QDir expected(realMigrationsDir() + QStringLiteral("/expected"));
    for (const QString &name : expected.entryList({QStringLiteral("*.json")}, QDir::Files))
        QFile::copy(expected.filePath(name), dir + QStringLiteral("/expected/") + name);
}

SchemaSnapshot snapshotOf(const QString &db)
{
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    auto snapshot = SchemaIntrospector(*session.value()).snapshot();
    if (!snapshot)
        qFatal("cannot snapshot %s", qPrintable(db));
    return snapshot.value();
}

QString describeAll(const SchemaDiff &diff)
{
    QStringList lines;
    for (const SchemaDifference &d : diff.differences)
        lines << SchemaDiff::describe(d);
    return lines.join(QLatin1Char('\n'));
}

QStringList sqlFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*")}, QDir::Files, QDir::Name);
}

const QStringList kHandMadeChanges = {
    QStringLiteral("CREATE TYPE badge_kind AS ENUM ('bronze', 'silver', 'gold')"),
    QStringLiteral(
        "CREATE TABLE badges (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
        " kind badge_kind NOT NULL DEFAULT 'bronze', label varchar(80) NOT NULL, awarded_at timestamptz NOT NULL DEFAULT now(),"
        " CONSTRAINT badges_label_check CHECK (length(label) > 0))"),
    QStringLiteral("CREATE INDEX idx_badges_user ON badges (user_id)"),
    QStringLiteral("ALTER TABLE users ADD COLUMN nickname varchar(40)"),
    QStringLiteral("CREATE INDEX idx_users_nickname ON users (nickname)"),
    QStringLiteral("ALTER TABLE achievements ALTER COLUMN points_reward SET DEFAULT 5"),
    QStringLiteral("ALTER TABLE notifications ALTER COLUMN title TYPE text"),
};
}  // namespace

class TestGenerate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { REQUIRE_SERVER(); }
    void generatedMigrationReachesTheReferenceAndItsDownComesBack();
    void whatCanLoseDataIsWrittenCommentedOutWithAWarning();
    void slugsAndVersionsFollowTheFolder();
    void badInputIsRefusedWithoutWritingAFile();
    void referenceOnAnotherMajorVersionIsRefused();
};

void TestGenerate::generatedMigrationReachesTheReferenceAndItsDownComesBack()
{
    const QString reference = headDatabase(QStringLiteral("genref"), kHandMadeChanges);
    const QString target = headDatabase(QStringLiteral("gentarget"));
    QTemporaryDir dir;
    copyMigrationsWithSnapshots(dir.path());

    const CliRun generated =
        runCli(cliArgs(target,
                       {QStringLiteral("generate"), QStringLiteral("--from-url"), url(reference),
                        QStringLiteral("Badges des utilisateurs")},
                       dir.path()));
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.out + generated.err));
    const QString path = dir.filePath(QStringLiteral("0007_badges_des_utilisateurs.sql"));
    QVERIFY2(generated.out.startsWith(path), qPrintable(generated.out));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // Dependency order: the type, then the table using it, then its foreign key and index.
    QVERIFY2(text.indexOf(QStringLiteral("CREATE TYPE public.badge_kind"))
                 < text.indexOf(QStringLiteral("CREATE TABLE public.badges")),
             qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("CREATE TABLE public.badges"))
            < text.indexOf(QStringLiteral("ADD CONSTRAINT badges_user_id_fkey")));
    QVERIFY(text.indexOf(QStringLiteral("ADD CONSTRAINT badges_user_id_fkey"))
            < text.indexOf(QStringLiteral("CREATE INDEX idx_badges_user")));
    QVERIFY2(!text.contains(QStringLiteral("WARNING")),
             qPrintable(text));  // nothing here loses data

    const CliRun upgrade = runCli(cliArgs(target, {QStringLiteral("upgrade")}, dir.path()));
    QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.out + upgrade.err));
    const SchemaDiff reached = SchemaComparer::compare(snapshotOf(reference), snapshotOf(target));
    QVERIFY2(reached.isEmpty(), qPrintable(describeAll(reached)));

    const CliRun downgrade =
        runCli(cliArgs(target, {QStringLiteral("downgrade"), QStringLiteral("0006")}, dir.path()));
    QVERIFY2(downgrade.exitCode == 0, qPrintable(downgrade.out + downgrade.err));
    auto head = ExpectedSnapshotStore(ExpectedSnapshotStore::directoryFor(realMigrationsDir()))
                    .load(QStringLiteral("0006"));
    const SchemaDiff back = SchemaComparer::compare(head.value(), snapshotOf(target));
    QVERIFY2(back.isEmpty(), qPrintable(describeAll(back)));
    dropDatabase(reference);
    dropDatabase(target);
}

void TestGenerate::whatCanLoseDataIsWrittenCommentedOutWithAWarning()
{
    const QString reference =
        headDatabase(QStringLiteral("genloss"),
                     {QStringLiteral("ALTER TABLE users DROP COLUMN bio"),
                      QStringLiteral("ALTER TABLE users ALTER COLUMN timezone TYPE varchar(20)"),
                      QStringLiteral("ALTER TABLE users ADD COLUMN nickname text")});
    QTemporaryDir dir;
    copyMigrationsWithSnapshots(dir.path());
    const CliRun generated = runCli(cliArgs(
        reference,
        {QStringLiteral("generate"), QStringLiteral("--from-url"), url(reference),
         QStringLiteral("Nettoyage"), QStringLiteral("--title-en"), QStringLiteral("Clean-up")},
        dir.path()));
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.out + generated.err));
    QVERIFY2(generated.out.contains(QStringLiteral("commented out")), qPrintable(generated.out));
    QFile file(dir.filePath(QStringLiteral("0007_nettoyage.sql")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString up = text.section(QStringLiteral("-- migrate:down"), 0, 0);
    const QString down = text.section(QStringLiteral("-- migrate:down"), 1);
    QVERIFY2(
        up.contains(QStringLiteral("-- WARNING: dropping column public.users.bio can lose data")),
        qPrintable(text));
    QVERIFY(up.contains(QStringLiteral("\n-- ALTER TABLE public.users DROP COLUMN bio;\n")));
    QVERIFY(up.contains(QStringLiteral(
        "\n-- ALTER TABLE public.users ALTER COLUMN timezone TYPE character varying(20)")));
    QVERIFY(up.contains(QStringLiteral("\nALTER TABLE public.users ADD COLUMN nickname text;\n")));
    // The down section undoes the live part and leaves the undoing of the reviewed part commented
    // out too.
    QVERIFY(down.contains(QStringLiteral("\nALTER TABLE public.users DROP COLUMN nickname;\n")));
    QVERIFY2(down.contains(QStringLiteral("\n-- ALTER TABLE public.users ADD COLUMN bio text;\n")),
             qPrintable(down));
    QVERIFY(text.contains(QStringLiteral("-- title_en: Clean-up\n")));
    dropDatabase(reference);
}

void TestGenerate::slugsAndVersionsFollowTheFolder()
{
    QCOMPARE(GenerateJob::slug(QStringLiteral("Ajout des badges d'été — phase 2")),
             QStringLiteral("ajout_des_badges_d_ete_phase_2"));
    QCOMPARE(GenerateJob::slug(QStringLiteral("!!! ???")), QString());
    MigrationCatalog catalog;
    QCOMPARE(GenerateJob::nextVersion(catalog), QStringLiteral("0001"));
    catalog.migrations << Migration{.version = QStringLiteral("20240315093000")};
    QCOMPARE(GenerateJob::nextVersion(catalog), QStringLiteral("20240315093001"));
}

void TestGenerate::badInputIsRefusedWithoutWritingAFile()
{
    const QString target = headDatabase(QStringLiteral("genbad"));
    const QString partitioned = headDatabase(
        QStringLiteral("genpart"),
        {QStringLiteral("DROP TABLE learning_analytics"),
         QStringLiteral(
             "CREATE TABLE learning_analytics (id serial, user_id integer NOT NULL, session_id varchar(255), event_type varchar(100) NOT NULL,"
             " event_data json NOT NULL, exercise_id integer, challenge_id integer, \"timestamp\" timestamptz NOT NULL DEFAULT now())"
             " PARTITION BY RANGE (\"timestamp\")")});
    QTemporaryDir dir;
    copyMigrationsWithSnapshots(dir.path());
    const QStringList before = sqlFiles(dir.path());

    const CliRun emptyTitle =
        runCli(cliArgs(target,
                       {QStringLiteral("generate"), QStringLiteral("--from-url"), url(target),
                        QStringLiteral("!!!")},
                       dir.path()));
    QCOMPARE(emptyTitle.exitCode, 2);
    QVERIFY2(emptyTitle.err.contains(QStringLiteral("\"!!!\"")), qPrintable(emptyTitle.err));

    const QString unreachable =
        QStringLiteral("postgresql://postgres@127.0.0.1:1/nowhere?connect_timeout=2");
    const CliRun noServer =
        runCli(cliArgs(target,
                       {QStringLiteral("generate"), QStringLiteral("--from-url"), unreachable,
                        QStringLiteral("Badges")},
                       dir.path()));
    QCOMPARE(noServer.exitCode, 3);
    QVERIFY2(noServer.err.contains(QStringLiteral("reference database"))
                 && noServer.err.contains(QStringLiteral("nowhere")),
             qPrintable(noServer.err));

    const CliRun changedKind =
        runCli(cliArgs(target,
                       {QStringLiteral("generate"), QStringLiteral("--from-url"), url(partitioned),
                        QStringLiteral("Partition")},
                       dir.path()));
    QCOMPARE(changedKind.exitCode, 2);
    QVERIFY2(changedKind.err.contains(QStringLiteral("public.learning_analytics"))
                 && changedKind.err.contains(QStringLiteral("partitioned table")),
             qPrintable(changedKind.err));

    const CliRun same = runCli(cliArgs(target,
                                       {QStringLiteral("generate"), QStringLiteral("--from-url"),
                                        url(target), QStringLiteral("Rien")},
                                       dir.path()));
    QCOMPARE(same.exitCode, 1);
    QVERIFY2(same.err.contains(QStringLiteral("nothing to generate")), qPrintable(same.err));

    QCOMPARE(sqlFiles(dir.path()), before);  // no file, no temporary file left behind
    dropDatabase(target);
    dropDatabase(partitioned);
}

void TestGenerate::referenceOnAnotherMajorVersionIsRefused()
{
    const QString reference = headDatabase(
        QStringLiteral("genmajor"), {QStringLiteral("ALTER TABLE users ADD COLUMN nickname text")});
    QTemporaryDir dir;
    copyMigrationsWithSnapshots(dir.path());
    // The throwaway server is PostgreSQL 15; the migrations' database is said to be 14.
    auto result =
        GenerateJob(spec(reference), 14).run(loadCatalog(dir.path()), QStringLiteral("Surnom"));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QStringLiteral("PostgreSQL 15"))
                 && result.error().message.contains(QStringLiteral("PostgreSQL 14")),
             qPrintable(result.error().message));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("0007_surnom.sql"))));
    dropDatabase(reference);
}

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
