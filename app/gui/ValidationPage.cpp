#include "ValidationPage.h"

#include "BackgroundTask.h"
#include "CheckResultsModel.h"
#include "CheckText.h"
#include "PdfPreviewDialog.h"
#include "PdfReportWriter.h"
#include "PerformanceChartView.h"
#include "QueryPlansView.h"
#include "SeedDataButton.h"
#include "StatusColors.h"
#include "TaskProgressPanel.h"
#include "Workspace.h"
#include "validate/ReportArchive.h"
#include "validate/ResultText.h"
#include "validate/ValidationJob.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace mathakine {

ValidationPage::ValidationPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_checks(new CheckResultsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_run = new QPushButton(this);
    m_runsLabel = new QLabel(this);
    m_runs = new QSpinBox(this);
    m_runs->setRange(0, 10000);
    m_runs->setValue(0);  // 0: the plan's own count, shown as such
    m_export = new QPushButton(this);
    m_openFolder = new QPushButton(this);
    m_historyLabel = new QLabel(this);
    m_history = new QComboBox(this);
    m_history->setMinimumContentsLength(34);
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_run, m_runsLabel, m_runs, m_export, m_openFolder})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(m_historyLabel);
    bar->addWidget(m_history);
    layout->addLayout(bar);

    m_verdict = new QLabel(this);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);  // errors carry server text: never read as HTML
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);
    layout->addWidget(m_message);
    m_progress = new TaskProgressPanel(this);
    m_seed = new SeedDataButton(m_progress, this);
    layout->addWidget(m_seed, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);

    m_tabs = new QTabWidget(this);
    m_tree = new QTreeView(m_tabs);
    m_tree->setModel(m_checks);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_chart = new PerformanceChartView(m_tabs);
    m_plans = new QueryPlansView(m_tabs);
    m_tabs->addTab(m_tree, QString());
    m_tabs->addTab(m_chart, QString());
    m_tabs->addTab(m_plans, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_run, &QPushButton::clicked, this, &ValidationPage::runValidation);
    connect(m_export, &QPushButton::clicked, this, &ValidationPage::chooseAndExportPdf);
    connect(m_openFolder, &QPushButton::clicked, this, [] {
        QDir().mkpath(ReportArchive::directory());
        QDesktopServices::openUrl(QUrl::fromLocalFile(ReportArchive::directory()));
    });
    connect(m_history, &QComboBox::activated, this, &ValidationPage::openHistoryEntry);
    connect(m_progress, &TaskProgressPanel::cancelRequested, this, &ValidationPage::cancelRun);
    connect(m_workspace, &Workspace::snapshotChanged, this, &ValidationPage::updateButtons);
    connect(m_workspace, &Workspace::connectionChanged, this, [this] {
        if (!m_task)
            clearReport();
    });
    connect(m_seed, &SeedDataButton::seeded, this, [this](const QString &summary) {
        m_message->setText(summary);
        runValidation();
    });
    connect(m_seed, &SeedDataButton::seedFailed, m_message, &QLabel::setText);
    retranslate();
    reloadHistory();
    updateButtons();
}

QString ValidationPage::verdictText() const
{
    return m_verdict->text();
}

void ValidationPage::runValidation()
{
    if (m_task || m_seed->isRunning() || !m_workspace->isConnected())
        return;
    ValidationRequest request{m_workspace->connection(), m_workspace->migrationsDir(), {}, {}};
    request.options.runs = m_runs->value();
    request.options.language = m_workspace->language();
    clearReport();
    m_verdict->setText(tr("Validation in progress…"));
    m_progress->begin(tr("Validation of %1").arg(request.spec.profile.displayTarget()));
    auto *task = Task<ValidationRun>::start([request](BackgroundTask &task) {
        ValidationJob job(request, task.cancelToken());
        job.setProgressHandler([&task](const ValidationProgress &p) {
            task.reportProgress(p.step, p.stepCount, p.label);
        });
        return job.run();
    });
    m_task = task;
    connect(m_task, &BackgroundTask::progressed, m_progress, &TaskProgressPanel::setProgress);
    auto finish = [this] {
        m_task = nullptr;
        m_progress->end();
        updateButtons();
    };
    task->onFinished(this, [this, finish](const ValidationRun &run) {
        finish();
        showReport(run.report);
        m_message->setText(run.warnings.join(QLatin1Char('\n')));
        reloadHistory();
        emit validationFinished(m_report.passed());
    });
    connect(m_task, &BackgroundTask::failed, this, [this, finish](const AppError &error) {
        finish();
        m_message->setText(error.fullText());
        emit validationFailed(error.message);
    });
    connect(m_task, &BackgroundTask::canceled, this, [this, finish] {
        finish();
        const QString text = tr("Validation canceled: its test transactions were rolled back.");
        m_message->setText(text);
        emit validationFailed(text);
    });
    updateButtons();
}

