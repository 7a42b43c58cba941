#include "ConfirmRunDialog.h"

#include "EnumNames.h"
#include "StatusColors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mathakine {

namespace {
constexpr int kMinimumReasonLength = 10;  // a real sentence for the audit log, not "x"

QString mark(bool ok, bool problem = true)
{
    return ok     ? StatusColors::span(StatusColors::good(), QStringLiteral("✓"))
        : problem ? StatusColors::span(StatusColors::bad(), QStringLiteral("✗"))
                  : StatusColors::span(StatusColors::warning(), QStringLiteral("⚠"));
}

QString block(const QString &text)
{
    // The palette's secondary text colour: readable on a dark system palette too.
    const QString grey = QGuiApplication::palette().color(QPalette::PlaceholderText).name();
    return text.isEmpty()
        ? QString()
        : QStringLiteral("<br><span style='color:%1'>%2</span>")
              .arg(grey, text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

QString code(const QString &text)
{
    return text.isEmpty()
        ? QString()
        : QStringLiteral("<pre style='margin-left:16px'>%1</pre>").arg(text.toHtmlEscaped());
}
}  // namespace

ConfirmRunDialog::ConfirmRunDialog(const ConnectionProfile &profile, const QString &action,
                                   const QString &planText, QWidget *parent)
    : QDialog(parent), m_profile(profile)
{
    setWindowTitle(tr("Confirm: %1").arg(action));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("<b>%1</b> on <b>%2</b> (%3):")
                       .arg(action.toHtmlEscaped(), profile.displayTarget().toHtmlEscaped(),
                            EnumNames::environment(profile.environment)),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *plan = new QPlainTextEdit(planText, this);
    plan->setReadOnly(true);
    plan->setMaximumHeight(110);
    layout->addWidget(plan);
    m_checks = new QTextBrowser(this);
    m_checks->setObjectName(QStringLiteral("runChecks"));
    m_checks->setOpenLinks(false);
    layout->addWidget(m_checks, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(action);
    if (profile.isProduction()) {
        m_override = new QCheckBox(
            tr("Emergency: run although the gate is not met (the reason is audited)"), this);
        m_override->setObjectName(QStringLiteral("overrideGate"));
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("overrideReason"));
        m_reason->setPlaceholderText(
            tr("Reason for the override, at least %1 characters").arg(kMinimumReasonLength));
        m_override->hide();
        m_reason->hide();
        auto *warning =
            new QLabel(tr("<span style='color:#c62828'><b>Production database.</b></span> "
                          "Type the database name <b>%1</b> to confirm.")
                           .arg(profile.database.toHtmlEscaped()),
                       this);
        warning->setWordWrap(true);
        m_typedName = new QLineEdit(this);
        m_typedName->setObjectName(QStringLiteral("typedDatabaseName"));
        layout->addWidget(m_override);
        layout->addWidget(m_reason);
        layout->addWidget(warning);
        layout->addWidget(m_typedName);
        connect(m_typedName, &QLineEdit::textChanged, this, &ConfirmRunDialog::updateOk);
        connect(m_reason, &QLineEdit::textChanged, this, &ConfirmRunDialog::updateOk);
        connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
            m_reason->setEnabled(on);
            updateOk();
        });
        m_reason->setEnabled(false);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canProceed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateChecks();
    updateOk();
    resize(720, profile.isProduction() ? 640 : 520);
}

void ConfirmRunDialog::setPreflight(const PreflightReport &report)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Pre-flight check"));
    for (const PreflightItem &item : report.items) {
        html += QStringLiteral("<p>%1 <b>%2</b>%3%4</p>")
                    .arg(mark(item.level == PreflightItem::Level::Ok,
                              item.level == PreflightItem::Level::Problem),
                         item.title.toHtmlEscaped(), block(item.detail), code(item.fix));
    }
    if (report.hasProblems())
        html +=
            QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(
                    StatusColors::bad().name(),
                    tr("Pre-flight found problems: the run will probably fail until they are fixed."));
    m_preflightHtml = html;
    updateChecks();
}

void ConfirmRunDialog::setPreflightError(const QString &message)
{
    m_preflightHtml = QStringLiteral("<h3>%1</h3><p>%2 %3</p>")
                          .arg(tr("Pre-flight check"), mark(false, false), message.toHtmlEscaped());
    updateChecks();
}

void ConfirmRunDialog::setGate(const GateReport &gate)
{
    m_gate = gate;
    if (m_override) {
        m_override->setVisible(needsOverride());
        m_reason->setVisible(needsOverride());
    }
    updateChecks();
    updateOk();
}

void ConfirmRunDialog::updateChecks()
{
    QString html;
    if (m_gate) {
        html += QStringLiteral("<h3 style='color:%1'>%2</h3>")
                    .arg(StatusColors::bad().name(), tr("Production gate"));
        for (const GateCondition &c : m_gate->conditions) {
            if (c.kind == GateCondition::Kind::Confirmation)
                continue;  // that one is the typed name below
            html += QStringLiteral("<p>%1 <b>%2</b>%3%4</p>")
                        .arg(mark(c.satisfied), c.title.toHtmlEscaped(), block(c.detail),
                             c.satisfied ? QString() : block(c.fix));
        }
    }
    html += m_preflightHtml.isEmpty()
        ? QStringLiteral("<p>%1</p>").arg(tr("Pre-flight check not run for this action."))
        : m_preflightHtml;
    m_checks->setHtml(html);
}

QString ConfirmRunDialog::typedName() const
{
    return m_typedName ? m_typedName->text() : QString();
}

QString ConfirmRunDialog::overrideReason() const
{
    return m_override && m_override->isChecked() ? m_reason->text().trimmed() : QString();
}

bool ConfirmRunDialog::canProceed() const
{
    if (!m_profile.isProduction())
        return true;
    if (typedName() != m_profile.database)
        return false;
    return !needsOverride() || overrideReason().size() >= kMinimumReasonLength;
}

bool ConfirmRunDialog::needsOverride() const
{
    // The typed name is the dialog's own field; the backup and validation need the override.
    return m_gate
        && std::any_of(m_gate->conditions.begin(), m_gate->conditions.end(),
                       [](const GateCondition &c) {
                           return !c.satisfied && c.kind != GateCondition::Kind::Confirmation;
                       });
}

void ConfirmRunDialog::updateOk()
{
    m_ok->setEnabled(canProceed());
}

}  // namespace mathakine
