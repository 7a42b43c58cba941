// The validation engine's pure logic, without a server: statistics, placeholders, plan
// reading and EXPLAIN parsing.
#include "validate/LatencyStats.h"
#include "validate/PlanInspector.h"
#include "validate/SqlParameters.h"
#include "validate/ValidationPlanReader.h"

#include <QTest>

using namespace mathakine;
using namespace Qt::Literals::StringLiterals;

class TestValidationLogic : public QObject {
    Q_OBJECT

private slots:
    void percentilesInterpolateBetweenClosestRanks_data();
    void percentilesInterpolateBetweenClosestRanks();
    void placeholdersBecomePositionalOutsideQuotesAndCasts_data();
    void placeholdersBecomePositionalOutsideQuotesAndCasts();
    void unknownPlaceholderIsAnError();
    void planReaderNamesTheFaultyPlace_data();
    void planReaderNamesTheFaultyPlace();
    void planReaderReadsSeveritiesAndLines();
    void planInspectorFindsIndexesInNestedNodes();
};

void TestValidationLogic::percentilesInterpolateBetweenClosestRanks_data()
{
    QTest::addColumn<QList<double>>("samples");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p95");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("mean");
    QTest::newRow("one sample") << QList<double>{7} << 7.0 << 7.0 << 7.0 << 7.0;
    QTest::newRow("two samples") << QList<double>{2, 1} << 1.5 << 1.95 << 2.0 << 1.5;
    QTest::newRow("1 to 100") <<
        [] {
            QList<double> l;
            for (int i = 100; i >= 1; --i)
                l << i;
            return l;
        }() << 50.5 << 95.05 << 100.0
                              << 50.5;
    QTest::newRow("outlier moves max not p50")
        << QList<double>{1, 1, 1, 1, 100} << 1.0 << 80.2 << 100.0 << 20.8;
}

void TestValidationLogic::percentilesInterpolateBetweenClosestRanks()
{
    QFETCH(QList<double>, samples);
    QFETCH(double, p50);
    QFETCH(double, p95);
    QFETCH(double, max);
    QFETCH(double, mean);
    const LatencyStats stats = LatencyStats::of(samples);
    QCOMPARE(stats.count, samples.size());
    QVERIFY(qAbs(stats.p50 - p50) < 1e-9);
    QVERIFY2(qAbs(stats.p95 - p95) < 1e-9, qPrintable(QString::number(stats.p95)));
    QCOMPARE(stats.max, max);
    QVERIFY(qAbs(stats.mean - mean) < 1e-9);
    QVERIFY(stats.min <= stats.p50 && stats.p50 <= stats.p95 && stats.p95 <= stats.p99
            && stats.p99 <= stats.max);
}

void TestValidationLogic::placeholdersBecomePositionalOutsideQuotesAndCasts_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("one") << u"SELECT * FROM t WHERE id = :id"_s
                         << u"SELECT * FROM t WHERE id = $1"_s << QStringList{u"7"_s};
    QTest::newRow("repeated") << u"SELECT :a, :b, :a"_s << u"SELECT $1, $2, $1"_s
                              << QStringList{u"1"_s, u"2"_s};
    QTest::newRow("cast kept") << u"SELECT :a::int, now()::date"_s
                               << u"SELECT $1::int, now()::date"_s << QStringList{u"1"_s};
    QTest::newRow("quotes ignored")
        << u"SELECT ':a', \":a\", :a"_s << u"SELECT ':a', \":a\", $1"_s << QStringList{u"1"_s};
    QTest::newRow("doubled quote")
        << u"SELECT 'it''s :a', :b"_s << u"SELECT 'it''s :a', $1"_s << QStringList{u"2"_s};
    QTest::newRow("comments ignored") << u"SELECT 1 -- :a\n, :b /* :a */"_s
                                      << u"SELECT 1 -- :a\n, $1 /* :a */"_s << QStringList{u"2"_s};
    QTest::newRow("dollar quote ignored")
        << u"SELECT $x$ :a $x$, :b"_s << u"SELECT $x$ :a $x$, $1"_s << QStringList{u"2"_s};
}

void TestValidationLogic::placeholdersBecomePositionalOutsideQuotesAndCasts()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QFETCH(QStringList, values);
    auto bound = SqlParameters::bind(sql,
                                     {{QStringLiteral("a"), QStringLiteral("1")},
                                      {QStringLiteral("b"), QStringLiteral("2")},
                                      {QStringLiteral("id"), QStringLiteral("7")}});
    QVERIFY2(bound.ok(), qPrintable(bound.error().message));
    QCOMPARE(bound->sql, expected);
    QCOMPARE(bound->values, values);
}

void TestValidationLogic::unknownPlaceholderIsAnError()
{
    auto bound = SqlParameters::bind(QStringLiteral("SELECT :known, :missing"),
                                     {{QStringLiteral("known"), QStringLiteral("1")}});
    QVERIFY(!bound.ok());
    QVERIFY(bound.error().message.contains(QLatin1String("missing")));
}

