#include "connection/ConnectionUrl.h"

#include "connection/ConnectionKeywords.h"

#include <QStringConverter>
#include <QUrl>

#include <cctype>

namespace mathakine {

namespace {

AppError urlError(const QString &message)
{
    AppError error;
    error.exitCode = ExitCode::Usage;
    error.message = message;
    error.hint =
        ConnectionUrl::tr("Expected form: postgresql://user@host:port/database?sslmode=prefer");
    return error;
}

// Strict percent-decoding: a stray '%' or invalid UTF-8 is an error, not silently kept.
std::optional<QString> percentDecode(const QString &text)
{
    QByteArray bytes;
    const QByteArray raw = text.toUtf8();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '%') {
            bytes.append(raw[i]);
            continue;
        }
        const QByteArray hex = raw.mid(i + 1, 2);
        if (hex.size() != 2 || !isxdigit(static_cast<unsigned char>(hex[0]))
            || !isxdigit(static_cast<unsigned char>(hex[1])))
            return std::nullopt;
        const int value = hex.toInt(nullptr, 16);
        bytes.append(static_cast<char>(value));
        i += 2;
    }
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

}  // namespace

Outcome<ConnectionSpec> ConnectionUrl::parse(const QString &input)
{
    return parse(input, QProcessEnvironment::systemEnvironment());
}

Outcome<ConnectionSpec> ConnectionUrl::parse(const QString &input, const QProcessEnvironment &env)
{
    const QString url = input.trimmed();
    qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    const QString scheme = schemeEnd < 0 ? QString() : url.left(schemeEnd).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return urlError(tr("Scheme: the URL must start with postgresql:// or postgres://."));

    QString rest = url.mid(schemeEnd + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QString authority = rest;
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }

    ConnectionSpec spec;
    ConnectionProfile &p = spec.profile;
    QSet<QString> given;  // the keywords this URL sets: libpq fills only the others
    QString hostPart = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPart = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        const auto user = percentDecode(colon < 0 ? userInfo : userInfo.left(colon));
        if (!user)
            return urlError(tr("User name: invalid percent-encoding."));
        p.user = *user;
        if (!p.user.isEmpty())
            given.insert(QStringLiteral("user"));
        if (colon >= 0) {
            const auto password = percentDecode(userInfo.mid(colon + 1));
            if (!password)
                return urlError(tr("Password: invalid percent-encoding."));
            spec.password = *password;
            given.insert(QStringLiteral("password"));
        }
    }

    if (hostPart.contains(QLatin1Char(',')))
        return urlError(tr("Host: several hosts are not supported; give one host."));
    QString portText;
    if (hostPart.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPart.indexOf(QLatin1Char(']'));
        if (close < 0)
            return urlError(tr("Host: the IPv6 address is missing its closing bracket \"]\"."));
        p.host = hostPart.mid(1, close - 1);
        const QString after = hostPart.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return urlError(tr("Host: unexpected text \"%1\" after the IPv6 address.").arg(after));
        portText = after.mid(1);
        if (after.startsWith(QLatin1Char(':')) && portText.isEmpty())
            return urlError(tr("Port: empty after \":\"."));
    } else {
        const qsizetype colon = hostPart.indexOf(QLatin1Char(':'));
        const auto host = percentDecode(colon < 0 ? hostPart : hostPart.left(colon));
        if (!host)
            return urlError(tr("Host: invalid percent-encoding."));
        p.host = *host;
        if (colon >= 0) {
            portText = hostPart.mid(colon + 1);
            if (portText.isEmpty())
                return urlError(tr("Port: empty after \":\"."));
        }
    }
    if (p.host.contains(QLatin1Char(' ')))
        return urlError(tr("Host: \"%1\" contains a space.").arg(p.host));
    if (!portText.isEmpty()) {
        const auto port = ConnectionKeywords::parsePort(portText);
        if (!port)
            return urlError(tr("Port: \"%1\" is not a port number (1-65535).").arg(portText));
        p.port = *port;
        given.insert(QStringLiteral("port"));
    }
    if (!p.host.isEmpty())
        given.insert(QStringLiteral("host"));

    const auto database = percentDecode(path);
    if (!database)
        return urlError(tr("Database name: invalid percent-encoding."));
    if (database->contains(QLatin1Char('/')))
        return urlError(tr("Database name: \"%1\" contains a \"/\".").arg(*database));
    p.database = *database;
    if (!p.database.isEmpty())
        given.insert(QStringLiteral("dbname"));

    QString service;
    if (!query.isEmpty()) {
        for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return urlError(tr("Parameter \"%1\": expected key=value.").arg(pair));
            const auto key = percentDecode(pair.left(eq));
            const auto value = percentDecode(pair.mid(eq + 1));
            if (!key || !value)
                return urlError(
                    tr("Parameter \"%1\": invalid percent-encoding.").arg(pair.left(eq)));
            if (*key == QLatin1String("service")) {
                service = *value;
                continue;
            }
            if (const QString problem = ConnectionKeywords::apply(spec, *key, *value);
                !problem.isEmpty())
                return urlError(tr("Parameter %1: %2").arg(*key, problem));
            given.insert(*key);
        }
    }
    if (const Status completed = ConnectionKeywords::complete(spec, given, service, env);
        !completed)
        return completed.error();
    p.name = service.isEmpty() ? p.displayTarget() : service;
    return spec;
}

bool ConnectionUrl::environmentHasConnection(const QProcessEnvironment &env)
{
    for (const char *key :
         {"DATABASE_URL", "PGSERVICE", "PGHOST", "PGPORT", "PGDATABASE", "PGUSER"}) {
        if (!env.value(QLatin1String(key)).isEmpty())
            return true;
    }
    return false;
}

Outcome<ConnectionSpec> ConnectionUrl::fromEnvironment(const QProcessEnvironment &env)
{
    const QString databaseUrl = env.value(QStringLiteral("DATABASE_URL"));
    if (!databaseUrl.isEmpty()) {
        auto parsed = parse(databaseUrl, env);
        if (!parsed) {
            AppError error = parsed.error();
            error.message = tr("DATABASE_URL: %1").arg(error.message);
            return error;
        }
        return parsed;
    }
    if (!environmentHasConnection(env)) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.message = tr(
            "No database given: use --url, --profile, DATABASE_URL, PGSERVICE or the PG* variables.");
        return error;
    }
    ConnectionSpec spec;
    if (const Status completed = ConnectionKeywords::complete(spec, {}, {}, env); !completed)
        return completed.error();
    const QString service = env.value(QStringLiteral("PGSERVICE"));
    spec.profile.name = service.isEmpty() ? spec.profile.displayTarget() : service;
    return spec;
}

Outcome<ConnectionSpec> ConnectionUrl::fromService(const QString &service,
                                                   const QProcessEnvironment &env)
{
    ConnectionSpec spec;
    if (const Status completed = ConnectionKeywords::complete(spec, {}, service, env); !completed)
        return completed.error();
    spec.profile.name = service;
    return spec;
}

QString ConnectionUrl::toUrl(const ConnectionProfile &p)
{
    auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    QString host = p.host;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    else
        host = enc(host);
    QString url = QStringLiteral("postgresql://%1@%2:%3/%4")
                      .arg(enc(p.user), host, QString::number(p.port), enc(p.database));
    if (!p.sslMode.isEmpty() && p.sslMode != QLatin1String("prefer"))
        url += QLatin1String("?sslmode=") + p.sslMode;
    return url;
}

}  // namespace mathakine
