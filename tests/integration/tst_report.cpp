// The report: JSON round-trips and keeps stable ids; the PDF has its title page, sections,
// page numbers, real text, a vector chart with the bars and the budget line; --lang fr
// formats dates and numbers the French way; the CLI writes, archives and needs no display.
#include "MigrationFixtures.h"
#include "TestServer.h"
#include "tst_validation_fixture.h"

#include "PdfReportWriter.h"
#include "PerformanceChart.h"
#include "ReportHtml.h"
#include "common/Translations.h"
#include "validate/ReportBuilder.h"
#include "validate/ReportJson.h"
#include "validate/Validator.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mathakine;
using namespace testsupport;
using namespace validationfixture;

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void jsonRoundTripsExactly();
    void jsonKeepsStableIdsForScripts();
    void pdfHasTitlePageSectionsAndPageNumbers();
    void pdfChartIsVectorWithBarsAndBudgetLine();
    void frenchReportUsesFrenchDatesNumbersAndTitles();
    void pdfPagesKeepHeadingsWithTheirTextAndNothingUnderTheFooter();
    void firstPageStandsAloneWithVerdictFiguresChartAndSignature();
    void cliWritesPdfAndJsonArchivesThemAndNeedsNoDisplay();

private:
    ValidationReport makeReport(const QString &language);
    QString m_db;
    QTemporaryDir m_dir;
    ValidationReport m_report;
};

namespace {
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Pixels of the page close to a colour (anti-aliasing blends edges).
int pixelsNear(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green())
                    + qAbs(c.blue() - color.blue())
                < 40)
                ++n;
        }
    }
    return n;
}
}  // namespace

ValidationReport TestReport::makeReport(const QString &language)
{
    Translations::install(language);
    Validator validator(spec(m_db), realPlan(8),
                        {0, -1, true, QStringLiteral("mathakine_admin"), language});
    auto result = validator.run();
    if (!result)
        qFatal("%s", qPrintable(result.error().fullText()));
    const MigrationCatalog catalog = loadCatalog(realMigrationsDir());
    auto report = ReportBuilder::build({spec(m_db), result.value(), &catalog,
                                        QStringLiteral("validation-plan.json"), language,
                                        QStringLiteral("mathakine_admin")});
    if (!report)
        qFatal("%s", qPrintable(report.error().fullText()));
    return report.value();
}

void TestReport::initTestCase()
{
    REQUIRE_SERVER();
    m_db = copyOf(templateDatabase(true), QStringLiteral("report"));
    m_report = makeReport(QStringLiteral("en"));
}

void TestReport::cleanupTestCase()
{
    Translations::install(QStringLiteral("en"));
}

void TestReport::jsonRoundTripsExactly()
{
    const QByteArray bytes = ReportJson::toBytes(m_report);
    auto back = ReportJson::fromBytes(bytes);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QVERIFY(back.value() == m_report);
    QCOMPARE(ReportJson::toBytes(back.value()), bytes);
    QVERIFY(!ReportJson::fromBytes(R"({"format": "other"})").ok());
}

void TestReport::jsonKeepsStableIdsForScripts()
{
    const QJsonObject json = ReportJson::toJson(m_report);
    QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("pass"));
    QCOMPARE(json.value(QLatin1String("formatVersion")).toInt(), 1);
    const QStringList statuses{QStringLiteral("pass"), QStringLiteral("warning"),
                               QStringLiteral("fail")};
    for (const QJsonValue &v : json.value(QLatin1String("checks")).toArray())
        QVERIFY(statuses.contains(v.toObject().value(QLatin1String("status")).toString()));
    const QJsonObject leaderboard =
        json.value(QLatin1String("benchmarks")).toArray().first().toObject();
    QCOMPARE(leaderboard.value(QLatin1String("id")).toString(), QStringLiteral("leaderboard"));
    QVERIFY(leaderboard.value(QLatin1String("clientMs"))
                .toObject()
                .value(QLatin1String("p95"))
                .toDouble()
            > 0);
    QVERIFY(json.value(QLatin1String("migrations")).toArray().size() == 6);
}

