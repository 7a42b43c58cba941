#include "log/Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace mathakine {

namespace {
QMutex s_mutex;
QSet<QString> s_secrets;  // guarded by s_mutex

// Shorter secrets would mask ordinary words; the patterns below still catch them in context.
constexpr int kMinRegisteredLength = 4;

const QRegularExpression &keywordPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((\b(?:password|passwd|pwd|PGPASSWORD)\s*[=:]\s*)('(?:[^'\\]|\\.)*'|"[^"]*"|[^\s;&,]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*):[^@\s/]*@)"));
    return re;
}
}  // namespace

QString Redactor::redact(const QString &text)
{
    QString result = text;
    result.replace(urlPattern(), QStringLiteral("\\1:***@"));
    result.replace(keywordPattern(), QStringLiteral("\\1***"));
    QMutexLocker lock(&s_mutex);
    for (const QString &secret : std::as_const(s_secrets))
        result.replace(secret, QLatin1String(mask));
    return result;
}

std::string Redactor::redact(std::string_view text)
{
    return redact(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())))
        .toStdString();
}

void Redactor::registerSecret(const QString &secret)
{
    if (secret.size() < kMinRegisteredLength)
        return;
    QMutexLocker lock(&s_mutex);
    s_secrets.insert(secret);
}

}  // namespace mathakine
