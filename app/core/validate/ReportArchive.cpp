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
    const QString base =
        QStringLiteral("%1/validation-%2-%3")
            .arg(directory(),
                 report.generatedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")),
                 database);
    AppError error;
    error.exitCode = ExitCode::Failed;
    QFile json(base + QLatin1String(".json"));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || json.write(ReportJson::toBytes(report)) < 0) {
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

QStringList ReportArchive::reportFiles()
{
    QDir dir(directory());
    // Names start with the UTC date: reverse name order is newest first.
    QStringList files = dir.entryList({QStringLiteral("validation-*.json")}, QDir::Files,
                                      QDir::Name | QDir::Reversed);
    for (QString &file : files)
        file = dir.filePath(file);
    return files;
}

Outcome<ValidationReport> ReportArchive::load(const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        AppError error;
        error.exitCode = ExitCode::Failed;
        error.message = tr("Cannot read the report %1.").arg(jsonPath);
        error.detail = file.errorString();
        error.file = jsonPath;
        return error;
    }
    auto report = ReportJson::fromBytes(file.readAll());
    if (!report) {
        AppError error = report.error();
        error.file = jsonPath;
        return error;
    }
    return report;
}

QString ReportArchive::pdfFor(const QString &jsonPath)
{
    QString pdf = jsonPath;
    pdf.replace(pdf.size() - 5, 5, QStringLiteral(".pdf"));
    return jsonPath.endsWith(QLatin1String(".json")) && QFile::exists(pdf) ? pdf : QString();
}

}  // namespace mathakine
