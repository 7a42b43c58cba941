#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace mathakine {

// Asks where a test copy goes: the new database's name, for a clone the name of the test
// profile saved for it, and whether an existing database of that name may be replaced.
class TestCopyDialog : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Restore, Clone };

    // source: the backup file (restore) or the connected database (clone), for the intro.
    // allowReplace: false hides the checkbox (a clone of production never drops anything).
    TestCopyDialog(Kind kind, const QString &source, const QString &suggestedDatabase,
                   bool allowReplace, QWidget *parent = nullptr);

    QString databaseName() const;
    QString profileName() const;  // empty for a restore, or when left to the default
    bool replaceExisting() const;

private:
    QLineEdit *m_database = nullptr;
    QLineEdit *m_profile = nullptr;
    QCheckBox *m_replace = nullptr;
    QPushButton *m_ok = nullptr;
};

}  // namespace mathakine
