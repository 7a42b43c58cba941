#include "MigrationFixtures.h"
#include "TestServer.h"

#include "run/MigrationRun.h"
#include "schema/ExpectedSnapshotStore.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaIntrospector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mathakine;
using namespace testsupport;

Q_DECLARE_METATYPE(mathakine::DiffKind)
Q_DECLARE_METATYPE(mathakine::SchemaObjectType)

namespace {

QString headDatabase(const QString &prefix, const QString &target = {})
{
    const QString db = createDatabase(prefix);
    auto report =
        MigrationRun(spec(db), RunOptions()).upgrade(loadCatalog(realMigrationsDir()), target);
    if (!report)
        qFatal("%s", qPrintable(report.error().fullText()));
    return db;
}

SchemaDiff diffAgainst(const QString &db, const QString &version)
{
    auto expected = ExpectedSnapshotStore(ExpectedSnapshotStore::directoryFor(realMigrationsDir()))
                        .load(version);
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    auto actual = SchemaIntrospector(*session.value()).snapshot();
    if (!expected || !actual)
        qFatal("cannot snapshot %s", qPrintable(db));
    return SchemaComparer::compare(expected.value(), actual.value());
}

QString describeAll(const SchemaDiff &diff)
{
    QStringList lines;
    for (const SchemaDifference &d : diff.differences)
        lines << SchemaDiff::describe(d);
    return lines.join(QLatin1Char('\n'));
}

QStringList cliArgs(const QString &db, const QStringList &command)
{
    return QStringList{QStringLiteral("--url"), url(db), QStringLiteral("--migrations"),
                       realMigrationsDir()}
    + command;
}

}  // namespace

class TestSchemaLiveDiff : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void headDatabaseHasNoDifference();
    void handMadeChangeIsReportedOnceAndFixedByTheProposedSql_data();
    void handMadeChangeIsReportedOnceAndFixedByTheProposedSql();
    void diffCommandExitsZeroAfterUpgrade();
    void diffCommandNamesExactlyTheTwoAcceptanceChanges();
    void diffComparesWithTheVersionTheDatabaseIsAt();
    void diffAtAnEarlierVersionListsWhatLaterMigrationsAdded();
};

void TestSchemaLiveDiff::initTestCase()
{
    REQUIRE_SERVER();
}

void TestSchemaLiveDiff::headDatabaseHasNoDifference()
{
    const QString db = headDatabase(QStringLiteral("diffhead"));
    const SchemaDiff diff = diffAgainst(db, QStringLiteral("0006"));
    QVERIFY2(diff.isEmpty(), qPrintable(describeAll(diff)));
    dropDatabase(db);
}

void TestSchemaLiveDiff::handMadeChangeIsReportedOnceAndFixedByTheProposedSql_data()
{
    QTest::addColumn<QStringList>("change");
    QTest::addColumn<DiffKind>("kind");
    QTest::addColumn<SchemaObjectType>("type");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<bool>("fixable");
    using K = DiffKind;
    using T = SchemaObjectType;
    auto row = [](const char *name, const QString &sql, K kind, T type, const char *owner,
                  const char *object, const char *attribute, bool fixable) {
        QTest::newRow(name) << sql.split(QLatin1String(";;")) << kind << type
                            << QString::fromLatin1(owner) << QString::fromLatin1(object)
                            << QString::fromLatin1(attribute) << fixable;
    };
    row("index dropped", QStringLiteral("DROP INDEX idx_users_jedi_rank"), K::Missing, T::Index,
        "users", "idx_users_jedi_rank", "", true);
    row("default changed",
        QStringLiteral("ALTER TABLE users ALTER COLUMN timezone SET DEFAULT 'Europe/Paris'"),
        K::Changed, T::Column, "users", "timezone", "default", true);
    row("column added", QStringLiteral("ALTER TABLE users ADD COLUMN nickname text"), K::Unexpected,
        T::Column, "users", "nickname", "", false);
    row("type altered",
        QStringLiteral("ALTER TABLE users ALTER COLUMN full_name TYPE varchar(200)"), K::Changed,
        T::Column, "users", "full_name", "type", false);
    row("foreign key dropped",
        QStringLiteral("ALTER TABLE attempts DROP CONSTRAINT attempts_user_id_fkey"), K::Missing,
        T::ForeignKey, "attempts", "attempts_user_id_fkey", "", true);
    row("foreign key action changed",
        QStringLiteral(
            "ALTER TABLE recommendations DROP CONSTRAINT recommendations_user_id_fkey,"
            " ADD CONSTRAINT recommendations_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)"),
        K::Changed, T::ForeignKey, "recommendations", "recommendations_user_id_fkey", "onDelete",
        true);
    row("not null dropped", QStringLiteral("ALTER TABLE users ALTER COLUMN email DROP NOT NULL"),
        K::Changed, T::Column, "users", "email", "nullable", true);
    row("index rebuilt on other columns",
        QStringLiteral(
            "DROP INDEX idx_notifications_type;;CREATE INDEX idx_notifications_type ON notifications (type, id)"),
        K::Changed, T::Index, "notifications", "idx_notifications_type", "columns", true);
    row("unique constraint dropped",
        QStringLiteral("ALTER TABLE achievements DROP CONSTRAINT achievements_code_key"),
        K::Missing, T::UniqueConstraint, "achievements", "achievements_code_key", "", true);
    row("check added",
        QStringLiteral(
            "ALTER TABLE notifications ADD CONSTRAINT priority_range CHECK (priority BETWEEN 1 AND 10)"),
        K::Unexpected, T::Check, "notifications", "priority_range", "", false);
    row("enum value added", QStringLiteral("ALTER TYPE userrole ADD VALUE 'INVITE'"), K::Changed,
        T::EnumType, "userrole", "", "labels", false);
    row("table dropped", QStringLiteral("DROP TABLE notifications"), K::Missing, T::Table,
        "notifications", "", "", true);
    row("table with a serial key dropped", QStringLiteral("DROP TABLE user_achievements"),
        K::Missing, T::Table, "user_achievements", "", "", true);
}

