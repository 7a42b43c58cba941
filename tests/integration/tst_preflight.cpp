#include "MigrationFixtures.h"
#include "TestServer.h"

#include "connection/ConnectionUrl.h"
#include "gate/PreflightCheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

// Pre-flight against the real server: the seed's troubleshooting ("permission denied",
// "table already exists", lock waits) found before a run, with what to do.
class TestPreflight : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void superuserOnAFreshDatabaseHasNoProblem();
    void preflightNamesTheMissingGrantForAUserWithoutCreate();
    void cliPreflightPrintsTheGrantAndFails();
    void notOwningATableToAlterNamesTheOwnerRoleToGrant();
    void existingObjectsOfAPendingMigrationOfferStampWithEvidence();
    void sessionHoldingALockOnATableToAlterIsNamed();

private:
    QString role(const QString &suffix);
    QString folder(const QString &name);
    static QList<PreflightItem> problems(const PreflightReport &report);
    static bool anyFix(const PreflightReport &report, const QString &fix);

    QTemporaryDir m_dir;
    QStringList m_roles;
    QStringList m_databases;
};

namespace {
PreflightRequest request(const ConnectionSpec &spec, const QString &backups)
{
    PreflightRequest r;
    r.spec = spec;
    r.backupsFolder = backups;
    return r;
}

ConnectionSpec as(const QString &db, const QString &user)
{
    ConnectionSpec s = spec(db);
    s.profile.user = user;
    return s;
}

QString dump(const PreflightReport &report)
{
    QStringList lines;
    for (const PreflightItem &i : report.items)
        lines << QStringLiteral("%1 | %2 | %3").arg(i.title, i.detail, i.fix);
    return lines.join(QLatin1Char('\n'));
}
}  // namespace

void TestPreflight::initTestCase()
{
    REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
}

void TestPreflight::cleanupTestCase()
{
    for (const QString &db : std::as_const(m_databases))
        dropDatabase(db);
    for (const QString &r : std::as_const(m_roles))
        exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
}