void ValidationPage::cancelRun()
{
    if (m_task)
        m_task->cancel();
}

void ValidationPage::showReport(const ValidationReport &report)
{
    m_report = report;
    m_hasReport = true;
    const ValidationResult &r = report.result;
    const bool noData =
        report.passed() && !r.queriesWithoutData().isEmpty();  // figures of empty tables: not green
    const QString colour = (!report.passed() ? StatusColors::bad()
                                : noData     ? StatusColors::warning()
                                             : StatusColors::good())
                               .name();
    QString verdict =
        tr("<span style='font-size:15pt; color:%1'><b>%2</b></span> — %3, %4 (%5) — %6, in %7")
            .arg(colour, CheckText::verdict(report).toHtmlEscaped(), report.target.toHtmlEscaped(),
                 QLocale().toString(report.generatedAt.toLocalTime(), QLocale::ShortFormat),
                 report.migrationVersion.isEmpty() ? tr("no migration applied")
                                                   : tr("version %1").arg(report.migrationVersion),
                 ResultText::counts(r).toHtmlEscaped(),
                 ResultText::measure(static_cast<double>(r.durationMs) / 1000.0,
                                     QStringLiteral("s")));
    if (noData)
        verdict += QStringLiteral("<br>") + CheckText::verdictExplanation(report).toHtmlEscaped();
    m_verdict->setText(verdict);
    // Only for the database this report is about (an archived report may be of another one).
    m_seed->offerFor(m_workspace->connection(),
                     noData && m_workspace->isConnected()
                         && m_workspace->connection().profile.database == report.database);
    m_checks->setResult(r);
    // Widths from every row (folded ones too, or their figures would be cut), then problems
    // open and families that passed folded: what needs reading comes first.
    m_tree->expandAll();
    for (int column = 0; column < CheckResultsModel::MessageColumn; ++column)
        m_tree->resizeColumnToContents(column);
    m_tree->setColumnWidth(0, qMin(m_tree->columnWidth(0), 320));
    for (int row = 0; row < m_checks->rowCount(); ++row) {
        const QModelIndex family = m_checks->index(row, 0);
        m_tree->setExpanded(family,
                            family.data(CheckResultsModel::StatusIdRole).toString()
                                != QLatin1String("pass"));
    }
    openOnProblems();
    m_chart->setBenchmarks(r.benchmarks);
    m_plans->setBenchmarks(r.benchmarks);
    updateButtons();
}

void ValidationPage::clearReport()
{
    m_report = {};
    m_hasReport = false;
    m_message->clear();
    m_checks->setResult({});
    m_chart->setBenchmarks({});
    m_plans->setBenchmarks({});
    retranslate();  // the "no validation yet" line
    updateButtons();
}

void ValidationPage::openOnProblems()
{
    // The first failed (else warning) check selected and in view, on the checks tab.
    m_tree->setCurrentIndex({});
    for (const char *wanted : {"fail", "warning"}) {
        for (int row = 0; row < m_checks->rowCount(); ++row) {
            const QModelIndex family = m_checks->index(row, 0);
            for (int child = 0; child < m_checks->rowCount(family); ++child) {
                const QModelIndex check = m_checks->index(child, 0, family);
                if (check.data(CheckResultsModel::StatusIdRole).toString() != QLatin1String(wanted))
                    continue;
                m_tabs->setCurrentWidget(m_tree);
                m_tree->setCurrentIndex(check);
                m_tree->scrollTo(
                    family,
                    QAbstractItemView::PositionAtTop);  // the problem right under its family
                return;
            }
        }
    }
}

