#include "schema/SchemaComparer.h"
#include "schema/SnapshotJson.h"
#include "schema/SqlQuote.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace mathakine;
using Type = SchemaObjectType;
using Severity = DiffSeverity;

namespace {

SchemaSnapshot committed(const QString &version)
{
    QFile file(qEnvironmentVariable("MATHAKINE_SOURCE_DIR")
               + QStringLiteral("/migrations/expected/%1.json").arg(version));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return SnapshotJson::read(file.readAll(), file.fileName()).value();
}

SchemaTable &table(SchemaSnapshot &s, const char *name)
{
    for (SchemaTable &t : s.tables) {
        if (t.name == QLatin1String(name))
            return t;
    }
    qFatal("no table %s", name);
}

SchemaColumn &column(SchemaSnapshot &s, const char *tableName, const char *name)
{
    for (SchemaColumn &c : table(s, tableName).columns) {
        if (c.name == QLatin1String(name))
            return c;
    }
    qFatal("no column %s", name);
}

template<typename T>
void removeNamed(QList<T> &list, const char *name)
{
    list.removeIf([name](const T &item) { return item.name == QLatin1String(name); });
}

template<typename T>
T &named(QList<T> &list, const char *name)
{
    for (T &item : list) {
        if (item.name == QLatin1String(name))
            return item;
    }
    qFatal("no object %s", name);
}

// One change made by hand to the actual schema, and the single difference it must give.
struct Case {
    const char *name;
    std::function<void(SchemaSnapshot &)> change;
    DiffKind kind;
    Type type;
    QString object;
    QString attribute;
    Severity severity;
    QString fix;  // a statement the fix must contain; empty when none is safe
};

const QList<Case> &cases()
{
    static const QList<Case> list = {
        {"index dropped",
         [](SchemaSnapshot &s) { removeNamed(table(s, "users").indexes, "idx_users_jedi_rank"); },
         DiffKind::Missing,
         Type::Index,
         QStringLiteral("idx_users_jedi_rank"),
         {},
         Severity::Warning,
         QStringLiteral(
             "CREATE INDEX idx_users_jedi_rank ON public.users USING btree (jedi_rank);")},
        {"default dropped",
         [](SchemaSnapshot &s) { column(s, "users", "total_points").defaultValue.clear(); },
         DiffKind::Changed, Type::Column, QStringLiteral("total_points"), QStringLiteral("default"),
         Severity::Warning,
         QStringLiteral("ALTER TABLE public.users ALTER COLUMN total_points SET DEFAULT 0;")},
        {"default added",
         [](SchemaSnapshot &s) {
             column(s, "users", "bio").defaultValue = QStringLiteral("''::text");
         },
         DiffKind::Changed, Type::Column, QStringLiteral("bio"), QStringLiteral("default"),
         Severity::Warning,
         QStringLiteral("ALTER TABLE public.users ALTER COLUMN bio DROP DEFAULT;")},
        {"column added",
         [](SchemaSnapshot &s) {
             table(s, "users")
                 .columns.append({QStringLiteral("nickname"),
                                  40,
                                  QStringLiteral("text"),
                                  true,
                                  {},
                                  {},
                                  {},
                                  {}});
         },
         DiffKind::Unexpected,
         Type::Column,
         QStringLiteral("nickname"),
         {},
         Severity::Warning,
         {}},
        {"column dropped",
         [](SchemaSnapshot &s) { removeNamed(table(s, "users").columns, "bio"); },
         DiffKind::Missing,
         Type::Column,
         QStringLiteral("bio"),
         {},
         Severity::Error,
         QStringLiteral("ALTER TABLE public.users ADD COLUMN bio text;")},
        {"type altered",
         [](SchemaSnapshot &s) {
             column(s, "users", "full_name").type = QStringLiteral("character varying(200)");
         },
         DiffKind::Changed,
         Type::Column,
         QStringLiteral("full_name"),
         QStringLiteral("type"),
         Severity::Error,
         {}},
        {"not null added",
         [](SchemaSnapshot &s) { column(s, "users", "full_name").nullable = false; },
         DiffKind::Changed, Type::Column, QStringLiteral("full_name"), QStringLiteral("nullable"),
         Severity::Error,
         QStringLiteral("ALTER TABLE public.users ALTER COLUMN full_name DROP NOT NULL;")},
        {"foreign key dropped",
         [](SchemaSnapshot &s) {
             removeNamed(table(s, "attempts").foreignKeys, "attempts_user_id_fkey");
         },
         DiffKind::Missing,
         Type::ForeignKey,
         QStringLiteral("attempts_user_id_fkey"),
         {},
         Severity::Error,
         QStringLiteral(
             "ALTER TABLE public.attempts ADD CONSTRAINT attempts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);")},
        {"foreign key action",
         [](SchemaSnapshot &s) {
             named(table(s, "recommendations").foreignKeys, "recommendations_user_id_fkey")
                 .onDelete = QStringLiteral("NO ACTION");
         },
         DiffKind::Changed, Type::ForeignKey, QStringLiteral("recommendations_user_id_fkey"),
         QStringLiteral("onDelete"), Severity::Error,
         QStringLiteral(
             "ALTER TABLE public.recommendations DROP CONSTRAINT recommendations_user_id_fkey, ADD CONSTRAINT recommendations_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;")},
        {"index added",
         [](SchemaSnapshot &s) {
             table(s, "users")
                 .indexes.append({QStringLiteral("idx_extra"),
                                  {QStringLiteral("bio")},
                                  {},
                                  false,
                                  false,
                                  QStringLiteral("btree"),
                                  {},
                                  {},
                                  true,
                                  {}});
         },
         DiffKind::Unexpected,
         Type::Index,
         QStringLiteral("idx_extra"),
         {},
         Severity::Info,
         {}},
        {"index columns",
         [](SchemaSnapshot &s) {
             named(table(s, "users").indexes, "idx_users_total_points").columns
                 << QStringLiteral("id");
         },
         DiffKind::Changed, Type::Index, QStringLiteral("idx_users_total_points"),
         QStringLiteral("columns"), Severity::Warning,
         QStringLiteral("DROP INDEX public.idx_users_total_points;")},
        {"index invalid",
         [](SchemaSnapshot &s) {
             named(table(s, "users").indexes, "idx_users_avatar_url").valid = false;
         },
         DiffKind::Changed, Type::Index, QStringLiteral("idx_users_avatar_url"),
         QStringLiteral("valid"), Severity::Warning,
         QStringLiteral("REINDEX INDEX public.idx_users_avatar_url;")},
        {"unique constraint dropped",
         [](SchemaSnapshot &s) {
             removeNamed(table(s, "achievements").uniques, "achievements_code_key");
             removeNamed(table(s, "achievements").indexes, "achievements_code_key");
         },
         DiffKind::Missing,
         Type::UniqueConstraint,
         QStringLiteral("achievements_code_key"),
         {},
         Severity::Error,
         QStringLiteral(
             "ALTER TABLE public.achievements ADD CONSTRAINT achievements_code_key UNIQUE (code);")},
        {"primary key dropped",
         [](SchemaSnapshot &s) {
             table(s, "users").primaryKey.reset();
             removeNamed(table(s, "users").indexes, "users_pkey");
         },
         DiffKind::Missing,
         Type::PrimaryKey,
         QStringLiteral("users_pkey"),
         {},
         Severity::Error,
         QStringLiteral("ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);")},
        {"enum value added",
         [](SchemaSnapshot &s) { s.enums[4].labels << QStringLiteral("INVITE"); },
         DiffKind::Changed,
         Type::EnumType,
         {},
         QStringLiteral("labels"),
         Severity::Warning,
         {}},
        {"enum value missing",
         [](SchemaSnapshot &s) { s.enums[4].labels.removeAll(QStringLiteral("GARDIEN")); },
         DiffKind::Changed,
         Type::EnumType,
         {},
         QStringLiteral("labels"),
         Severity::Error,
         QStringLiteral("ALTER TYPE public.userrole ADD VALUE 'GARDIEN' AFTER 'MAITRE';")},
        {"table dropped with its sequence",
         [](SchemaSnapshot &s) {
             removeNamed(s.tables, "notifications");
             removeNamed(s.sequences, "notifications_id_seq");
         },
         DiffKind::Missing,
         Type::Table,
         {},
         {},
         Severity::Error,
         // the serial's sequence first, unowned: the table it belongs to does not exist yet
         QStringLiteral(
             "CREATE SEQUENCE public.notifications_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1;")},
        {"table added",
         [](SchemaSnapshot &s) {
             SchemaTable scratch;
             scratch.schema = QStringLiteral("public");
             scratch.name = QStringLiteral("scratch");
             s.tables.append(scratch);
         },
         DiffKind::Unexpected,
         Type::Table,
         {},
         {},
         Severity::Warning,
         {}},
        {"columns reordered",
         [](SchemaSnapshot &s) {
             std::swap(column(s, "users", "bio").ordinal, column(s, "users", "avatar_url").ordinal);
             s.normalise();
         },
         DiffKind::Changed,
         Type::Table,
         {},
         QStringLiteral("columnOrder"),
         Severity::Info,
         {}},
        {"sequence increment",
         [](SchemaSnapshot &s) { named(s.sequences, "users_id_seq").increment = 10; },
         DiffKind::Changed,
         Type::Sequence,
         {},
         QStringLiteral("increment"),
         Severity::Warning,
         QStringLiteral("ALTER SEQUENCE public.users_id_seq INCREMENT BY 1;")},
    };
    return list;
}

}  // namespace

