#include "StallOutput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <mutex>

namespace mathakine::cli {

namespace {
std::mutex s_stderr;

void writeLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::lock_guard lock(s_stderr);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

QString sessionLine(const WaitingSession &s)
{
    const QString who = s.application.isEmpty()
        ? CliContext::tr("session %1 (user %2)").arg(s.pid).arg(s.user)
        : CliContext::tr("session %1 (%2, user %3)").arg(s.pid).arg(s.application, s.user);
    const QString lock =
        s.relation.isEmpty() ? s.lockMode : CliContext::tr("%1 on %2").arg(s.lockMode, s.relation);
    QString query = s.query.simplified();
    if (query.size() > 100)
        query = query.left(99) + QChar(0x2026);
    return CliContext::tr("  waiting %1 ms: %2, %3: %4").arg(s.waitedMs).arg(who, lock, query);
}
}  // namespace

QJsonObject stallSampleJson(const StallSample &sample)
{
    QJsonArray sessions;
    for (const WaitingSession &s : sample.sessions)
        sessions.append(
            QJsonObject{{QStringLiteral("pid"), s.pid},
                        {QStringLiteral("user"), s.user},
                        {QStringLiteral("application"), s.application},
                        {QStringLiteral("since"), s.since.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("waitedMs"), s.waitedMs},
                        {QStringLiteral("lockMode"), s.lockMode},
                        {QStringLiteral("relation"), s.relation},
                        {QStringLiteral("query"), s.query}});
    return {{QStringLiteral("event"), QStringLiteral("waiting")},
            {QStringLiteral("version"), sample.version},
            {QStringLiteral("migrationPid"), sample.migrationPid},
            {QStringLiteral("sessions"), sessions}};
}

StallGuard::SampleHandler stallPrinter(const CliContext &context)
{
    if (context.options().json)
        return [](const StallSample &sample) {
            writeLine(QString::fromUtf8(
                QJsonDocument(stallSampleJson(sample)).toJson(QJsonDocument::Compact)));
        };
    if (context.options().verbosity < 1)
        return {};
    return [](const StallSample &sample) {
        if (sample.sessions.isEmpty()) {
            writeLine(CliContext::tr("[%1] nobody waits behind the migration any more.")
                          .arg(sample.version));
            return;
        }
        QStringList lines{
            CliContext::tr("[%1] %n session(s) waiting behind the migration (backend %2):", nullptr,
                           static_cast<int>(sample.sessions.size()))
                .arg(sample.version)
                .arg(sample.migrationPid)};
        for (const WaitingSession &s : sample.sessions)
            lines << sessionLine(s);
        writeLine(lines.join(QLatin1Char('\n')));
    };
}

}  // namespace mathakine::cli
