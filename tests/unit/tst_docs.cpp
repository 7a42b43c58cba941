#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The French user guide (issue 8): every screenshot it shows is in the repository, and it
// covers each workflow step of the window.
class TestDocs : public QObject {
    Q_OBJECT

private slots:
    void guideImagesExistAndEveryStepIsCovered();
};

void TestDocs::guideImagesExistAndEveryStepIsCovered()
{
    const QDir docs(qEnvironmentVariable("MATHAKINE_SOURCE_DIR") + QStringLiteral("/docs"));
    QFile guide(docs.filePath(QStringLiteral("guide-fr.md")));
    QVERIFY2(guide.open(QIODevice::ReadOnly), qPrintable(guide.fileName()));
    const QString text = QString::fromUtf8(guide.readAll());
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
    QStringList shown;
    for (auto it = image.globalMatch(text); it.hasNext();) {
        const QString path = it.next().captured(1);
        QVERIFY2(QFile::exists(docs.filePath(path)),
                 qPrintable(QStringLiteral("missing image: docs/") + path));
        shown << path;
    }
    for (const QString &step :
         {QStringLiteral("1-preparation"), QStringLiteral("2-migrations"),
          QStringLiteral("3-schema"), QStringLiteral("4-validation"), QStringLiteral("5-journal")})
        QVERIFY2(shown.join(QLatin1Char(' ')).contains(step),
                 qPrintable(QStringLiteral("no screenshot of step ") + step));
}

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
