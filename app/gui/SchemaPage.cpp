#include "SchemaPage.h"

#include "AppIcons.h"
#include "BackgroundTask.h"
#include "DatabaseActions.h"
#include "SchemaTreeModel.h"
#include "SqlHighlighter.h"
#include "Workspace.h"
#include "migrate/HistoryStore.h"
#include "schema/AcceptedDifferences.h"
#include "schema/ExpectedSnapshotStore.h"
#include "schema/SchemaComparer.h"
#include "schema/SchemaIntrospector.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace mathakine {

namespace {
struct Comparison {
    SchemaSnapshot expected;
    SchemaSnapshot actual;
    SchemaDiff diff;
    int accepted = 0;  // differences kept on purpose by reconcile, not counted
};
}  // namespace

// Keeps rows with a difference (and their ancestors) and rows matching the search text.
class SchemaFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool onlyDifferences = true;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (onlyDifferences && !index.data(SchemaTreeModel::HasDifferenceRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

SchemaPage::SchemaPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new SchemaTreeModel(this)),
      m_actions(new DatabaseActions(workspace, this))
{
    auto *filter = new SchemaFilter(this);
    filter->setRecursiveFilteringEnabled(true);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->setSourceModel(m_model);
    m_filter = filter;
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_version = new QComboBox(this);
    m_onlyDifferences = new QCheckBox(this);
    m_onlyDifferences->setChecked(false);
    filter->onlyDifferences = false;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_compare = new QPushButton(this);
    bar->addWidget(m_compare);
    bar->addWidget(m_version);
    bar->addWidget(m_onlyDifferences);
    bar->addWidget(m_search, 1);
    m_reconcile = new QPushButton(this);
    m_reconcile->setObjectName(QStringLiteral("reconcile"));
    bar->addWidget(m_reconcile);
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    // The legend: the tree's own icons and colours, one per kind of difference.
    auto *legend = new QHBoxLayout;
    m_legend = new QLabel(this);
    legend->addWidget(m_legend);
    for (DiffKind kind : {DiffKind::Missing, DiffKind::Unexpected, DiffKind::Changed}) {
        auto *icon = new QLabel(this);
        icon->setPixmap(
            AppIcons::tinted(SchemaTreeModel::kindIconName(kind), SchemaTreeModel::kindColor(kind))
                .pixmap(16, 16));
        auto *name = new QLabel(this);
        QPalette palette = name->palette();
        palette.setColor(QPalette::WindowText, SchemaTreeModel::kindColor(kind));
        name->setPalette(palette);
        legend->addSpacing(10);
        legend->addWidget(icon);
        legend->addWidget(name);
        m_kindLabels << name;
    }
    legend->addStretch(1);
    layout->addLayout(legend);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    auto *detailsBox = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_description = new QLabel(detailsBox);
    m_description->setObjectName(QStringLiteral("differenceDescription"));
    m_description->setTextFormat(Qt::PlainText);  // object names come from the database
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixSql = new QPlainTextEdit(detailsBox);
    m_fixSql->setObjectName(QStringLiteral("fixSql"));
    m_fixSql->setReadOnly(true);
    m_fixSql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SqlHighlighter(m_fixSql->document());
    m_copy = new QPushButton(detailsBox);
    detailsLayout->addWidget(m_description);
    detailsLayout->addWidget(m_fixSql, 1);
    detailsLayout->addWidget(m_copy, 0, Qt::AlignRight);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailsBox);
    splitter->setSizes({480, 160});
    layout->addWidget(splitter, 1);

    connect(m_compare, &QPushButton::clicked, this, &SchemaPage::compare);
    // The version chosen above is the target; the database's own version means head.
    connect(m_reconcile, &QPushButton::clicked, this,
            [this] { m_actions->reconcile(m_version->currentData().toString()); });
    connect(m_onlyDifferences, &QCheckBox::toggled, this, [this, filter](bool only) {
        filter->onlyDifferences = only;
        filter->invalidate();
        m_tree->expandAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SchemaPage::showDetails);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_fixSql->toPlainText()); });
    connect(m_workspace, &Workspace::connectionChanged, this, [this] {
        m_model->setSnapshots({}, {}, {});  // the previous database's schema is not this one's
        m_differences = 0;
        m_summary->clear();
        showDetails();
    });
    connect(m_workspace, &Workspace::snapshotChanged, this, [this](const WorkspaceSnapshot &s) {
        showVersions(s);
        compare();
    });
    retranslate();
}

void SchemaPage::showVersions(const WorkspaceSnapshot &snapshot)
{
    const QString chosen = m_version->currentData().toString();
    const QSignalBlocker blocker(m_version);
    m_version->clear();
    m_version->addItem(tr("Database version (%1)")
                           .arg(snapshot.status.currentVersion.isEmpty()
                                    ? tr("base")
                                    : snapshot.status.currentVersion),
                       QString());
    for (const Migration &m : snapshot.catalog.migrations)
        m_version->addItem(tr("Version %1").arg(m.version), m.version);
    m_version->setCurrentIndex(qMax(0, m_version->findData(chosen)));
}

