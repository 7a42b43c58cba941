#pragma once

#include "connection/ConnectionProfile.h"
#include "connection/DatabaseSession.h"

#include <QProcess>
#include <QStringList>

// Access to the throwaway server the ctest fixture started, plus helpers to make a fresh
// database per test and to run the mathakine-admin binary. A missing server is a failure.
namespace testsupport {

bool serverRunning();
mathakine::ConnectionSpec spec(const QString &database = QStringLiteral("mathakine"));
// The same connection as a profile named "prod-<database>" tagged production (not saved).
mathakine::ConnectionSpec productionSpec(const QString &database);
// Creates an empty database with a unique name derived from prefix and returns its name.
QString createDatabase(const QString &prefix);
void dropDatabase(const QString &name);
// Runs SQL (one statement) as superuser on the given database; QFAIL-style message on error.
bool exec(const QString &database, const QString &sql, QString *error = nullptr);
QVariant scalar(const QString &database, const QString &sql);
// A postgresql:// URL for the database through the Unix socket.
QString url(const QString &database);

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &extraEnv = {},
              int timeoutMs = 120000);
QString sourceDir();

// Points this process's data and settings folders at dir/data and dir/config (and names the
// application, as main() does), so that tests and the CLI they run share them.
void isolateAppData(const QString &dir);
// The environment that gives a CLI child the same folders.
QProcessEnvironment appDataEnv(const QString &dir);

}  // namespace testsupport

#define REQUIRE_SERVER()                                                                           \
    QVERIFY2(testsupport::serverRunning(),                                                         \
             "the ctest fixture sandbox_setup did not start PostgreSQL")
