#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace mathakine {

class DatabaseActions;
class SchemaTreeModel;
class Workspace;
struct WorkspaceSnapshot;

// Step 3: the expected schema (what the migrations produce at a version) beside the actual
// one, differences coloured and filterable, the exact attribute and the fix SQL to copy.
class SchemaPage : public QWidget {
    Q_OBJECT

public:
    explicit SchemaPage(Workspace *workspace, QWidget *parent = nullptr);
    SchemaTreeModel *model() const { return m_model; }
    int differenceCount() const { return m_differences; }
    DatabaseActions *actions() const { return m_actions; }

public slots:
    void compare();

signals:
    void compared(int differences);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showVersions(const WorkspaceSnapshot &snapshot);
    void showDetails();
    void showLegend();
    void retranslate();

    Workspace *m_workspace;
    SchemaTreeModel *m_model;
    QSortFilterProxyModel *m_filter;
    QComboBox *m_version;
    QCheckBox *m_onlyDifferences;
    QLineEdit *m_search;
    QPushButton *m_compare, *m_copy, *m_reconcile;
    DatabaseActions *m_actions;
    QTreeView *m_tree;
    QLabel *m_description;     // what differs, in prose
    QPlainTextEdit *m_fixSql;  // the fix statements, highlighted
    QLabel *m_summary, *m_legend;
    QList<QLabel *> m_kindLabels;  // the legend's names, Missing, Unexpected, Changed
    int m_differences = 0;
    bool m_busy = false;
};

}  // namespace mathakine
