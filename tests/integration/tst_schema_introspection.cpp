#include "MigrationFixtures.h"
#include "TestServer.h"

#include "run/MigrationRun.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaFixSql.h"
#include "schema/SchemaIntrospector.h"
#include "schema/SnapshotJson.h"

#include <QTest>

using namespace mathakine;
using namespace testsupport;

namespace {

// Names PostgreSQL only accepts quoted, in every kind of object the snapshot reads.
const QStringList kOddSchema = {
    QStringLiteral("CREATE SCHEMA \"Other Schema\""),
    QStringLiteral("CREATE TYPE \"Mood \"\"x\"\"\" AS ENUM ('happy', 'it''s', 'ünï')"),
    QStringLiteral(
        "CREATE TABLE \"Mixed Case\" (\"Id\" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " \"with space\" text COLLATE \"C\" DEFAULT 'a''b', \"quote\"\"d\" \"Mood \"\"x\"\"\","
        " \"ünïcødé_表\" numeric(10,2) NOT NULL DEFAULT 0,"
        " twice numeric GENERATED ALWAYS AS (\"ünïcødé_表\" * 2) STORED,"
        " CONSTRAINT \"check me\" CHECK (\"ünïcødé_表\" >= 0))"),
    QStringLiteral(
        "CREATE TABLE \"Other Schema\".\"child table\" (id serial PRIMARY KEY,"
        " parent integer REFERENCES \"Mixed Case\" (\"Id\") ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,"
        " \"user\" text, UNIQUE (\"user\", parent))"),
    QStringLiteral(
        "CREATE INDEX \"Idx \"\"odd\"\" é\" ON \"Mixed Case\" (lower(\"with space\") DESC NULLS LAST, \"Id\")"
        " INCLUDE (\"ünïcødé_表\") WHERE \"ünïcødé_表\" > 0"),
    QStringLiteral(
        "CREATE INDEX hash_idx ON \"Other Schema\".\"child table\" USING hash (\"user\")"),
    QStringLiteral("CREATE VIEW \"View ✓\" AS SELECT \"Id\", \"with space\" FROM \"Mixed Case\""),
    QStringLiteral(
        "CREATE MATERIALIZED VIEW mv AS SELECT id FROM \"Other Schema\".\"child table\""),
    QStringLiteral("CREATE INDEX mv_idx ON mv (id)"),
};

void execAll(const QString &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QString error;
        if (!exec(db, sql, &error))
            QFAIL(qPrintable(sql + QLatin1Char('\n') + error));
    }
}

SchemaIntrospector::Options bothSchemas()
{
    SchemaIntrospector::Options options;
    options.schemas = {QStringLiteral("public"), QStringLiteral("Other Schema")};
    return options;
}

SchemaSnapshot snapshotOf(const QString &db, const SchemaIntrospector::Options &options = {},
                          int *statements = nullptr)
{
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    if (!session)
        qFatal("%s", qPrintable(session.error().fullText()));
    SchemaIntrospector introspector(*session.value(), options);
    auto snapshot = introspector.snapshot();
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().fullText()));
    if (statements)
        *statements = introspector.statementCount();
    return snapshot.value();
}

}  // namespace

class TestSchemaIntrospection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryKindOfObjectWithItsAttributes();
    void oddIdentifiersRoundTripThroughJsonAndFixSql();
    void snapshotsOfTheSameSchemaAreIdenticalAcrossRuns();
    void statementCountDoesNotGrowWithTheSchema();
    void toolSchemaAndAlembicVersionAreLeftOut();
    void rebuiltDefinitionsAreThoseOfPostgres();

private:
    QString m_odd;
};

void TestSchemaIntrospection::initTestCase()
{
    REQUIRE_SERVER();
    m_odd = createDatabase(QStringLiteral("odd"));
    execAll(m_odd, kOddSchema);
}

