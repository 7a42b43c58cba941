#include "validate/SmokeTestRunner.h"

#include "connection/CancelToken.h"
#include "validate/PgExecutor.h"
#include "validate/SqlParameters.h"

#include <QElapsedTimer>

namespace mathakine {

SmokeTestRunner::SmokeTestRunner(const PgExecutor &executor, const CancelToken &cancel,
                                 QString language)
    : m_executor(executor), m_cancel(cancel), m_language(std::move(language))
{}

CheckResult SmokeTestRunner::run(const SmokeTest &test) const
{
    CheckResult r;
    r.family = CheckFamily::Smoke;
    r.id = QStringLiteral("smoke:") + test.id;
    r.subject = test.displayTitle(m_language);
    r.critical = test.severity == Severity::Critical;
    r.unit = QStringLiteral("ms");
    QElapsedTimer timer;
    timer.start();

    QString failure;
    QString detail;
    const PgResult begun = m_executor.exec(QStringLiteral("BEGIN"));
    if (!begun.ok) {
        failure = tr("cannot start a transaction");
        detail = begun.message;
    } else {
        // Application traffic must not make the test hang: short lock and statement timeouts.
        m_executor.exec(QStringLiteral("SET LOCAL lock_timeout = '5s'"));
        m_executor.exec(QStringLiteral("SET LOCAL statement_timeout = '60s'"));
        QHash<QString, QString> captured;
        for (int i = 0; i < test.steps.size() && failure.isEmpty(); ++i)
            failure = runStep(test, i, captured, &detail);
    }
    // Always rolled back: the test's rows never become visible to anyone.
    m_executor.exec(QStringLiteral("ROLLBACK"));

    r.measured = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    r.detail = detail;
    if (failure.isEmpty()) {
        r.status = CheckStatus::Pass;
        r.message = tr("%1: passed (%n step(s), rolled back).", nullptr,
                       static_cast<int>(test.steps.size()))
                        .arg(r.subject);
    } else {
        r.status = r.critical ? CheckStatus::Fail : CheckStatus::Warning;
        r.message = tr("%1: %2").arg(r.subject, failure);
    }
    return r;
}

QString SmokeTestRunner::runStep(const SmokeTest &test, int index,
                                 QHash<QString, QString> &captured, QString *detail) const
{
    const SmokeStep &step = test.steps.at(index);
    const int number = index + 1;
    if (m_cancel.isCanceled())
        return tr("canceled at step %1").arg(number);
    auto bound = SqlParameters::bind(step.sql, captured);
    if (!bound) {
        *detail = bound.error().message + QLatin1Char('\n') + step.sql;
        return tr("step %1 uses a value no earlier step captured").arg(number);
    }
    const bool mustFail = !step.expectError.isEmpty();
    if (mustFail)
        m_executor.exec(QStringLiteral("SAVEPOINT smoke_step"));
    const PgResult result = m_executor.exec(bound->sql, bound->values);
    if (mustFail) {
        m_executor.exec(result.ok ? QStringLiteral("RELEASE SAVEPOINT smoke_step")
                                  : QStringLiteral("ROLLBACK TO SAVEPOINT smoke_step"));
        *detail = step.sql;
        if (result.ok)
            return tr("step %1 should have been refused (SQLSTATE %2), but the database accepted it")
                .arg(number)
                .arg(step.expectError);
        if (result.sqlState != step.expectError) {
            *detail = result.message + QLatin1Char('\n') + step.sql;
            return tr("step %1 was refused with SQLSTATE %2 instead of %3")
                .arg(number)
                .arg(result.sqlState, step.expectError);
        }
        detail->clear();
        return {};
    }
    if (!result.ok) {
        *detail = result.message + QLatin1Char('\n') + step.sql;
        return tr("step %1 failed: %2")
            .arg(number)
            .arg(result.message.section(QLatin1Char('\n'), 0, 0));
    }
    if (!step.capture.isEmpty())
        captured.insert(step.capture, result.value());
    if (step.expectValue && result.value() != *step.expectValue) {
        *detail = step.sql;
        return tr("step %1 returned \"%2\" instead of \"%3\"")
            .arg(number)
            .arg(result.value(), *step.expectValue);
    }
    return {};
}

}  // namespace mathakine
