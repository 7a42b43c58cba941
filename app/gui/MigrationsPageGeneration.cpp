// Migrations -> Génération (issue 15): a new migration from the template, shown until it joins
// the timeline, and the export for the Python backend.
#include "MigrationsPage.h"

#include "GenerateDialogs.h"
#include "MigrationDetailsView.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>

namespace mathakine {

void MigrationsPage::showDraft()
{
    QFile file(m_draftPath);
    const QString text =
        file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : file.errorString();
    m_details->showFile(
        QFileInfo(m_draftPath).fileName(),
        tr("New file %1: write its up and down sections in your editor, then refresh (F5).")
            .arg(m_draftPath),
        text);
}

void MigrationsPage::newMigration()
{
    NewMigrationDialog dialog(m_workspace->migrationsDir(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_draftPath = dialog.createdPath();
    m_timeline->setCurrentIndex({});
    showDraft();
    m_summary->setText(tr("Created %1.").arg(m_draftPath));
    if (m_workspace->isConnected())
        m_workspace->refresh();
}

void MigrationsPage::exportForPython()
{
    if (const QStringList written = ExportDialog::ask(m_workspace->migrationsDir(), this);
        !written.isEmpty())
        m_summary->setText(tr("%n file(s) written: %1", nullptr, int(written.size()))
                               .arg(QFileInfo(written.constFirst()).path()));
}

}  // namespace mathakine
