#include "ReconcileSupport.h"

#include "connection/DatabaseSession.h"
#include "generate/ReconcileRun.h"
#include "migrate/HistoryStore.h"
#include "migrate/MigrationLock.h"
#include "validate/SchemaDiffChecks.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace mathakine;
using namespace testsupport;

namespace {
QString rowsOf(const QString &db)
{
    return scalar(
               db,
               QStringLiteral(
                   "SELECT string_agg(format('%s:%s:%s:%s:%s', username, total_points, jedi_rank, avatar_url, "
                   "(SELECT count(*) FROM user_achievements ua WHERE ua.user_id = u.id)), ',' ORDER BY id) FROM users u"))
               .toString()
        + QLatin1Char('|')
        + scalar(
              db,
              QStringLiteral(
                  "SELECT string_agg(code || ':' || points_reward, ',' ORDER BY id) FROM achievements"))
              .toString();
}

bool tableExists(const QString &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(table)).toBool();
}
}  // namespace

class TestReconcile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { REQUIRE_SERVER(); }
    void backendLikeDatabaseIsAdoptedAtVersion4WithEveryRowKept();
    void sqlPreviewShowsTheScriptAndChangesNothing();
    void nullsUnderAMissingNotNullAreAConflictWithTheirRows();
    void duplicatesUnderAMissingUniqueKeyAreAConflictWithTheirValues();
    void orphansUnderAMissingForeignKeyAreAConflictWithTheirRows();
    void indexesOfBigTablesAreBuiltConcurrentlyAfterTheTransaction();
    void aScriptThatChangedSinceReviewIsRefused();
    void productionProfileGoesThroughTheGate();
    void lockHeldElsewhereStopsReconcileAtOnce();
};

void TestReconcile::backendLikeDatabaseIsAdoptedAtVersion4WithEveryRowKept()
{
    const QString db = backendLikeDatabase(QStringLiteral("adopt"));
    const QString before = rowsOf(db);
    QVERIFY(before.contains(QStringLiteral("luke:120:padawan:https://img/luke.png:2")));

    const CliRun run = runCli(
        cliArgs(db, {QStringLiteral("reconcile"), QStringLiteral("--to"), QStringLiteral("0004")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("20250513_baseline")),
             qPrintable(run.out));  // the foreign revision it replaced is named

    const CliRun diff = runCli(cliArgs(db, {QStringLiteral("diff")}));
    QVERIFY2(diff.exitCode == 0, qPrintable(diff.out + diff.err));
    QVERIFY2(diff.out.contains(QStringLiteral("No difference")), qPrintable(diff.out));
    QCOMPARE(rowsOf(db), before);
    {  // validation agrees: the column order reconcile kept is accepted, not a finding
        auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
        auto checks = SchemaDiffChecks(realMigrationsDir(), HistoryStore::defaultSchema())
                          .check(*session.value());
        QVERIFY(checks);
        QCOMPARE(checks->size(), 1);
        QCOMPARE(checks->constFirst().status, CheckStatus::Pass);
    }

    const CliRun history = runCli(cliArgs(db, {QStringLiteral("history")}));
    QCOMPARE(history.exitCode, 0);
    for (const QString &version : {QStringLiteral("0001"), QStringLiteral("0002"),
                                   QStringLiteral("0003"), QStringLiteral("0004")})
        QVERIFY2(
            history.out.contains(QRegularExpression(
                version + QStringLiteral("\\s+applied[^\\n]*\\n[^\\n]*recorded by reconcile"))),
            qPrintable(history.out));
    QVERIFY2(history.out.contains(QRegularExpression(QStringLiteral("0005\\s+pending"))),
             qPrintable(history.out));
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT string_agg(execution, ',' ORDER BY version) FROM mathakine_admin.schema_history"))
            .toString(),
        QStringLiteral("reconcile,reconcile,reconcile,reconcile"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT version_num FROM public.alembic_version")).toString(),
        QStringLiteral("new_tables"));
    const QString audit =
        scalar(
            db,
            QStringLiteral(
                "SELECT details FROM mathakine_admin.audit_log WHERE action = 'reconcile' AND success"))
            .toString();
    QVERIFY2(audit.contains(QStringLiteral("CREATE TABLE public.user_sessions")),
             qPrintable(audit));
    QVERIFY2(audit.contains(QStringLiteral(
                 "ALTER TABLE public.users ALTER COLUMN total_points SET NOT NULL;")),
             qPrintable(audit));

    // The rest of the way is an ordinary upgrade.
    const CliRun upgrade = runCli(cliArgs(db, {QStringLiteral("upgrade")}));
    QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.out + upgrade.err));
    QCOMPARE(runCli(cliArgs(db, {QStringLiteral("diff")})).exitCode, 0);
    dropDatabase(db);
}

