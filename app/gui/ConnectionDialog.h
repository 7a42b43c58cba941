#pragma once

#include "connection/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace mathakine {

// The connection manager: saved profiles (add, edit, duplicate, delete), a pasted URL or
// DATABASE_URL, a service of pg_service.conf, the environment tag, the password to the keyring or
// ~/.pgpass (never the settings file), "Test connection", and the local sandbox when no server
// exists.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectionDialog(const QString &migrationsDir, QWidget *parent = nullptr);
    ConnectionSpec selectedSpec() const { return m_selected; }
    // The form as a spec (what Save and Test use).
    ConnectionSpec formSpec() const;
    void testConnection();
    bool saveProfile();
    void fillForm(const ConnectionSpec &spec);

signals:
    void testFinished(bool ok, const QString &message);

private:
    void reloadList(const QString &select = {});
    void loadProfile(const QString &name);
    void applyUrl(const QString &url);
    void applyService(const QString &service);
    void newProfile();
    void duplicateProfile();
    void deleteProfile();
    void useSandbox();
    void setBusy(bool busy);

    QListWidget *m_list;
    QLineEdit *m_name, *m_url, *m_host, *m_database, *m_user, *m_password;
    QSpinBox *m_port;
    QComboBox *m_environment, *m_sslMode, *m_service;
    QCheckBox *m_remember;
    QLabel *m_result;
    QPushButton *m_test, *m_save, *m_connect, *m_sandbox;
    ConnectionSpec m_selected;
    QString m_options;  // libpq keywords from a URL or service (sslrootcert…), kept as read
    QString m_migrationsDir;
};

}  // namespace mathakine
