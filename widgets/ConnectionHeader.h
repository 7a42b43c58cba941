#pragma once

#include "connection/ConnectionProfile.h"
#include "migrate/AlembicRevision.h"

#include <QWidget>

class QLabel;

namespace mathakine {

// The always-visible strip naming the connected profile, coloured by environment
// (production unmistakably red).
class ConnectionHeader : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionHeader(QWidget *parent = nullptr);
    struct State {
        QString serverVersion;
        QString migrationVersion;  // empty at base
        QString headVersion;
        int pending = 0;
        QString lockHolder;                           // empty when free
        QString maintenance;                          // empty when off
        std::optional<AlembicRevisionState> alembic;  // no history of ours, an Alembic revision
    };
    void showProfile(const ConnectionProfile &profile, const State &state);
    void showDisconnected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    std::optional<ConnectionProfile> m_profile;
    State m_state;
};

}  // namespace mathakine
