#include "BackupListModel.h"
#include "CheckResultsModel.h"
#include "MigrationTimelineModel.h"
#include "SchemaTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mathakine;

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

QTEST_MAIN(TestModels)
#include "tst_models.moc"
