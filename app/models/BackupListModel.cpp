#include "BackupListModel.h"

#include "EnumNames.h"
#include "StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace mathakine {

BackupListModel::BackupListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void BackupListModel::setRecords(const QList<BackupRecord> &records, const QString &connectedTarget)
{
    beginResetModel();
    m_rows.clear();
    for (const BackupRecord &r : records)
        m_rows.append(
            {r, !connectedTarget.isEmpty() && r.target == connectedTarget, r.fileIntact()});
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.connected != b.connected)
            return a.connected;
        return a.record.createdAt > b.record.createdAt;
    });
    endResetModel();
}

int BackupListModel::rowOfFile(const QString &file) const
{
    const QString wanted = QFileInfo(file).absoluteFilePath();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (QFileInfo(m_rows.at(i).record.file).absoluteFilePath() == wanted)
            return i;
    }
    return -1;
}

void BackupListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString BackupListModel::durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    if (ms < 60 * 1000)
        return tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    return tr("%1 min %2 s")
        .arg(locale.toString(seconds / 60))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupListModel::displayText(const Row &row, int column) const
{
    const BackupRecord &r = row.record;
    const QLocale locale;
    switch (column) {
    case FileColumn:
        return QFileInfo(r.file).fileName();
    case DatabaseColumn:
        return r.database;
    case EnvironmentColumn: {
        const auto env = environmentFromKey(r.environment);
        return env ? EnumNames::environment(*env) : r.environment;
    }
    case ProfileColumn:
        return r.profileName;
    case CreatedColumn:
        return locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
    case SizeColumn:
        return locale.formattedDataSize(r.sizeBytes);
    case DurationColumn:
        return durationText(r.durationMs);
    case MigrationColumn:
        return r.migrationVersion.isEmpty() ? tr("base") : r.migrationVersion;
    case ServerColumn:
        return r.serverVersion.section(QLatin1Char(' '), 0, 0);  // "15.18", the rest in the tooltip
    case IntactColumn:
        return row.intact ? tr("Yes") : tr("Missing or changed");
    default:
        return {};
    }
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ServerColumn)
            return tr("PostgreSQL %1, dumped with pg_dump %2")
                .arg(row.record.serverVersion, row.record.toolVersion);
        if (index.column() == ProfileColumn)
            return displayText(row, ProfileColumn);  // often elided
        if (index.column() == IntactColumn && !row.intact)
            return tr(
                "The file is gone or its size differs from the one recorded: it cannot be trusted.");
        return row.record.file;
    case Qt::FontRole:
        if (row.connected) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ProfileColumn)
            return displayText(row, ProfileColumn);  // often elided
        if (index.column() == IntactColumn && !row.intact)
            return QBrush(StatusColors::bad());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == DurationColumn)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case FilePathRole:
        return row.record.file;
    case ConnectedDatabaseRole:
        return row.connected;
    case IntactRole:
        return row.intact;
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case DatabaseColumn:
        return tr("Database");
    case EnvironmentColumn:
        return tr("Environment");
    case ProfileColumn:
        return tr("Profile");
    case CreatedColumn:
        return tr("Date");
    case SizeColumn:
        return tr("Size");
    case DurationColumn:
        return tr("Duration");
    case MigrationColumn:
        return tr("Migration");
    case ServerColumn:
        return tr("Server");
    case IntactColumn:
        return tr("File intact");
    default:
        return {};
    }
}

}  // namespace mathakine
