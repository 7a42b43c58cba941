#include "BackupListModel.h"
#include "CheckResultsModel.h"
#include "MigrationTimelineModel.h"
#include "SchemaTreeModel.h"
#include "common/Translations.h"
#include "schema/SchemaComparer.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace mathakine;
using namespace Qt::StringLiterals;

// The item models live in mathakine_models (QtCore + QtGui, issue 19): each is checked by
// QAbstractItemModelTester while it is filled with 0, 1 and several rows, without a window.
class TestModels : public QObject {
    Q_OBJECT

private slots:
    void backupListIsAConsistentModel_data() { rows(); }
    void backupListIsAConsistentModel();
    void checkResultsAreAConsistentModel_data() { rows(); }
    void checkResultsAreAConsistentModel();
    void migrationTimelineIsAConsistentModel_data() { rows(); }
    void migrationTimelineIsAConsistentModel();
    void schemaTreeIsAConsistentModel_data() { rows(); }
    void schemaTreeIsAConsistentModel();
    void schemaTreeShowsTheStatusOfEachObject_data();
    void schemaTreeShowsTheStatusOfEachObject();
    void schemaTreeRetranslatesItsHeadersAndRows();

private:
    static void rows()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("several") << 3;
    }
};

void TestModels::backupListIsAConsistentModel()
{
    QFETCH(int, count);
    BackupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<BackupRecord> records;
    for (int i = 0; i < count; ++i) {
        BackupRecord r;
        r.file = QStringLiteral("/tmp/mathakine_%1.dump").arg(i);
        r.target = QStringLiteral("localhost:5432/mathakine");
        r.database = QStringLiteral("mathakine");
        r.createdAt = QDateTime(QDate(2026, 11, 20 + i), QTime(10, 0), Qt::UTC);
        r.durationMs = 1200 * (i + 1);
        r.sizeBytes = 4096 * (i + 1);
        records << r;
    }
    model.setRecords(records, QStringLiteral("localhost:5432/mathakine"));
    QCOMPARE(model.rowCount(), count);
    model.retranslate();
    model.setRecords({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::checkResultsAreAConsistentModel()
{
    QFETCH(int, count);
    CheckResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ValidationResult result;
    for (int i = 0; i < count; ++i) {
        CheckResult check;
        check.family = i % 2 ? CheckFamily::Performance : CheckFamily::Schema;
        check.id = QStringLiteral("check:%1").arg(i);
        check.subject = QStringLiteral("users.c%1").arg(i);
        check.status = i == 2 ? CheckStatus::Fail : CheckStatus::Pass;
        check.message = QStringLiteral("message %1").arg(i);
        check.measured = 12.5 * i;
        check.threshold = 50;
        check.unit = QStringLiteral("ms");
        result.checks << check;
    }
    model.setResult(result);
    model.retranslate();
    model.setResult({});
}

void TestModels::migrationTimelineIsAConsistentModel()
{
    QFETCH(int, count);
    MigrationTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MigrationStatus status;
    for (int i = 0; i < count; ++i) {
        MigrationStatusEntry entry;
        entry.version = QString::number(20261101 + i);
        entry.title = QStringLiteral("step %1").arg(i);
        entry.fileName = entry.version + QStringLiteral("_step.sql");
        entry.state = i == 0 ? MigrationState::Applied : MigrationState::Pending;
        status.entries << entry;
    }
    status.currentVersion = count ? status.entries.constFirst().version : QString();
    model.setData(status, {});
    QCOMPARE(model.rowCount(), count);
    if (count)
        QCOMPARE(model.rowOf(status.entries.constLast().version), count - 1);
    model.setData({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::schemaTreeIsAConsistentModel()
{
    QFETCH(int, count);
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SchemaSnapshot snapshot;
    for (int i = 0; i < count; ++i) {
        SchemaTable table;
        table.schema = QStringLiteral("public");
        table.name = QStringLiteral("t%1").arg(i);
        SchemaColumn column;
        column.name = QStringLiteral("id");
        table.columns << column;
        snapshot.tables << table;
    }
    model.setSnapshots(snapshot, snapshot, {});
    model.setSnapshots({}, {}, {});
}

namespace {

// The expected side of the schema tree tests: users (id, total_points DEFAULT 0, an index,
// a foreign key to teams), teams (id), and an enum type.
SchemaSnapshot expectedSchema()
{
    auto column = [](const QString &name, const QString &defaultValue = {}) {
        SchemaColumn c;
        c.name = name;
        c.type = QStringLiteral("integer");
        c.nullable = name != QLatin1String("id");
        c.defaultValue = defaultValue;
        return c;
    };
    SchemaTable teams;
    teams.schema = QStringLiteral("public");
    teams.name = QStringLiteral("teams");
    teams.columns << column(QStringLiteral("id"));
    SchemaTable users;
    users.schema = QStringLiteral("public");
    users.name = QStringLiteral("users");
    users.columns << column(QStringLiteral("id")) << column(QStringLiteral("team_id"))
                  << column(QStringLiteral("total_points"), QStringLiteral("0"));
    SchemaIndex index;
    index.name = QStringLiteral("idx_users_team");
    index.columns = {QStringLiteral("team_id")};
    users.indexes << index;
    SchemaForeignKey key;
    key.name = QStringLiteral("fk_users_team");
    key.columns = {QStringLiteral("team_id")};
    key.referencedSchema = QStringLiteral("public");
    key.referencedTable = QStringLiteral("teams");
    key.referencedColumns = {QStringLiteral("id")};
    users.foreignKeys << key;
    SchemaEnum role;
    role.schema = QStringLiteral("public");
    role.name = QStringLiteral("userrole");
    role.labels = {QStringLiteral("padawan"), QStringLiteral("maitre")};
    SchemaSnapshot snapshot;
    snapshot.schemas = {QStringLiteral("public")};
    snapshot.tables << teams << users;
    snapshot.enums << role;
    return snapshot;
}

// The row reached by following these labels (first column) from the top, or an invalid index.
QModelIndex rowAt(const QAbstractItemModel &model, const QStringList &path)
{
    QModelIndex parent;
    for (const QString &label : path) {
        const QModelIndexList hits =
            model.match(model.index(0, 0, parent), Qt::DisplayRole, label, 1, Qt::MatchExactly);
        if (hits.isEmpty())
            return {};
        parent = hits.first();
    }
    return parent;
}

}  // namespace

void TestModels::schemaTreeShowsTheStatusOfEachObject_data()
{
    QTest::addColumn<QString>("change");    // what the actual side lacks or adds
    QTest::addColumn<QStringList>("path");  // the labels leading to the row
    QTest::addColumn<QString>("owner");     // the row's (table, object) in SchemaDifference
    QTest::addColumn<QString>("object");
    QTest::addColumn<int>("kind");  // DiffKind, -1 when nothing differs
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("actualText");
    QTest::addColumn<QString>("fixStart");
    const int missing = static_cast<int>(DiffKind::Missing),
              unexpected = static_cast<int>(DiffKind::Unexpected),
              changed = static_cast<int>(DiffKind::Changed);
    QTest::newRow("same column") << u"none"_s << QStringList{u"users"_s, u"total_points"_s}
                                 << u"users"_s << u"total_points"_s << -1 << u"integer DEFAULT 0"_s
                                 << u"integer DEFAULT 0"_s << QString();
    QTest::newRow("missing index")
        << u"drop index"_s << QStringList{u"users"_s, u"index idx_users_team"_s} << u"users"_s
        << u"idx_users_team"_s << missing << u"btree (team_id)"_s << QString() << u"CREATE INDEX"_s;
    QTest::newRow("missing foreign key")
        << u"drop key"_s << QStringList{u"users"_s, u"foreign key fk_users_team"_s} << u"users"_s
        << u"fk_users_team"_s << missing << u"(team_id) → teams(id) ON DELETE NO ACTION"_s
        << QString() << u"ALTER TABLE"_s;
    QTest::newRow("unexpected column")
        << u"add column"_s << QStringList{u"users"_s, u"guide_extra"_s} << u"users"_s
        << u"guide_extra"_s << unexpected << QString() << u"integer"_s << QString();
    QTest::newRow("changed default")
        << u"drop default"_s << QStringList{u"users"_s, u"total_points"_s} << u"users"_s
        << u"total_points"_s << changed << u"integer DEFAULT 0"_s << u"integer"_s
        << u"ALTER TABLE"_s;
    QTest::newRow("missing table")
        << u"drop table"_s << QStringList{u"teams"_s} << u"teams"_s << QString() << missing
        << u"table"_s << QString() << u"CREATE TABLE"_s;
    QTest::newRow("changed enum type")
        << u"drop label"_s << QStringList{u"Enum type userrole"_s} << u"userrole"_s << QString()
        << changed << u"padawan, maitre"_s << u"padawan"_s << u"ALTER TYPE"_s;
}

void TestModels::schemaTreeShowsTheStatusOfEachObject()
{
    QFETCH(QString, change);
    QFETCH(QStringList, path);
    QFETCH(QString, owner);
    QFETCH(QString, object);
    QFETCH(int, kind);
    QFETCH(QString, expectedText);
    QFETCH(QString, actualText);
    QFETCH(QString, fixStart);
    const SchemaSnapshot expected = expectedSchema();
    SchemaSnapshot actual = expected;
    SchemaTable &users = actual.tables[1];
    if (change == QLatin1String("drop index"))
        users.indexes.clear();
    else if (change == QLatin1String("drop key"))
        users.foreignKeys.clear();
    else if (change == QLatin1String("add column")) {
        SchemaColumn extra;
        extra.name = QStringLiteral("guide_extra");
        extra.ordinal = 4;
        extra.type = QStringLiteral("integer");
        users.columns << extra;
    } else if (change == QLatin1String("drop default"))
        users.columns[2].defaultValue.clear();
    else if (change == QLatin1String("drop table"))
        actual.tables.removeFirst();
    else if (change == QLatin1String("drop label"))
        actual.enums[0].labels.removeLast();
    const SchemaDiff diff = SchemaComparer::compare(expected, actual);

    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshots(expected, actual, diff);
    QCOMPARE(model.rowCount(),
             change == QLatin1String("drop label") ? 3
                                                   : 2);  // the tables, then the enum's difference
    const QModelIndex row = rowAt(model, path);
    QVERIFY2(row.isValid(), qPrintable(path.join(QLatin1String(" / "))));
    QCOMPARE(row.siblingAtColumn(SchemaTreeModel::ExpectedColumn).data().toString(), expectedText);
    QCOMPARE(row.siblingAtColumn(SchemaTreeModel::ActualColumn).data().toString(), actualText);
    QCOMPARE(row.data(SchemaTreeModel::KindRole).toInt(), kind);
    QCOMPARE(row.data(SchemaTreeModel::HasDifferenceRole).toBool(), kind >= 0);
    const QString description = row.data(SchemaTreeModel::DescriptionRole).toString();
    const QString fix = row.data(SchemaTreeModel::FixSqlRole).toString();
    QVERIFY2(fix.startsWith(fixStart) && fix.isEmpty() == fixStart.isEmpty(), qPrintable(fix));
    QCOMPARE(row.data(SchemaTreeModel::DetailsRole).toString(),
             fix.isEmpty() ? description : description + QStringLiteral("\n\n") + fix);
    if (kind < 0) {
        QVERIFY(description.isEmpty());
        QCOMPARE(row.data(SchemaTreeModel::SeverityRole).toInt(), -1);
        QVERIFY(!row.data(Qt::ForegroundRole).isValid() && !row.data(Qt::DecorationRole).isValid()
                && !row.data(Qt::ToolTipRole).isValid());
        QVERIFY(!row.parent().data(SchemaTreeModel::HasDifferenceRole).toBool());
        return;
    }
    // Every difference on that object, and only those, in the row's prose and severity.
    QStringList described;
    int worst = -1;
    for (const SchemaDifference &d : diff.differences) {
        if (d.table == owner && d.object == object) {
            described << SchemaDiff::describe(d);
            worst = qMax(worst, static_cast<int>(d.severity));
        }
    }
    QCOMPARE(description, described.join(QLatin1Char('\n')));
    QCOMPARE(row.data(SchemaTreeModel::SeverityRole).toInt(), worst);
    // Its kind's colour on every column, its icon and name on the first.
    const QColor colour = SchemaTreeModel::kindColor(static_cast<DiffKind>(kind));
    for (int column = 0; column < SchemaTreeModel::ColumnCount; ++column)
        QCOMPARE(row.siblingAtColumn(column).data(Qt::ForegroundRole).value<QBrush>().color(),
                 colour);
    QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(row.data(Qt::ToolTipRole).toString(),
             SchemaTreeModel::kindName(static_cast<DiffKind>(kind)));
    // A table whose rows differ stays in the "only differences" filter, in bold.
    if (path.size() > 1) {
        QVERIFY(row.parent().data(SchemaTreeModel::HasDifferenceRole).toBool());
        QCOMPARE(row.parent().data(SchemaTreeModel::KindRole).toInt(), -1);
        QVERIFY(row.parent().data(Qt::FontRole).value<QFont>().bold());
    }
}

void TestModels::schemaTreeRetranslatesItsHeadersAndRows()
{
    const SchemaSnapshot expected = expectedSchema();
    SchemaSnapshot actual = expected;
    actual.tables[1].foreignKeys.clear();
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshots(expected, actual, SchemaComparer::compare(expected, actual));
    const QModelIndex key =
        rowAt(model, {QStringLiteral("users"), QStringLiteral("foreign key fk_users_team")});
    QVERIFY(key.isValid());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Object"));
    QCOMPARE(key.data(Qt::ToolTipRole).toString(), QStringLiteral("missing"));

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
    Translations::install(QStringLiteral("fr"));
    model.retranslate();
    // The top level and each table's rows: every text a view shows is announced as changed.
    QCOMPARE(headers.size(), 1);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Objet"));
    QCOMPARE(key.data().toString(), QStringLiteral("clé étrangère fk_users_team"));
    QCOMPARE(key.data(Qt::ToolTipRole).toString(), QStringLiteral("manquant"));
    QVERIFY2(key.data(SchemaTreeModel::DescriptionRole)
                 .toString()
                 .startsWith(QStringLiteral("Clé étrangère fk_users_team")),
             qPrintable(key.data(SchemaTreeModel::DescriptionRole).toString()));
    QCOMPARE(model.index(0, SchemaTreeModel::ExpectedColumn).data().toString(),
             QStringLiteral("table"));

    Translations::install(QStringLiteral("en"));
    model.retranslate();
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Actual"));
    QCOMPARE(key.data().toString(), QStringLiteral("foreign key fk_users_team"));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
