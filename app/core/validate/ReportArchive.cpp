#include "validate/ReportArchive.h"

#include "common/AppInfo.h"
#include "validate/ReportJson.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace mathakine {

QString ReportArchive::directory()
{
    return appinfo::dataLocation() + QLatin1String("/reports");
}

Outcome<QStringList> ReportArchive::store(const ValidationReport &report, const QString &pdfPath)
{
    QDir().mkpath(directory());
    QString database = report.database;
    database.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString base = QStringLiteral("%1/validation-%2-%3").arg(directory(), report.generatedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")), database);
    AppError error;
    error.exitCode = ExitCode::Failed;
    QFile json(base + QLatin1String(".json"));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) || json.write(ReportJson::toBytes(report)) < 0) {
        error.message = tr("Cannot archive the report in %1.").arg(directory());
        error.detail = json.errorString();
        return error;
    }
    QStringList paths{json.fileName()};
    if (!pdfPath.isEmpty()) {
        const QString pdf = base + QLatin1String(".pdf");
        if (!QFile::copy(pdfPath, pdf)) {
            error.message = tr("Cannot archive the PDF %1 in %2.").arg(pdfPath, directory());
            return error;
        }
        paths << pdf;
    }
    return paths;
}

} // namespace mathakine
