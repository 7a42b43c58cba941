#pragma once

#include "connection/ConnectionProfile.h"

#include <QWidget>

class QLabel;

namespace mathakine {

// The always-visible strip naming the connected profile, coloured by environment
// (production unmistakably red).
class ConnectionHeader : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionHeader(QWidget *parent = nullptr);
    void showProfile(const ConnectionProfile &profile, const QString &serverVersion);
    void showDisconnected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    std::optional<ConnectionProfile> m_profile;
    QString m_serverVersion;
};

} // namespace mathakine
