#include "TestServer.h"
#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

// Keeps the translations complete: the committed .ts files must hold exactly the strings
// lupdate finds in the sources, all finished.
class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void frenchFileHasNoUnfinishedEntry();
    void frenchFileMatchesTheSourcesExactly();
    void englishFileHasEveryPluralForm();
    void frenchLocaleGivesAFrenchHelp();

private:
    QList<TsMessage> regenerate(const QString &tsName, const QStringList &extraOptions);
};

QList<TsMessage> TestTranslations::regenerate(const QString &tsName,
                                              const QStringList &extraOptions)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(tsName);
    QFile::copy(sourceDir() + QStringLiteral("/translations/") + tsName, copy);
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir());
    lupdate.start(QStringLiteral(MATHAKINE_LUPDATE),
                  QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none")}
                      + extraOptions
                      + QStringList{QStringLiteral("app"), QStringLiteral("widgets"),
                                    QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        qWarning("lupdate failed: %s", lupdate.readAllStandardError().constData());
    return readTs(copy);
}

void TestTranslations::frenchFileHasNoUnfinishedEntry()
{
    const auto messages =
        readTs(sourceDir() + QStringLiteral("/translations/mathakine-admin_fr.ts"));
    QVERIFY(messages.size() > 100);
    QStringList unfinished;
    for (const TsMessage &m : messages) {
        if (m.unfinished || m.translation.isEmpty())
            unfinished << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished:\n").arg(unfinished.size())
                        + unfinished.mid(0, 30).join(QLatin1Char('\n'))));
}

void TestTranslations::frenchFileMatchesTheSourcesExactly()
{
    QSet<QString> committed;
    for (const TsMessage &m :
         readTs(sourceDir() + QStringLiteral("/translations/mathakine-admin_fr.ts")))
        committed.insert(m.key());
    QStringList missing;
    QSet<QString> found;
    for (const TsMessage &m : regenerate(QStringLiteral("mathakine-admin_fr.ts"), {})) {
        found.insert(m.key());
        if (!committed.contains(m.key()))
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral(
                       "tr() strings missing from the .ts (run the update_translations target):\n")
                   + missing.mid(0, 30).join(QLatin1Char('\n'))));
    QStringList obsolete;
    for (const QString &key : std::as_const(committed)) {
        if (!found.contains(key))
            obsolete << QString(key).replace(QLatin1Char('\x1f'), QLatin1Char(' '));
    }
    QVERIFY2(obsolete.isEmpty(),
             qPrintable(QStringLiteral("obsolete entries:\n")
                        + obsolete.mid(0, 30).join(QLatin1Char('\n'))));
}

void TestTranslations::englishFileHasEveryPluralForm()
{
    QSet<QString> committed;
    for (const TsMessage &m :
         readTs(sourceDir() + QStringLiteral("/translations/mathakine-admin_en.ts"))) {
        if (m.plurals.size() == 2 && !m.unfinished)
            committed.insert(m.key());
    }
    QStringList missing;
    for (const TsMessage &m :
         regenerate(QStringLiteral("mathakine-admin_en.ts"), {QStringLiteral("-pluralonly")})) {
        if (!committed.contains(m.key()))
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(
            QStringLiteral(
                "plural forms missing (update_translations, then tools/fill-english-plurals):\n")
            + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::frenchLocaleGivesAFrenchHelp()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
    const auto french = runCli({QStringLiteral("--help")}, env);
    QCOMPARE(french.exitCode, 0);
    const auto english =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QVERIFY(french.out != english.out);
    QStringList leaks;
    for (const TsMessage &m :
         readTs(sourceDir() + QStringLiteral("/translations/mathakine-admin_fr.ts"))) {
        if ((m.context == QLatin1String("CliApplication") || m.context == QLatin1String("Commands"))
            && m.translation != m.source && french.out.contains(m.source))
            leaks << m.source;
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
