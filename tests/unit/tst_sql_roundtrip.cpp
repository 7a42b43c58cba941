// Property: for generated migration files, the statements the runner sends plus the blanks,
// comments and ';' it skips give back the file byte for byte, and every statement the
// generator wrote comes back exactly once, unchanged (issue 13).
#include "migrate/Migration.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mathakine;

class TestSqlRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void statementsAndSkippedTextRebuildTheFile();
};

namespace {

// Expressions the PostgreSQL scanner must not cut in the wrong place.
const char *const kExpressions[] = {
    "$$a;b\n  -- not a comment \t\n$$",
    "$tag$ $$ inner $$ ;\r\n /* no */ $tag$",
    "E'it\\'s; \\\\ ''q'' \\n'",
    "'multi  \nline\t\n  '",
    "U&'d\\0061t\\+000061'",
    "'é 日本 😀 \t'",
    "'/* not a comment */ -- nor this ; '",
    "1 /* inner /* nested; */ comment */ + 2",
    "3 -- a comment inside the statement ;\r\n + 4",
    "'a''b'",
    "B'1010'",
    "X'1F'",
    "\"Ünïcode \"\"col\"\"\"",
};

const char *const kGaps[] = {
    "\n", "\r\n", "\t", "  ", "-- c ; 'x $$\n", "/* g /* n */ ; ' */", "-- é 😀\r\n", "\n\n", "/**/",
};

class Generator {
public:
    explicit Generator(quint32 seed) : m_random(seed) {}

    QByteArray gap(bool needSemicolon)
    {
        QByteArray text;
        const int pieces = pick(4);
        const int semicolonAt = needSemicolon ? pick(pieces + 1) : -1;
        for (int i = 0; i <= pieces; ++i) {
            if (i == semicolonAt)
                text += ';';
            if (i < pieces)
                text += kGaps[pick(std::size(kGaps))];
        }
        return text;
    }

    QByteArray statement()
    {
        switch (pick(4)) {
        case 0:
            return "CREATE TABLE U&\"t\\00e9st\" (\"a b\"\tint,\r\n  c text DEFAULT " + expression()
                + ")";
        case 1:
            return "INSERT INTO t VALUES (" + expressions() + ")";
        case 2:
            return "DO $do$\nBEGIN\n  PERFORM " + expressions() + ";  \nEND\n$do$";
        default:
            return "SELECT " + expressions() + " AS U&\"d\\0061t\\+000061\"";
        }
    }

    // A section: statements with gaps between them; the last ';' is optional.
    QByteArray section(QList<QByteArray> &statements)
    {
        QByteArray text = gap(false);
        const int count = 1 + pick(6);
        for (int i = 0; i < count; ++i) {
            statements << statement();
            text += statements.constLast() + gap(i + 1 < count || pick(2));
        }
        return text + "\n";  // a marker starts its own line
    }

private:
    int pick(size_t n) { return static_cast<int>(m_random.bounded(static_cast<quint32>(n))); }
    QByteArray expression() { return kExpressions[pick(std::size(kExpressions))]; }
    QByteArray expressions()
    {
        QByteArray text = expression();
        for (int i = pick(4); i > 0; --i)
            text += (pick(2) ? ",\t\r\n " : ", ") + expression();
        return text;
    }

    QRandomGenerator m_random;
};

// True when the text holds only blanks, comments and ';', as PostgreSQL's scanner sees it.
bool onlySkippable(const QByteArray &text)
{
    auto scanned = SqlSource::scan(text, QStringLiteral("gap"));
    if (!scanned)
        return false;
    return std::all_of(
        scanned->tokens().cbegin(), scanned->tokens().cend(),
        [](const SqlSource::Token &t) { return t.kind != SqlSource::Token::Kind::Code; });
}

}  // namespace

void TestSqlRoundTrip::statementsAndSkippedTextRebuildTheFile()
{
    for (quint32 seed = 1; seed <= 300; ++seed) {
        Generator generator(seed);
        QList<QByteArray> written;
        QByteArray file =
            "-- version: 1\r\n-- title: Essai é\n\t\r\n-- migrate:up\n";  // only headers before up
        file += generator.section(written);
        const qsizetype upCount = written.size();
        file += "-- migrate:down\r\n" + generator.section(written);

        auto m = MigrationParser::parseText(file, QStringLiteral("0001_generated.sql"));
        QVERIFY2(m.ok(),
                 qPrintable(QStringLiteral("seed %1: %2\n%3")
                                .arg(seed)
                                .arg(m.error().located(), QString::fromUtf8(file))));
        QCOMPARE(m->up.statements.size(), upCount);
        const QList<SqlStatement> sent = m->up.statements + m->down.statements;
        QCOMPARE(sent.size(), written.size());

        QByteArray rebuilt;
        qsizetype position = 0;
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const SqlStatement &statement = sent.at(i);
            const QByteArray skipped = file.mid(position, statement.offset - position);
            QVERIFY2(onlySkippable(skipped),
                     qPrintable(QStringLiteral("seed %1: code skipped: %2")
                                    .arg(seed)
                                    .arg(QString::fromUtf8(skipped))));
            QVERIFY2(statement.sql.toUtf8() == written.at(i),
                     qPrintable(QStringLiteral("seed %1 statement %2:\n%3\n---\n%4")
                                    .arg(seed)
                                    .arg(i)
                                    .arg(statement.sql, QString::fromUtf8(written.at(i)))));
            rebuilt += skipped + statement.sql.toUtf8();
            position = statement.offset + statement.length;
        }
        const QByteArray tail = file.mid(position);
        QVERIFY(onlySkippable(tail));
        rebuilt += tail;
        QCOMPARE(rebuilt, file);
    }
}

QTEST_GUILESS_MAIN(TestSqlRoundTrip)
#include "tst_sql_roundtrip.moc"
