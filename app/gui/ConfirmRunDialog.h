#pragma once

#include "connection/ConnectionProfile.h"
#include "gate/PreflightReport.h"
#include "gate/ProductionGate.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace mathakine {

// Asks before a migration action, with what pre-flight found (each problem with its GRANT or
// command) and, on production, the gate's checklist: verified backup, validation on a test
// copy, then the database name typed by the administrator. An unmet gate condition can only
// be passed with a written reason, which is audited.
class ConfirmRunDialog : public QDialog {
    Q_OBJECT

public:
    ConfirmRunDialog(const ConnectionProfile &profile, const QString &action,
                     const QString &planText, QWidget *parent = nullptr);

    void setPreflight(const PreflightReport &report);
    void setPreflightError(const QString &message);
    void setGate(const GateReport &gate);

    QString typedName() const;
    QString overrideReason() const;
    bool canProceed() const;

private:
    bool needsOverride() const;
    void updateChecks();
    void updateOk();

    ConnectionProfile m_profile;
    QString m_preflightHtml;
    std::optional<GateReport> m_gate;
    QTextBrowser *m_checks = nullptr;
    QLineEdit *m_typedName = nullptr;
    QCheckBox *m_override = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

}  // namespace mathakine