class TestSchemaDiff : public QObject {
    Q_OBJECT

private slots:
    void identicalSnapshotsHaveNoDifference();
    void eachHandMadeChangeIsReportedOnceWithItsAttribute_data();
    void eachHandMadeChangeIsReportedOnceWithItsAttribute();
    void olderVersionLacksExactlyWhatTheNextMigrationAdds();
    void fixScriptListsASharedStatementOnce();
    void descriptionNamesTheObjectAndBothValues();
    void leftoverInvalidIndexIsNamedInvalidWithItsDrop();
    void identifiersAreQuotedLikeQuoteIdent_data();
    void identifiersAreQuotedLikeQuoteIdent();

private:
    SchemaSnapshot m_head = committed(QStringLiteral("0006"));
};

void TestSchemaDiff::identicalSnapshotsHaveNoDifference()
{
    const SchemaDiff diff = SchemaComparer::compare(m_head, m_head);
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.expectedVersion, QStringLiteral("0006"));
    QVERIFY(diff.fixScript().isEmpty());
}

void TestSchemaDiff::eachHandMadeChangeIsReportedOnceWithItsAttribute_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < cases().size(); ++i)
        QTest::newRow(cases().at(i).name) << i;
}

void TestSchemaDiff::eachHandMadeChangeIsReportedOnceWithItsAttribute()
{
    QFETCH(int, index);
    const Case &c = cases().at(index);
    SchemaSnapshot actual = m_head;
    c.change(actual);
    const SchemaDiff diff = SchemaComparer::compare(m_head, actual);
    QStringList described;
    for (const SchemaDifference &d : diff.differences)
        described << SchemaDiff::describe(d);
    QVERIFY2(diff.differences.size() == 1, qPrintable(described.join(QLatin1Char('\n'))));
    const SchemaDifference &d = diff.differences.constFirst();
    QCOMPARE(d.kind, c.kind);
    QCOMPARE(d.objectType, c.type);
    QCOMPARE(d.object, c.object);
    QCOMPARE(d.attribute, c.attribute);
    QCOMPARE(d.severity, c.severity);
    if (c.fix.isEmpty())
        QVERIFY2(d.fixSql.isEmpty() || c.kind == DiffKind::Changed,
                 qPrintable(d.fixSql.join(QLatin1Char('\n'))));
    else
        QVERIFY2(d.fixSql.contains(c.fix), qPrintable(d.fixSql.join(QLatin1Char('\n'))));
}