void TestReport::pdfHasTitlePageSectionsAndPageNumbers()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    auto written = PdfReportWriter::write(m_report, path);
    QVERIFY2(written.ok(), qPrintable(written.error().fullText()));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QCOMPARE(pdf.pageCount(), written->pageCount);
    QVERIFY(written->pageCount >= 4);
    QVERIFY(pdf.getAllText(0).text().contains(QLatin1String("Verdict: PASSED")));
    const QString text = pdfText(path);
    for (const QString &expected :
         {QStringLiteral("Validation report — ") + m_report.database, m_report.serverVersion,
          QStringLiteral("Required tables, columns and indexes"),
          QStringLiteral("Column users.jedi_rank exists."),
          QStringLiteral("Smoke tests (rolled back)"), QStringLiteral("p95"),
          QStringLiteral("Leaderboard (top 10 by points)"),
          QStringLiteral("Unread notifications of a user"), QStringLiteral("Migration history"),
          QStringLiteral("Users table extensions (Phase 1)"), QStringLiteral("idx_notifications_"),
          QStringLiteral("Page 1 of %1").arg(written->pageCount),
          QStringLiteral("Page %1 of %1").arg(written->pageCount)})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestReport::pdfChartIsVectorWithBarsAndBudgetLine()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    auto written = PdfReportWriter::write(m_report, path);
    QVERIFY(written.ok());
    QCOMPARE(written->chartPage, 1);  // on the first page, the one a manager reads alone
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    const int page = written->chartPage - 1;
    QVERIFY2(pdf.getAllText(page).text().contains(PerformanceChart::title()),
             qPrintable(pdf.getAllText(page).text()));
    const QImage image = pdf.render(page, (pdf.pagePointSize(page) * 2).toSize());
    QVERIFY2(pixelsNear(image, PerformanceChart::budgetColor()) > 200, "no budget line");
    QVERIFY2(pixelsNear(image, PerformanceChart::p95Color()) > 30, "no p95 bar");
    QVERIFY2(pixelsNear(image, PerformanceChart::p50Color()) > 30, "no p50 bar");
    // Vectors, not a picture: the PDF holds no image at all.
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    images.waitForFinished(30000);
    QCOMPARE(
        QString::fromUtf8(images.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).size(),
        2);  // the header lines only
}

void TestReport::frenchReportUsesFrenchDatesNumbersAndTitles()
{
    const ValidationReport french = makeReport(QStringLiteral("fr"));
    const QString path = m_dir.filePath(QStringLiteral("rapport.pdf"));
    QVERIFY(PdfReportWriter::write(french, path).ok());
    Translations::install(QStringLiteral("en"));
    const QString text = pdfText(path);
    const QLocale fr(QLocale::French, QLocale::France);
    QVERIFY2(text.contains(fr.monthName(french.generatedAt.toLocalTime().date().month())),
             "French month name");
    QVERIFY2(text.contains(QLatin1String("Classement (top 10 des points)")), "French query title");
    QVERIFY2(text.contains(QLatin1String("Extensions de la table users (Phase 1)")),
             "French migration title");
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d,\\d+ ms"))), "decimal comma");
    for (const char *french : {"Rapport de validation", "Historique des migrations", "Page 1 sur"})
        QVERIFY2(text.contains(QString::fromUtf8(french)), french);
    QCOMPARE(french.language, QStringLiteral("fr"));
}

