#include "ConnectionHeader.h"

#include "EnumNames.h"
#include "StatusColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace mathakine {

namespace {
QColor environmentColor(Environment env)
{
    switch (env) {
    case Environment::Production:
        return StatusColors::bad();
    case Environment::Test:
        return StatusColors::warning();
    case Environment::Development:
        return StatusColors::good();
    }
    return Qt::gray;
}
}  // namespace

ConnectionHeader::ConnectionHeader(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    m_title = new QLabel(this);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);  // a long Alembic note must not widen the window
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    layout->addWidget(m_details, 1);
    showDisconnected();
}

void ConnectionHeader::showProfile(const ConnectionProfile &profile, const State &state)
{
    m_profile = profile;
    m_state = state;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, environmentColor(profile.environment));
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);
    retranslate();
}

void ConnectionHeader::showDisconnected()
{
    m_profile.reset();
    setPalette(QPalette());
    retranslate();
}

void ConnectionHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConnectionHeader::retranslate()
{
    if (!m_profile) {
        m_title->setText(tr("Not connected"));
        m_details->clear();
        return;
    }
    m_title->setText(
        tr("%1 — %2").arg(m_profile->name, EnumNames::environment(m_profile->environment)));
    QStringList parts;
    if (m_profile->name != m_profile->displayTarget())
        parts << m_profile->displayTarget();
    parts << QStringList{
        tr("PostgreSQL %1").arg(m_state.serverVersion.section(QLatin1Char(' '), 0, 0)),
        tr("version %1 of %2")
            .arg(m_state.migrationVersion.isEmpty() ? tr("none") : m_state.migrationVersion,
                 m_state.headVersion),
        tr("%n pending", nullptr, m_state.pending)};
    if (!m_state.lockHolder.isEmpty())
        parts << tr("locked by %1").arg(m_state.lockHolder);
    if (!m_state.maintenance.isEmpty())
        parts << tr("MAINTENANCE: %1").arg(m_state.maintenance);
    if (m_state.alembic)
        parts << m_state.alembic->describe();
    m_details->setText(parts.join(QStringLiteral("  ·  ")));
}

}  // namespace mathakine