void TestSchemaDiff::olderVersionLacksExactlyWhatTheNextMigrationAdds()
{
    // 0005 and 0006 add 12 columns and 4 indexes to exercises, nothing else.
    const SchemaDiff diff = SchemaComparer::compare(m_head, committed(QStringLiteral("0004")));
    QCOMPARE(diff.differences.size(), 16);
    QCOMPARE(diff.count(Severity::Error), 12);
    for (const SchemaDifference &d : diff.differences) {
        QCOMPARE(d.kind, DiffKind::Missing);
        QCOMPARE(d.table, QStringLiteral("exercises"));
        QCOMPARE(d.fixSql.size(), 1);
    }
    QVERIFY(diff.fixScript().contains(QStringLiteral(
        "ALTER TABLE public.exercises ADD COLUMN human_reviewed boolean DEFAULT false NOT NULL;\n")));
}

void TestSchemaDiff::fixScriptListsASharedStatementOnce()
{
    SchemaSnapshot actual = m_head;
    SchemaForeignKey &fk =
        named(table(actual, "recommendations").foreignKeys, "recommendations_exercise_id_fkey");
    fk.onDelete = QStringLiteral("CASCADE");
    fk.onUpdate = QStringLiteral("CASCADE");
    const SchemaDiff diff = SchemaComparer::compare(m_head, actual);
    QCOMPARE(diff.differences.size(), 2);
    QCOMPARE(diff.fixScript().count(QStringLiteral("ADD CONSTRAINT")), 1);
}

