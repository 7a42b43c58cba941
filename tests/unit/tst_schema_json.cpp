#include "schema/SnapshotJson.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace mathakine;

namespace {

SchemaTable sampleTable(const QString &name)
{
    SchemaTable t;
    t.schema = QStringLiteral("public");
    t.name = name;
    t.columns = {{QStringLiteral("id"),
                  1,
                  QStringLiteral("integer"),
                  false,
                  QStringLiteral("nextval('users_id_seq'::regclass)"),
                  {},
                  {},
                  {}},
                 {QStringLiteral("code"),
                  2,
                  QStringLiteral("character varying(50)"),
                  true,
                  {},
                  {},
                  {},
                  QStringLiteral("\"C\"")},
                 {QStringLiteral("n"),
                  3,
                  QStringLiteral("bigint"),
                  false,
                  {},
                  QStringLiteral("always"),
                  {},
                  {}},
                 {QStringLiteral("twice"),
                  4,
                  QStringLiteral("bigint"),
                  true,
                  {},
                  {},
                  QStringLiteral("(n * 2)"),
                  {}}};
    t.primaryKey = SchemaKey{name + QStringLiteral("_pkey"), {QStringLiteral("id")}, false, false};
    t.uniques = {
        {QStringLiteral("u_code"), {QStringLiteral("code"), QStringLiteral("n")}, true, true}};
    SchemaForeignKey fk;
    fk.name = QStringLiteral("fk_parent");
    fk.columns = {QStringLiteral("n")};
    fk.referencedSchema = QStringLiteral("public");
    fk.referencedTable = QStringLiteral("parent");
    fk.referencedColumns = {QStringLiteral("id")};
    fk.onDelete = QStringLiteral("SET NULL");
    fk.validated = false;
    t.foreignKeys = {fk};
    t.checks = {{QStringLiteral("positive"), QStringLiteral("CHECK ((n > 0))"), true}};
    SchemaIndex index;
    index.name = QStringLiteral("idx_expr");
    index.columns = {QStringLiteral("(lower((code)::text)) DESC"),
                     QStringLiteral("n text_pattern_ops")};
    index.include = {QStringLiteral("id")};
    index.unique = true;
    index.nullsNotDistinct = true;
    index.predicate = QStringLiteral("n > 0");
    index.options = QStringLiteral("fillfactor=70");
    index.valid = false;
    t.indexes = {index,
                 SchemaIndex{name + QStringLiteral("_pkey"),
                             {QStringLiteral("id")},
                             {},
                             true,
                             false,
                             QStringLiteral("btree"),
                             {},
                             {},
                             true,
                             name + QStringLiteral("_pkey")}};
    return t;
}

SchemaSnapshot sampleSnapshot()
{
    SchemaSnapshot s;
    s.version = QStringLiteral("0042");
    s.schemas = {QStringLiteral("public")};
    s.tables = {sampleTable(QStringLiteral("users")), sampleTable(QStringLiteral("achievements"))};
    SchemaTable view;
    view.schema = QStringLiteral("public");
    view.name = QStringLiteral("active_users");
    view.kind = QStringLiteral("view");
    view.viewDefinition = QStringLiteral(" SELECT users.id\n   FROM users;");
    view.columns = {{QStringLiteral("id"), 1, QStringLiteral("integer"), true, {}, {}, {}, {}}};
    s.views = {view};
    s.sequences = {{QStringLiteral("public"), QStringLiteral("users_id_seq"),
                    QStringLiteral("bigint"), 1, 1, 1, std::numeric_limits<qint64>::max(), 1, false,
                    QStringLiteral("users"), QStringLiteral("id")},
                   {QStringLiteral("public"),
                    QStringLiteral("down"),
                    QStringLiteral("integer"),
                    -1,
                    -1,
                    std::numeric_limits<qint64>::min(),
                    -1,
                    20,
                    true,
                    {},
                    {}}};
    s.enums = {{QStringLiteral("public"),
                QStringLiteral("userrole"),
                {QStringLiteral("PADAWAN"), QStringLiteral("it's")}}};
    s.normalise();
    return s;
}

}  // namespace

class TestSchemaJson : public QObject {
    Q_OBJECT

private slots:
    void writeThenReadGivesBackTheSameSnapshot_data();
    void writeThenReadGivesBackTheSameSnapshot();
    void outputDoesNotDependOnTheOrderObjectsWereFound();
    void eachColumnIsOneLineWithNameFirst();
    void defaultsAreLeftOutOfTheFile();
    void stringsKeepUnicodeAndEscapeOnlyWhatJsonRequires();
    void readReportsTheLineOfInvalidJson();
    void readRefusesAnUnknownFormat();
};