void TestValidationLogic::planReaderNamesTheFaultyPlace_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");
    const QByteArray head = R"("formatVersion": 1, )";
    QTest::newRow("not json") << QByteArray("{ nope") << u"not valid JSON"_s;
    QTest::newRow("wrong version") << QByteArray(R"({"formatVersion": 2})") << u"formatVersion"_s;
    QTest::newRow("typo in a key") << QByteArray(
        "{" + head
        + R"("queries": [{"id": "q", "title": "t", "sql": "SELECT 1", "expectedIndex": []}]})")
                                   << u"queries[0].expectedIndex"_s;
    QTest::newRow("missing sql") << QByteArray(
        "{" + head + R"("smokeTests": [{"id": "s", "title": "t", "steps": [{"capture": "x"}]}]})")
                                 << u"smokeTests[0].steps[0].sql"_s;
    QTest::newRow("bad severity") << QByteArray(
        "{" + head + R"("required": [{"table": "users", "severity": "fatal"}]})")
                                  << u"required[0].severity"_s;
    QTest::newRow("duplicate id") << QByteArray(
        "{" + head
        + R"("queries": [{"id": "q", "title": "t", "sql": "SELECT 1"}, {"id": "q", "title": "u", "sql": "SELECT 2"}]})")
                                  << u"queries[1]"_s;
}

void TestValidationLogic::planReaderNamesTheFaultyPlace()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    auto plan = ValidationPlanReader::parse(json, QStringLiteral("plan.json"));
    QVERIFY(!plan.ok());
    QVERIFY2((plan.error().message + plan.error().detail).contains(place),
             qPrintable(plan.error().fullText()));
    QCOMPARE(plan.error().file, QStringLiteral("plan.json"));
}

void TestValidationLogic::planReaderReadsSeveritiesAndLines()
{
    auto plan = ValidationPlanReader::parse(R"({"formatVersion": 1,
        "required": [{"table": "users", "columns": ["a"]}, {"table": "users", "indexes": ["i"]}, {"table": "t", "severity": "warning"}],
        "queries": [{"id": "q", "title": "Titre", "title_en": "Title", "sql": ["SELECT 1", "FROM x"], "parameters": {"p": "SELECT 2"}}],
        "budgets": {"p95Ms": 150}})",
                                            {});
    QVERIFY2(plan.ok(), qPrintable(plan.error().fullText()));
    QCOMPARE(plan->columns.constFirst().severity,
             Severity::Critical);  // columns default to critical
    QCOMPARE(plan->indexes.constFirst().severity, Severity::Warning);  // indexes default to warning
    QCOMPARE(plan->tables.constFirst().severity, Severity::Warning);
    QCOMPARE(plan->queries.constFirst().sql, QStringLiteral("SELECT 1\nFROM x"));
    QCOMPARE(plan->queries.constFirst().displayTitle(QStringLiteral("en")),
             QStringLiteral("Title"));
    QCOMPARE(plan->queries.constFirst().displayTitle(QStringLiteral("fr")),
             QStringLiteral("Titre"));
    QCOMPARE(plan->budgets.p95Ms, 150.0);
    QCOMPARE(plan->runs, 30);
}

void TestValidationLogic::planInspectorFindsIndexesInNestedNodes()
{
    const QByteArray json =
        R"([{"Plan": {"Node Type": "Limit", "Actual Rows": 10, "Actual Total Time": 0.5, "Plans": [
        {"Node Type": "Nested Loop", "Join Type": "Left", "Plans": [
            {"Node Type": "Index Scan", "Scan Direction": "Backward", "Index Name": "idx_users_total_points", "Relation Name": "users", "Alias": "u"},
            {"Node Type": "Bitmap Heap Scan", "Relation Name": "user_achievements", "Plans": [
                {"Node Type": "Bitmap Index Scan", "Index Name": "idx_user_achievements_user"}]}]}]},
        "Planning Time": 0.25, "Execution Time": 1.5}])";
    const PlanSummary plan = PlanInspector::inspect(json);
    QVERIFY(plan.valid);
    QCOMPARE(plan.indexes,
             (QStringList{u"idx_users_total_points"_s, u"idx_user_achievements_user"_s}));
    QCOMPARE(plan.planningMs, 0.25);
    QCOMPARE(plan.executionMs, 1.5);
    QVERIFY2(plan.outline.contains(QLatin1String("-> Nested Loop Left Join")),
             qPrintable(plan.outline));
    QVERIFY2(plan.outline.contains(
                 QLatin1String("Index Scan Backward using idx_users_total_points on users u")),
             qPrintable(plan.outline));
    QVERIFY(plan.outline.startsWith(QLatin1String("Limit (rows=10, 0.500 ms)")));
}

QTEST_GUILESS_MAIN(TestValidationLogic)
#include "tst_validation_logic.moc"
