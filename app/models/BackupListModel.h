#pragma once

#include "backup/BackupCatalog.h"

#include <QAbstractTableModel>

namespace mathakine {

// The verified backups of the catalog as a table: the connected database's backups first
// (and in bold), each group newest first.
class BackupListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        DatabaseColumn,
        EnvironmentColumn,
        ProfileColumn,
        CreatedColumn,
        SizeColumn,
        DurationColumn,
        MigrationColumn,
        ServerColumn,
        IntactColumn,
        ColumnCount
    };
    enum Role {
        FilePathRole = Qt::UserRole + 1,  // absolute path of the .dump
        ConnectedDatabaseRole,            // a backup of the connected database
        IntactRole,                       // the file is still there with its recorded size
    };

    explicit BackupListModel(QObject *parent = nullptr);

    // connectedTarget: BackupCatalog::targetKey of the connected database, empty when none.
    void setRecords(const QList<BackupRecord> &records, const QString &connectedTarget);
    const BackupRecord &record(int row) const { return m_rows.at(row).record; }
    int rowOfFile(const QString &file) const;
    // Dates, sizes and words follow the language: views repaint everything.
    void retranslate();

    // "850 ms", "12.4 s", "3 min 05 s" in the current locale.
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        BackupRecord record;
        bool connected = false;
        bool intact = false;  // checked once per load: data() is called on every paint
    };
    QString displayText(const Row &row, int column) const;

    QList<Row> m_rows;
};

}  // namespace mathakine