void SchemaPage::compare()
{
    if (m_busy || !m_workspace->isConnected())
        return;
    m_busy = true;
    m_compare->setEnabled(false);
    m_summary->setText(tr("Reading the actual schema…"));
    const QString version = m_version->currentData().toString().isEmpty()
        ? m_workspace->snapshot().status.currentVersion
        : m_version->currentData().toString();
    const ConnectionSpec spec = m_workspace->connection();
    const QString expectedDir = ExpectedSnapshotStore::directoryFor(m_workspace->migrationsDir());
    auto *task = Task<Comparison>::start([spec, version,
                                          expectedDir](BackgroundTask &) -> Outcome<Comparison> {
        Comparison result;
        if (!version.isEmpty()) {
            auto expected = ExpectedSnapshotStore(expectedDir).load(version);
            if (!expected)
                return expected.error();
            result.expected = expected.value();
        }
        auto session = DatabaseSession::open(spec, QStringLiteral("schema"));
        if (!session)
            return session.error();
        auto actual = SchemaIntrospector(*session.value()).snapshot();
        if (!actual)
            return actual.error();
        result.actual = actual.value();
        result.diff = SchemaComparer::compare(result.expected, result.actual);
        result.diff.expectedVersion = version;
        auto accepted = AcceptedDifferences(*session.value(), HistoryStore::defaultSchema()).load();
        if (!accepted)
            return accepted.error();
        result.accepted = static_cast<int>(
            AcceptedDifferences::takeAccepted(result.diff, accepted.value()).size());
        return result;
    });
    task->onFinished(this, [this, version](const Comparison &result) {
        m_busy = false;
        m_compare->setEnabled(true);
        m_model->setSnapshots(result.expected, result.actual, result.diff);
        m_tree->expandAll();
        m_tree->header()->resizeSection(0, 280);  // sections exist only once the model has columns
        m_tree->header()->resizeSection(1, 420);
        m_differences = static_cast<int>(result.diff.differences.size());
        m_summary->setText(
            (result.diff.isEmpty()
                 ? tr("No difference: the database matches the expected schema of version %1.")
                       .arg(version)
                 : tr("%n difference(s) with the expected schema of version %1.", nullptr,
                      m_differences)
                         .arg(version)
                     + QLatin1Char(' ')
                     + tr("%1 error(s), %2 warning(s), %3 notice(s).")
                           .arg(result.diff.count(DiffSeverity::Error))
                           .arg(result.diff.count(DiffSeverity::Warning))
                           .arg(result.diff.count(DiffSeverity::Info)))
            + (result.accepted > 0
                   ? QLatin1Char(' ')
                       + tr(
                           "%n difference(s) kept on purpose by reconcile (column order) not counted.",
                           nullptr, result.accepted)
                   : QString()));
        emit compared(m_differences);
    });
    connect(task, &BackgroundTask::failed, this, [this](const AppError &error) {
        m_busy = false;
        m_compare->setEnabled(true);
        m_summary->setText(error.fullText());
        emit compared(-1);
    });
}

void SchemaPage::showDetails()
{
    const QModelIndex row = m_tree->currentIndex().siblingAtColumn(0);
    const QString description = row.data(SchemaTreeModel::DescriptionRole).toString();
    const QString fix = row.data(SchemaTreeModel::FixSqlRole).toString();
    m_description->setText(!row.isValid()
                               ? tr("Select a row to see what differs and the SQL that fixes it.")
                               : description.isEmpty() ? tr("No difference on this row.")
                                                       : description);
    m_fixSql->setPlainText(fix);
    m_fixSql->setVisible(!fix.isEmpty() || !description.isEmpty());
    m_fixSql->setPlaceholderText(tr("No safe fix: review this difference by hand."));
    m_copy->setEnabled(!fix.isEmpty());
}

void SchemaPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void SchemaPage::retranslate()
{
    m_compare->setText(tr("Compare"));
    m_reconcile->setText(tr("Reconcile…"));
    m_reconcile->setToolTip(tr(
        "Bring the database to the expected schema of the chosen version without losing data, then record the migrations as applied"));
    m_onlyDifferences->setText(tr("Only differences"));
    m_search->setPlaceholderText(tr("Search tables, columns, indexes…"));
    m_copy->setText(tr("Copy the SQL"));
    showLegend();
    showDetails();
}

void SchemaPage::showLegend()
{
    m_legend->setText(tr("Legend:"));
    const QList<DiffKind> kinds = {DiffKind::Missing, DiffKind::Unexpected, DiffKind::Changed};
    const QStringList meanings = {tr("expected, absent from the database"),
                                  tr("in the database, not expected"),
                                  tr("present, but not as expected")};
    for (int i = 0; i < kinds.size(); ++i)
        m_kindLabels.at(i)->setText(
            tr("%1 (%2)").arg(SchemaTreeModel::kindName(kinds.at(i)), meanings.at(i)));
}

}  // namespace mathakine
