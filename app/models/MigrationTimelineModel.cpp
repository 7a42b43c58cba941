#include "MigrationTimelineModel.h"

#include "EnumNames.h"

#include <QFileInfo>
#include <QLocale>

namespace mathakine {

MigrationTimelineModel::MigrationTimelineModel(QObject *parent) : QAbstractListModel(parent)
{}

void MigrationTimelineModel::setData(const MigrationStatus &status,
                                     const QList<LintFinding> &findings)
{
    beginResetModel();
    m_status = status;
    m_findings = findings;
    endResetModel();
}

QList<LintFinding> MigrationTimelineModel::findingsFor(const QString &version) const
{
    QList<LintFinding> result;
    for (const LintFinding &f : m_findings) {
        if (f.version == version)
            result << f;
    }
    return result;
}

int MigrationTimelineModel::rowOf(const QString &version) const
{
    for (int i = 0; i < m_status.entries.size(); ++i) {
        if (m_status.entries.at(i).version == version)
            return i;
    }
    return -1;
}

int MigrationTimelineModel::rowOfInterest() const
{
    for (int i = 0; i < m_status.entries.size(); ++i) {
        if (m_status.entries.at(i).state != MigrationState::Applied)
            return i;
    }
    const int current = rowOf(m_status.currentVersion);
    return current >= 0 ? current : static_cast<int>(m_status.entries.size()) - 1;
}

int MigrationTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_status.entries.size());
}

QString MigrationTimelineModel::detailText(const MigrationStatusEntry &e) const
{
    const QLocale locale;
    if (!e.applied)
        return tr("Not applied to this database yet");
    const AppliedMigration &a = *e.applied;
    const QString when = locale.toString(a.appliedAt.toLocalTime(), QLocale::ShortFormat);
    if (a.state != HistoryState::Applied)
        return tr("Failed %1 at statement %2: %3")
            .arg(when)
            .arg(a.failedStatement)
            .arg(a.error.section(QLatin1Char('\n'), 0, 0));
    if (a.execution == Execution::Stamp)
        return tr("Marked as applied %1 by %2 (not run)").arg(when, a.appliedByDb);
    if (a.execution == Execution::Reconcile)
        return tr("Recorded as applied %1 by %2 (reconcile)").arg(when, a.appliedByDb);
    const QString applied =
        tr("Applied %1 by %2 (%3) in %4 ms")
            .arg(when, a.appliedByDb, a.appliedByOs, locale.toString(a.durationMs));
    return a.backup.isEmpty()
        ? applied
        : applied + QStringLiteral(" · ") + tr("Backup: %1").arg(QFileInfo(a.backup).fileName());
}

QVariant MigrationTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_status.entries.size())
        return {};
    const MigrationStatusEntry &e = m_status.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(e.version, e.title);
    case Qt::ToolTipRole:
        return detailText(e);
    case VersionRole:
        return e.version;
    case TitleRole:
        return e.title;
    case StateRole:
        return static_cast<int>(e.state);
    case StateTextRole:
        return EnumNames::migrationState(e.state);
    case DetailRole:
        return detailText(e);
    case IsCurrentRole:
        return e.version == m_status.currentVersion;
    case FindingCountRole:
        return static_cast<int>(findingsFor(e.version).size());
    case WorstSeverityRole: {
        int worst = -1;
        for (const LintFinding &f : findingsFor(e.version))
            worst = qMax(worst, static_cast<int>(f.severity));
        return worst;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MigrationTimelineModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(VersionRole, "version");
    names.insert(TitleRole, "title");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(DetailRole, "detail");
    return names;
}

}  // namespace mathakine