void TestSchemaLiveDiff::handMadeChangeIsReportedOnceAndFixedByTheProposedSql()
{
    QFETCH(QStringList, change);
    QFETCH(DiffKind, kind);
    QFETCH(SchemaObjectType, type);
    QFETCH(QString, owner);
    QFETCH(QString, object);
    QFETCH(QString, attribute);
    QFETCH(bool, fixable);
    const QString db = headDatabase(QStringLiteral("diffchange"));
    for (const QString &sql : change) {
        QString error;
        QVERIFY2(exec(db, sql, &error), qPrintable(error));
    }
    const SchemaDiff diff = diffAgainst(db, QStringLiteral("0006"));
    QVERIFY2(diff.differences.size() == 1, qPrintable(describeAll(diff)));
    const SchemaDifference &d = diff.differences.constFirst();
    QCOMPARE(d.kind, kind);
    QCOMPARE(d.objectType, type);
    QCOMPARE(d.table, owner);
    QCOMPARE(d.object, object);
    QCOMPARE(d.attribute, attribute);
    QCOMPARE(!d.fixSql.isEmpty(), fixable);
    for (const QString &statement : d.fixSql) {
        QString error;
        QVERIFY2(exec(db, statement, &error), qPrintable(statement + QLatin1Char('\n') + error));
    }
    if (fixable)
        QVERIFY2(diffAgainst(db, QStringLiteral("0006")).isEmpty(),
                 qPrintable(describeAll(diffAgainst(db, QStringLiteral("0006")))));
    dropDatabase(db);
}

void TestSchemaLiveDiff::diffCommandExitsZeroAfterUpgrade()
{
    const QString db = createDatabase(QStringLiteral("clidiff"));
    const auto upgrade = runCli(cliArgs(db, {QStringLiteral("upgrade")}));
    QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.err));
    const auto diff = runCli(cliArgs(db, {QStringLiteral("diff")}));
    QVERIFY2(diff.exitCode == 0, qPrintable(diff.out + diff.err));
    QVERIFY2(diff.out.contains(QStringLiteral("No difference")), qPrintable(diff.out));
    dropDatabase(db);
}

void TestSchemaLiveDiff::diffCommandNamesExactlyTheTwoAcceptanceChanges()
{
    const QString db = headDatabase(QStringLiteral("cliaccept"));
    QVERIFY(exec(db, QStringLiteral("DROP INDEX idx_users_jedi_rank")));
    QVERIFY(exec(db, QStringLiteral("ALTER TABLE users ALTER COLUMN total_points DROP DEFAULT")));

    const auto text = runCli(cliArgs(db, {QStringLiteral("diff")}));
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(QStringLiteral("idx_users_jedi_rank"))
                 && text.out.contains(QStringLiteral("total_points")),
             qPrintable(text.out));

    const auto json = runCli(cliArgs(db, {QStringLiteral("diff"), QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("ok")).toBool(true), false);
    const QJsonArray differences = result.value(QLatin1String("differences")).toArray();
    QCOMPARE(differences.size(), 2);
    QStringList named;
    for (const QJsonValue &d : differences)
        named << d[QLatin1String("object")].toString() + QLatin1Char('/')
                + d[QLatin1String("attribute")].toString();
    named.sort();
    QCOMPARE(named,
             (QStringList{QStringLiteral("idx_users_jedi_rank/"),
                          QStringLiteral("total_points/default")}));

    // The proposed script, run as is, brings the database back.
    const auto sql = runCli(cliArgs(db, {QStringLiteral("diff"), QStringLiteral("--sql")}));
    for (const QString &line : sql.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("--")))
            QVERIFY2(exec(db, line), qPrintable(line));
    }
    QCOMPARE(runCli(cliArgs(db, {QStringLiteral("diff")})).exitCode, 0);
    dropDatabase(db);
}

void TestSchemaLiveDiff::diffComparesWithTheVersionTheDatabaseIsAt()
{
    const QString db = headDatabase(QStringLiteral("diffolder"), QStringLiteral("0002"));
    const auto run = runCli(cliArgs(db, {QStringLiteral("diff")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("0002")));
    dropDatabase(db);
}

void TestSchemaLiveDiff::diffAtAnEarlierVersionListsWhatLaterMigrationsAdded()
{
    const QString db = headDatabase(QStringLiteral("diffat"));
    const auto run = runCli(cliArgs(db,
                                    {QStringLiteral("diff"), QStringLiteral("--at"),
                                     QStringLiteral("0004"), QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 1);
    const QJsonArray differences = QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("differences"))
                                       .toArray();
    QCOMPARE(differences.size(), 16);  // 0005's 12 columns and 0006's 4 indexes on exercises
    for (const QJsonValue &d : differences)
        QCOMPARE(d[QLatin1String("kind")].toString(), QStringLiteral("unexpected"));

    const QString empty = createDatabase(QStringLiteral("diffbase"));
    QCOMPARE(runCli(cliArgs(empty, {QStringLiteral("diff")})).exitCode, 0);
    QCOMPARE(runCli(cliArgs(empty,
                            {QStringLiteral("diff"), QStringLiteral("--at"),
                             QStringLiteral("nonsense")}))
                 .exitCode,
             2);
    dropDatabase(db);
    dropDatabase(empty);
}

QTEST_GUILESS_MAIN(TestSchemaLiveDiff)
#include "tst_schema_live_diff.moc"