void TestSchemaJson::writeThenReadGivesBackTheSameSnapshot_data()
{
    QTest::addColumn<SchemaSnapshot>("snapshot");
    QTest::newRow("empty") << SchemaSnapshot{};
    QTest::newRow("every kind of object") << sampleSnapshot();
    SchemaSnapshot odd = sampleSnapshot();
    odd.tables[0].name = QStringLiteral("Mixed Case \"quoted\" ünïcødé 表 🚀");
    odd.tables[0].columns[0].name = QStringLiteral("tab\there\\back\nline");
    odd.tables[0].columns[1].defaultValue = QStringLiteral("'\u0001'::text");
    odd.normalise();
    QTest::newRow("odd identifiers") << odd;
}

void TestSchemaJson::writeThenReadGivesBackTheSameSnapshot()
{
    QFETCH(SchemaSnapshot, snapshot);
    const QByteArray json = SnapshotJson::write(snapshot);
    auto read = SnapshotJson::read(json);
    QVERIFY2(read.ok(), qPrintable(read.error().fullText()));
    QVERIFY(read.value() == snapshot);
    QCOMPARE(SnapshotJson::write(read.value()), json);
    QVERIFY(QJsonDocument::fromJson(json).isObject());  // any JSON reader can read it
}

void TestSchemaJson::outputDoesNotDependOnTheOrderObjectsWereFound()
{
    const SchemaSnapshot sorted = sampleSnapshot();
    SchemaSnapshot shuffled = sorted;
    std::reverse(shuffled.tables.begin(), shuffled.tables.end());
    std::reverse(shuffled.sequences.begin(), shuffled.sequences.end());
    std::reverse(shuffled.tables[0].columns.begin(), shuffled.tables[0].columns.end());
    shuffled.normalise();
    QCOMPARE(SnapshotJson::write(shuffled), SnapshotJson::write(sorted));
}

void TestSchemaJson::eachColumnIsOneLineWithNameFirst()
{
    const QString json = QString::fromUtf8(SnapshotJson::write(sampleSnapshot()));
    QVERIFY2(
        json.contains(QStringLiteral(
            "\n        {\"name\": \"code\", \"ordinal\": 2, \"type\": \"character varying(50)\", "
            "\"nullable\": true, \"collation\": \"\\\"C\\\"\"}")),
        qPrintable(json));
    QVERIFY(json.startsWith(QStringLiteral(
        "{\n  \"format\": 1,\n  \"version\": \"0042\",\n  \"schemas\": [\"public\"],\n")));
    QVERIFY(json.endsWith(QStringLiteral("}\n")));
}

void TestSchemaJson::defaultsAreLeftOutOfTheFile()
{
    const QString json = QString::fromUtf8(SnapshotJson::write(sampleSnapshot()));
    const QString idLine = json.section(QStringLiteral("{\"name\": \"id\", \"ordinal\": 1"), 1, 1)
                               .section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(!idLine.contains(QStringLiteral("identity"))
                 && !idLine.contains(QStringLiteral("collation")),
             qPrintable(idLine));
    QVERIFY(json.contains(QStringLiteral("\"validated\": false")));  // the NOT VALID foreign key
    QVERIFY(!json.contains(QStringLiteral("\"validated\": true")));
    QVERIFY(!json.contains(QStringLiteral("\"match\"")));  // SIMPLE is the default
}

void TestSchemaJson::stringsKeepUnicodeAndEscapeOnlyWhatJsonRequires()
{
    SchemaSnapshot s;
    s.enums = {
        {QStringLiteral("public"), QStringLiteral("é表🚀"), {QStringLiteral("a\"b\\c\nd\u0001")}}};
    const QByteArray json = SnapshotJson::write(s);
    QVERIFY2(json.contains(QStringLiteral("\"é表🚀\"").toUtf8()), json.constData());
    QVERIFY2(json.contains("\"a\\\"b\\\\c\\nd\\u0001\""), json.constData());
}

void TestSchemaJson::readReportsTheLineOfInvalidJson()
{
    auto read = SnapshotJson::read("{\n  \"format\": 1,\n  \"tables\": [,]\n}\n",
                                   QStringLiteral("0001.json"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().line, 3);
    QCOMPARE(read.error().file, QStringLiteral("0001.json"));
}

void TestSchemaJson::readRefusesAnUnknownFormat()
{
    auto read = SnapshotJson::read("{\"format\": 99}");
    QVERIFY(!read.ok());
    QVERIFY(read.error().message.contains(QStringLiteral("99")));
    QVERIFY(read.error().hint.contains(QStringLiteral("snapshot")));
}

QTEST_GUILESS_MAIN(TestSchemaJson)
#include "tst_schema_json.moc"