void TestSchemaIntrospection::readsEveryKindOfObjectWithItsAttributes()
{
    const SchemaSnapshot s = snapshotOf(m_odd, bothSchemas());
    QCOMPARE(s.tables.size(), 2);
    const SchemaTable *mixed = s.table(QStringLiteral("public"), QStringLiteral("Mixed Case"));
    QVERIFY(mixed);
    QCOMPARE(mixed->column(QStringLiteral("Id"))->identity, QStringLiteral("always"));
    QCOMPARE(mixed->column(QStringLiteral("with space"))->collation, QStringLiteral("\"C\""));
    QCOMPARE(mixed->column(QStringLiteral("with space"))->defaultValue,
             QStringLiteral("'a''b'::text"));
    QCOMPARE(mixed->column(QStringLiteral("quote\"d"))->type, QStringLiteral("\"Mood \"\"x\"\"\""));
    QCOMPARE(mixed->column(QStringLiteral("ünïcødé_表"))->nullable, false);
    QCOMPARE(mixed->column(QStringLiteral("twice"))->generated,
             QStringLiteral("(\"ünïcødé_表\" * (2)::numeric)"));
    QCOMPARE(mixed->checks.constFirst().name, QStringLiteral("check me"));
    const SchemaIndex &odd = mixed->indexes.constFirst();
    QCOMPARE(odd.name, QStringLiteral("Idx \"odd\" é"));
    // The expression inherits "C" from its column; the collation is spelt out (harmless in CREATE
    // INDEX).
    QCOMPARE(odd.columns,
             (QStringList{QStringLiteral("(lower(\"with space\")) COLLATE \"C\" DESC NULLS LAST"),
                          QStringLiteral("\"Id\"")}));
    QCOMPARE(odd.include, QStringList{QStringLiteral("\"ünïcødé_表\"")});
    QCOMPARE(odd.predicate, QStringLiteral("\"ünïcødé_表\" > 0::numeric"));

    const SchemaTable *child =
        s.table(QStringLiteral("Other Schema"), QStringLiteral("child table"));
    QVERIFY(child);
    const SchemaForeignKey &fk = child->foreignKeys.constFirst();
    QCOMPARE(fk.referencedTable, QStringLiteral("Mixed Case"));
    QCOMPARE(fk.onDelete, QStringLiteral("SET NULL"));
    QVERIFY(fk.deferrable && fk.deferred && fk.validated);
    QCOMPARE(child->uniques.constFirst().columns,
             (QStringList{QStringLiteral("user"), QStringLiteral("parent")}));
    QCOMPARE(child->indexes.size(), 3);  // primary key, unique, hash
    QCOMPARE(s.views.size(), 2);
    QCOMPARE(s.views.at(0).kind, QStringLiteral("view"));
    QCOMPARE(s.views.at(1).kind, QStringLiteral("materialized view"));
    QCOMPARE(s.views.at(1).indexes.constFirst().name, QStringLiteral("mv_idx"));
    QCOMPARE(s.enums.constFirst().labels,
             (QStringList{QStringLiteral("happy"), QStringLiteral("it's"), QStringLiteral("ünï")}));
    QCOMPARE(s.sequences.size(), 2);  // the identity's and the serial's
}

void TestSchemaIntrospection::oddIdentifiersRoundTripThroughJsonAndFixSql()
{
    const QString db = createDatabase(QStringLiteral("oddfix"));
    execAll(db, kOddSchema);
    const SchemaSnapshot expected = snapshotOf(db, bothSchemas());
    auto read = SnapshotJson::read(SnapshotJson::write(expected));
    QVERIFY(read.ok());
    QVERIFY(read.value() == expected);

    // Break one object of each kind, then run the proposed fix: the schema must come back.
    execAll(
        db,
        {QStringLiteral("DROP INDEX \"Idx \"\"odd\"\" é\""),
         QStringLiteral("ALTER TABLE \"Mixed Case\" DROP CONSTRAINT \"check me\""),
         QStringLiteral("ALTER TABLE \"Mixed Case\" ALTER COLUMN \"with space\" DROP DEFAULT"),
         QStringLiteral(
             "ALTER TABLE \"Other Schema\".\"child table\" DROP CONSTRAINT \"child table_parent_fkey\""),
         QStringLiteral(
             "ALTER TABLE \"Other Schema\".\"child table\" ALTER COLUMN \"user\" SET NOT NULL")});
    const SchemaDiff diff = SchemaComparer::compare(expected, snapshotOf(db, bothSchemas()));
    QCOMPARE(diff.differences.size(), 5);
    QStringList fix = {QStringLiteral("SET search_path = public, \"Other Schema\"")};
    for (const SchemaDifference &d : diff.differences) {
        QVERIFY2(!d.fixSql.isEmpty(), qPrintable(SchemaDiff::describe(d)));
        fix += d.fixSql;
    }
    // One session, so the search path set first applies to every fix statement.
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    for (const QString &statement : fix)
        QVERIFY2(session.value()->run(statement).ok(), qPrintable(statement));
    QVERIFY(SchemaComparer::compare(expected, snapshotOf(db, bothSchemas())).isEmpty());
    session.value().reset();
    dropDatabase(db);
}

void TestSchemaIntrospection::snapshotsOfTheSameSchemaAreIdenticalAcrossRuns()
{
    const QByteArray first = SnapshotJson::write(snapshotOf(m_odd, bothSchemas()));
    const QByteArray second = SnapshotJson::write(snapshotOf(m_odd, bothSchemas()));
    QCOMPARE(second, first);
    SchemaIntrospector::Options oneConnection = bothSchemas();
    oneConnection.parallel = false;
    QCOMPARE(SnapshotJson::write(snapshotOf(m_odd, oneConnection)), first);
}

