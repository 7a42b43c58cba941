#pragma once

#include "run/MigrationRepair.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace mathakine {

// The repair assistant for a failed migration: the four ways out (MigrationRepair), each
// with its SQL previewed, what it records in the history and the diff it would leave; the
// ones that are not possible say why. Accepted with the chosen one.
class RepairDialog : public QDialog {
    Q_OBJECT

public:
    RepairDialog(const QString &version, QList<RepairOption> options, QWidget *parent = nullptr);
    // The way out selected when accepted.
    const RepairOption &chosen() const;
    void choose(RepairChoice choice);  // selects it in the list (tests, screenshots)

private:
    void showOption(int row);

    QList<RepairOption> m_options;
    QListWidget *m_choices;
    QLabel *m_verdict;
    QLabel *m_history;
    QPlainTextEdit *m_sql;
    QPlainTextEdit *m_diff;
    QPushButton *m_apply;
};

}  // namespace mathakine
