#include "connection/ConnectionFailure.h"

#include "connection/ConnectionKeywords.h"
#include "log/Redactor.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <cerrno>

#include <fcntl.h>
#include <libpq-fe.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace mathakine {

namespace {

// What a second, verbose libpq attempt learned.
struct Probe {
    bool opened = false;
    bool timedOut = false;
    bool needsPassword = false;
    QString sqlState;
};

enum class Reach { Listening, NotListening, UnknownHost, NotChecked };

QByteArray conninfoOf(const ConnectionSpec &spec, const QString &options)
{
    const ConnectionProfile &p = spec.profile;
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + ConnectionKeywords::quoteValue(value);
    };
    add("host", p.host);
    add("port", p.port > 0 ? QString::number(p.port) : QString());
    add("dbname", p.database);
    add("user", p.user);
    add("password", spec.password);
    QString rest = options;
    rest.replace(QLatin1Char(';'), QLatin1Char(' '));  // as QPSQL turns its options into conninfo
    return (parts.join(QLatin1Char(' ')) + QLatin1Char(' ') + rest).toUtf8();
}

Probe probeVerbosely(const QByteArray &conninfo, int timeoutMs)
{
    Probe probe;
    PGconn *conn = PQconnectStart(conninfo.constData());
    if (!conn)
        return probe;
    PQsetErrorVerbosity(conn, PQERRORS_VERBOSE);  // the startup error then carries its SQLSTATE
    QElapsedTimer timer;
    timer.start();
    PostgresPollingStatusType state =
        PQstatus(conn) == CONNECTION_BAD ? PGRES_POLLING_FAILED : PGRES_POLLING_WRITING;
    while (state == PGRES_POLLING_READING || state == PGRES_POLLING_WRITING) {
        const qint64 left = timeoutMs - timer.elapsed();
        pollfd fd{PQsocket(conn),
                  static_cast<short>(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int ready = left > 0 ? ::poll(&fd, 1, static_cast<int>(left)) : 0;
        if (ready == 0) {
            probe.timedOut = true;
            break;
        }
        if (ready < 0 && errno != EINTR)
            break;
        state = PQconnectPoll(conn);
    }
    probe.opened = state == PGRES_POLLING_OK;
    probe.needsPassword = PQconnectionNeedsPassword(conn) != 0;
    probe.sqlState =
        ConnectionFailure::sqlStateOfVerboseMessage(QString::fromUtf8(PQerrorMessage(conn)));
    PQfinish(conn);
    return probe;
}

// Waits up to timeoutMs for a non-blocking connect() on fd; true when it completed.
bool connectWithin(int fd, const sockaddr *address, socklen_t length, int timeoutMs)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    if (::connect(fd, address, length) == 0)
        return true;
    if (errno != EINPROGRESS)
        return false;
    pollfd pfd{fd, POLLOUT, 0};
    if (::poll(&pfd, 1, timeoutMs) <= 0)
        return false;
    int error = 0;
    socklen_t size = sizeof(error);
    return ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
}

Reach reachUnixSocket(const QString &directory, int port, int timeoutMs)
{
    const QByteArray path = (directory + QStringLiteral("/.s.PGSQL.%1").arg(port)).toLocal8Bit();
    sockaddr_un address{};
    if (path.size() >= static_cast<qsizetype>(sizeof(address.sun_path)))
        return Reach::NotChecked;
    address.sun_family = AF_UNIX;
    std::copy(path.begin(), path.end(), address.sun_path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool listening = fd >= 0
        && connectWithin(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address), timeoutMs);
    if (fd >= 0)
        ::close(fd);
    return listening ? Reach::Listening : Reach::NotListening;
}

Reach reachTcp(const QString &host, int port, int timeoutMs)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int resolved = ::getaddrinfo(host.toUtf8().constData(),
                                       QByteArray::number(port).constData(), &hints, &found);
    if (resolved == EAI_NONAME || resolved == EAI_FAIL)
        return Reach::UnknownHost;
    if (resolved != 0)
        return Reach::NotChecked;
    Reach reach = Reach::NotListening;
    for (addrinfo *a = found; a && reach != Reach::Listening; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd < 0)
            continue;
        if (connectWithin(fd, a->ai_addr, a->ai_addrlen, timeoutMs))
            reach = Reach::Listening;
        ::close(fd);
    }
    ::freeaddrinfo(found);
    return reach;
}

