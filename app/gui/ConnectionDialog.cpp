#include "ConnectionDialog.h"

#include "BackgroundTask.h"
#include "EnumNames.h"
#include "StatusColors.h"
#include "connection/ConnectionUrl.h"
#include "connection/DatabaseSession.h"
#include "connection/PgServiceFile.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "gate/PreflightCheck.h"
#include "migrate/MigrationCatalog.h"
#include "ops/DemoDatabase.h"
#include "ops/Sandbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mathakine {

ConnectionDialog::ConnectionDialog(const QString &migrationsDir, QWidget *parent)
    : QDialog(parent), m_migrationsDir(migrationsDir)
{
    setWindowTitle(tr("Connections"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New"), this);
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(remove);
    m_sandbox = new QPushButton(tr("Use a local sandbox (demo database)"), this);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(m_sandbox);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_environment = new QComboBox(this);
    for (Environment env : {Environment::Development, Environment::Test, Environment::Production})
        m_environment->addItem(EnumNames::environment(env), static_cast<int>(env));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("Paste a postgresql:// URL and press Enter"));
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_service->addItem(tr("(none)"));
    m_service->addItems(PgServiceFile::names(QProcessEnvironment::systemEnvironment()));
    m_service->setEnabled(m_service->count() > 1);
    m_service->setToolTip(PgServiceFile::searchPath(QProcessEnvironment::systemEnvironment())
                              .join(QLatin1Char('\n')));
    m_host = new QLineEdit(this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_sslMode = new QComboBox(this);
    // libpq's keyword (what is stored) with what it means, in the UI's language.
    const QList<std::pair<QString, QString>> sslModes = {
        {QStringLiteral("prefer"), tr("prefer — TLS when the server offers it")},
        {QStringLiteral("disable"), tr("disable — no TLS")},
        {QStringLiteral("allow"), tr("allow — TLS only when the server requires it")},
        {QStringLiteral("require"), tr("require — TLS, certificate not checked")},
        {QStringLiteral("verify-ca"), tr("verify-ca — TLS, certificate from a trusted authority")},
        {QStringLiteral("verify-full"),
         tr("verify-full — TLS, certificate and host name checked")}};
    for (const auto &[keyword, label] : sslModes)
        m_sslMode->addItem(label, keyword);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_remember = new QCheckBox(
        tr("Remember the password (keyring, else ~/.pgpass — never the settings file)"), this);
    m_remember->setChecked(true);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Environment"), m_environment);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("SSL mode"), m_sslMode);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_remember);
    right->addLayout(form);
    if (!qEnvironmentVariable("DATABASE_URL").isEmpty()) {
        auto *fromEnv = new QPushButton(tr("Fill from DATABASE_URL"), this);
        right->addWidget(fromEnv);
        connect(fromEnv, &QPushButton::clicked, this,
                [this] { applyUrl(qEnvironmentVariable("DATABASE_URL")); });
    }
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_result, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("Test connection"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    right->addWidget(buttons);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentTextChanged, this, &ConnectionDialog::loadProfile);
    connect(add, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(duplicate, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_sandbox, &QPushButton::clicked, this, &ConnectionDialog::useSandbox);
    connect(m_url, &QLineEdit::returnPressed, this, [this] { applyUrl(m_url->text()); });
    connect(m_service, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyService(m_service->itemText(index));
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (!m_name->text().isEmpty() && m_name->text() != QLatin1String("sandbox")
            && !saveProfile())
            return;
        m_selected = formSpec();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reloadList();
    if (m_list->count() == 0)
        m_result->setText(tr(
            "No saved connection yet. Fill in the form, paste a URL, or try the local sandbox."));
    resize(900, 520);
}

ConnectionSpec ConnectionDialog::formSpec() const
{
    ConnectionSpec spec;
    ConnectionProfile &p = spec.profile;
    p.name = m_name->text().trimmed();
    p.environment = static_cast<Environment>(m_environment->currentData().toInt());
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    p.options = m_options;
    spec.password = m_password->text();
    return spec;
}

void ConnectionDialog::fillForm(const ConnectionSpec &spec)
{
    const ConnectionProfile &p = spec.profile;
    m_name->setText(p.name);
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(p.environment)));
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(p.sslMode)));
    m_options = p.options;
    m_password->setText(spec.password);
}

void ConnectionDialog::applyUrl(const QString &url)
{
    auto parsed = ConnectionUrl::parse(url);
    if (!parsed) {
        m_result->setText(
            StatusColors::span(StatusColors::bad(), parsed.error().message.toHtmlEscaped()));
        return;
    }
    ConnectionSpec spec = parsed.value();
    spec.profile.name = m_name->text().isEmpty() ? spec.profile.database : m_name->text();
    spec.profile.environment = static_cast<Environment>(m_environment->currentData().toInt());
    fillForm(spec);
    m_url->clear();  // the URL may hold a password: do not leave it on screen
    m_result->setText(tr("URL read: %1").arg(spec.profile.displayTarget()));
}

void ConnectionDialog::applyService(const QString &service)
{
    auto found = ConnectionUrl::fromService(service, QProcessEnvironment::systemEnvironment());
    if (!found) {
        m_result->setText(
            StatusColors::span(StatusColors::bad(), found.error().fullText().toHtmlEscaped()));
        return;
    }
    ConnectionSpec spec = found.value();
    spec.profile.environment = static_cast<Environment>(m_environment->currentData().toInt());
    fillForm(spec);
    m_result->setText(tr("Service \"%1\" read: %2").arg(service, spec.profile.displayTarget()));
}

void ConnectionDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile &p : ProfileStore().all()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(QStringLiteral("%1 — %2").arg(p.displayTarget(),
                                                       EnumNames::environment(p.environment)));
        if (p.isProduction())
            item->setForeground(StatusColors::bad());
        if (p.name == select)
            m_list->setCurrentItem(item);
    }
}

void ConnectionDialog::loadProfile(const QString &name)
{
    auto profile = ProfileStore().find(name);
    if (!profile)
        return;
    fillForm({*profile, SecretStore::lookup(*profile).value_or(QString())});
    m_result->clear();
}

bool ConnectionDialog::saveProfile()
{
    const ConnectionSpec spec = formSpec();
    if (spec.profile.name.isEmpty() || spec.profile.database.isEmpty()) {
        m_result->setText(tr("A profile needs a name and a database."));
        return false;
    }
    ProfileStore().save(spec.profile);
    QString where;
    if (m_remember->isChecked() && !spec.password.isEmpty()) {
        const auto backend = SecretStore::store(spec.profile, spec.password);
        where = backend ? tr(" Password saved in %1.").arg(EnumNames::secretBackend(*backend))
                        : tr(" The password could not be saved anywhere; it will be asked again.");
    }
    reloadList(spec.profile.name);
    m_result->setText(tr("Profile \"%1\" saved.").arg(spec.profile.name) + where);
    return true;
}

void ConnectionDialog::newProfile()
{
    m_list->clearSelection();
    ConnectionProfile fresh;
    fresh.name = tr("New connection");
    fresh.host = QStringLiteral("localhost");
    fresh.database = QStringLiteral("mathakine");
    fresh.user = QStringLiteral("postgres");
    fillForm({fresh, {}});
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::duplicateProfile()
{
    ConnectionSpec spec = formSpec();
    spec.profile.name = tr("%1 (copy)").arg(spec.profile.name);
    fillForm(spec);
}

void ConnectionDialog::deleteProfile()
{
    if (!m_list->currentItem())
        return;
    const ConnectionSpec spec = formSpec();
    SecretStore::remove(spec.profile);
    ProfileStore().remove(m_list->currentItem()->text());
    reloadList();
    m_result->setText(tr("Profile deleted."));
}

void ConnectionDialog::setBusy(bool busy)
{
    for (QPushButton *b : {m_test, m_save, m_connect, m_sandbox})
        b->setEnabled(!busy);
}

void ConnectionDialog::testConnection()
{
    const ConnectionSpec spec = formSpec();
    setBusy(true);
    m_result->setText(tr("Connecting to %1…").arg(spec.profile.displayTarget()));
    auto *task =
        Task<QString>::start([spec, dir = m_migrationsDir](BackgroundTask &) -> Outcome<QString> {
            auto session = DatabaseSession::open(spec, QStringLiteral("test-connection"));
            if (!session)
                return session.error();
            const ServerInfo &s = session.value()->server();
            QString text = ConnectionDialog::tr("Connected: PostgreSQL %1, database %2 as %3.")
                               .arg(s.version, s.database, s.user)
                               .toHtmlEscaped();
            // The privileges and the rest of pre-flight for an upgrade to head, so a missing
            // GRANT shows up now rather than in the middle of a migration.
            const auto catalog = MigrationCatalogLoader::load(dir);
            PreflightRequest request;
            request.spec = spec;
            auto preflight = PreflightCheck::run(request, catalog.catalog);
            if (!preflight)
                return text + QStringLiteral("<br>") + preflight.error().message.toHtmlEscaped();
            int problems = 0;
            for (const PreflightItem &item : preflight->items) {
                if (item.level == PreflightItem::Level::Ok)
                    continue;
                ++problems;
                text +=
                    QStringLiteral("<br><span style='color:%1'>%2</span>")
                        .arg((item.level == PreflightItem::Level::Problem ? StatusColors::bad()
                                                                          : StatusColors::warning())
                                 .name(),
                             item.title.toHtmlEscaped());
                if (!item.fix.isEmpty())
                    text += QStringLiteral("<pre>%1</pre>").arg(item.fix.toHtmlEscaped());
            }
            if (problems == 0)
                text += QStringLiteral("<br>")
                    + ConnectionDialog::tr(
                          "Pre-flight: every privilege an upgrade to head needs is held.")
                          .toHtmlEscaped();
            return text;
        });
    task->onFinished(this, [this](const QString &html) {
        setBusy(false);
        m_result->setText(StatusColors::span(StatusColors::good(), html));
        emit testFinished(true, html);
    });
    connect(task, &BackgroundTask::failed, this, [this](const AppError &error) {
        setBusy(false);
        m_result->setText(StatusColors::span(
            StatusColors::bad(),
            error.fullText().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))));
        emit testFinished(false, error.fullText());
    });
}

void ConnectionDialog::useSandbox()
{
    setBusy(true);
    m_result->setText(
        tr("Starting the local sandbox (a private PostgreSQL with the Mathakine demo data)…"));
    auto *task = Task<ConnectionProfile>::start([dir = m_migrationsDir](BackgroundTask &)
                                                    -> Outcome<ConnectionProfile> {
        Sandbox sandbox;
        auto state = sandbox.start();
        if (!state)
            return state.error();
        const auto catalog = MigrationCatalogLoader::load(dir);
        if (catalog.ok()) {
            if (auto demo = DemoDatabase::install({sandbox.profile(), {}}, catalog.catalog); !demo)
                return demo.error();
        }
        return sandbox.profile();
    });
    task->onFinished(this, [this](const ConnectionProfile &profile) {
        setBusy(false);
        fillForm({profile, {}});
        m_result->setText(tr("Sandbox running. Press Connect."));
    });
    connect(task, &BackgroundTask::failed, this, [this](const AppError &error) {
        setBusy(false);
        m_result->setText(error.fullText());
    });
}

}  // namespace mathakine
