#pragma once

#include "validate/ValidationReport.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeView;

namespace mathakine {

class BackgroundTask;
class CheckResultsModel;
class PerformanceChartView;
class QueryPlansView;
class SeedDataButton;
class TaskProgressPanel;
class Workspace;

// Step 4: runs the validation of the connected database in the background (progress,
// cancel), shows the checks by family, the performance chart and the query plans, exports
// the PDF report with an in-app preview, and reopens past reports from the archive.
class ValidationPage : public QWidget {
    Q_OBJECT

public:
    explicit ValidationPage(Workspace *workspace, QWidget *parent = nullptr);

    void runValidation();
    void cancelRun();
    bool isRunning() const { return m_task != nullptr; }
    // Writes the shown report as PDF to path, files it in the archive; preview: open the viewer.
    bool exportPdf(const QString &path, bool preview);
    bool hasReport() const { return m_hasReport; }
    const ValidationReport &report() const { return m_report; }
    CheckResultsModel *checksModel() const { return m_checks; }
    PerformanceChartView *chartView() const { return m_chart; }
    QueryPlansView *plansView() const { return m_plans; }
    QComboBox *historyBox() const { return m_history; }
    QString verdictText() const;

public slots:
    void reloadHistory();

signals:
    void validationFinished(bool passed);
    void validationFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReport(const ValidationReport &report);
    // Nothing of a previous run or database stays on screen (a new run, another database).
    void clearReport();
    void openOnProblems();
    void openHistoryEntry(int index);
    void chooseAndExportPdf();
    void updateButtons();
    void retranslate();

    struct ArchivedSummary {
        QDateTime generatedAt;
        QString database;
        bool passed = false;
    };

    Workspace *m_workspace;
    ValidationReport m_report;
    QHash<QString, ArchivedSummary> m_historyCache;  // by JSON path
    bool m_hasReport = false;
    BackgroundTask *m_task = nullptr;
    QPushButton *m_run, *m_export, *m_openFolder;
    QSpinBox *m_runs;
    QLabel *m_runsLabel, *m_historyLabel, *m_verdict, *m_message;
    SeedDataButton *m_seed = nullptr;
    QComboBox *m_history;
    TaskProgressPanel *m_progress;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    CheckResultsModel *m_checks;
    PerformanceChartView *m_chart;
    QueryPlansView *m_plans;
};

}  // namespace mathakine