Reach reachOf(const ConnectionProfile &p, int timeoutMs)
{
    const int port = p.port > 0 ? p.port : 5432;
    if (p.host.contains(QLatin1Char(',')))
        return Reach::NotChecked;  // several hosts: libpq tried each, one answer would mislead
    if (p.host.isEmpty())
        return reachUnixSocket(QStringLiteral("/var/run/postgresql"), port,
                               timeoutMs);  // Debian's libpq default
    if (p.host.startsWith(QLatin1Char('/')))
        return reachUnixSocket(p.host, port, timeoutMs);
    return reachTcp(p.host, port, timeoutMs);
}

}  // namespace

QString ConnectionFailure::sqlStateOfVerboseMessage(const QString &message)
{
    // pqBuildErrorMessage3: "SEVERITY:  " then, when verbose, "SQLSTATE: " (libpq fe-protocol3.c).
    static const QRegularExpression code(QStringLiteral(":  ([0-9A-Z]{5}): "));
    const QRegularExpressionMatch match = code.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

AppError ConnectionFailure::diagnose(const ConnectionSpec &spec, const QString &options,
                                     const QString &clientText, qint64 elapsedMs)
{
    const ConnectionProfile &p = spec.profile;
    const int timeoutMs = qMax(1, p.connectTimeoutSeconds) * 1000;
    const QString target = p.displayTarget();
    AppError error;
    error.exitCode = ExitCode::CannotConnect;
    error.detail = Redactor::redact(clientText);
    const auto timedOut = [&] {
        error.message =
            tr("Cannot reach %1: no answer within %2 s.").arg(target).arg(p.connectTimeoutSeconds);
        error.hint = tr("Check the host name, the port, the VPN and the firewall.");
        return error;
    };
    if (elapsedMs >= timeoutMs - 100)
        return timedOut();

    const Probe probe = probeVerbosely(conninfoOf(spec, options), timeoutMs);
    error.sqlState = probe.sqlState;
    if (probe.sqlState == QLatin1String("28P01")) {
        error.message = tr("Wrong password for user %1 on %2.").arg(p.user, target);
        error.hint = tr("Check the password saved for this profile (keyring or ~/.pgpass).");
    } else if (probe.sqlState == QLatin1String("28000")) {
        error.message = tr("The server refuses user %1 on database %2.").arg(p.user, p.database);
        error.hint = tr("Check that the role exists and may log in, and the server's pg_hba.conf.");
    } else if (probe.sqlState == QLatin1String("3D000")) {
        error.message = tr("Database %1 does not exist on the server.").arg(p.database);
    } else if (probe.sqlState == QLatin1String("53300")) {
        error.message = tr("The server at %1 has no connection slot left.").arg(target);
        error.hint = tr("Wait for sessions to end, or raise max_connections.");
    } else if (probe.sqlState == QLatin1String("57P03")) {
        error.message = tr("The server at %1 is starting up or shutting down.").arg(target);
        error.hint = tr("Try again in a moment.");
    } else if (!probe.sqlState.isEmpty()) {
        error.message = tr("The server at %1 refused the connection (SQLSTATE %2).")
                            .arg(target, probe.sqlState);
    } else if (probe.needsPassword) {
        error.message =
            tr("The server asks for a password for user %1 and none is known.").arg(p.user);
        error.hint = tr("Save the password in the profile, in ~/.pgpass, or set PGPASSWORD.");
    } else if (probe.timedOut) {
        return timedOut();
    } else if (probe.opened) {
        error.message = tr("Cannot connect to %1.").arg(target);
        error.hint = tr("A second attempt succeeded: the failure did not last. Try again.");
    } else {
        switch (reachOf(p, timeoutMs)) {
        case Reach::UnknownHost:
            error.message = tr("Unknown host name %1.").arg(p.host);
            error.hint = tr("Check the spelling of the host and the DNS.");
            break;
        case Reach::NotListening:
            error.message = tr("Cannot reach %1: no server is listening there.").arg(target);
            error.hint = tr("Check that PostgreSQL is running and the host and port are right.");
            break;
        case Reach::Listening:
            if (p.sslMode == QLatin1String("verify-full")
                || p.sslMode == QLatin1String("verify-ca")) {
                error.message =
                    tr("The server's certificate cannot be verified for %1 (sslmode=%2).")
                        .arg(p.host, p.sslMode);
                error.hint = tr(
                    "Check the root certificate (sslrootcert, ~/.postgresql/root.crt or PGSSLROOTCERT), "
                    "that the certificate was issued for this host name, and that the server offers TLS.");
                break;
            }
            if (p.sslMode == QLatin1String("require")) {
                error.message =
                    tr("The server at %1 does not accept the TLS connection that sslmode=require asks for.")
                        .arg(target);
                break;
            }
            [[fallthrough]];
        case Reach::NotChecked:
            error.message = tr("Cannot connect to %1.").arg(target);
            break;
        }
    }
    return error;
}

}  // namespace mathakine