QString TestPreflight::role(const QString &suffix)
{
    const QString name =
        QStringLiteral("pf_%1_%2").arg(suffix).arg(QCoreApplication::applicationPid());
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
    exec(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 LOGIN").arg(name));
    m_roles << name;
    return name;
}

QString TestPreflight::folder(const QString &name)
{
    return m_dir.filePath(name);
}

QList<PreflightItem> TestPreflight::problems(const PreflightReport &report)
{
    QList<PreflightItem> list;
    for (const PreflightItem &i : report.items) {
        if (i.level == PreflightItem::Level::Problem)
            list << i;
    }
    return list;
}

bool TestPreflight::anyFix(const PreflightReport &report, const QString &fix)
{
    return std::any_of(report.items.begin(), report.items.end(),
                       [&](const PreflightItem &i) { return i.fix.contains(fix); });
}

void TestPreflight::superuserOnAFreshDatabaseHasNoProblem()
{
    const QString db = createDatabase(QStringLiteral("pf_fresh"));
    m_databases << db;
    auto report = PreflightCheck::run(request(spec(db), folder(QStringLiteral("b"))),
                                      loadCatalog(realMigrationsDir()));
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QCOMPARE(report->pendingCount, 6);
    QVERIFY2(!report->hasProblems(), qPrintable(dump(report.value())));
    QVERIFY(report->serverVersion.startsWith(QStringLiteral("15")));
}

void TestPreflight::preflightNamesTheMissingGrantForAUserWithoutCreate()
{
    const QString db = createDatabase(QStringLiteral("pf_nocreate"));
    m_databases << db;
    const QString user =
        role(QStringLiteral("nocreate"));  // PostgreSQL 15: no CREATE on public for PUBLIC
    auto report = PreflightCheck::run(request(as(db, user), folder(QStringLiteral("b"))),
                                      loadCatalog(realMigrationsDir()));
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QVERIFY(report->hasProblems());
    QVERIFY2(
        anyFix(report.value(), QStringLiteral("GRANT CREATE ON SCHEMA public TO %1;").arg(user)),
        qPrintable(dump(report.value())));
    QVERIFY2(
        anyFix(report.value(), QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2;").arg(db, user)),
        qPrintable(dump(report.value())));
    for (const PreflightItem &item : problems(report.value()))
        QVERIFY2(item.fix.startsWith(QLatin1String("GRANT ")), qPrintable(item.title));

    // With the two GRANTs run, nothing is missing any more.
    QVERIFY(exec(db, QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(user)));
    QVERIFY(exec(db, QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2").arg(db, user)));
    auto again = PreflightCheck::run(request(as(db, user), folder(QStringLiteral("b"))),
                                     loadCatalog(realMigrationsDir()));
    QVERIFY2(again.ok() && !again->hasProblems(), qPrintable(dump(again.value())));
}

void TestPreflight::cliPreflightPrintsTheGrantAndFails()
{
    const QString db = createDatabase(QStringLiteral("pf_cli"));
    m_databases << db;
    const QString user = role(QStringLiteral("cli"));
    const QString target = ConnectionUrl::toUrl(as(db, user).profile);
    const auto run = runCli({QStringLiteral("--url"), target, QStringLiteral("preflight")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("GRANT CREATE ON SCHEMA public TO %1;").arg(user)),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("PROBLEM")));
}

void TestPreflight::notOwningATableToAlterNamesTheOwnerRoleToGrant()
{
    const QString db = createDatabase(QStringLiteral("pf_owner"));
    m_databases << db;
    const QString owner = role(QStringLiteral("owner"));
    const QString user = role(QStringLiteral("notowner"));
    QVERIFY(exec(db, QStringLiteral("CREATE TABLE widgets (id int PRIMARY KEY)")));
    QVERIFY(exec(db, QStringLiteral("ALTER TABLE widgets OWNER TO %1").arg(owner)));
    QVERIFY(exec(db, QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(user)));
    QVERIFY(exec(db, QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2").arg(db, user)));
    const QString dir = folder(QStringLiteral("owner-migrations"));
    writeMigration(
        dir, QStringLiteral("0001"),
        QStringLiteral(
            "ALTER TABLE widgets ADD COLUMN color text;\nCREATE INDEX idx_widgets_color ON widgets (color);"),
        QStringLiteral("ALTER TABLE widgets DROP COLUMN color;"));
    auto report =
        PreflightCheck::run(request(as(db, user), folder(QStringLiteral("b"))), loadCatalog(dir));
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QCOMPARE(problems(report.value()).size(), 1);
    QVERIFY2(anyFix(report.value(), QStringLiteral("GRANT %1 TO %2;").arg(owner, user)),
             qPrintable(dump(report.value())));
    QVERIFY(problems(report.value()).constFirst().title.contains(QStringLiteral("owner")));
}

void TestPreflight::existingObjectsOfAPendingMigrationOfferStampWithEvidence()
{
    const QString db = createDatabase(QStringLiteral("pf_exists"));
    m_databases << db;
    QVERIFY(
        exec(db, QStringLiteral("CREATE TABLE gadgets (id int PRIMARY KEY, color varchar(20))")));
    const QString dir = folder(QStringLiteral("exists-migrations"));
    writeMigration(dir, QStringLiteral("0001"),
                   QStringLiteral("CREATE TABLE gadgets (id int PRIMARY KEY);"),
                   QStringLiteral("DROP TABLE gadgets;"));
    writeMigration(
        dir, QStringLiteral("0002"),
        QStringLiteral(
            "ALTER TABLE gadgets ADD COLUMN color text;\nALTER TABLE gadgets ADD COLUMN size int;"),
        QStringLiteral(
            "ALTER TABLE gadgets DROP COLUMN size;\nALTER TABLE gadgets DROP COLUMN color;"));
    auto report =
        PreflightCheck::run(request(spec(db), folder(QStringLiteral("b"))), loadCatalog(dir));
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QList<PreflightItem> existing;
    for (const PreflightItem &i : report->items) {
        if (i.kind == PreflightItem::Kind::ExistingObject
            && i.level == PreflightItem::Level::Problem)
            existing << i;
    }
    QCOMPARE(existing.size(), 2);
    QVERIFY(existing.at(0).fix.contains(QStringLiteral("stamp 0001")));
    QVERIFY(existing.at(0).detail.contains(QStringLiteral("table gadgets exists")));
    QVERIFY2(existing.at(1).detail.contains(
                 QStringLiteral("column gadgets.color exists: character varying(20)")),
             qPrintable(existing.at(1).detail));
    QVERIFY(!existing.at(1).fix.contains(
        QStringLiteral("stamp")));  // only one of its two columns exists
}

void TestPreflight::sessionHoldingALockOnATableToAlterIsNamed()
{
    const QString db = createDatabase(QStringLiteral("pf_locks"));
    m_databases << db;
    QVERIFY(exec(db, QStringLiteral("CREATE TABLE gizmos (id int PRIMARY KEY)")));
    const QString dir = folder(QStringLiteral("lock-migrations"));
    writeMigration(dir, QStringLiteral("0001"),
                   QStringLiteral("ALTER TABLE gizmos ADD COLUMN name text;"),
                   QStringLiteral("ALTER TABLE gizmos DROP COLUMN name;"));
    auto holder = DatabaseSession::open(spec(db), QStringLiteral("tst-holder"));
    QVERIFY(holder.ok());
    holder.value()->database().transaction();
    QVERIFY(holder.value()
                ->run(QStringLiteral("SELECT count(*) FROM gizmos"))
                .ok());  // idle in transaction, AccessShareLock
    const int pid = holder.value()->server().backendPid;

    auto report =
        PreflightCheck::run(request(spec(db), folder(QStringLiteral("b"))), loadCatalog(dir));
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    const auto lock =
        std::find_if(report->items.begin(), report->items.end(), [](const PreflightItem &i) {
            return i.kind == PreflightItem::Kind::Locks && i.level == PreflightItem::Level::Warning;
        });
    QVERIFY2(lock != report->items.end(), qPrintable(dump(report.value())));
    QVERIFY(lock->title.contains(QString::number(pid)));
    QVERIFY(lock->title.contains(QStringLiteral("AccessShareLock on gizmos")));
    QVERIFY(lock->detail.contains(QStringLiteral("idle in transaction")));
    QCOMPARE(lock->fix.contains(QStringLiteral("pg_terminate_backend(%1)").arg(pid)), true);
    holder.value()->database().rollback();
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
