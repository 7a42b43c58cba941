#pragma once

#include "migrate/MigrationLinter.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace mathakine {

// The selected migration: heading, state, its up and down SQL (highlighted) and its
// lint findings with their explanations.
class MigrationDetailsView : public QWidget {
    Q_OBJECT

public:
    explicit MigrationDetailsView(QWidget *parent = nullptr);
    void showMigration(const Migration *migration, const QString &title, const QString &stateDetail,
                       const QList<LintFinding> &findings);
    // A file that is not (yet) a valid migration, e.g. a new one from the template: its text
    // in the up tab as it is on disk.
    void showFile(const QString &title, const QString &stateDetail, const QString &text);
    void clear();
    // What the history says of its last run: step checks, backup, a failure's forensics;
    // shown in a "Run record" tab, selected when selectIt (a failure). Empty: tab hidden.
    void showRunRecord(const QString &text, bool selectIt);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The section's lines exactly as in the file, blank lines at its ends left out.
    static QString sectionText(const Migration &migration, const MigrationSection &section);

    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_up = nullptr;
    QPlainTextEdit *m_down = nullptr;
    QTreeWidget *m_findings = nullptr;
    int m_findingCount = 0;
    QPlainTextEdit *m_record = nullptr;
    bool m_showing = false;  // false: the "select a migration" placeholder is up
};

}  // namespace mathakine