void TestReconcile::sqlPreviewShowsTheScriptAndChangesNothing()
{
    const QString db = backendLikeDatabase(QStringLiteral("adoptsql"));
    const CliRun run = runCli(cliArgs(db,
                                      {QStringLiteral("reconcile"), QStringLiteral("--to"),
                                       QStringLiteral("0004"), QStringLiteral("--sql")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("ALTER TABLE public.users ADD COLUMN bio text;")));
    QVERIFY(run.out.contains(QStringLiteral(
        "CREATE INDEX idx_users_jedi_rank ON public.users USING btree (jedi_rank);")));
    QVERIFY2(!run.out.contains(QStringLiteral("DROP ")), qPrintable(run.out));
    // Dependency order: the table before the foreign keys that point at it.
    QVERIFY(run.out.indexOf(QStringLiteral("CREATE TABLE public.user_sessions"))
            < run.out.indexOf(QStringLiteral("ADD CONSTRAINT user_sessions_user_id_fkey")));
    QVERIFY(!tableExists(db, QStringLiteral("public.user_sessions")));
    QVERIFY(!tableExists(db, QStringLiteral("mathakine_admin.schema_history")));
    dropDatabase(db);
}

void TestReconcile::nullsUnderAMissingNotNullAreAConflictWithTheirRows()
{
    const QString db = backendLikeDatabase(
        QStringLiteral("adoptnull"),
        {QStringLiteral("UPDATE users SET jedi_rank = NULL WHERE username = 'han'")});
    const int han =
        scalar(db, QStringLiteral("SELECT id FROM users WHERE username = 'han'")).toInt();
    const CliRun preview = runCli(cliArgs(db,
                                          {QStringLiteral("reconcile"), QStringLiteral("--to"),
                                           QStringLiteral("0004"), QStringLiteral("--sql")}));
    QCOMPARE(preview.exitCode, 1);
    QVERIFY2(preview.out.contains(QStringLiteral("Column jedi_rank on public.users"))
                 && preview.out.contains(QStringLiteral("id=%1").arg(han)),
             qPrintable(preview.out));
    QVERIFY(!preview.out.contains(QStringLiteral("ALTER COLUMN jedi_rank SET NOT NULL;\n")));

    const CliRun run = runCli(
        cliArgs(db, {QStringLiteral("reconcile"), QStringLiteral("--to"), QStringLiteral("0004")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("id=%1").arg(han)), qPrintable(run.err));
    QVERIFY(!tableExists(db, QStringLiteral("public.user_sessions")));  // nothing was run
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM mathakine_admin.schema_history")).toInt(),
        0);
    dropDatabase(db);
}

void TestReconcile::duplicatesUnderAMissingUniqueKeyAreAConflictWithTheirValues()
{
    const QString db = backendLikeDatabase(
        QStringLiteral("adoptdup"),
        {QStringLiteral("ALTER TABLE achievements DROP CONSTRAINT achievements_code_key"),
         QStringLiteral("INSERT INTO achievements (code, name) VALUES ('gold', 'Doublon')")});
    const CliRun preview = runCli(cliArgs(db,
                                          {QStringLiteral("reconcile"), QStringLiteral("--to"),
                                           QStringLiteral("0004"), QStringLiteral("--sql")}));
    QCOMPARE(preview.exitCode, 1);
    QVERIFY2(preview.out.contains(QStringLiteral("achievements_code_key"))
                 && preview.out.contains(QStringLiteral("code=gold (×2)")),
             qPrintable(preview.out));
    dropDatabase(db);
}

void TestReconcile::orphansUnderAMissingForeignKeyAreAConflictWithTheirRows()
{
    const QString db = backendLikeDatabase(
        QStringLiteral("adoptorphan"),
        {QStringLiteral(
             "ALTER TABLE user_achievements DROP CONSTRAINT user_achievements_achievement_id_fkey"),
         QStringLiteral(
             "INSERT INTO user_achievements (user_id, achievement_id) SELECT id, 999 FROM users WHERE username = 'han'")});
    const int orphan =
        scalar(db, QStringLiteral("SELECT id FROM user_achievements WHERE achievement_id = 999"))
            .toInt();
    const CliRun preview = runCli(cliArgs(db,
                                          {QStringLiteral("reconcile"), QStringLiteral("--to"),
                                           QStringLiteral("0004"), QStringLiteral("--sql")}));
    QCOMPARE(preview.exitCode, 1);
    QVERIFY2(preview.out.contains(QStringLiteral("user_achievements_achievement_id_fkey"))
                 && preview.out.contains(QStringLiteral("id=%1").arg(orphan)),
             qPrintable(preview.out));
    dropDatabase(db);
}

void TestReconcile::indexesOfBigTablesAreBuiltConcurrentlyAfterTheTransaction()
{
    const QString db = backendLikeDatabase(QStringLiteral("adoptbig"));
    const QStringList args = {QStringLiteral("reconcile"), QStringLiteral("--to"),
                              QStringLiteral("0004"), QStringLiteral("--concurrent-from"),
                              QStringLiteral("3")};
    const CliRun preview = runCli(cliArgs(db, args + QStringList{QStringLiteral("--sql")}));
    QCOMPARE(preview.exitCode, 0);
    const qsizetype after = preview.out.indexOf(QStringLiteral("outside a transaction"));
    QVERIFY2(after > 0, qPrintable(preview.out));
    QVERIFY(preview.out.indexOf(
                QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_jedi_rank"))
            > after);
    // achievements holds 2 rows: below the threshold, built in the transaction
    const qsizetype small =
        preview.out.indexOf(QStringLiteral("CREATE INDEX idx_achievements_category"));
    QVERIFY(small > 0 && small < after);

    const CliRun run = runCli(cliArgs(db, args));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(
        scalar(
            db,
            QStringLiteral(
                "SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.idx_users_jedi_rank'::regclass"))
            .toBool());
    QCOMPARE(runCli(cliArgs(db, {QStringLiteral("diff")})).exitCode, 0);
    dropDatabase(db);
}

void TestReconcile::aScriptThatChangedSinceReviewIsRefused()
{
    const QString db = backendLikeDatabase(QStringLiteral("adoptplan"));
    const MigrationCatalog catalog = loadCatalog(realMigrationsDir());
    ReconcileRun reconcile(spec(db), RunOptions());
    auto reviewed = reconcile.preview(catalog, QStringLiteral("0004"));
    QVERIFY(reviewed);
    QVERIFY(exec(db,
                 QStringLiteral(
                     "ALTER TABLE users ADD COLUMN bio text")));  // someone else changes the schema
    auto run = reconcile.run(catalog, QStringLiteral("0004"), reviewed->text());
    QVERIFY(!run);
    QCOMPARE(run.error().kind, ErrorKind::PlanChanged);
    QVERIFY(!tableExists(db, QStringLiteral("public.user_sessions")));
    auto again = reconcile.preview(catalog, QStringLiteral("0004"));
    QVERIFY(reconcile.run(catalog, QStringLiteral("0004"), again->text()));
    dropDatabase(db);
}

void TestReconcile::productionProfileGoesThroughTheGate()
{
    const QString db = backendLikeDatabase(QStringLiteral("adoptprod"));
    auto run = ReconcileRun(productionSpec(db), RunOptions())
                   .run(loadCatalog(realMigrationsDir()), QStringLiteral("0004"), std::nullopt);
    QVERIFY(!run);
    QCOMPARE(run.error().kind, ErrorKind::GateRefused);
    QVERIFY(!tableExists(db, QStringLiteral("public.user_sessions")));
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM mathakine_admin.audit_log WHERE action = 'gate-refused'"))
            .toInt(),
        1);
    dropDatabase(db);
}

void TestReconcile::lockHeldElsewhereStopsReconcileAtOnce()
{
    const QString db = backendLikeDatabase(QStringLiteral("adoptlock"));
    auto holder = DatabaseSession::open(spec(db), QStringLiteral("holder"));
    QVERIFY(holder);
    QVERIFY(MigrationLock::tryAcquire(*holder.value()).value());
    const CliRun run = runCli(
        cliArgs(db, {QStringLiteral("reconcile"), QStringLiteral("--to"), QStringLiteral("0004")}));
    QCOMPARE(run.exitCode, 5);
    QVERIFY(!tableExists(db, QStringLiteral("public.user_sessions")));
    MigrationLock::release(*holder.value());
    holder.value().reset();
    dropDatabase(db);
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
