#pragma once

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLineEdit;

namespace mathakine {

struct MigrationCatalog;

// Migrations -> "New migration…" (issue 15, item 1): asks the titles and whether it is
// transactional, writes the file from the template; errors stay in the dialog.
class NewMigrationDialog : public QDialog {
    Q_OBJECT

public:
    NewMigrationDialog(QString migrationsDir, QWidget *parent = nullptr);
    QString createdPath() const { return m_created; }

    void accept() override;

private:
    QString m_migrationsDir;
    QString m_created;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QCheckBox *m_nonTransactional = nullptr;
};

// Migrations -> "Export for Alembic / SQLAlchemy…" (issue 15, item 5): what to export and into
// which folder. Reads files only (the migrations, the expected snapshot), no database.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const MigrationCatalog &catalog, QWidget *parent = nullptr);
    QStringList writtenFiles() const { return m_written; }
    // Reads the migrations folder (now, not a snapshot: no connection needed), asks, writes;
    // the written files, empty when canceled or when the folder has errors (shown first).
    static QStringList ask(const QString &migrationsDir, QWidget *parent);

    void accept() override;

private:
    const MigrationCatalog &m_catalog;
    QStringList m_written;
    QButtonGroup *m_kind = nullptr;
    QLineEdit *m_folder = nullptr;
};

}  // namespace mathakine