void ValidationPage::reloadHistory()
{
    m_history->clear();
    m_history->addItem(QString());
    for (const QString &file : ReportArchive::reportFiles()) {
        // Archived reports never change: each is read once, not at every reload.
        auto cached = m_historyCache.constFind(file);
        if (cached == m_historyCache.cend()) {
            auto report = ReportArchive::load(file);
            if (!report)
                continue;
            cached = m_historyCache.insert(
                file, {report->generatedAt, report->database, report->passed()});
        }
        const QString pdf =
            ReportArchive::pdfFor(file).isEmpty() ? QString() : QStringLiteral(" · PDF");
        m_history->addItem(
            CheckResultsModel::statusIcon(cached->passed ? CheckStatus::Pass : CheckStatus::Fail),
            QStringLiteral("%1 — %2%3")
                .arg(QLocale().toString(cached->generatedAt.toLocalTime(), QLocale::ShortFormat),
                     cached->database, pdf),
            file);
    }
    m_history->setItemText(0, tr("%n past report(s)", nullptr, m_history->count() - 1));
}

void ValidationPage::openHistoryEntry(int index)
{
    const QString file = m_history->itemData(index).toString();
    if (file.isEmpty())
        return;
    auto report = ReportArchive::load(file);
    if (!report) {
        m_message->setText(report.error().fullText());
        return;
    }
    showReport(report.value());
    m_message->setText(tr("Archived report: %1").arg(QDir::toNativeSeparators(file)));
}

bool ValidationPage::exportPdf(const QString &path, bool preview)
{
    if (!m_hasReport)
        return false;
    auto written = PdfReportWriter::write(m_report, path);
    if (!written) {
        m_message->setText(written.error().fullText());
        return false;
    }
    auto archived = ReportArchive::store(m_report, path);
    m_message->setText(archived ? tr("PDF written: %1 (%n page(s)); archived beside its JSON.",
                                     nullptr, written->pageCount)
                                      .arg(QDir::toNativeSeparators(path))
                                : archived.error().fullText());
    reloadHistory();
    if (preview) {
        PdfPreviewDialog dialog(path, this);
        dialog.exec();
    }
    return true;
}

void ValidationPage::chooseAndExportPdf()
{
    const QString name =
        QStringLiteral("validation_%1_%2.pdf")
            .arg(m_report.database,
                 m_report.generatedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd_HHmmss")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report as PDF"), QDir::home().filePath(name), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path, true);
}

void ValidationPage::updateButtons()
{
    m_run->setEnabled(!m_task && m_workspace->isConnected());
    m_export->setEnabled(!m_task && m_hasReport);
    m_export->setToolTip(m_hasReport ? QString()
                                     : tr("Run a validation or open a past report first."));
    m_history->setEnabled(!m_task);
}

void ValidationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ValidationPage::retranslate()
{
    m_run->setText(tr("Run validation"));
    m_run->setToolTip(
        tr("Checks, smoke tests (rolled back) and benchmark on the connected database (Ctrl+R)"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runsLabel->setText(tr("Timed runs per query:"));
    m_runs->setSpecialValueText(tr("as in the plan"));
    m_export->setText(tr("Export PDF…"));
    m_openFolder->setText(tr("Open reports folder"));
    m_historyLabel->setText(tr("History:"));
    if (m_history->count() > 0)
        m_history->setItemText(0, tr("%n past report(s)", nullptr, m_history->count() - 1));
    m_tabs->setTabText(0, tr("Checks"));
    m_tabs->setTabText(1, tr("Performance"));
    m_tabs->setTabText(2, tr("Query plans (EXPLAIN)"));
    m_checks->retranslate();
    if (!m_hasReport)
        m_verdict->setText(tr(
            "No validation yet: run one on a test copy of the database, or open a past report."));
}

}  // namespace mathakine
