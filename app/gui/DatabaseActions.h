#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace mathakine {

class Workspace;

// The window's actions of issue 15 that read a database and change the schema or the
// migrations folder: Schéma → Réconcilier… and Migrations → Générer depuis une base….
// Each runs its database work in a BackgroundTask behind a progress dialog with Cancel, and
// refreshes the workspace when it is done.
class DatabaseActions : public QObject {
    Q_OBJECT

public:
    DatabaseActions(Workspace *workspace, QWidget *parent);

    // Preview (in the background) → ReconcileDialog → confirmation (gate on production) → run.
    // version: the target; empty for head.
    void reconcile(const QString &version);
    // Asks for the reference URL and the titles, then writes the migration.
    void generate();

signals:
    // The dialog about to be shown modally (tests fill it in or accept it).
    void dialogShown(QWidget *dialog);
    void finished(bool success, const QString &summary);

private:
    void runReconcile(const QString &version, const QString &reviewed, const QString &typedName,
                      const QString &overrideReason);
    void report(bool success, const QString &title, const QString &text);

    Workspace *m_workspace;
    QWidget *m_parent;
};

}  // namespace mathakine