void TestSchemaDiff::descriptionNamesTheObjectAndBothValues()
{
    SchemaSnapshot actual = m_head;
    column(actual, "users", "total_points").defaultValue.clear();
    const SchemaDiff diff = SchemaComparer::compare(m_head, actual);
    QCOMPARE(
        SchemaDiff::describe(diff.differences.constFirst()),
        QStringLiteral(
            "Column total_points on public.users: default value differs — expected 0, actual (none)."));
    const QJsonObject json = diff.toJson();
    QCOMPARE(json.value(QLatin1String("warnings")).toInt(), 1);
}

void TestSchemaDiff::leftoverInvalidIndexIsNamedInvalidWithItsDrop()
{
    // A failed CREATE UNIQUE INDEX CONCURRENTLY of a migration not applied yet.
    SchemaSnapshot actual = m_head;
    SchemaIndex leftover = table(actual, "users").indexes.constFirst();
    leftover.name = QStringLiteral("users_nickname_key");
    leftover.valid = false;
    table(actual, "users").indexes << leftover;
    const SchemaDiff diff = SchemaComparer::compare(m_head, actual);
    QCOMPARE(diff.differences.size(), 1);
    const SchemaDifference &d = diff.differences.constFirst();
    QCOMPARE(d.kind, DiffKind::Unexpected);
    QCOMPARE(d.severity, Severity::Warning);
    QVERIFY2(SchemaDiff::describe(d).contains(QStringLiteral("INVALID")),
             qPrintable(SchemaDiff::describe(d)));
    QCOMPARE(d.fixSql,
             QStringList{QStringLiteral("DROP INDEX CONCURRENTLY public.users_nickname_key;")});
}

void TestSchemaDiff::identifiersAreQuotedLikeQuoteIdent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("users") << QStringLiteral("users");
    QTest::newRow("digits") << QStringLiteral("t_1") << QStringLiteral("t_1");
    QTest::newRow("dollar") << QStringLiteral("t$x") << QStringLiteral("\"t$x\"");
    QTest::newRow("mixed case") << QStringLiteral("Users") << QStringLiteral("\"Users\"");
    QTest::newRow("space") << QStringLiteral("my table") << QStringLiteral("\"my table\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
    QTest::newRow("reserved") << QStringLiteral("user") << QStringLiteral("\"user\"");
    QTest::newRow("column-name keyword")
        << QStringLiteral("timestamp") << QStringLiteral("\"timestamp\"");
    QTest::newRow("unreserved keyword") << QStringLiteral("key") << QStringLiteral("key");
    QTest::newRow("leading digit") << QStringLiteral("1st") << QStringLiteral("\"1st\"");
    QTest::newRow("unicode") << QStringLiteral("é") << QStringLiteral("\"é\"");
}

void TestSchemaDiff::identifiersAreQuotedLikeQuoteIdent()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(SqlQuote::identifier(name), quoted);
}

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schema_diff.moc"
