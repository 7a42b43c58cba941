#include "GenerateDialogs.h"

#include "generate/AlembicExport.h"
#include "generate/MigrationTemplate.h"
#include "generate/ModelsExport.h"
#include "schema/ExpectedSnapshotStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mathakine {

namespace {
QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
}  // namespace

NewMigrationDialog::NewMigrationDialog(QString migrationsDir, QWidget *parent)
    : QDialog(parent), m_migrationsDir(std::move(migrationsDir))
{
    setWindowTitle(tr("New migration"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Writes %1 in %2 with the header filled in and empty up and down sections to complete.")
            .arg(MigrationTemplate::nextVersion(m_migrationsDir) + QStringLiteral("_….sql"),
                 m_migrationsDir),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_titleEn = new QLineEdit(this);
    m_nonTransactional = new QCheckBox(
        tr("Not transactional (CREATE INDEX CONCURRENTLY: each statement commits on its own)"),
        this);
    form->addRow(tr("Title (French):"), m_title);
    form->addRow(tr("Title (English, optional):"), m_titleEn);
    form->addRow(QString(), m_nonTransactional);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("Create")));
    resize(560, sizeHint().height());
}

void NewMigrationDialog::accept()
{
    auto created = MigrationTemplate::create(
        m_migrationsDir, {m_title->text(), m_titleEn->text(), !m_nonTransactional->isChecked()});
    if (!created) {
        QMessageBox::warning(this, windowTitle(),
                             created.error().located() + QLatin1Char('\n') + created.error().hint);
        m_title->setFocus();
        return;  // the dialog stays open with what was typed
    }
    m_created = created.value();
    QDialog::accept();
}

ExportDialog::ExportDialog(const MigrationCatalog &catalog, QWidget *parent)
    : QDialog(parent), m_catalog(catalog)
{
    setWindowTitle(tr("Export for Alembic / SQLAlchemy"));
    auto *layout = new QVBoxLayout(this);
    m_kind = new QButtonGroup(this);
    auto *alembic = new QRadioButton(
        tr("Alembic project: one revision per migration, plus env.py and alembic.ini when missing"),
        this);
    auto *models = new QRadioButton(
        tr("SQLAlchemy models of the expected schema at head (one module per table)"), this);
    alembic->setChecked(true);
    m_kind->addButton(alembic, 0);
    m_kind->addButton(models, 1);
    layout->addWidget(alembic);
    layout->addWidget(models);
    auto *row = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    row->addWidget(new QLabel(tr("Folder:"), this));
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    auto *note =
        new QLabel(tr("Existing files of the export are replaced; nothing is half-written."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(okCancel(this, tr("Export")));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Export folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    resize(620, sizeHint().height());
}

QStringList ExportDialog::ask(const QString &migrationsDir, QWidget *parent)
{
    const auto loaded = MigrationCatalogLoader::load(migrationsDir);
    if (!loaded.ok()) {
        QMessageBox::warning(
            parent, tr("Export for Alembic / SQLAlchemy"),
            tr("The migrations folder has errors: %1").arg(loaded.errors.constFirst().located()));
        return {};
    }
    ExportDialog dialog(loaded.catalog, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.writtenFiles() : QStringList();
}

void ExportDialog::accept()
{
    if (m_folder->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the folder to export into."));
        return;
    }
    const QString folder = m_folder->text().trimmed();
    Outcome<QStringList> written = AppError{};
    if (m_kind->checkedId() == 0) {
        written = AlembicExport::write(m_catalog, folder);
    } else {
        auto head = ExpectedSnapshotStore(ExpectedSnapshotStore::directoryFor(m_catalog.directory))
                        .load(m_catalog.headVersion());
        written =
            head ? ModelsExport::write(head.value(), folder) : Outcome<QStringList>(head.error());
    }
    if (!written) {
        QMessageBox::warning(this, windowTitle(),
                             written.error().located() + QLatin1Char('\n') + written.error().hint);
        return;
    }
    m_written = written.value();
    QDialog::accept();
}

}  // namespace mathakine
