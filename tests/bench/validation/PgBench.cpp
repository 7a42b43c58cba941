#include "PgBench.h"

#include "ops/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

PgBench::PgBench(mathakine::ConnectionProfile profile) : m_profile(std::move(profile))
{
    const auto bin = mathakine::Sandbox::findBinDir();
    m_program = bin ? bin.value() + QStringLiteral("/pgbench") : QStringLiteral("pgbench");
}

QStringList PgBench::connectionArgs() const
{
    return {QStringLiteral("-h"), m_profile.host,
            QStringLiteral("-p"), QString::number(m_profile.port),
            QStringLiteral("-U"), m_profile.user};
}

QList<double> PgBench::latencies(const QString &sql,
                                 const QList<std::pair<QString, QString>> &parameters,
                                 int runs) const
{
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("query.sql")));
    script.open(QIODevice::WriteOnly);
    for (const auto &[name, value] : parameters)
        script.write(QStringLiteral("\\set %1 %2\n").arg(name, value).toUtf8());
    script.write((sql.trimmed() + QStringLiteral(";\n")).toUtf8());
    script.close();
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(m_program,
                  connectionArgs()
                      + QStringList{QStringLiteral("-n"), QStringLiteral("-M"),
                                    QStringLiteral("extended"), QStringLiteral("-c"),
                                    QStringLiteral("1"), QStringLiteral("-t"),
                                    QString::number(runs), QStringLiteral("-l"),
                                    QStringLiteral("--log-prefix=latency"), QStringLiteral("-f"),
                                    script.fileName(), m_profile.database});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        std::fprintf(stderr, "pgbench failed: %s\n", process.readAllStandardError().constData());
        return {};
    }
    // Log lines: client_id transaction_no latency_us script_no epoch epoch_us
    QList<double> result;
    for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("latency.*")})) {
        QFile log(dir.filePath(name));
        log.open(QIODevice::ReadOnly);
        for (const QByteArray &line : log.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() >= 3)
                result << fields.at(2).toDouble() / 1000.0;
        }
    }
    return result;
}

PgBench::InitTimes PgBench::initialise(int scale) const
{
    QProcess process;
    process.start(m_program,
                  connectionArgs()
                      + QStringList{QStringLiteral("-i"), QStringLiteral("-I"),
                                    QStringLiteral("dtGp"), QStringLiteral("-s"),
                                    QString::number(scale), m_profile.database});
    if (!process.waitForFinished(1800000) || process.exitCode() != 0) {
        std::fprintf(stderr, "pgbench -i failed: %s\n", process.readAllStandardError().constData());
        return {};
    }
    // "done in 4.91 s (drop tables 0.00 s, create tables 0.01 s, server-side generate 4.19 s,
    // primary keys 0.70 s)."
    const QString text =
        QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    const auto seconds = [&text](const char *step) {
        const auto match =
            QRegularExpression(QLatin1String(step) + QStringLiteral(" ([0-9.]+) s")).match(text);
        return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
    };
    return {seconds("server-side generate"), seconds("primary keys")};
}