void TestReport::pdfPagesKeepHeadingsWithTheirTextAndNothingUnderTheFooter()
{
    const QString path = m_dir.filePath(QStringLiteral("layout.pdf"));
    auto written = PdfReportWriter::write(m_report, path);
    QVERIFY(written.ok());
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QStringList headings{QStringLiteral("Verdicts"),
                         QStringLiteral("Appendix: query plans (EXPLAIN ANALYZE excerpts)")};
    for (const QueryBenchmarkResult &b : m_report.result.benchmarks)
        headings << b.title;
    static const QRegularExpression numbered(QStringLiteral(R"(^\d+\. \S)"));
    for (int page = 0; page < pdf.pageCount(); ++page) {
        // The last line of text above the footer is never a heading.
        QStringList lines = pdf.getAllText(page).text().split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = line.trimmed();
        lines.removeAll(QString());
        while (!lines.isEmpty()
               && (lines.constLast().startsWith(QLatin1String("Mathakine Admin — "))
                   || lines.constLast().startsWith(QLatin1String("Page "))))
            lines.removeLast();
        QVERIFY(!lines.isEmpty());
        QVERIFY2(!numbered.match(lines.constLast()).hasMatch()
                     && !headings.contains(lines.constLast()),
                 qPrintable(QStringLiteral("page %1 ends on the heading %2")
                                .arg(page + 1)
                                .arg(lines.constLast())));
        // Below the footer's rule (the last 9 mm of the page) only the footer's grey text.
        const QImage image = pdf.render(page, (pdf.pagePointSize(page) * 2).toSize());
        const int footerTop = image.height() - static_cast<int>(image.height() * 9.0 / 297.0);
        const QImage footer = image.copy(0, footerTop, image.width(), image.height() - footerTop);
        for (const QColor &colour : {PerformanceChart::budgetColor(), PerformanceChart::p95Color(),
                                     PerformanceChart::p50Color()})
            QVERIFY2(pixelsNear(footer, colour) == 0,
                     qPrintable(
                         QStringLiteral("chart colour under the footer of page %1").arg(page + 1)));
    }
    // Every line of every plan excerpt is printed (a relayout once lost all but the first).
    QString all;
    for (int page = 0; page < pdf.pageCount(); ++page)
        all += pdf.getAllText(page).text();
    for (const QueryBenchmarkResult &b : m_report.result.benchmarks) {
        for (const QString &line : b.planExcerpt.split(QLatin1Char('\n')))
            QVERIFY2(all.contains(line.trimmed().left(30)), qPrintable(line));
    }
    // Under "Verdicts" each query has one row (its timing and index verdicts together).
    const QString html = ReportHtml::body(m_report);
    const QString verdicts = html.mid(html.indexOf(QLatin1String("Verdicts</h3>")));
    const QString table = verdicts.left(verdicts.indexOf(QLatin1String("</table>")));
    QCOMPARE(table.count(QLatin1String("<tr>")), m_report.result.benchmarks.size() + 1);
}

void TestReport::firstPageStandsAloneWithVerdictFiguresChartAndSignature()
{
    const QString path = m_dir.filePath(QStringLiteral("first.pdf"));
    auto written = PdfReportWriter::write(m_report, path);
    QVERIFY(written.ok());
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    const QString first = pdf.getAllText(0).text();
    for (const QString &expected :
         {QStringLiteral("Verdict: PASSED"), m_report.database, m_report.serverVersion,
          m_report.migrationVersion, QStringLiteral("passed"), QStringLiteral("Slowest query"),
          PerformanceChart::title(), QStringLiteral("Approved by"), QStringLiteral("Signature")})
        QVERIFY2(first.contains(expected),
                 qPrintable(expected + QStringLiteral(" not on page 1:\n") + first));
    QCOMPARE(written->chartPage, 1);
}

void TestReport::cliWritesPdfAndJsonArchivesThemAndNeedsNoDisplay()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const QString json = m_dir.filePath(QStringLiteral("cli.json"));
    const QString archive = qEnvironmentVariable("XDG_DATA_HOME")
        + QStringLiteral("/Mathakine/mathakine-admin/reports");
    const int archivedBefore =
        static_cast<int>(QDir(archive).entryList({QStringLiteral("*.pdf")}).size());
    QProcess process;  // no display, no platform chosen: the CLI must pick offscreen itself
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("MATHAKINE_ADMIN_BIN"),
                  {QStringLiteral("--url"), url(m_db), QStringLiteral("validate"),
                   QStringLiteral("--runs"), QStringLiteral("5"), QStringLiteral("--pdf"), pdf,
                   QStringLiteral("--json"), json});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(QFile::exists(json));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QLatin1String("Verdict: PASSED")));
    QVERIFY(text.contains(QLatin1String("p95")));
    QCOMPARE(QDir(archive).entryList({QStringLiteral("*.pdf")}).size(), archivedBefore + 1);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);  // Qt Charts needs it
    TestReport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_report.moc"
