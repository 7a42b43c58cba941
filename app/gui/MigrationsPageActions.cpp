// MigrationsPage: when each action is offered, and what its button says (issue 17 item 5).
#include "MigrationsPage.h"

#include "MigrationTimelineModel.h"
#include "RecoveryActions.h"

namespace mathakine {

QString MigrationsPage::unavailableReason(Action action) const
{
    if (!m_workspace->isConnected())
        return tr("Connect to a database first.");
    if (m_task || m_recovery->isBusy())
        return tr("Wait for the task in progress to finish.");
    const QString target = targetOf(action);
    if (target.isEmpty())
        return tr("Select a migration in the timeline first.");
    const int row = m_model->rowOf(target);
    const MigrationState state = row >= 0 ? m_model->entry(row).state : MigrationState::Pending;
    if (action == Action::StampSelected) {
        if (state == MigrationState::Applied || state == MigrationState::Drifted)
            return tr("%1 is already recorded as applied.").arg(target);
        if (state == MigrationState::MissingFile)
            return tr("The file of %1 is missing.").arg(target);
        return {};
    }
    const auto plan = planOf(action);
    if (!plan || !plan->steps.isEmpty())
        return {};
    switch (action) {
    case Action::UpgradeHead:
        return tr("No pending migration: the database is up to date.");
    case Action::UpgradeToSelected:
        return tr("%1 is already applied: nothing to upgrade.").arg(target);
    case Action::DowngradeToSelected:
        return target == m_workspace->snapshot().status.currentVersion
            ? tr("The database is already at version %1.").arg(target)
            : tr("%1 is not applied: the database is below it, there is nothing to revert.")
                  .arg(target);
    case Action::StampSelected:
        break;
    }
    return {};
}

QString MigrationsPage::actionTip(Action action) const
{
    switch (action) {
    case Action::UpgradeHead:
        return tr("Apply every pending migration (Ctrl+U)");
    case Action::UpgradeToSelected:
        return tr("Apply the pending migrations up to the selected one");
    case Action::DowngradeToSelected:
        return tr("Revert the migrations above the selected one, newest first");
    case Action::StampSelected:
        return tr("Record the migrations up to the selected one as applied without running them");
    }
    return {};
}

}  // namespace mathakine
