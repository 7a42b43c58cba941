#pragma once

#include "migrate/MigrationLinter.h"
#include "migrate/MigrationStatus.h"

#include <QAbstractListModel>

namespace mathakine {

// The migration timeline as a list model: one row per migration (file or history row),
// oldest first, with its state on the database and its lint findings.
class MigrationTimelineModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        VersionRole = Qt::UserRole + 1,
        TitleRole,
        StateRole,      // MigrationState as int
        StateTextRole,  // translated
        DetailRole,     // "applied 24/11/2026 14:05 by … in 12 ms", translated
        FindingCountRole,
        WorstSeverityRole,  // LintFinding::Severity as int, -1 when none
        IsCurrentRole,      // the database's current version
    };

    explicit MigrationTimelineModel(QObject *parent = nullptr);

    void setData(const MigrationStatus &status, const QList<LintFinding> &findings);
    const MigrationStatusEntry &entry(int row) const { return m_status.entries.at(row); }
    QList<LintFinding> findingsFor(const QString &version) const;
    int rowOf(const QString &version) const;
    // The row to show first: the oldest one needing action (failed, drifted, missing file,
    // pending), else the database's current version; -1 when the timeline is empty.
    int rowOfInterest() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString detailText(const MigrationStatusEntry &entry) const;

    MigrationStatus m_status;
    QList<LintFinding> m_findings;
};

}  // namespace mathakine