void TestSchemaIntrospection::statementCountDoesNotGrowWithTheSchema()
{
    const QString small = createDatabase(QStringLiteral("small"));
    execAll(small, {QStringLiteral("CREATE TABLE one (id int PRIMARY KEY)")});
    const QString large = createDatabase(QStringLiteral("large"));
    execAll(
        large,
        {QStringLiteral("CREATE TABLE one_ref (id int PRIMARY KEY)"),
         QStringLiteral(
             "DO $$ BEGIN FOR i IN 1..60 LOOP EXECUTE format("
             "'CREATE TABLE t%s (id serial PRIMARY KEY, a int REFERENCES one_ref (id), b text UNIQUE)', i);"
             " EXECUTE format('CREATE INDEX ON t%s (a, b)', i); END LOOP; END $$")});
    int smallCount = 0;
    int largeCount = 0;
    QCOMPARE(snapshotOf(small, {}, &smallCount).tables.size(), 1);
    QCOMPARE(snapshotOf(large, {}, &largeCount).tables.size(), 61);
    QCOMPARE(largeCount, smallCount);
    QVERIFY2(smallCount <= 14,
             qPrintable(QString::number(smallCount)));  // 9 + 5 on the second connection
    dropDatabase(small);
    dropDatabase(large);
}

void TestSchemaIntrospection::toolSchemaAndAlembicVersionAreLeftOut()
{
    const QString db = createDatabase(QStringLiteral("bookkeeping"));
    QVERIFY(
        MigrationRun(spec(db), RunOptions()).upgrade(loadCatalog(realMigrationsDir()), {}).ok());
    QVERIFY(scalar(db, QStringLiteral("SELECT to_regclass('public.alembic_version') IS NOT NULL"))
                .toBool());
    SchemaIntrospector::Options options;
    options.schemas = {QStringLiteral("public"), QStringLiteral("mathakine_admin")};
    const SchemaSnapshot s = snapshotOf(db, options);
    QCOMPARE(s.schemas, QStringList{QStringLiteral("public")});
    QVERIFY(!s.table(QStringLiteral("public"), QStringLiteral("alembic_version")));
    for (const SchemaTable &t : s.tables)
        QCOMPARE(t.schema, QStringLiteral("public"));
    QCOMPARE(s.tables.size(), 13);
    dropDatabase(db);
}

// Keys, foreign keys and plain indexes are rebuilt from attributes instead of asking the
// server (see CatalogQueries); they must read exactly as pg_get_*def prints them.
void TestSchemaIntrospection::rebuiltDefinitionsAreThoseOfPostgres()
{
    const QString db = createDatabase(QStringLiteral("definitions"));
    QVERIFY(
        MigrationRun(spec(db), RunOptions()).upgrade(loadCatalog(realMigrationsDir()), {}).ok());
    execAll(
        db,
        {QStringLiteral(
             "CREATE INDEX idx_options ON users (email DESC NULLS LAST, username text_pattern_ops) INCLUDE (bio)"
             " WITH (fillfactor = 70)"),
         QStringLiteral(
             "ALTER TABLE users ADD CONSTRAINT users_nickname UNIQUE NULLS NOT DISTINCT (full_name) INCLUDE (bio)"
             " DEFERRABLE INITIALLY DEFERRED"),
         QStringLiteral(
             "ALTER TABLE progress ADD CONSTRAINT progress_user_fkey2 FOREIGN KEY (user_id) REFERENCES users (id)"
             " MATCH FULL ON UPDATE CASCADE ON DELETE SET DEFAULT DEFERRABLE NOT VALID")});
    const SchemaSnapshot s = snapshotOf(db);
    auto session = DatabaseSession::open(spec(db), QStringLiteral("tst"));
    QVERIFY(session.value()
                ->run(QStringLiteral("SET search_path = ''"))
                .ok());  // so PostgreSQL qualifies every name
    int compared = 0;
    for (const SchemaTable &t : s.tables) {
        const QString table = t.schema + QLatin1Char('.') + t.name;
        for (const SchemaIndex &i : t.indexes) {
            auto theirs =
                session.value()->scalar(QStringLiteral("SELECT pg_get_indexdef(to_regclass(?))"),
                                        {t.schema + QLatin1Char('.') + i.name});
            QCOMPARE(SchemaFixSql::indexDefinition(t, i), theirs->toString());
            ++compared;
        }
        const QString sql = QStringLiteral(
            "SELECT pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass(?) AND conname = ?");
        auto keys = t.uniques;
        if (t.primaryKey)
            keys << *t.primaryKey;
        for (const SchemaKey &k : keys) {
            const bool primary = t.primaryKey && k.name == t.primaryKey->name;
            QCOMPARE(SchemaFixSql::keyDefinition(t, k, primary),
                     session.value()->scalar(sql, {table, k.name})->toString());
            ++compared;
        }
        for (const SchemaForeignKey &f : t.foreignKeys) {
            QCOMPARE(SchemaFixSql::foreignKeyDefinition(f),
                     session.value()->scalar(sql, {table, f.name})->toString());
            ++compared;
        }
    }
    QVERIFY(compared > 80);
    session.value().reset();
    dropDatabase(db);
}

QTEST_GUILESS_MAIN(TestSchemaIntrospection)
#include "tst_schema_introspection.moc"
